import Foundation
import TickmarkModel

/// Lines of a statement that prints its periods down the rows and its components across (most
/// equity statements): one line per printed row label and component column, with one fact per
/// row period. "Net income" printed once per year becomes one line per component with a fact for
/// each year.
struct RowPeriodLines: Sendable {
    var conceptMapper: ConceptMapper
    var facts: FactBuilder
    /// The weighted basic share counts the document's income statements print: they tell a
    /// share column printed in full from one printed in the statement's scale.
    var weightedShares: [Decimal] = []

    /// Whether the statement's rows carry their own periods.
    static func applies(to statement: RecognizedStatement) -> Bool {
        statement.rows.contains { $0.period?.key != nil }
    }

    /// The distinct row periods in printed order, each headed by the first row printed in it.
    static func periods(of statement: RecognizedStatement) -> [Period] {
        var seen: Set<String> = []
        return statement.rows.compactMap { row -> Period? in
            guard let period = period(of: row), seen.insert(period.key).inserted else { return nil }
            return period
        }
    }

    /// A row's period; a balance row of a block dated by a span ("Balance at beginning of year"
    /// under "FY2023 (January 1, 2023 to December 31, 2023)") stands at the instant before the
    /// span or at its end.
    static func period(of row: RecognizedRow) -> Period? {
        guard let span = row.period, let period = PeriodBuilder().period(for: PeriodColumn(header: row.label, period: span))
        else { return nil }
        if let side = BalanceRowPeriods.side(of: row.label), let instant = BalanceRowPeriods.instant(of: period, side: side) {
            return instant
        }
        return period
    }

    /// The lines in printed order (a row's first appearance, then its columns left to right), and
    /// the facts whose printed value disagrees with its tag.
    func lines(of statement: RecognizedStatement, diagnostics: inout [Diagnostic]) -> (lines: [Line], disagreements: [Fact]) {
        var lines: [Line] = []
        var indexOfKey: [LineIdentity: Int] = [:]
        var disagreements: [Fact] = []
        let shareExponents = Dictionary(uniqueKeysWithValues: statement.columns.indices
            .filter { Self.countsShares(statement.columns[$0].header) }.map { ($0, shareExponent(statement, column: $0)) })
        for row in statement.rows {
            let rowPeriod = Self.period(of: row)
            let periodKey = rowPeriod?.key
            let valued = periodKey == nil ? [] : row.cells.indices.filter { row.cells[$0] != nil }
            if valued.isEmpty {
                // A heading, or values outside the printed balances: the label only.
                let identity = LineIdentity(label: row.label, section: row.section, column: nil)
                if indexOfKey[identity] == nil {
                    indexOfKey[identity] = lines.count
                    lines.append(line(row, section: row.section, component: nil, cell: nil))
                }
                continue
            }
            for column in valued {
                guard let cell = row.cells[column], let key = periodKey else { continue }
                let header = column < statement.columns.count ? statement.columns[column].header : ""
                let section = header.isEmpty ? row.section : row.section + [header]
                let identity = LineIdentity(label: row.label, section: row.section, column: column)
                let index: Int
                if let existing = indexOfKey[identity] {
                    index = existing
                } else {
                    index = lines.count
                    indexOfKey[identity] = index
                    lines.append(line(row, section: section, component: header, cell: cell))
                    lines[index].componentColumn = column
                }
                // A balance row measures its column, whatever heading ("… per share") it follows.
                let headings = rowPeriod?.type == .instant ? [header] : section
                let shareExponent = shareExponents[column]
                let measure = shareExponent != nil ? .shares : Self.measure(row, headings: headings, component: header)
                var builder = facts
                if let shareExponent { builder.scale.shares = shareExponent }
                let (fact, problem) = builder.fact(cell, period: key, measure: measure)
                // A balance printed again with the same figure (a 10-Q's quarter block and its
                // year-to-date block both close on the same day) is one fact.
                if lines[index].facts.contains(where: { $0.period == key && $0.value == fact.value }) { continue }
                lines[index].facts.append(fact)
                if let problem { diagnostics.append(problem) }
                if Normalizer.magnitudesDiffer(fact) { disagreements.append(fact) }
            }
        }
        return (lines, disagreements)
    }

    /// The measure of a cell outside the share columns: its label's and headings' — but a component
    /// heading that names a share count before its own component ("Number of shares outstanding
    /// Common Stock and Capital Surplus", a group heading spread over the dollar columns beside
    /// the share columns) makes no dollar column a count.
    static func measure(_ row: RecognizedRow, headings: [String], component: String) -> LineMeasure {
        let measure = LineMeasure.of(label: row.label, section: headings)
        guard measure == .shares, !component.isEmpty, LineMeasure.of(label: row.label, section: row.section) != .shares
        else { return measure }
        return .money
    }

    /// The statement's scale rules; "(Dollars in millions)" scales the amounts, not the share
    /// counts printed beside them.
    static func scaleRules(for scale: Scale) -> ScaleRules {
        var rules = ScaleRules(scale)
        let phrase = LabelText.fold(scale.printed ?? "").drop { $0 == "(" }
        if phrase.hasPrefix("dollars in") || phrase.hasPrefix("dollar amounts in") { rules.shares = 0 }
        return rules
    }

    /// The power of ten of a share column: its own heading's scale, a share phrase of the
    /// statement's ("shares in thousands"), else the statement's scale — unless the document's
    /// weighted basic shares show its balances printed in full (a 10-Q's "Shares 3,415,643" under
    /// "(In thousands)" beside 3,527 thousand weighted shares): never a dollar scale on full counts.
    private func shareExponent(_ statement: RecognizedStatement, column: Int) -> Int {
        if let own = Self.ownScale(statement.columns[column].header) { return own }
        let ruled = facts.scale.shares
        guard ruled != 0, !weightedShares.isEmpty,
              ScaleRules.explicitShareScale(in: LabelText.fold(statement.scale.printed ?? "")) == nil else { return ruled }
        let balances = statement.rows.filter { Self.period(of: $0)?.type == .instant }.compactMap { row in
            column < row.cells.count ? row.cells[column].flatMap { AmountParser.parse($0.printed)?.value?.magnitude } : nil
        }
        guard let figure = balances.max(), figure > 0 else { return ruled }
        let distance = { (exponent: Int) -> Double in
            let count = NSDecimalNumber(decimal: figure).doubleValue * pow(10, Double(exponent))
            return weightedShares.map { abs(log10(count / NSDecimalNumber(decimal: $0).doubleValue)) }.min() ?? .infinity
        }
        return distance(0) < distance(ruled) ? 0 : ruled
    }

    /// The scale a share column prints in its own heading ("Shares (000's)", "Shares (In millions)");
    /// the statement's scale phrase ("(in millions, except share data)") is not one.
    static func ownScale(_ header: String) -> Int? {
        for aside in LabelText.fold(header).split(separator: "(").dropFirst() where !aside.contains("except") {
            if aside.hasPrefix("000s") || aside.contains("thousands") { return 3 }
            if aside.contains("millions") { return 6 }
        }
        return nil
    }

    /// Currency words a heading may print after its component name ("Shares RMB", "Amount US$").
    private static let currencyWords: Set<String> = ["rmb", "us$", "usd", "$", "cny", "jpy", "yen", "eur", "cad"]

    /// A component column of share counts ("Common stock Shares", "Treasury stock Shares RMB
    /// (in millions, except share data)") beside the amounts.
    static func countsShares(_ header: String) -> Bool {
        let folded = LabelText.fold(header)
        if folded == "shares" || folded.hasSuffix(" shares") { return true }
        // "NUMBER OF COMMON SHARES OUTSTANDING": the heading ends with the count it names.
        if folded.hasSuffix("shares outstanding") || folded.hasSuffix("number of shares") { return true }
        var words = LabelText.foldDroppingAsides(header).split(separator: " ").map(String.init)
        while let last = words.last, currencyWords.contains(last) { words.removeLast() }
        return words.last == "shares"
    }

    /// A line without facts yet; a tagged cell gives its own concept and dimensions (the component's member).
    private func line(_ row: RecognizedRow, section: [String], component: String?, cell: RecognizedCell?) -> Line {
        let concept = conceptMapper.concept(label: row.label, section: section, isTotal: row.isTotal, kind: .equity)
        let tagged = cell?.fact
        var line = Line(id: "", label: row.label, section: section, depth: row.depth, isTotal: row.isTotal,
                        concept: concept, xbrlConcept: tagged?.concept ?? row.xbrlConcept,
                        xbrlDimensions: tagged?.dimensionMembers ?? row.xbrlDimensions, facts: [])
        line.component = component
        return line
    }

    /// What makes rows one line: the printed label, its sections and the component column.
    private struct LineIdentity: Hashable {
        var label: String
        var section: [String]
        var column: Int?
    }
}
