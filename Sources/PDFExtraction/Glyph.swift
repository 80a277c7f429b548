/// One character of a page's text with its box in points (top-left origin).
struct Glyph {
    var scalar: Unicode.Scalar
    var x0: Double
    var y0: Double
    var x1: Double
    var y1: Double
    var fontSize: Double?
    var isBold: Bool

    var isDigit: Bool { scalar.isASCII && ("0"..."9").contains(scalar) }

    /// ASCII is answered without the (slow) Unicode property tables.
    var isSpace: Bool {
        if scalar.isASCII { return scalar == " " || scalar == "\n" || scalar == "\t" || scalar == "\r" }
        return scalar.properties.isWhitespace
    }
}
