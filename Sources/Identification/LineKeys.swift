import TickmarkModel

/// The line part of line IDs, unique within its statement, from what is printed at the line
/// itself and the heading above it, never from the other lines of the statement.
///
/// - A tagged line is keyed by its XBRL concept, with its dimension members when it has any:
///   `us-gaap:Revenues[srt:ProductOrServiceAxis=us-gaap:ProductMember]`.
/// - A line holding one component column of a statement with periods down the rows (equity) by
///   `component/label`, whether tagged or not: `retained-earnings/net-income`.
/// - A labeled line by `section/label`, the section being the nearest printed heading above it
///   (`investing-activities/other`), or by its label alone when it stands under no heading.
/// - A line printed without a label by `section/unlabeled-N`, N its place among the unlabeled
///   lines of that section.
/// - A fact tagged inside a line's label (a share count in "Treasury stock, at cost; 309,252,205
///   shares …") is keyed after its line by its own concept, `line-key/concept`: its line's values
///   keep their keys, and a concept's QName cannot be a printed slug.
/// - Where a key still repeats (one label twice under one heading), a `.2`, `.3` … suffix in
///   printed order (a slug never holds a dot, so no printed label can take it): the one
///   positional rule.
enum LineKeys {
    /// A tagged concept with its dimension members: `us-gaap:Revenues[srt:ProductOrServiceAxis=us-gaap:ProductMember]`.
    static func tagged(_ concept: String, dimensions: [String]) -> String {
        dimensions.isEmpty ? concept : concept + "[" + dimensions.joined(separator: ",") + "]"
    }

    static func make(for lines: [Line]) -> [String] {
        var unlabeledInSection: [String: Int] = [:]
        var seen: [String: Int] = [:]
        return lines.map { line in
            let section = Slug.make(line.section.last ?? "")
            let sectionPrefix = section.isEmpty ? "" : section + "/"
            let component = Slug.make(line.component ?? "")
            let label = Slug.make(line.label)
            let key: String
            if !component.isEmpty && !label.isEmpty {
                key = component + "/" + label
            } else if let concept = line.xbrlConcept {
                key = tagged(concept, dimensions: line.xbrlDimensions)
            } else if label.isEmpty {
                unlabeledInSection[section, default: 0] += 1
                key = "\(sectionPrefix)unlabeled-\(unlabeledInSection[section]!)"
            } else {
                key = sectionPrefix + label
            }
            seen[key, default: 0] += 1
            let n = seen[key]!
            return n > 1 ? "\(key).\(n)" : key
        }
    }
}
