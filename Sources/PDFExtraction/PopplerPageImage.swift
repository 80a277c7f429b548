import CPoppler

extension PopplerPage {
    /// Renders the page through cairo onto a white RGB image `scale` pixels per point and writes
    /// it as a PNG at `path`. The image is the page size times `scale`, rounded up.
    /// - Returns: the image size in pixels, or nil when cairo could not make or write the image.
    func writePNG(to path: String, scale: Double) -> (width: Int, height: Int)? {
        let (width, height) = size
        let pixelWidth = Self.pixels(width, scale: scale)
        let pixelHeight = Self.pixels(height, scale: scale)
        guard pixelWidth > 0, pixelHeight > 0,
              let surface = cairo_image_surface_create(CAIRO_FORMAT_RGB24, Int32(pixelWidth), Int32(pixelHeight)) else { return nil }
        defer { cairo_surface_destroy(surface) }
        guard cairo_surface_status(surface) == CAIRO_STATUS_SUCCESS, let context = cairo_create(surface) else { return nil }
        cairo_set_source_rgb(context, 1, 1, 1)
        cairo_paint(context)
        cairo_scale(context, scale, scale)
        poppler_page_render(handle, context)
        let drawn = cairo_status(context) == CAIRO_STATUS_SUCCESS
        cairo_destroy(context)
        cairo_surface_flush(surface)
        guard drawn, cairo_surface_write_to_png(surface, path) == CAIRO_STATUS_SUCCESS else { return nil }
        return (pixelWidth, pixelHeight)
    }

    /// Points to whole pixels, rounded up (float noise below a thousandth of a pixel ignored).
    static func pixels(_ points: Double, scale: Double) -> Int {
        Int((points * scale - 0.001).rounded(.up))
    }
}
