import Foundation

/// The words poppler's own `pdftotext -bbox` reads on a PDF page, with their boxes in points
/// (top-left origin): an independent witness of where a value is printed.
struct PrintedWord: Equatable {
    let text: String
    let x0: Double, y0: Double, x1: Double, y1: Double

    /// The part of this word's area that `box` (x0, y0, x1, y1) covers, 0…1.
    func coverage(by box: [Double]) -> Double {
        let width = min(x1, box[2]) - max(x0, box[0])
        let height = min(y1, box[3]) - max(y0, box[1])
        guard width > 0, height > 0, x1 > x0, y1 > y0 else { return 0 }
        return width * height / ((x1 - x0) * (y1 - y0))
    }

    /// Words of 1-based `page` of the PDF at `file`.
    static func on(page: Int, of file: String) throws -> [PrintedWord] {
        let tool = URL(fileURLWithPath: "/usr/bin/pdftotext")
        let xhtml = String(decoding: try ChildProcess.output(
            of: tool, arguments: ["-bbox", "-f", "\(page)", "-l", "\(page)", file, "-"], timeout: 60), as: UTF8.self)
        let pattern = #/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</word>/#
        return xhtml.matches(of: pattern).compactMap { match in
            guard let x0 = Double(match.1), let y0 = Double(match.2), let x1 = Double(match.3), let y1 = Double(match.4)
            else { return nil }
            return PrintedWord(text: String(match.5), x0: x0, y0: y0, x1: x1, y1: y1)
        }
    }
}

extension String {
    /// The digits of a printed number, the way two printings of it can be compared
    /// (`$(1,577)` and `1,577` both give `1577`).
    var digits: String { String(filter(\.isNumber)) }
}
