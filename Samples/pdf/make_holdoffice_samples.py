#!/usr/bin/env python3
"""Writes the sample PDFs for two defects found on office-producer newsletters kept aside
(Samples/holdout/office):

- pdf-tight-running-heads.pdf: three pages whose running heads sit right on the text, as a word
  processor sets a header with little space under it; the first page's head differs and the others
  alternate (left on even pages, right on odd pages), but the even and odd heads name the masthead.
- pdf-heading-at-page-foot.pdf: a heading ending in a function word ("How to Join In") near the
  foot of page 1, and another heading opening page 2; they are two headings, not one title.
- pdf-heading-wrapped-at-comma.pdf: side-headings in a narrow left column (as in a Word table), one
  of which wraps after its comma ("Thank You," over "Dennis"): one heading, not a paragraph.
  Exported by LibreOffice from a python-docx file (needs soffice and python-docx).
- pdf-numbered-list-column.pdf: a Word numbered list exported by LibreOffice, each number a tab left
  of its item, so the numbers come out as a column of their own: they go back onto their items.
- pdf-side-heading-full-cell.pdf: the same side-heading table, one heading on one line filling its
  cell ("Goodbye, Dennis"), a justified word-space-sized gap from the text beside it: its own line.
- pdf-nested-list-before-heading.pdf: a Word bulleted list with nested items, then a heading: the
  nested bullets, read after the last item, are not markers of the heading.

    python3 Samples/pdf/make_holdoffice_samples.py

Needs reportlab; deterministic (invariant=1), like make_samples.py, whose typesetting it borrows.
Samples/pdf/EXPECTED.md gives the reading order.
"""
import os
import re
import shutil
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import make_samples as ms  # noqa: E402  (the shared typesetting: wrap, Flow, masthead, fonts)

SAMPLES = ms.SAMPLES
PAGE_W, PAGE_H = ms.PAGE_W, ms.PAGE_H
MARGIN = ms.MARGIN
HEAD_FONT = ("Helvetica", 8.5)
# The head's top, and the text's top under it: less than a body line apart.
HEAD_TOP, TEXT_TOP = 30, 41
BOTTOM = 250

ROOKERY = [
    ("Bus Shelter Repaired",
     "The bus shelter at the corner of Rookery Lane and Mill Street has been repaired at last, eight months "
     "after it was damaged in the February storm. The council replaced the roof panels and the bench, and has "
     "agreed to add a timetable case that residents asked for at the spring meeting."),
    ("Street Party Planning",
     "Plans for the summer street party are well under way. The road closure has been approved for the last "
     "Saturday in July, and the committee is looking for volunteers to run the tombola, the cake stall and a "
     "children's treasure hunt around the green. Tables and chairs will be borrowed from the chapel hall, and "
     "the residents of numbers twelve to twenty have offered to string bunting between their front gardens."),
    ("Hedge Cutting",
     "The verge hedges along the lane will be cut in the first week of September, after the nesting season. "
     "Please move cars parked on the verge on the Monday and Tuesday so that the tractor can reach the whole "
     "length, and check that bins are not left out on those mornings."),
    ("Speed Watch",
     "Our community speed watch group recorded more than four hundred vehicles in May, of which twenty-one were "
     "travelling above the limit. Letters have been sent to the owners by the police, and the group would "
     "welcome two more volunteers who can spare an hour on a weekday morning."),
    ("Library Van",
     "The mobile library now stops outside the chapel every other Thursday from ten until half past eleven. "
     "Books can be ordered by telephone and collected from the van, and large-print titles are always on board."),
]


def head(c, text, align):
    c.setFont(*HEAD_FONT)
    y = PAGE_H - HEAD_TOP - HEAD_FONT[1]
    if align == "centre":
        c.drawCentredString(PAGE_W / 2, y, text)
    elif align == "right":
        c.drawRightString(PAGE_W - MARGIN, y, text)
    else:
        c.drawString(MARGIN, y, text)


def tight_running_heads(path):
    c = ms.new_canvas(path)
    heads = iter([("Rookery Lane News · June 2026", "left"),
                  ("Rookery Lane Residents' Association · Rookery Lane News", "right")])
    head(c, "Delivered free to every household", "centre")
    top = ms.masthead(c, "Rookery Lane News", "The newsletter of Rookery Lane Residents' Association", top=TEXT_TOP)
    width = PAGE_W - 2 * MARGIN
    frames = [(MARGIN, top, width, BOTTOM), "page", (MARGIN, TEXT_TOP, width, BOTTOM), "page",
              (MARGIN, TEXT_TOP, width, BOTTOM)]
    flow = ms.Flow(c, frames, on_new_page=lambda: head(c, *next(heads)))
    ms.set_articles(flow, ROOKERY)
    c.showPage()
    c.save()


def heading_at_page_foot(path):
    c = ms.new_canvas(path)
    top = ms.masthead(c, "Orchard Close Allotments", "Members' news  |  Spring 2026")
    width = PAGE_W - 2 * MARGIN
    flow = ms.Flow(c, [(MARGIN, top, width, 420), "page", (MARGIN, MARGIN, width, 790)])
    flow.heading("Water Troughs")
    flow.paragraph(
        "The troughs on the upper path have been relined and will be filled from the first of April. Please use "
        "cans rather than dipping buckets, which stir up the silt and block the outlet.")
    flow.heading("How to Join In")
    flow.paragraph(
        "Work parties meet on the first Saturday of each month at ten. Bring gloves and a flask.")
    flow.next_frame()
    flow.heading("Parking Permits")
    flow.paragraph(
        "New parking permits for the site car park are available from the trading hut. Each plot holder may "
        "have one permit, which must be shown on the dashboard whenever the car is left on the site.")
    c.showPage()
    c.save()


SIDE = [
    ("Winter Lunches",
     "The winter lunch club starts again on the first Wednesday of November in the chapel hall. Soup, a hot "
     "main course and a pudding cost four pounds, and a lift can be arranged for anybody who cannot walk there."),
    ("Bookings",
     "Room bookings for next year open on the first of December. Regular hirers keep their slots if they book "
     "before Christmas; after that, every free evening is offered to the waiting list."),
    ("Thank You, Dennis",
     "After thirty-one years as caretaker of the hall, Dennis Ashworth hands over his keys at the end of the "
     "year. He has mended the boiler more times than anybody can count, and he knows where every folding chair "
     "has ever been stacked. A collection for his leaving present is on the table by the door."),
]


def export_docx(doc, path):
    """Saves a python-docx document, exports it with LibreOffice and writes the PDF with its dates and
    ids overwritten (same-length overwrites keep the cross-reference offsets valid), as
    make_samples.tagged does, so that re-running gives identical bytes."""
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    with tempfile.TemporaryDirectory() as work:
        source = os.path.join(work, "sample.docx")
        doc.save(source)
        subprocess.run([soffice, "--headless", "-env:UserInstallation=file://%s/profile" % work,
                        "--convert-to", "pdf", "--outdir", work, source],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        with open(os.path.join(work, "sample.pdf"), "rb") as f:
            data = f.read()
    data = re.sub(rb"D:\d{14}[^)]*", lambda m: b"D:20240101000000"[:len(m.group(0))].ljust(len(m.group(0)), b"0"), data)
    data = re.sub(rb"<[0-9A-Fa-f]{32}>", b"<" + b"0" * 32 + b">", data)
    data = re.sub(rb"/DocChecksum /[0-9A-Fa-f]{32}", b"/DocChecksum /" + b"0" * 32, data)
    with open(path, "wb") as f:
        f.write(data)


def word_document(font="Liberation Sans"):
    """A python-docx document on A4 with 1.8 cm margins, or None (with a message) without soffice
    or python-docx."""
    try:
        from docx import Document
        from docx.shared import Cm, Pt
    except ImportError:
        return None
    if not (shutil.which("soffice") or shutil.which("libreoffice")):
        return None
    doc = Document()
    normal = doc.styles["Normal"]
    normal.font.name, normal.font.size = font, Pt(10)
    section = doc.sections[0]
    section.page_width, section.page_height = Cm(21.0), Cm(29.7)
    section.left_margin = section.right_margin = section.top_margin = section.bottom_margin = Cm(1.8)
    return doc


def numbered_list_column(path):
    """A Word numbered list ('List Number'): LibreOffice sets each number a tab left of its text, so
    the numbers come out as a column of their own under the lead-in."""
    doc = word_document("Liberation Serif")
    if doc is None:
        print("skipped %s: needs LibreOffice (soffice) and python-docx" % os.path.basename(path), file=sys.stderr)
        return
    from docx.shared import Pt
    title = doc.add_paragraph().add_run("Larkfield Swimming Club")
    title.bold, title.font.size = True, Pt(26)
    doc.add_paragraph("Club news · Autumn 2026")
    heading = doc.add_paragraph().add_run("Before Your First Session")
    heading.bold, heading.font.size = True, Pt(14)
    doc.add_paragraph("New members are asked to do three things before their first session at the pool:")
    for item in ("fill in the health form and hand it to the coach on poolside",
                 "collect a club swimming cap from the kiosk by the entrance",
                 "read the pool rules, which are printed on the back of the membership card"):
        doc.add_paragraph(item, style="List Number")
    doc.add_paragraph("Sessions start promptly, so please arrive ten minutes early and shower before you swim.")
    export_docx(doc, path)


def nested_list_before_heading(path):
    """A Word bulleted list with two nested items before its last item, then a heading: LibreOffice
    sets the nested bullets in the items' column, and poppler reads them after the last item."""
    doc = word_document("Liberation Serif")
    if doc is None:
        print("skipped %s: needs LibreOffice (soffice) and python-docx" % os.path.basename(path), file=sys.stderr)
        return
    from docx.shared import Pt

    def heading(text):
        run = doc.add_paragraph().add_run(text)
        run.bold, run.font.size = True, Pt(15)

    title = doc.add_paragraph().add_run("Bramble Hill Scouts")
    title.bold, title.font.size = True, Pt(26)
    doc.add_paragraph("Parents' newsletter · Spring 2026")
    heading("Summer Camp Kit")
    doc.add_paragraph("Every scout going to camp in July will need:")
    for level, item in ((1, "a sleeping bag and a roll mat"), (1, "a torch with spare batteries"),
                        (1, "warm clothes for the evenings"), (2, "a fleece or thick jumper"),
                        (2, "a woolly hat"), (1, "a named water bottle")):
        doc.add_paragraph(item, style="List Bullet 2" if level == 2 else "List Bullet")
    heading("Camp Fees")
    doc.add_paragraph("The camp costs ninety pounds, which can be paid in three instalments before the end of June.")
    export_docx(doc, path)


SIDE_FULL_CELL = [
    ("Choir Practice",
     "The community choir meets on Tuesday evenings at half past seven in the upper room. New singers are "
     "welcome in every part, and nobody is asked to audition or to read music."),
    ("Goodbye, Dennis",
     "After thirty-one years as caretaker of the hall, Dennis Ashworth hands over his keys at the end of the "
     "year. He has mended the boiler more times than anybody can count, and he knows where every folding chair "
     "has ever been stacked. A collection for his leaving present is on the table by the door."),
    ("Lost Property",
     "Umbrellas, reading glasses and one very smart hat are waiting to be claimed in the cupboard by the "
     "kitchen. Anything not collected by the end of January will go to the charity shop."),
]


def heading_wrapped_at_comma(path, side=None, title="Chapel Hall News"):
    """Exported by LibreOffice from a python-docx file: each article is a borderless two-cell table
    row, the heading in the narrow left cell."""
    side = side or SIDE
    doc = word_document()
    if doc is None:
        print("skipped %s: needs LibreOffice (soffice) and python-docx" % os.path.basename(path), file=sys.stderr)
        return
    from docx.oxml.ns import qn
    from docx.shared import Cm, Pt
    masthead = doc.add_paragraph().add_run(title)
    masthead.bold, masthead.font.size = True, Pt(28)
    doc.add_paragraph("Friends of the Chapel Hall · Winter 2026")
    for heading, text in side:
        table = doc.add_table(rows=1, cols=2)
        table.autofit = False
        widths = (Cm(4.2), Cm(13.2))
        for grid, width in zip(table._tbl.tblGrid.findall(qn("w:gridCol")), widths):
            grid.set(qn("w:w"), str(int(width.twips)))
        head_cell, text_cell = table.rows[0].cells
        head_cell.width, text_cell.width = widths
        run = head_cell.paragraphs[0].add_run(heading)
        run.bold, run.font.size = True, Pt(13)
        text_cell.paragraphs[0].add_run(text)
        text_cell.paragraphs[0].paragraph_format.alignment = 3
        doc.add_paragraph()
    export_docx(doc, path)


def main():
    tight_running_heads(os.path.join(SAMPLES, "pdf-tight-running-heads.pdf"))
    heading_at_page_foot(os.path.join(SAMPLES, "pdf-heading-at-page-foot.pdf"))
    heading_wrapped_at_comma(os.path.join(SAMPLES, "pdf-heading-wrapped-at-comma.pdf"))
    numbered_list_column(os.path.join(SAMPLES, "pdf-numbered-list-column.pdf"))
    nested_list_before_heading(os.path.join(SAMPLES, "pdf-nested-list-before-heading.pdf"))
    heading_wrapped_at_comma(os.path.join(SAMPLES, "pdf-side-heading-full-cell.pdf"), SIDE_FULL_CELL, "Chapel Hall Notes")


if __name__ == "__main__":
    main()
