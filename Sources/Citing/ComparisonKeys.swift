import CorpusStore
import Foundation

/// Which facts of different documents speak of the same thing: the same entity, the same concept
/// (our canonical concept, else the XBRL concept, else the statement kind, the headings above
/// the line and its label as printed, folded: a label alone, "Deferred income taxes", names an
/// asset under one heading and a liability under another) and the same period key.
public enum ComparisonKeys {
    /// Words of a registrant's name that do not tell registrants apart.
    private static let entitySuffixes: Set<String> = ["the", "inc", "incorporated", "corp", "corporation", "co", "company", "ltd", "limited",
                                                      "plc", "llc", "lp", "sa", "nv", "ag"]

    /// The entity a document belongs to: its name folded, without legal suffixes, so that the PDF,
    /// HTML and XBRL of one filer agree even when only some of them state a ticker or CIK.
    public static func entity(_ document: DocumentSummary) -> String {
        guard let name = document.entity, !name.isEmpty else { return document.ticker?.lowercased() ?? document.id }
        let words = name.lowercased().split { !$0.isLetter && !$0.isNumber }.map(String.init)
        let kept = words.filter { !entitySuffixes.contains($0) }
        return (kept.isEmpty ? words : kept).joined(separator: " ")
    }

    /// Whether two documents were filed by the same entity: same CIK or ticker when both state it, else the same folded name.
    public static func sameEntity(_ a: DocumentSummary, _ b: DocumentSummary) -> Bool {
        if let x = a.cik, let y = b.cik, !x.isEmpty, !y.isEmpty { return x == y }
        if let x = a.ticker, let y = b.ticker, !x.isEmpty, !y.isEmpty, x != "-", y != "-", x.lowercased() == y.lowercased() { return true }
        return entity(a) == entity(b)
    }

    /// The concept a fact's line reports, comparable across documents and formats.
    public static func concept(_ fact: CitedFact) -> String {
        if let concept = fact.line.concept { return concept }
        if let concept = fact.line.xbrlConcept {
            return fact.line.xbrlDimensions == "[]" ? concept : concept + fact.line.xbrlDimensions
        }
        return fact.statement.kind + ":" + (fact.line.section + [fact.line.label]).map(label).joined(separator: "/")
    }

    /// A printed label folded to lowercase letters and digits.
    public static func label(_ text: String) -> String {
        text.lowercased().split { !$0.isLetter && !$0.isNumber }.joined(separator: " ")
    }

    /// Whether two values say the same thing: equal magnitudes (a sign is a presentation choice,
    /// `(412)` printed beside a tagged `412`) within half a unit of the coarser printed scale.
    public static func agree(_ a: CitedFact, _ b: CitedFact) -> Bool {
        guard let x = a.decimalValue, let y = b.decimalValue else {
            return a.value == b.value
        }
        return (x.magnitude - y.magnitude).magnitude <= Decimal(max(a.statement.scale, b.statement.scale)) / 2
    }
}
