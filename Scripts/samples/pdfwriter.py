"""A minimal PDF writer (python3 stdlib only): pages of Helvetica text and rules, written object
by object with a cross-reference table. Widths are the standard Helvetica AFM metrics, so text
can be right-aligned the way filings align numbers."""

# Advance widths (1/1000 em) of WinAnsi codes 32...126, from the Adobe core-14 AFM files.
_HELVETICA = [
    278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278,
    556, 556, 556, 556, 556, 556, 556, 556, 556, 556, 278, 278, 584, 584, 584, 556,
    1015, 667, 667, 722, 722, 667, 611, 778, 722, 278, 500, 667, 556, 833, 722, 778,
    667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 278, 278, 278, 469, 556,
    333, 556, 556, 500, 556, 556, 278, 556, 556, 222, 222, 500, 222, 833, 556, 556,
    556, 556, 333, 500, 278, 556, 500, 722, 500, 500, 500, 334, 260, 334, 584,
]
_HELVETICA_BOLD = [
    278, 333, 474, 556, 556, 889, 722, 238, 333, 333, 389, 584, 278, 333, 278, 278,
    556, 556, 556, 556, 556, 556, 556, 556, 556, 556, 333, 333, 584, 584, 584, 611,
    975, 722, 722, 722, 722, 667, 611, 778, 722, 278, 556, 722, 611, 833, 722, 778,
    667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 333, 278, 333, 584, 556,
    333, 556, 611, 556, 611, 556, 333, 611, 611, 278, 278, 556, 278, 889, 611, 611,
    611, 611, 389, 556, 333, 611, 556, 778, 556, 556, 500, 389, 280, 389, 584,
]
# The few characters above ASCII the samples print: WinAnsi code, regular and bold widths.
_EXTRA = {"\u2014": (0x97, 1000, 1000), "\u2013": (0x96, 556, 556), "\u2019": (0x92, 222, 278)}

LIGATURES = ("ffi", "ffl", "fi", "fl", "ff")

FONTS = {"regular": ("F1", "Helvetica", _HELVETICA), "bold": ("F2", "Helvetica-Bold", _HELVETICA_BOLD)}


def text_width(text, size, weight="regular"):
    """Width of `text` in points at `size`."""
    table = FONTS[weight][2]
    total = 0
    for ch in text:
        if ch in _EXTRA:
            total += _EXTRA[ch][1 if weight == "regular" else 2]
        else:
            total += table[ord(ch) - 32]
    return total * size / 1000.0


def _encode(text):
    out = bytearray()
    for ch in text:
        code = _EXTRA[ch][0] if ch in _EXTRA else ord(ch)
        if code in (0x28, 0x29, 0x5C):
            out += b"\\"
        out.append(code)
    return bytes(out)


class Page:
    """One US-letter page; y is measured from the top, as in the extracted bounding boxes."""

    WIDTH, HEIGHT = 612, 792

    def __init__(self):
        self.ops = []

    def text(self, x, y, text, size=9, weight="regular"):
        """Draws `text` with its left end at x and its baseline at y (from the top)."""
        name = FONTS[weight][0]
        self.ops.append(b"BT /%s %g Tf %.2f %.2f Td (%s) Tj ET" % (
            name.encode(), size, x, self.HEIGHT - y, _encode(text)))

    def text_without_ligatures(self, x, y, text, size=9, weight="regular"):
        """Draws `text` the way a PDF whose ligature glyphs have no text mapping extracts: the
        letters of each "ffi", "ffl", "fi", "fl" and "ff" are left out and their width stays blank."""
        start = 0
        i = 0
        while i < len(text):
            ligature = next((lig for lig in LIGATURES if text.startswith(lig, i)), None)
            if ligature is None:
                i += 1
                continue
            if i > start:
                self.text(x + text_width(text[:start], size, weight), y, text[start:i], size, weight)
            i += len(ligature)
            start = i
        if start < len(text):
            self.text(x + text_width(text[:start], size, weight), y, text[start:], size, weight)

    def text_right(self, right, y, text, size=9, weight="regular"):
        self.text(right - text_width(text, size, weight), y, text, size, weight)

    def text_center(self, center, y, text, size=9, weight="regular"):
        self.text(center - text_width(text, size, weight) / 2, y, text, size, weight)

    def rule(self, x0, x1, y, width=0.5):
        top = self.HEIGHT - y
        self.ops.append(b"%.2f w %.2f %.2f m %.2f %.2f l S" % (width, x0, top, x1, top))

    def content(self):
        return b"\n".join(self.ops) + b"\n"


def write_pdf(pages, info_title):
    """The bytes of a PDF holding `pages`; deterministic (no dates, fixed IDs)."""
    objects = []

    def add(body):
        objects.append(body)
        return len(objects)

    catalog = add(None)
    pages_id = add(None)
    fonts = {key: add(b"<< /Type /Font /Subtype /Type1 /BaseFont /%s /Encoding /WinAnsiEncoding >>" % base.encode())
             for key, (_, base, _) in FONTS.items()}
    resources = b"<< /Font << /F1 %d 0 R /F2 %d 0 R >> >>" % (fonts["regular"], fonts["bold"])
    kids = []
    for page in pages:
        data = page.content()
        stream = add(b"<< /Length %d >>\nstream\n" % len(data) + data + b"endstream")
        kids.append(add(b"<< /Type /Page /Parent %d 0 R /MediaBox [0 0 %d %d] /Resources %s /Contents %d 0 R >>"
                        % (pages_id, Page.WIDTH, Page.HEIGHT, resources, stream)))
    objects[catalog - 1] = b"<< /Type /Catalog /Pages %d 0 R >>" % pages_id
    objects[pages_id - 1] = b"<< /Type /Pages /Kids [%s] /Count %d >>" % (
        b" ".join(b"%d 0 R" % k for k in kids), len(kids))
    info = add(b"<< /Title (%s) /Producer (Tickmark make-samples.py) >>" % _encode(info_title))

    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    for offset in offsets:
        out += b"%010d 00000 n \n" % offset
    out += b"trailer\n<< /Size %d /Root %d 0 R /Info %d 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1, catalog, info, xref)
    return bytes(out)
