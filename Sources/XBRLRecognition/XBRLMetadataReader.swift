import TickmarkModel

/// Document metadata from dei (and UK Companies House) facts of an instance or inline XBRL.
public struct XBRLMetadataReader: Sendable {
    public init() {}

    /// Concepts read, by local name (any prefix: `dei`, UK `bus` …).
    private static let wanted: Set<String> = [
        "DocumentPeriodEndDate", "EndDateForPeriodCoveredByReport", "BalanceSheetDate", "EntityRegistrantName",
        "EntityCurrentLegalOrRegisteredName", "EntityCurrentLegalName", "TradingSymbol", "EntityCentralIndexKey",
        "UKCompaniesHouseRegisteredNumber", "DocumentType", "DocumentFiscalYearFocus", "DocumentFiscalPeriodFocus",
    ]

    public func read(_ facts: XBRLFacts) -> DocumentMetadata {
        var first: [String: String] = [:] // local name → first non-empty, non-dimensional value
        for fact in facts.facts {
            guard let value = fact.value, !value.isEmpty,
                  let local = fact.concept.split(separator: ":").last.map(String.init),
                  Self.wanted.contains(local), first[local] == nil,
                  facts.contexts[fact.contextRef]?.dimensions.isEmpty ?? true else { continue }
            first[local] = value
        }
        func value(_ locals: [String]) -> String? { locals.lazy.compactMap { first[$0] }.first }
        let periodEnd = value(["DocumentPeriodEndDate", "EndDateForPeriodCoveredByReport", "BalanceSheetDate"])
            .flatMap { CalendarDate(iso: $0) }
        return DocumentMetadata(
            entityName: value(["EntityRegistrantName", "EntityCurrentLegalOrRegisteredName", "EntityCurrentLegalName"]),
            ticker: value(["TradingSymbol"]),
            cik: value(["EntityCentralIndexKey", "UKCompaniesHouseRegisteredNumber"]),
            form: value(["DocumentType"]),
            fiscalYear: value(["DocumentFiscalYearFocus"]).flatMap { Int($0.prefix(4)) },
            periodEnd: periodEnd,
            fiscalPeriod: value(["DocumentFiscalPeriodFocus"]))
    }
}

extension DocumentMetadata {
    /// Each field from `preferred` when it has one, else from `self`.
    public func overridden(by preferred: DocumentMetadata) -> DocumentMetadata {
        DocumentMetadata(entityName: preferred.entityName ?? entityName, ticker: preferred.ticker ?? ticker,
                         cik: preferred.cik ?? cik, form: preferred.form ?? form,
                         fiscalYear: preferred.fiscalYear ?? fiscalYear, periodEnd: preferred.periodEnd ?? periodEnd,
                         fiscalPeriod: preferred.fiscalPeriod ?? fiscalPeriod)
    }
}
