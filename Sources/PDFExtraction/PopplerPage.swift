import CPoppler

/// Owns one `PopplerPage` (released in `deinit`) and reads its characters with their boxes.
final class PopplerPage {
    let handle: OpaquePointer

    init(handle: OpaquePointer) { self.handle = handle }

    deinit { g_object_unref(UnsafeMutableRawPointer(handle)) }

    /// Width and height in points (rotation applied).
    var size: (width: Double, height: Double) {
        var width = 0.0, height = 0.0
        poppler_page_get_size(handle, &width, &height)
        return (width, height)
    }

    /// Every character of the page's text in poppler's reading order, with its box (top-left
    /// origin), font size and boldness. Spaces and line breaks are included as poppler emits
    /// them; the layout has one rectangle per Unicode scalar. `layoutMatchesText` is false when
    /// poppler returned a different number of rectangles (boxes may then be off).
    func glyphs() -> (glyphs: [Glyph], layoutMatchesText: Bool) {
        guard let cText = poppler_page_get_text(handle) else { return ([], true) }
        let text = String(cString: cText)
        g_free(cText)
        var rects: UnsafeMutablePointer<PopplerRectangle>?
        var rectCount: guint = 0
        guard poppler_page_get_text_layout(handle, &rects, &rectCount) != 0, let rects else { return ([], text.isEmpty) }
        defer { g_free(rects) }
        let styles = fontStyles()
        var glyphs: [Glyph] = []
        glyphs.reserveCapacity(Int(rectCount))
        var styleCursor = 0
        for (index, scalar) in text.unicodeScalars.enumerated() {
            guard index < Int(rectCount) else { break }
            let rect = rects[index]
            while styleCursor < styles.count && styles[styleCursor].lastIndex < index { styleCursor += 1 }
            let style = styleCursor < styles.count && styles[styleCursor].firstIndex <= index ? styles[styleCursor] : nil
            glyphs.append(Glyph(scalar: scalar, x0: rect.x1, y0: rect.y1, x1: rect.x2, y1: rect.y2,
                                fontSize: style?.fontSize, isBold: style?.isBold ?? false))
        }
        return (glyphs, text.unicodeScalars.count == Int(rectCount))
    }

    /// Font runs as poppler reports them (character index ranges, inclusive, ascending).
    private func fontStyles() -> [FontRun] {
        guard let list = poppler_page_get_text_attributes(handle) else { return [] }
        defer { poppler_page_free_text_attributes(list) }
        var runs: [FontRun] = []
        var node: UnsafeMutablePointer<GList>? = list
        while let current = node {
            if let raw = current.pointee.data {
                let attributes = raw.assumingMemoryBound(to: PopplerTextAttributes.self).pointee
                let name = attributes.font_name.map { String(cString: $0) } ?? ""
                runs.append(FontRun(firstIndex: Int(attributes.start_index), lastIndex: Int(attributes.end_index),
                                    fontSize: attributes.font_size, isBold: FontRun.isBoldName(name)))
            }
            node = current.pointee.next
        }
        return runs.sorted { $0.firstIndex < $1.firstIndex }
    }
}

/// A range of characters printed in one font.
struct FontRun {
    var firstIndex: Int
    var lastIndex: Int
    var fontSize: Double
    var isBold: Bool

    /// Bold faces by name: `Helvetica-Bold`, `Arial,Bold`, `TimesNewRomanPS-BoldMT`, `…-Black`.
    static func isBoldName(_ name: String) -> Bool {
        let lower = name.lowercased()
        return lower.contains("bold") || lower.contains("black") || lower.contains("heavy")
    }
}
