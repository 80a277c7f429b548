import CorpusStore

/// What the nightly rebuild asks of the task files of a folder: does every cited ID still resolve
/// to the value its task expects? One line per problem (`task file: criterion: reason`); the
/// other checks of `cite check` (traps, sources) are the writer's business, not the rebuild's.
public enum TaskFolderCheck {
    public static func problems(folder: String, corpus: SQLiteCorpus) throws(CorpusError) -> [String] {
        let checker = TaskChecker(counterparts: try Counterparts(corpus: corpus))
        var lines: [String] = []
        for path in TaskFile.paths(in: folder) {
            let task: TaskFile
            do { task = try TaskFile.load(path: path) } catch {
                lines.append("\(error)")
                continue
            }
            for criterion in try checker.check(task).criteria {
                for problem in criterion.problems where problem.isValueChange {
                    lines.append("\(path): criterion \(criterion.index): \(problem.message)")
                }
            }
        }
        return lines
    }
}
