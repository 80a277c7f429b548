import CorpusStore
import Foundation

/// `cite export --csv`: citations as rows for a spreadsheet (RFC 4180 quoting).
public enum CSVExport {
    public static let header = ["id", "value", "printed", "unit", "period", "label", "statement", "entity", "form", "document", "file", "page", "flags"]

    public static func rows(_ facts: [CitedFact]) -> String {
        ([header] + facts.map { f in
            [f.id, f.value ?? "", f.printed ?? "", f.unit ?? "", f.period, f.line.label, f.statement.id, f.document.entity ?? "",
             f.document.form ?? "", f.document.id, f.document.file, f.page.map(String.init) ?? "", f.flags.joined(separator: " ")]
        }).map { $0.map(quoted).joined(separator: ",") }.joined(separator: "\n") + "\n"
    }

    private static func quoted(_ field: String) -> String {
        guard field.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return field }
        return "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
