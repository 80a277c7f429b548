import ArgumentParser
import Evaluation
import Foundation
import IngestPipeline

/// `tickmark-eval ids OLD.json NEW.json`: of the fact IDs in one statements.json that hold a
/// value, how many another build of the same documents keeps with the same value.
struct IDsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ids",
        abstract: "Compare the fact IDs of two statements.json of the same documents: kept, value changed, gone, added.")

    @Argument(help: "statements.json of the earlier build.")
    var old: String

    @Argument(help: "statements.json of the later build.")
    var new: String

    @Option(name: .long, help: "List at most this many changed and gone IDs.")
    var list = 40

    func run() throws {
        let before = try StatementsJSON.decode(Data(contentsOf: URL(fileURLWithPath: old))).documents
        let after = try StatementsJSON.decode(Data(contentsOf: URL(fileURLWithPath: new))).documents
        let result = IDStability(old: before, new: after)
        let share = result.total == 0 ? 100 : Double(result.kept) / Double(result.total) * 100
        print(String(format: "fact IDs holding a value before: %d; kept with the same value: %d (%.1f%%); ",
                     result.total, result.kept, share)
              + "value changed: \(result.changedValue.count); gone: \(result.gone.count); added: \(result.added)")
        for change in result.changedValue.prefix(list) {
            print("  changed \(change.id): \(change.old) → \(change.new.map { "\($0)" } ?? "null")")
        }
        for id in result.gone.prefix(list) { print("  gone \(id)") }
    }
}
