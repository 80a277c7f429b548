import ArgumentParser

/// Developer commands that measure Tickmark on the shared corpus: accuracy, agreement, benchmark, checks, page rendering.
@main
struct TickmarkEval: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tickmark-eval",
        abstract: "Measure Tickmark against the gold facts and other tools.",
        subcommands: [AccuracyCommand.self, AgreementCommand.self, BenchmarkCommand.self, BlocksCommand.self, ChecksCommand.self, IDsCommand.self,
                      RenderBenchmarkCommand.self])
}
