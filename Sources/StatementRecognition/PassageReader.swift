import TickmarkModel

/// Reads a document's narrative passages from its text blocks (the blocks tables left over):
/// paragraphs of prose, without running page headers and footers, page numbers or lines of
/// figures, cut to a sensible length. IDs are left to the identify stage.
///
/// - PDF (one block per printed line): lines of one page and column set close below one another
///   in one type size form a paragraph; a table, a wider gap, a jump up (the next column) or a
///   change of type size ends it. Its locator is the page and the box around its lines.
/// - HTML, inline XBRL (one block per element of running text, or per printed line of text laid
///   out in lines, as old SGML filings print): the blocks of one element form a paragraph. Its
///   locator is the element's path.
public struct PassageReader: Sendable {
    /// Fewer words than this (a heading, a caption) make no passage.
    public static let minimumWords = 6
    /// A paragraph longer than this many bytes of UTF-8 is cut at sentence ends.
    public static let maximumLength = 2_000
    /// A line printed as page header or footer on at least this many pages (PDF), or a short
    /// block repeated this many times (HTML), is running page furniture.
    static let runningRepeats = 3
    /// The lines at the top and bottom of a PDF page where headers and footers are looked for.
    static let edgeLines = 2
    /// A line or block at most this long (bytes of UTF-8) may be a running header or footer.
    static let runningLength = 100

    public init() {}

    public func passages(in blocks: [Block]) -> [Passage] {
        let texts = Self.textRuns(blocks)
        let running = Self.runningKeys(Array(texts.joined()))
        var passages: [Passage] = []
        for run in texts {
            let kept = run.filter { block in Self.isProse(block.text) && (running.isEmpty || !running.contains(Self.runningKey(block))) }
            for paragraph in Self.paragraphs(kept) {
                passages += Self.cut(paragraph).filter { Self.wordCount($0.text) >= Self.minimumWords }
            }
        }
        return passages
    }

    /// The text blocks between tables, in reading order.
    private static func textRuns(_ blocks: [Block]) -> [[TextBlock]] {
        var runs: [[TextBlock]] = [[]]
        for block in blocks {
            switch block {
            case .text(let text): runs[runs.count - 1].append(text)
            case .table: if !runs[runs.count - 1].isEmpty { runs.append([]) }
            }
        }
        return runs.filter { !$0.isEmpty }
    }

    // MARK: Page furniture and figures

    /// Lowercased text without digits: "Apple Inc. | 2019 Form 10-K | 23" and the same footer of
    /// the next page share it. PDF keys carry a `p:` mark, as only a page's edge lines qualify.
    private static func runningKey(_ block: TextBlock) -> String {
        let mark = block.locator.page != nil ? "p:" : "h:"
        let text = block.text.utf8
        guard text.allSatisfy({ $0 < 0x80 }) else {
            return mark + String(String.UnicodeScalarView(block.text.lowercased().unicodeScalars.filter { !("0"..."9").contains($0) && $0 != " " }))
        }
        // ASCII (most filings): the same key without Unicode case mapping.
        var key = Array(mark.utf8)
        key.reserveCapacity(key.count + text.count)
        for byte in text where !(UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) && byte != UInt8(ascii: " ") {
            key.append((UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte) ? byte | 0x20 : byte)
        }
        return String(decoding: key, as: UTF8.self)
    }

    /// The keys of running headers and footers: PDF lines among the first or last lines of at
    /// least `runningRepeats` pages; short HTML blocks printed at least that often.
    private static func runningKeys(_ blocks: [TextBlock]) -> Set<String> {
        var pagesOfKey: [String: Set<Int>] = [:]
        var countOfKey: [String: Int] = [:]
        var byPage: [Int: [TextBlock]] = [:]
        for block in blocks {
            if let page = block.locator.page {
                byPage[page, default: []].append(block)
            } else if block.text.utf8.count <= runningLength {
                countOfKey[runningKey(block), default: 0] += 1
            }
        }
        for (page, lines) in byPage {
            let edges = lines.count <= 2 * edgeLines ? lines : Array(lines.prefix(edgeLines) + lines.suffix(edgeLines))
            for line in edges where line.text.utf8.count <= runningLength { pagesOfKey[runningKey(line), default: []].insert(page) }
        }
        let pdfKeys = pagesOfKey.filter { $0.value.count >= runningRepeats }.keys
        let htmlKeys = countOfKey.filter { $0.value >= runningRepeats }.keys
        return Set(pdfKeys).union(htmlKeys)
    }

    /// Text with more letters than digits: prose rather than a page number or a line of figures
    /// a table finder left as text.
    static func isProse(_ text: String) -> Bool {
        var letters = 0, digits = 0
        for scalar in text.unicodeScalars {
            if scalar.isASCII {
                // No Unicode property lookup for ASCII: its only alphabetic scalars are A–Z and a–z.
                let lower = scalar.value | 0x20
                if ("0"..."9").contains(scalar) { digits += 1 } else if lower >= 0x61 && lower <= 0x7A { letters += 1 }
            } else if scalar.properties.isAlphabetic {
                letters += 1
            }
        }
        return letters > digits
    }

    private static func wordCount(_ text: String) -> Int {
        text.split(separator: " ").count { word in
            word.utf8.allSatisfy { $0 < 0x80 } ? word.utf8.contains { ($0 | 0x20) >= 0x61 && ($0 | 0x20) <= 0x7A } : word.contains { $0.isLetter }
        }
    }

    // MARK: Paragraphs

    /// A paragraph's pieces: its lines (PDF) or its element's blocks (HTML), in order.
    private typealias Paragraph = [TextBlock]

    private static func paragraphs(_ blocks: [TextBlock]) -> [Paragraph] {
        var result: [Paragraph] = []
        // Where the widest line of the column so far ends, for PDF lines.
        var rightEdge = 0.0
        for block in blocks {
            if let last = result.last?.last, let box = last.locator.bbox, let nextBox = block.locator.bbox,
               last.locator.page != block.locator.page || nextBox.y0 <= box.y0 {
                rightEdge = 0
            }
            rightEdge = max(rightEdge, block.locator.bbox?.x1 ?? 0)
            if let last = result.last?.last, continues(last, with: block, rightEdge: rightEdge) {
                result[result.count - 1].append(block)
            } else {
                result.append([block])
            }
        }
        return result
    }

    /// Whether `next` goes on the paragraph that `line` ends (`rightEdge`: where the widest line
    /// of the column so far ends). A PDF paragraph ends at a wider gap, a change of type size, a jump up (the
    /// next column), or a line that ends a sentence short of the paragraph's right edge.
    private static func continues(_ line: TextBlock, with next: TextBlock, rightEdge: Double) -> Bool {
        guard let page = line.locator.page else { return line.locator.path == next.locator.path }
        guard page == next.locator.page, let box = line.locator.bbox, let nextBox = next.locator.bbox else { return false }
        let height = max(box.height, 1)
        let gap = nextBox.y0 - box.y1
        let sameSize = abs(nextBox.height - box.height) <= 0.25 * height
        let endsShort = endsSentence(line.text) && box.x1 < rightEdge - 2 * height
        return nextBox.y0 > box.y0 && gap <= 0.8 * height && sameSize && !endsShort
    }

    // MARK: Length

    /// The paragraph as one passage, or as several cut at sentence ends when it is longer than
    /// `maximumLength` (a sentence longer than that alone is cut at a word).
    private static func cut(_ paragraph: Paragraph) -> [Passage] {
        var passages: [Passage] = []
        var text = ""
        var locator: Locator?
        for piece in paragraph.flatMap(sentencePieces) {
            if let current = locator, !text.isEmpty, text.utf8.count + 1 + piece.text.utf8.count > maximumLength,
               endsSentence(text) || text.utf8.count > maximumLength {
                passages.append(Passage(text: text, locator: current))
                text = ""
                locator = nil
            }
            join(&text, piece.text)
            locator = locator.map { merged($0, piece.locator) } ?? piece.locator
        }
        if let locator, !text.isEmpty { passages.append(Passage(text: text, locator: locator)) }
        return passages
    }

    /// A block longer than `maximumLength` as its sentences (each at most that long), else the block.
    private static func sentencePieces(_ block: TextBlock) -> [TextBlock] {
        guard block.text.utf8.count > maximumLength else { return [block] }
        var pieces: [TextBlock] = []
        var current = ""
        for word in block.text.split(separator: " ") {
            join(&current, String(word))
            if (endsSentence(current) && current.utf8.count >= maximumLength / 4) || current.utf8.count >= maximumLength {
                pieces.append(TextBlock(text: current, locator: block.locator))
                current = ""
            }
        }
        if !current.isEmpty { pieces.append(TextBlock(text: current, locator: block.locator)) }
        return pieces
    }

    private static func endsSentence(_ text: String) -> Bool {
        guard let last = text.last(where: { $0 != "\"" && $0 != "”" && $0 != ")" }) else { return false }
        return last == "." || last == "?" || last == "!" || last == ":" || last == ";"
    }

    /// Appends the next piece of running text: a word hyphenated at the end of a printed line ("manu-" +
    /// "facture") is joined without the hyphen.
    private static func join(_ text: inout String, _ next: String) {
        if text.isEmpty {
            text = next
            return
        }
        if text.hasSuffix("-"), text.dropLast().last?.isLowercase == true, next.first?.isLowercase == true {
            text.removeLast()
        } else {
            text += " "
        }
        text += next
    }

    /// The place of two pieces: the box around both lines of a PDF page, else the first's.
    private static func merged(_ locator: Locator, _ next: Locator) -> Locator {
        guard let box = locator.bbox, let nextBox = next.bbox else { return locator }
        var result = locator
        result.bbox = box.union(nextBox)
        return result
    }
}
