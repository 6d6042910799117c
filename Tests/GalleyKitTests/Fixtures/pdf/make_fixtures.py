#!/usr/bin/env python3
"""Writes the tiny PDF fixtures of PDFReaderTests, and long PDFs for `make leakcheck`.

    python3 make_fixtures.py                 # rewrite every fixture in this folder
    python3 make_fixtures.py --long 100 out.pdf  # a 100-page newsletter-like PDF (no dependencies)

Most fixtures are written by hand with the small PDF writer below (Helvetica, base-14 fonts,
no embedding) so the bytes are stable and the tests never need anything installed.
Only the encrypted and picture fixtures need reportlab (pip install reportlab); the tests read
the committed PDFs and never run this script.
"""
import os
import sys
import zlib

HERE = os.path.dirname(os.path.abspath(__file__))
A4 = (595.0, 842.0)
FONTS = {"F1": "Helvetica", "F2": "Helvetica-Bold", "F3": "Helvetica-Oblique"}


def esc(text):
    return text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


class MiniPDF:
    """A PDF written object by object; each page is a list of content-stream operations."""

    def __init__(self):
        self.objects = []  # bytes of object n+1 at index n

    def reserve(self):
        self.objects.append(None)
        return len(self.objects)

    def set(self, num, body):
        self.objects[num - 1] = body if isinstance(body, bytes) else body.encode("latin-1")

    def add(self, body):
        num = self.reserve()
        self.set(num, body)
        return num

    def stream(self, data, compress=True):
        if compress:
            packed = zlib.compress(data)
            return self.add(b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(packed) + packed + b"\nendstream")
        return self.add(b"<< /Length %d >>\nstream\n" % len(data) + data + b"\nendstream")

    def write(self, path, catalog_extra="", pages=None, page_count_override=None):
        """`pages`: list of (content bytes, extra page dictionary entries)."""
        pages = pages or []
        catalog = self.reserve()
        pages_num = self.reserve()
        font_nums = {key: self.add("<< /Type /Font /Subtype /Type1 /BaseFont /%s /Encoding /WinAnsiEncoding >>" % name)
                     for key, name in FONTS.items()}
        fonts = " ".join("/%s %d 0 R" % (key, num) for key, num in font_nums.items())
        kids = []
        for content, extra in pages:
            stream = self.stream(content)
            kids.append(self.add("<< /Type /Page /Parent %d 0 R /MediaBox [0 0 %g %g] /Resources << /Font << %s >> >> "
                                 "/Contents %d 0 R %s >>" % (pages_num, A4[0], A4[1], fonts, stream, extra)))
        count = len(kids) if page_count_override is None else page_count_override
        self.set(pages_num, "<< /Type /Pages /Kids [%s] /Count %d >>" % (" ".join("%d 0 R" % k for k in kids), count))
        self.set(catalog, "<< /Type /Catalog /Pages %d 0 R %s >>" % (pages_num, catalog_extra))
        out = bytearray(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
        offsets = []
        for num, body in enumerate(self.objects, start=1):
            offsets.append(len(out))
            out += b"%d 0 obj\n" % num + body + b"\nendobj\n"
        xref = len(out)
        out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(self.objects) + 1)
        for offset in offsets:
            out += b"%010d 00000 n \n" % offset
        out += b"trailer\n<< /Size %d /Root %d 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(self.objects) + 1, catalog, xref)
        with open(path, "wb") as handle:
            handle.write(bytes(out))


def text(x, y, font, size, string, tag=None, mcid=None):
    """One line of text at (x, y) in PDF coordinates (origin bottom-left), optionally marked content."""
    op = "BT /%s %g Tf %g %g Td (%s) Tj ET" % (font, size, x, y, esc(string))
    if tag is not None:
        op = "/%s <</MCID %d>> BDC %s EMC" % (tag, mcid, op)
    return op


def rotated(x, y, font, size, string):
    """A line turned 90° anticlockwise, as picture labels and side margins are set."""
    return "BT /%s %g Tf 0 1 -1 0 %g %g Tm (%s) Tj ET" % (font, size, x, y, esc(string))


def page(ops, extra=""):
    return ("\n".join(ops)).encode("latin-1"), extra


def columns(path):
    """A bold heading, two columns of body text, an italic line ending in a hyphen, a link, a rotated label."""
    top = A4[1]
    ops = [text(72, top - 72, "F2", 18, "Riverside Walkers News")]
    left = ["Our spring walk starts at the old", "mill car park at ten on Saturday.", "Bring water and stout boots."]
    right = ["The committee meets on the first", "Monday of every month in the hall.", "All members are welcome."]
    for i, (l, r) in enumerate(zip(left, right)):
        ops.append(text(72, top - 110 - 12 * i, "F1", 10, l))
        ops.append(text(320, top - 110 - 12 * i, "F1", 10, r))
    ops.append(text(72, top - 170, "F3", 10, "Volunteers are needed for the re-"))
    ops.append(text(72, top - 182, "F1", 10, "freshment stall."))
    ops.append(text(72, top - 220, "F1", 10, "Join online at example.org/join"))
    ops.append(rotated(40, top - 400, "F1", 8, "Photo credit"))
    link = ("/Annots [<< /Type /Annot /Subtype /Link /Rect [72 %g 230 %g] /Border [0 0 0] "
            "/A << /S /URI /URI (https://example.org/join) >> >>]" % (top - 224, top - 210))
    MiniPDF().write(path, pages=[page(ops, link)])


def tagged(path):
    """A tagged page whose structure order differs from where the text sits on the page."""
    top = A4[1]
    ops = [
        text(72, 100, "F1", 10, "Write to the secretary at the club house.", "P", 1),
        text(72, top - 72, "F2", 18, "Garden Club Update", "H1", 0),
        text(72, top - 120, "F1", 10, "Seed swap in the hall this Sunday.", "P", 2),
        text(72, top - 160, "F1", 10, "- Bring labelled packets", "LBody", 3),
        text(72, top - 172, "F1", 10, "- Stay for tea and cake", "LBody", 4),
        text(500, 40, "F1", 8, "Page 1"),
    ]
    pdf = MiniPDF()
    root = pdf.reserve()
    doc = pdf.reserve()
    # Elements point at the page through /Pg, so the objects are reserved first and filled in
    # once the page's object number is known.
    leaves = {}
    for name in ["H1", "P_bottom", "P_middle"]:
        leaves[name] = pdf.reserve()
    lst = pdf.reserve()
    items = [pdf.reserve(), pdf.reserve()]
    bodies = [pdf.reserve(), pdf.reserve()]
    parent_tree = pdf.reserve()
    catalog_extra = "/StructTreeRoot %d 0 R /MarkInfo << /Marked true >>" % root
    # MiniPDF.write adds catalog, pages, 3 fonts, then per page a stream and the page object.
    first = len(pdf.objects) + 1
    page_obj = first + 2 + len(FONTS) + 1
    pdf.set(root, "<< /Type /StructTreeRoot /K %d 0 R /ParentTree %d 0 R >>" % (doc, parent_tree))
    pdf.set(doc, "<< /Type /StructElem /S /Document /P %d 0 R /K [%d 0 R %d 0 R %d 0 R %d 0 R] >>"
            % (root, leaves["H1"], leaves["P_bottom"], leaves["P_middle"], lst))
    pdf.set(leaves["H1"], "<< /Type /StructElem /S /H1 /P %d 0 R /Pg %d 0 R /K 0 >>" % (doc, page_obj))
    pdf.set(leaves["P_bottom"], "<< /Type /StructElem /S /P /P %d 0 R /Pg %d 0 R /K 1 >>" % (doc, page_obj))
    pdf.set(leaves["P_middle"], "<< /Type /StructElem /S /P /P %d 0 R /Pg %d 0 R /K 2 >>" % (doc, page_obj))
    pdf.set(lst, "<< /Type /StructElem /S /L /P %d 0 R /K [%d 0 R %d 0 R] >>" % (doc, items[0], items[1]))
    for i in range(2):
        pdf.set(items[i], "<< /Type /StructElem /S /LI /P %d 0 R /K %d 0 R >>" % (lst, bodies[i]))
        pdf.set(bodies[i], "<< /Type /StructElem /S /LBody /P %d 0 R /Pg %d 0 R /K %d >>" % (items[i], page_obj, 3 + i))
    pdf.set(parent_tree, "<< /Nums [0 [%d 0 R %d 0 R %d 0 R %d 0 R %d 0 R]] >>"
            % (leaves["H1"], leaves["P_bottom"], leaves["P_middle"], bodies[0], bodies[1]))
    pdf.write(path, catalog_extra=catalog_extra, pages=[page(ops, "/StructParents 0")])


def zero_pages(path):
    MiniPDF().write(path, pages=[])


def long_newsletter(path, count):
    """`count` pages of two-column newsletter text with a heading and a link on each."""
    words = ("the group meets every week in the community hall to share news plan walks and "
             "welcome new members who would like to help with events over the coming season").split()
    pages = []
    for n in range(1, count + 1):
        top = A4[1]
        ops = [text(72, top - 60, "F2", 16, "Community Notes %d" % n)]
        for column, x in enumerate((72, 320)):
            for row in range(50):
                start = (n * 7 + column * 13 + row * 5) % len(words)
                line = " ".join((words * 2)[start:start + 7])
                ops.append(text(x, top - 100 - 13 * row, "F1", 10, line))
        ops.append(text(280, 30, "F1", 8, "Page %d" % n))
        link = ("/Annots [<< /Type /Annot /Subtype /Link /Rect [72 %g 200 %g] /A << /S /URI /URI (https://example.org/%d) >> >>]"
                % (top - 64, top - 44, n))
        pages.append(page(ops, link))
    MiniPDF().write(path, pages=pages)


def with_reportlab():
    from reportlab.lib.pagesizes import A4 as RA4
    from reportlab.pdfgen import canvas
    try:
        from PIL import Image
    except ImportError:
        Image = None
    width, height = RA4
    # Encrypted: opens only with the user password "secret".
    c = canvas.Canvas(os.path.join(HERE, "encrypted.pdf"), pagesize=RA4, encrypt="secret", invariant=1)
    c.setFont("Helvetica", 10)
    c.drawString(72, height - 72, "Members only: the minutes of the annual meeting.")
    c.showPage()
    c.save()
    if Image is None:
        return
    png = os.path.join(HERE, "_swatch.png")
    Image.new("RGB", (40, 30), (90, 140, 200)).save(png)
    # A picture with small text printed on it, next to body text.
    c = canvas.Canvas(os.path.join(HERE, "picture.pdf"), pagesize=RA4, invariant=1)
    c.setFont("Helvetica", 10)
    for i, line in enumerate(["The new footbridge opened last week after", "months of work by local volunteers."]):
        c.drawString(72, height - 100 - 12 * i, line)
    c.drawImage(png, 300, height - 400, 200, 150)
    c.setFont("Helvetica", 6)
    c.drawString(310, height - 390, "Photo: A. Walker")
    c.showPage()
    c.save()
    # Scanned: one page that is only a picture, no text layer.
    c = canvas.Canvas(os.path.join(HERE, "scanned.pdf"), pagesize=RA4, invariant=1)
    c.drawImage(png, 0, 0, width, height)
    c.showPage()
    c.save()
    os.remove(png)


def main():
    if len(sys.argv) == 4 and sys.argv[1] == "--long":
        long_newsletter(sys.argv[3], int(sys.argv[2]))
        return
    columns(os.path.join(HERE, "columns.pdf"))
    tagged(os.path.join(HERE, "tagged.pdf"))
    zero_pages(os.path.join(HERE, "zero-pages.pdf"))
    with open(os.path.join(HERE, "columns.pdf"), "rb") as handle:
        whole = handle.read()
    with open(os.path.join(HERE, "truncated.pdf"), "wb") as handle:
        handle.write(whole[: len(whole) // 2])
    with open(os.path.join(HERE, "garbage.pdf"), "wb") as handle:
        handle.write(b"%PDF-1.4\n" + b"this is not a portable document, only a header and some words\n" * 8)
    try:
        with_reportlab()
    except ImportError:
        print("reportlab not installed: encrypted/picture/scanned fixtures left as they are", file=sys.stderr)


if __name__ == "__main__":
    main()
