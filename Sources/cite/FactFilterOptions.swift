import ArgumentParser
import CorpusStore

/// The filters of `search` and `find-value`: each one given must hold for a fact.
struct FactFilterOptions: ParsableArguments {
    @Option(help: "Ticker, CIK or part of the entity name.") var entity: String?
    @Option(help: "Form, e.g. 10-K.") var form: String?
    @Option(help: "A year the period names.") var year: Int?
    @Option(help: "Statement kind: income, comprehensive_income, balance, cash_flow, equity.") var statement: String?
    @Option(help: "Part of the canonical or XBRL concept.") var concept: String?

    var filters: SQLiteCorpus.SearchFilters {
        .init(entity: entity, form: form, year: year, statement: statement, concept: concept)
    }
}
