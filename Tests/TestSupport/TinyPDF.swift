/// Builds small PDFs in memory for tests: a one-page Helvetica page with text at given
/// baselines (PDF coordinates, bottom-left origin), or any objects with a correct
/// cross-reference table.
public enum TinyPDF {
    /// One line of text to place on the page.
    public struct Text {
        public var string: String
        public var x: Double
        public var baseline: Double
        public var size: Double

        public init(string: String, x: Double, baseline: Double, size: Double = 12) {
            self.string = string
            self.x = x
            self.baseline = baseline
            self.size = size
        }
    }

    /// A valid one-page PDF showing `texts`.
    public static func make(pageWidth: Int = 300, pageHeight: Int = 200, texts: [Text]) -> [UInt8] {
        let content = texts.map { "BT /F1 \(Int($0.size)) Tf \(Int($0.x)) \(Int($0.baseline)) Td (\($0.string)) Tj ET" }
            .joined(separator: "\n")
        return assemble(objects: [
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 \(pageWidth) \(pageHeight)] /Contents 4 0 R "
                + "/Resources << /Font << /F1 5 0 R >> >> >>",
            "<< /Length \(content.utf8.count) >>\nstream\n\(content)\nendstream",
            "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        ])
    }

    /// A PDF of `objects` (numbered from 1, object 1 the catalog) with its cross-reference
    /// table; `trailerEntries` are added to the trailer dictionary (e.g. `/Encrypt 4 0 R`).
    public static func assemble(objects: [String], trailerEntries: String = "") -> [UInt8] {
        var out = "%PDF-1.4\n"
        var offsets: [Int] = []
        for (index, body) in objects.enumerated() {
            offsets.append(out.utf8.count)
            out += "\(index + 1) 0 obj\n\(body)\nendobj\n"
        }
        let xref = out.utf8.count
        out += "xref\n0 \(objects.count + 1)\n0000000000 65535 f \n"
        for offset in offsets {
            let digits = String(offset)
            out += String(repeating: "0", count: 10 - digits.count) + digits + " 00000 n \n"
        }
        out += "trailer\n<< /Size \(objects.count + 1) /Root 1 0 R\(trailerEntries) >>\nstartxref\n\(xref)\n%%EOF\n"
        return Array(out.utf8)
    }
}
