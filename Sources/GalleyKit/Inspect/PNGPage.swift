import CPoppler
import FoundationEssentials

/// Draws one PDF page as poppler renders it (through cairo) with its `PageOverlay` on top, and
/// writes the result as PNG bytes. The overlay is drawn in page points under one scale, so the
/// picture matches the SVG of the same overlay.
enum PNGPage {
    /// The page rendered at `scale` pixels per point (1.5 → 108 dpi), the overlay drawn on it.
    static func png(page: GObjectRef, overlay: PageOverlay, scale: Double, path: String) throws -> Data {
        let pixelWidth = max(1, Int((overlay.width * scale).rounded()))
        let pixelHeight = max(1, Int((overlay.height * scale).rounded()))
        guard pixelWidth <= maximumPixels, pixelHeight <= maximumPixels else {
            throw GalleyError.unreadable(
                path, reason: "page \(overlay.pageNumber) would be \(pixelWidth)×\(pixelHeight) pixels; lower --scale")
        }
        guard let surface = cairo_image_surface_create(CAIRO_FORMAT_ARGB32, Int32(pixelWidth), Int32(pixelHeight)) else {
            throw GalleyError.internalError("cairo could not make a \(pixelWidth)×\(pixelHeight) surface")
        }
        defer { cairo_surface_destroy(surface) }
        guard cairo_surface_status(surface) == CAIRO_STATUS_SUCCESS, let context = cairo_create(surface) else {
            throw GalleyError.internalError("cairo could not make a \(pixelWidth)×\(pixelHeight) surface")
        }
        defer { cairo_destroy(context) }

        // Paper first: a PDF page is transparent where nothing is printed.
        cairo_set_source_rgb(context, 1, 1, 1)
        cairo_paint(context)
        cairo_scale(context, scale, scale)
        cairo_save(context)
        poppler_page_render(page.pointer, context)
        cairo_restore(context)
        draw(overlay, on: context)
        cairo_surface_flush(surface)

        let sink = PNGSink()
        let status = cairo_surface_write_to_png_stream(
            surface,
            { closure, bytes, length in
                guard let closure, let bytes else { return CAIRO_STATUS_WRITE_ERROR }
                Unmanaged<PNGSink>.fromOpaque(closure).takeUnretainedValue().data.append(bytes, count: Int(length))
                return CAIRO_STATUS_SUCCESS
            }, Unmanaged.passUnretained(sink).toOpaque())
        guard status == CAIRO_STATUS_SUCCESS else {
            throw GalleyError.internalError("cairo could not write the PNG (\(String(cString: cairo_status_to_string(status))))")
        }
        return withExtendedLifetime(sink) { sink.data }
    }

    /// A cairo image surface is at most 32767 pixels on a side.
    static let maximumPixels = 32767

    /// Collects the PNG bytes cairo writes.
    private final class PNGSink {
        var data = Data()
    }

    // MARK: Drawing the overlay (page points)

    private static func draw(_ overlay: PageOverlay, on context: OpaquePointer) {
        for region in overlay.regions {
            setColour(context, PageOverlay.Colour(0x444444), alpha: 1)
            cairo_set_line_width(context, 0.8)
            withDash(context, [6, 3]) {
                rectangle(context, region); cairo_stroke(context)
            }
        }
        for removal in overlay.removals {
            hatch(context, removal.box, colour: PageOverlay.removedColour)
            setColour(context, PageOverlay.removedColour, alpha: 1)
            cairo_set_line_width(context, 0.8)
            withDash(context, [3, 2]) {
                rectangle(context, removal.box); cairo_stroke(context)
            }
        }
        for block in overlay.blocks {
            for piece in block.pieces {
                setColour(context, block.colour, alpha: 0.12)
                rectangle(context, piece)
                cairo_fill_preserve(context)
                setColour(context, block.colour, alpha: 1)
                cairo_set_line_width(context, 1.2)
                cairo_stroke(context)
            }
        }
        for arrow in overlay.arrows {
            self.arrow(context, arrow)
        }
        for badge in overlay.badges {
            cairo_new_path(context)
            cairo_arc(context, badge.x, badge.y, PageOverlay.badgeRadius, 0, 2 * Double.pi)
            setColour(context, badge.colour, alpha: 1)
            cairo_fill_preserve(context)
            cairo_set_source_rgb(context, 1, 1, 1)
            cairo_set_line_width(context, 0.8)
            cairo_stroke(context)
            text(context, String(badge.order), size: PageOverlay.badgeFontSize, bold: true, centredAt: (badge.x, badge.y))
        }
        if let frame = overlay.legendFrame {
            cairo_set_source_rgba(context, 1, 1, 1, 0.85)
            rectangle(context, frame)
            cairo_fill_preserve(context)
            setColour(context, PageOverlay.Colour(0x888888), alpha: 1)
            cairo_set_line_width(context, 0.5)
            cairo_stroke(context)
            for item in overlay.legendItems {
                if item.entry.isHatched {
                    cairo_set_source_rgb(context, 1, 1, 1)
                    rectangle(context, item.swatch)
                    cairo_fill(context)
                    hatch(context, item.swatch, colour: item.entry.colour)
                } else {
                    setColour(context, item.entry.colour, alpha: 1)
                    rectangle(context, item.swatch)
                    cairo_fill(context)
                }
                setColour(context, item.entry.colour, alpha: 1)
                cairo_set_line_width(context, 0.6)
                rectangle(context, item.swatch)
                cairo_stroke(context)
                cairo_set_source_rgb(context, 0.13, 0.13, 0.13)
                cairo_move_to(context, item.textX, item.textY)
                selectFont(context, size: PageOverlay.legendFontSize, bold: false)
                cairo_show_text(context, item.entry.label)
            }
        }
    }

    private static func setColour(_ context: OpaquePointer, _ colour: PageOverlay.Colour, alpha: Double) {
        cairo_set_source_rgba(context, Double(colour.red) / 255, Double(colour.green) / 255, Double(colour.blue) / 255, alpha)
    }

    private static func rectangle(_ context: OpaquePointer, _ box: PageOverlay.Box) {
        cairo_new_path(context)
        cairo_rectangle(context, box.x0, box.y0, box.width, box.height)
    }

    private static func withDash(_ context: OpaquePointer, _ dashes: [Double], _ body: () -> Void) {
        dashes.withUnsafeBufferPointer { cairo_set_dash(context, $0.baseAddress, Int32($0.count), 0) }
        body()
        cairo_set_dash(context, nil, 0, 0)
    }

    /// Diagonal strokes 5 points apart, clipped to `box`: the SVG's hatch pattern.
    private static func hatch(_ context: OpaquePointer, _ box: PageOverlay.Box, colour: PageOverlay.Colour) {
        cairo_save(context)
        rectangle(context, box)
        cairo_clip(context)
        setColour(context, colour, alpha: 0.75)
        cairo_set_line_width(context, 1.2)
        let step = 5.0 * 2.0.squareRoot()
        var x = box.x0 - box.height
        while x < box.x1 {
            cairo_move_to(context, x, box.y1)
            cairo_line_to(context, x + box.height, box.y0)
            x += step
        }
        cairo_stroke(context)
        cairo_restore(context)
    }

    private static func arrow(_ context: OpaquePointer, _ arrow: PageOverlay.Arrow) {
        cairo_set_source_rgba(context, 0.13, 0.13, 0.13, 0.7)
        cairo_set_line_width(context, 0.9)
        cairo_new_path(context)
        withDash(context, arrow.isJump ? [4, 3] : []) {
            cairo_move_to(context, arrow.fromX, arrow.fromY)
            cairo_line_to(context, arrow.toX, arrow.toY)
            cairo_stroke(context)
        }
        let dx = arrow.toX - arrow.fromX, dy = arrow.toY - arrow.fromY
        let length = (dx * dx + dy * dy).squareRoot()
        guard length > 0 else { return }
        // A head 5.4 points long and as wide: the SVG marker (6 units at stroke width 0.9).
        let (ux, uy) = (dx / length, dy / length)
        let head = 5.4, half = 2.7
        let baseX = arrow.toX - ux * head, baseY = arrow.toY - uy * head
        cairo_new_path(context)
        cairo_move_to(context, arrow.toX, arrow.toY)
        cairo_line_to(context, baseX - uy * half, baseY + ux * half)
        cairo_line_to(context, baseX + uy * half, baseY - ux * half)
        cairo_close_path(context)
        cairo_fill(context)
    }

    private static func selectFont(_ context: OpaquePointer, size: Double, bold: Bool) {
        cairo_select_font_face(
            context, "sans-serif", CAIRO_FONT_SLANT_NORMAL, bold ? CAIRO_FONT_WEIGHT_BOLD : CAIRO_FONT_WEIGHT_NORMAL)
        cairo_set_font_size(context, size)
    }

    private static func text(
        _ context: OpaquePointer, _ string: String, size: Double, bold: Bool, centredAt centre: (Double, Double)
    ) {
        selectFont(context, size: size, bold: bold)
        var extents = cairo_text_extents_t()
        cairo_text_extents(context, string, &extents)
        cairo_set_source_rgb(context, 1, 1, 1)
        cairo_move_to(
            context, centre.0 - extents.width / 2 - extents.x_bearing, centre.1 - extents.height / 2 - extents.y_bearing)
        cairo_show_text(context, string)
    }
}
