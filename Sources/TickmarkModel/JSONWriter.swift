import Foundation

/// Writes JSON straight into bytes, in the layout `JSONEncoder` uses with `.sortedKeys` and
/// `.withoutEscapingSlashes`, and with `.prettyPrinted` unless `compact`: two-space indents,
/// `"key" : value`, empty containers as `[`, blank line, `]`. Callers give an object's keys in
/// sorted order. statements.json and the corpus's JSON columns are written with it.
public struct JSONWriter {
    public private(set) var bytes: [UInt8] = []
    /// A NaN or infinity that was asked for: JSON has no such number, so the output is void.
    public private(set) var nonFiniteNumber: Double?
    /// One line, no spaces: `{"key":value}`.
    private let compact: Bool
    private var indent = 0
    /// Per open container: whether nothing has been written into it yet.
    private var isEmpty: [Bool] = []

    public init(capacity: Int, compact: Bool = false) {
        self.compact = compact
        bytes.reserveCapacity(capacity)
    }

    /// The compact JSON text of what `body` writes.
    public static func compactText(_ body: (inout JSONWriter) -> Void) -> String {
        var writer = JSONWriter(capacity: 64, compact: true)
        body(&writer)
        return String(decoding: writer.bytes, as: UTF8.self)
    }

    public mutating func object(_ body: (inout JSONWriter) -> Void) { container(UInt8(ascii: "{"), UInt8(ascii: "}"), body) }

    public mutating func array<T>(_ items: [T], _ write: (inout JSONWriter, T) -> Void) {
        container(UInt8(ascii: "["), UInt8(ascii: "]")) { writer in
            for item in items {
                writer.nextItem()
                write(&writer, item)
            }
        }
    }

    /// An object's member; keys must come in sorted order.
    public mutating func key(_ key: String) {
        nextItem()
        string(key)
        if compact { bytes.append(UInt8(ascii: ":")) } else { bytes.append(contentsOf: " : ".utf8) }
    }

    public mutating func string(_ text: String) {
        bytes.append(UInt8(ascii: "\""))
        if text.utf8.contains(where: Self.needsEscape) {
            for byte in text.utf8 { escaped(byte) }
        } else {
            bytes.append(contentsOf: text.utf8)
        }
        bytes.append(UInt8(ascii: "\""))
    }

    private static func needsEscape(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") || byte < 0x20
    }

    /// One byte of a string, escaped the way `JSONEncoder` does.
    private mutating func escaped(_ byte: UInt8) {
        let short: UInt8? = switch byte {
        case UInt8(ascii: "\""), UInt8(ascii: "\\"): byte
        case 0x08: UInt8(ascii: "b")
        case 0x0C: UInt8(ascii: "f")
        case 0x0A: UInt8(ascii: "n")
        case 0x0D: UInt8(ascii: "r")
        case 0x09: UInt8(ascii: "t")
        default: nil
        }
        if let short {
            bytes.append(UInt8(ascii: "\\"))
            bytes.append(short)
        } else if byte < 0x20 {
            let hex = Array("0123456789abcdef".utf8)
            bytes.append(contentsOf: "\\u00".utf8)
            bytes.append(hex[Int(byte >> 4)])
            bytes.append(hex[Int(byte & 0x0F)])
        } else {
            bytes.append(byte)
        }
    }

    public mutating func string(_ text: String?) { text.map { string($0) } ?? null() }

    public mutating func int(_ value: Int?) { value.map { raw(String($0)) } ?? null() }

    public mutating func bool(_ value: Bool) { raw(value ? "true" : "false") }

    /// A `Decimal` as its exact digits.
    public mutating func decimal(_ value: Decimal?) { value.map { raw($0.description) } ?? null() }

    /// A `Double` as Swift prints it, without a trailing `.0`.
    public mutating func double(_ value: Double) {
        if !value.isFinite { nonFiniteNumber = value }
        let text = value.description
        raw(text.hasSuffix(".0") ? String(text.dropLast(2)) : text)
    }

    public mutating func null() { raw("null") }

    /// The line break that ends the file.
    public mutating func endLine() { bytes.append(0x0A) }

    private mutating func raw(_ text: String) { bytes.append(contentsOf: text.utf8) }

    private mutating func container(_ open: UInt8, _ close: UInt8, _ body: (inout JSONWriter) -> Void) {
        bytes.append(open)
        if !compact { bytes.append(0x0A) }
        indent += 1
        isEmpty.append(true)
        body(&self)
        indent -= 1
        isEmpty.removeLast()
        if !compact {
            bytes.append(0x0A)
            writeIndent()
        }
        bytes.append(close)
    }

    /// The comma and line break before an array item or an object member.
    private mutating func nextItem() {
        if isEmpty[isEmpty.count - 1] {
            isEmpty[isEmpty.count - 1] = false
        } else {
            bytes.append(UInt8(ascii: ","))
            if !compact { bytes.append(0x0A) }
        }
        if !compact { writeIndent() }
    }

    private mutating func writeIndent() {
        bytes.append(contentsOf: repeatElement(0x20, count: 2 * indent))
    }
}
