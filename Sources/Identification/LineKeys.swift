import TickmarkModel

/// The line part of a line ID, unique within its statement.
///
/// - A tagged line is keyed by its XBRL concept, with its dimension members when it has any:
///   `us-gaap:Revenues[srt:ProductOrServiceAxis=us-gaap:ProductMember]`.
/// - A labeled line by the slug of its printed label; where that repeats in the statement, by
///   `section/label`; where that still repeats, a `-2`, `-3` … suffix in printed order.
/// - A line holding one component column of a statement with periods down the rows (equity) by
///   `component/label`, whether tagged or not: `retained-earnings/net-income`.
/// - A line printed without a label by `section/unlabeled-N`, N its place among the unlabeled
///   lines of that section.
enum LineKeys {
    static func make(for lines: [Line]) -> [String] {
        let bare = lines.map(bareKey)
        var counts: [String: Int] = [:]
        for key in bare { counts[key, default: 0] += 1 }

        var unlabeledInSection: [String: Int] = [:]
        var candidates: [String] = []
        for (line, key) in zip(lines, bare) {
            let section = Slug.make(line.section.last ?? "")
            let sectionPrefix = section.isEmpty ? "" : section + "/"
            let component = Slug.make(line.component ?? "")
            let label = Slug.make(line.label)
            if !component.isEmpty && !label.isEmpty {
                candidates.append(component + "/" + label)
            } else if key.isEmpty {
                unlabeledInSection[section, default: 0] += 1
                candidates.append("\(sectionPrefix)unlabeled-\(unlabeledInSection[section]!)")
            } else if counts[key]! > 1 && line.xbrlConcept == nil {
                candidates.append(sectionPrefix + key)
            } else {
                candidates.append(key)
            }
        }

        var seen: [String: Int] = [:]
        return candidates.map { key in
            seen[key, default: 0] += 1
            let n = seen[key]!
            return n > 1 ? "\(key)-\(n)" : key
        }
    }

    private static func bareKey(_ line: Line) -> String {
        if let concept = line.xbrlConcept {
            return line.xbrlDimensions.isEmpty ? concept : concept + "[" + line.xbrlDimensions.joined(separator: ",") + "]"
        }
        return Slug.make(line.label)
    }
}
