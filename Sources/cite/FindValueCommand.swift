import ArgumentParser
import Citing

/// `cite find-value 1,577`: where a number appears, scale-aware.
struct FindValueCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "find-value",
        abstract: "Where a number appears: 1,577 in millions matches 1577000000; (1,577) and 1.58 billion are understood.")

    @OptionGroup var options: CorpusOptions
    @Argument(help: "The number, as printed.") var number: [String]
    @OptionGroup var filters: FactFilterOptions
    @Option(help: "At most this many facts.") var limit = 50

    func run() throws {
        let text = number.joined(separator: " ")
        guard let value = PrintedNumber(text) else { throw ValidationError("\(text) is not one number") }
        let matches = try ValueFinder(corpus: options.open()).find(value, filters: filters.filters, limit: limit)
        try options.print(matches) {
            matches.map { "\($0.exact ? "" : "≈ ")×\($0.scale)  " + $0.fact.summaryLine }.joined()
        }
        if matches.isEmpty { throw ExitCode(1) }
    }
}
