import Foundation

/// The arithmetic of a criterion, parsed by a small recursive-descent parser of its own (no
/// evaluation of arbitrary code): numbers, citation names, `+ - * /`, unary minus, parentheses
/// and `abs(…)`.
public indirect enum TaskExpression: Sendable, Equatable {
    case number(Decimal)
    case name(String)
    case negate(TaskExpression)
    case abs(TaskExpression)
    case binary(Character, TaskExpression, TaskExpression)

    /// Parses `text`; throws a message naming what is wrong and where.
    public init(parsing text: String) throws(TaskExpressionError) {
        var parser = Parser(Array(text))
        self = try parser.sum()
        parser.skipSpaces()
        guard parser.position == parser.characters.count else { throw parser.error("unexpected \"\(parser.characters[parser.position])\"") }
    }

    /// Every citation name the expression uses.
    public var names: Set<String> {
        switch self {
        case .number: []
        case .name(let name): [name]
        case .negate(let e), .abs(let e): e.names
        case .binary(_, let l, let r): l.names.union(r.names)
        }
    }

    private struct Parser {
        let characters: [Character]
        var position = 0

        init(_ characters: [Character]) { self.characters = characters }

        func error(_ message: String) -> TaskExpressionError { TaskExpressionError(message: "\(message) at character \(position + 1)") }

        mutating func skipSpaces() {
            while position < characters.count, characters[position].isWhitespace { position += 1 }
        }

        mutating func take(_ c: Character) -> Bool {
            skipSpaces()
            guard position < characters.count, characters[position] == c else { return false }
            position += 1
            return true
        }

        mutating func sum() throws(TaskExpressionError) -> TaskExpression { try chain("+-") { parser throws(TaskExpressionError) in try parser.product() } }

        mutating func product() throws(TaskExpressionError) -> TaskExpression { try chain("*/") { parser throws(TaskExpressionError) in try parser.factor() } }

        /// Operands joined left to right by operators of one precedence.
        mutating func chain(_ operators: String, operand: (inout Parser) throws(TaskExpressionError) -> TaskExpression)
            throws(TaskExpressionError) -> TaskExpression {
            var left = try operand(&self)
            next: while true {
                for op in operators where take(op) {
                    left = .binary(op, left, try operand(&self))
                    continue next
                }
                return left
            }
        }

        mutating func factor() throws(TaskExpressionError) -> TaskExpression {
            if take("-") { return .negate(try factor()) }
            if take("(") {
                let inner = try sum()
                guard take(")") else { throw error("missing \")\"") }
                return inner
            }
            skipSpaces()
            guard position < characters.count else { throw error("expression ends too early") }
            let start = position
            if characters[position].isNumber || characters[position] == "." {
                while position < characters.count, characters[position].isNumber || characters[position] == "." { position += 1 }
                guard let value = Decimal(string: String(characters[start..<position])) else { throw error("bad number") }
                return .number(value)
            }
            guard characters[position].isLetter || characters[position] == "_" else { throw error("unexpected \"\(characters[position])\"") }
            while position < characters.count, characters[position].isLetter || characters[position].isNumber || characters[position] == "_" {
                position += 1
            }
            let name = String(characters[start..<position])
            if name == "abs", take("(") {
                let inner = try sum()
                guard take(")") else { throw error("missing \")\"") }
                return .abs(inner)
            }
            return .name(name)
        }
    }
}

/// Why an expression cannot be parsed.
public struct TaskExpressionError: Error, CustomStringConvertible, Equatable {
    public var message: String
    public var description: String { message }
}
