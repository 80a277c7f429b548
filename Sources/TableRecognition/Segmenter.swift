import TickmarkModel

/// Cuts one line's words into segments: words set close together form a phrase; a phrase made
/// only of numbers is split into one segment per number, with a `$` or `(` printed apart joined
/// to the number on its right and a `)` or `%` to the number on its left. Dot leaders and
/// footnote marks are dropped.
struct Segmenter {
    var fontSize: Double
    /// The line's baseline (median bottom of its words), to spot raised footnote marks.
    var baseline: Double
    /// A horizontal gap wider than this many font sizes separates two phrases.
    var phraseGapInFontSizes = 0.75

    private struct Piece {
        var text: String
        var bbox: BoundingBox
        var kind: TokenKind
        var isBold: Bool
    }

    func segments(of words: [Word]) -> [Segment] {
        let pieces = words.compactMap(piece)
        var phrases: [[Piece]] = []
        for piece in pieces {
            let opensNumber = piece.kind == .detachedSymbol && piece.text.contains("$")
            if let last = phrases.last?.last, piece.bbox.x0 - last.bbox.x1 <= phraseGapInFontSizes * fontSize, !opensNumber {
                phrases[phrases.count - 1].append(piece)
            } else {
                phrases.append([piece])
            }
        }
        var tokens: [Piece] = []
        for phrase in phrases {
            if phrase.allSatisfy({ $0.kind == .amount || $0.kind == .year || $0.kind == .detachedSymbol }) {
                tokens += phrase
            } else {
                tokens.append(joined(phrase))
            }
        }
        return demotingNumbersBeforeProse(attachSymbols(tokens))
    }

    /// A number followed on its line by a phrase of prose is a footnote or list number
    /// ("(1) Level 1 fair value estimates …"), not a value in a column; so is a line that
    /// starts with a number closing a parenthesis opened on the line above ("16)" of a wrapped
    /// "(Note 16)").
    private func demotingNumbersBeforeProse(_ segments: [Segment]) -> [Segment] {
        var result = segments
        if let first = result.first, first.isNumeric, first.text.hasSuffix(")"), !first.text.contains("(") {
            result[0].kind = .text
        }
        for index in result.indices.dropLast() where result[index].isNumeric {
            let next = result[index + 1]
            if next.kind == .text && next.text.split(separator: " ").count >= 3 { result[index].kind = .text }
        }
        return result
    }

    /// A word as a piece, or nil for leaders and footnote marks.
    private func piece(_ word: Word) -> Piece? {
        var text = word.text
        let trailingDots = text.reversed().prefix { $0 == "." || $0 == "…" }.count
        if trailingDots >= 2 { text.removeLast(trailingDots) }
        guard !text.isEmpty else { return nil }
        if let amount = TokenClassifier.amountStrippingMarks(text) { text = amount }
        var kind = TokenClassifier.kind(of: text)
        if TokenClassifier.isDigitMark(text) && isSmallOrRaised(word) { kind = .footnoteMark }
        if kind == .leader || kind == .footnoteMark { return nil }
        return Piece(text: text, bbox: word.bbox, kind: kind, isBold: word.isBold)
    }

    private func isSmallOrRaised(_ word: Word) -> Bool {
        let size = word.fontSize ?? word.bbox.height
        return size < 0.85 * fontSize || word.bbox.y1 < baseline - 0.25 * fontSize
    }

    private func joined(_ phrase: [Piece]) -> Piece {
        let box = phrase.dropFirst().reduce(phrase[0].bbox) { $0.union($1.bbox) }
        let boldCount = phrase.count(where: \.isBold)
        return Piece(text: phrase.map(\.text).joined(separator: " "), bbox: box, kind: .text,
                     isBold: boldCount * 2 > phrase.count)
    }

    /// Joins detached `$ ( ) %` to their numbers; a `$` never enters the text or the box, only
    /// the segment's `currencySign`.
    private func attachSymbols(_ tokens: [Piece]) -> [Segment] {
        var segments: [Segment] = []
        var pendingPrefix: Piece?
        for token in tokens {
            switch token.kind {
            case .detachedSymbol where token.text == ")" || token.text == "%" || token.text == ")%":
                if let last = segments.last, last.isNumeric {
                    var joined = Segment(text: last.text + token.text, bbox: last.bbox.union(token.bbox),
                                         kind: last.kind, isBold: last.isBold, fontSize: fontSize)
                    joined.currencySign = last.currencySign
                    segments[segments.count - 1] = joined
                }
                pendingPrefix = nil
            case .detachedSymbol:
                pendingPrefix = token
            case .amount, .year:
                var text = strippingDollar(token.text), box = token.bbox
                if let prefix = pendingPrefix, prefix.text.contains("(") {
                    text = "(" + text
                    box = box.union(prefix.bbox)
                }
                var segment = Segment(text: text, bbox: box, kind: token.kind == .year ? .year : .amount,
                                      isBold: token.isBold, fontSize: fontSize)
                if token.text.contains("$") || pendingPrefix?.text.contains("$") == true { segment.currencySign = "$" }
                segments.append(segment)
                pendingPrefix = nil
            default:
                segments.append(Segment(text: token.text, bbox: token.bbox, kind: .text, isBold: token.isBold,
                                        fontSize: fontSize))
                pendingPrefix = nil
            }
        }
        return segments
    }

    private func strippingDollar(_ text: String) -> String {
        guard text.contains("$"), text != "$" else { return text }
        return String(text.filter { $0 != "$" })
    }
}
