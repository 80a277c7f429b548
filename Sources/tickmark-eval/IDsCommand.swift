import ArgumentParser
import Evaluation
import Foundation
import IngestPipeline
import TickmarkModel

/// `tickmark-eval ids OLD.json NEW.json`: of the fact IDs in one statements.json that hold a
/// value, how many resolve to the same value in another build of the same documents, directly
/// or through an alias (a new ID holding that value at the same place).
struct IDsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ids",
        abstract: "Compare the fact IDs of two statements.json of the same documents: kept, aliased, value changed, gone, added.")

    @Argument(help: "statements.json of the earlier build.")
    var old: String

    @Argument(help: "statements.json of the later build.")
    var new: String

    @Option(name: .long, help: "List at most this many changed and gone IDs.")
    var list = 40

    func run() throws {
        let before = try StatementsJSON.decode(Data(contentsOf: URL(fileURLWithPath: old))).documents
        let after = try StatementsJSON.decode(Data(contentsOf: URL(fileURLWithPath: new))).documents
        let result = IDChanges(old: HeldFact.of(before), new: HeldFact.of(after))
        let share = result.total == 0 ? 100 : Double(result.resolving) / Double(result.total) * 100
        print(String(format: "fact IDs holding a value before: %d; resolving to the same value: %d (%.1f%%): ",
                     result.total, result.resolving, share)
              + "kept \(result.kept), through an alias \(result.aliased.count); "
              + "value changed: \(result.changedValue.count); gone: \(result.gone.count); added: \(result.added)")
        for alias in result.aliased.prefix(list) { print("  alias \(alias.old) → \(alias.new)") }
        for change in result.changedValue.prefix(list) {
            print("  changed \(change.id): \(change.old) → \(change.new)")
        }
        for fact in result.gone.prefix(list) { print("  gone \(fact.id)") }
    }
}
