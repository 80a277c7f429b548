/// The formats Tickmark reads, as named in statements.json (`format`).
public enum FileFormat: String, Codable, Sendable, CaseIterable {
    case pdf
    case html
    case ixbrl
    case xbrl
}
