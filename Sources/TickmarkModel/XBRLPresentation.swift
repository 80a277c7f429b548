/// An XBRL filing's presentation linkbase (`*_pre.xml`) with its labels (`*_lab.xml`): how the
/// filer arranged concepts into statements and what it called them.
public struct XBRLPresentation: Sendable {
    /// Extended-link roles in the filer's order (by definition text, which starts with a sort number).
    public var roles: [PresentationRole]
    /// Concept → label role (`label`, `terseLabel`, `totalLabel`, …, the role URI's last part) → text.
    public var labels: [String: [String: String]]

    public init(roles: [PresentationRole], labels: [String: [String: String]]) {
        self.roles = roles
        self.labels = labels
    }
}

/// One presentation role (a statement, a note, a parenthetical …).
public struct PresentationRole: Sendable {
    public var roleURI: String
    /// `0000005 - Statement - Consolidated Balance Sheets`, from the schema, when known.
    public var definition: String?
    public var roots: [PresentationNode]

    public init(roleURI: String, definition: String?, roots: [PresentationNode]) {
        self.roleURI = roleURI
        self.definition = definition
        self.roots = roots
    }
}

/// A concept in a presentation tree, with its children in arc order.
public struct PresentationNode: Sendable {
    /// Prefixed concept name, e.g. `us-gaap:Assets`.
    public var concept: String
    /// The arc's preferred label role, shortened to its last part (`totalLabel`), if any.
    public var preferredLabel: String?
    public var children: [PresentationNode]

    public init(concept: String, preferredLabel: String?, children: [PresentationNode]) {
        self.concept = concept
        self.preferredLabel = preferredLabel
        self.children = children
    }
}
