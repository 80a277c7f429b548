import TickmarkModel

/// A piece of a printed line: a run of words set close together (a label, a heading, a phrase)
/// or one number with the `$`, `(`, `)` and `%` printed around it.
struct Segment {
    enum Kind: Equatable {
        case text
        case amount
        case year
    }

    var text: String
    var bbox: BoundingBox
    var kind: Kind
    var isBold: Bool
    /// Where the number's digits end: numbers align on their digits, while a closing `)` or a
    /// `%` hangs out to the right (`12.5%` over `19.8`, `(547)` over `7,207`).
    var alignmentEdge: Double
    /// The currency sign printed before the number (`$`), which `text` leaves out.
    var currencySign: String?

    init(text: String, bbox: BoundingBox, kind: Kind, isBold: Bool, fontSize: Double) {
        self.text = text
        self.bbox = bbox
        self.kind = kind
        self.isBold = isBold
        let hanging = text.reversed().prefix { $0 == ")" || $0 == "%" }
        alignmentEdge = bbox.x1 - hanging.reduce(0) { $0 + ($1 == "%" ? 0.85 : 0.33) * fontSize }
    }

    var isNumeric: Bool { kind != .text }
}

/// One printed line of a page: its words left to right, cut into segments.
struct PrintedLine {
    var words: [Word]
    var segments: [Segment]
    var bbox: BoundingBox
    /// The line's typical font size (median of its words).
    var fontSize: Double

    /// All words joined with single spaces, as running text.
    var text: String { words.map(\.text).joined(separator: " ") }

    var amountCount: Int { segments.count { $0.kind == .amount } }
    var numericSegments: [Segment] { segments.filter(\.isNumeric) }
}

/// Groups a page's words into printed lines (by vertical overlap) in top-to-bottom order.
struct LineGrouper {
    func lines(of words: [Word]) -> [PrintedLine] {
        let sorted = words.sorted { ($0.bbox.midY, $0.bbox.x0) < ($1.bbox.midY, $1.bbox.x0) }
        var groups: [[Word]] = []
        var current: [Word] = []
        var band = (top: 0.0, bottom: 0.0)
        for word in sorted {
            let overlap = min(band.bottom, word.bbox.y1) - max(band.top, word.bbox.y0)
            let height = max(min(word.bbox.height, band.bottom - band.top), 0.1)
            if !current.isEmpty && overlap >= 0.5 * height {
                current.append(word)
                band = (min(band.top, word.bbox.y0), max(band.bottom, word.bbox.y1))
                band = tightened(band, around: current)
            } else {
                if !current.isEmpty { groups.append(current) }
                current = [word]
                band = (word.bbox.y0, word.bbox.y1)
            }
        }
        if !current.isEmpty { groups.append(current) }
        return groups.map { makeLine($0.sorted { $0.bbox.x0 < $1.bbox.x0 }) }
    }

    /// Keeps the band at the line's main text so that a superscript does not widen it.
    private func tightened(_ band: (top: Double, bottom: Double), around words: [Word]) -> (top: Double, bottom: Double) {
        let tops = words.map(\.bbox.y0).sorted(), bottoms = words.map(\.bbox.y1).sorted()
        return (tops[tops.count / 2], bottoms[bottoms.count / 2])
    }

    private func makeLine(_ words: [Word]) -> PrintedLine {
        let sizes = words.map { $0.fontSize ?? $0.bbox.height }.sorted()
        let fontSize = sizes.isEmpty ? 10 : sizes[sizes.count / 2]
        let box = words.dropFirst().reduce(words[0].bbox) { $0.union($1.bbox) }
        let segments = Segmenter(fontSize: fontSize, baseline: medianBottom(words)).segments(of: words)
        return PrintedLine(words: words, segments: segments, bbox: box, fontSize: fontSize)
    }

    private func medianBottom(_ words: [Word]) -> Double {
        let bottoms = words.map(\.bbox.y1).sorted()
        return bottoms[bottoms.count / 2]
    }
}
