import ArgumentParser

/// `cite`: for task writers, the corpus of cited filings as answers — find the value to cite,
/// show everything about it, find the traps, check a rubric, grade an answer.
@main
struct Cite: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Find, show and check citations in a Tickmark corpus, or serve it as web pages (see the README, \"Citing\").",
        discussion: "Exit codes: 0 done (check: every criterion right); 1 a check or grade found problems, or nothing was found; 64 usage; 78 the corpus cannot be used.",
        version: "cite 1",
        subcommands: [SearchCommand.self, ShowCommand.self, FindValueCommand.self, ConflictsCommand.self, CheckCommand.self,
                      GradeCommand.self, ExportCommand.self, ServeCommand.self])

    static func main() {
        Timing.start()
        main(nil)
    }
}
