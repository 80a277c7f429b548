/// Padding for the aligned text tables `cite` prints on the terminal.
enum TextColumns {
    /// `text` filled with spaces to `width` characters, on the right (`left`) or on the left.
    static func pad(_ text: String, _ width: Int, left: Bool) -> String {
        let fill = String(repeating: " ", count: max(width - text.count, 0))
        return left ? text + fill : fill + text
    }
}
