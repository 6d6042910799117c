#!/usr/bin/env python3
"""Writes the samples in Samples/ for defects seen on the held-out modern-typesetter newsletters
(Samples/holdout/modern: WeasyPrint and Typst) after the first round of fixes: one defect each,
small and deterministic. Geometry is drawn with reportlab as the producers set it.

    python3 Samples/pdf/make_modern2_samples.py          # rewrite them all

- pdf-column-line-beside-banner.pdf: two justified CSS columns of 10 pt DejaVu Serif under a
  masthead, as WeasyPrint sets them: the first column opens with a heading, so the second
  column's text (the first column's paragraph carried on) starts higher and its short last line
  ("for years.") stands beside the first column's second-last line, two points off its
  baseline; under both columns a bold heading spans the page (`column-span: all`), then two more
  columns. The first column's line of several words and the second column's short line are two
  lines of two columns, not one heading line stretched at its one space: the first column reads
  top to bottom, then the second, then the banner heading.

- pdf-table-beside-column.pdf: two CSS columns of 10 pt DejaVu Serif, as WeasyPrint sets a table
  the columns run beside: the first column holds a heading, a paragraph and a two-column table
  (Day | Hours, rows padded to a 16.6 pt pitch); the second column a heading and a justified
  paragraph at its own 13.8 pt leading, set lower (a line above the table's header row, which
  stands level with its second line), whose lines hold long words (a web address, an email
  broken at its hyphens), so that most of them are as short in words as table cells and several
  fall level with the table's rows. The paragraph starts above the table's first row. The table
  keeps its two columns; the paragraph stays whole and is not taken in as a third column.
  Its line "…can be sent to" is followed by a line opening with an email: the two are never glued
  ("to" and "events" are words; glued they make none).

- pdf-tinted-sidebar.pdf: one wide column of 11 pt DejaVu Serif as Typst sets a `block(fill: …)`
  between two paragraphs of an article: a tinted box across the column holding a 10.5 pt bold
  DejaVu Sans title and two lines of 9 pt DejaVu Sans, inset 8 pt from the column's edge by the
  box's padding (poppler reports the text, not the fill). Both paragraphs around it are whole
  sentences. The sidebar reads after the article (before the next heading), its title a heading;
  an indented quotation in the body's face, smaller and without a title, in the second article
  stays where it stands.

- pdf-top-float-caption.pdf: two justified columns of 10 pt DejaVu Serif as Typst sets a figure
  floated to the top of the page (`place(top + right, float: true, scope: "parent")`): under a
  7.5 pt running head and the masthead, a picture at the top right with its caption centred under it in the body's type (two
  lines, the first as wide as the picture, across the columns' gutter), then
  the columns, the first opening with a heading. The caption is read after the first paragraph
  of the article under it, not before that article's heading.

- pdf-table-across-columns.pdf: an A5 page of two CSS columns in 10 pt DejaVu Serif, as WeasyPrint
  breaks a table at the first column's foot: the first column holds a heading, a paragraph and
  the table's header and first rows (Class | Fee); its last two rows head the second column, at
  the same offsets from the column's edge, above a heading and a paragraph. The table is one
  table of all its rows, read where it starts; the second column's article follows.

Needs reportlab and the DejaVu fonts (fonts-dejavu-core). Deterministic (reportlab's invariant=1).
"""
import io
import os

from PIL import Image, ImageDraw

from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen import canvas

HERE = os.path.dirname(os.path.abspath(__file__))
SAMPLES = os.path.dirname(HERE)
FONTS = "/usr/share/fonts/truetype/dejavu"
BODY, BOLD = "DejaVuSerif", "DejaVuSans-Bold"


def fonts():
    pdfmetrics.registerFont(TTFont(BODY, f"{FONTS}/DejaVuSerif.ttf"))
    pdfmetrics.registerFont(TTFont(BOLD, f"{FONTS}/DejaVuSans-Bold.ttf"))


def wrap(text, width, font=BODY, size=10):
    """Greedy line breaking: the words of each line."""
    lines, line = [], []
    for word in text.split():
        if line and pdfmetrics.stringWidth(" ".join(line + [word]), font, size) > width:
            lines.append(line)
            line = []
        line.append(word)
    if line:
        lines.append(line)
    return lines


def justified(c, x, y, text, width, font=BODY, size=10, pitch=13.8):
    """Draws `text` justified in a column `width` wide from baseline `y` down (last line ragged),
    one word at a time as a typesetter places them; returns the baseline after the last line."""
    lines = wrap(text, width, font, size)
    c.setFont(font, size)
    for number, words in enumerate(lines):
        last = number == len(lines) - 1
        ink = sum(pdfmetrics.stringWidth(w, font, size) for w in words)
        space = pdfmetrics.stringWidth(" ", font, size)
        if not last and len(words) > 1:
            space = (width - ink) / (len(words) - 1)
        position = x
        for word in words:
            c.drawString(position, y, word)
            position += pdfmetrics.stringWidth(word, font, size) + space
        y -= pitch
    return y


def column_line_beside_banner():
    c = canvas.Canvas(os.path.join(SAMPLES, "pdf-column-line-beside-banner.pdf"), pagesize=A4, invariant=1, pageCompression=1)
    _, height = A4
    left, gutter, width = 51, 20, 237
    right = left + width + gutter
    c.setFont(BOLD, 26)
    c.drawString(left, height - 90, "The Lantern")
    c.setFont(BODY, 10)
    c.drawString(left, height - 110, "The newsletter of the Marsh Lane Allotment Society · Spring 2027")
    top = height - 150
    # First column: a heading, then the paragraph the second column carries on.
    c.setFont(BOLD, 13)
    c.drawString(left, top - 48, "From the Warden")
    first = (
        "It has been a long wet winter on the plots. The new water butts were filled twice over "
        "by the end of January and the paths between the beds held up better"
    )
    below = justified(c, left, top - 72, first, width)
    # Second column: starts at the columns' top, two points off the first column's baselines.
    second = (
        "than anyone expected, and the shed roof was mended in a single weekend. The seed swap "
        "in February drew more members than ever before. Our membership now stands at ninety, "
        "which is a record for the society, and the waiting list is shorter than it has been "
        "for years."
    )
    # Its last line stands beside the first column's second-last line, two points higher.
    lines_first, lines_second = len(wrap(first, width)), len(wrap(second, width))
    beside = top - 72 - 13.8 * (lines_first - 2) + 2.2
    justified(c, right, beside + 13.8 * (lines_second - 1), second, width)
    # A heading across both columns (column-span: all), then two more columns.
    banner = below - 22
    c.setFont(BOLD, 15)
    c.drawString(left, banner, "Spring Show Moves to the Village Hall")
    justified(
        c, left, banner - 26,
        "The spring show will be held in the village hall this year because the marquee was lost "
        "in the February gales. Entries close on the Friday before.", width)
    justified(
        c, right, banner - 26,
        "Judging starts at ten, and the hall opens to visitors at two. Teas will be served by the "
        "junior members, who are raising money for a new greenhouse.", width)
    c.showPage()
    c.save()


def table_beside_column():
    c = canvas.Canvas(os.path.join(SAMPLES, "pdf-table-beside-column.pdf"), pagesize=A4, invariant=1, pageCompression=1)
    _, height = A4
    left, gutter, width = 51, 20, 237
    right = left + width + gutter
    top = height - 70
    c.setFont(BOLD, 13)
    c.drawString(left, top, "Winter Opening Times")
    below = justified(
        c, left, top - 22,
        "From the first of December the tool store opens at new times, so that members who work "
        "in town can collect their tools after work on weekdays.", width)
    # The table: a header row and five rows, cells 100 pt apart, rows 16.6 pt apart.
    rows = [("Day", "Hours"), ("Monday", "Closed"), ("Tuesday", "4pm to 7pm"), ("Wednesday", "10am to 1pm"),
            ("Thursday", "4pm to 7pm"), ("Saturday", "9am to 5pm")]
    c.setFont(BODY, 10)
    y = below - 10
    for day, hours in rows:
        c.drawString(left + 5, y, day)
        c.drawString(left + 105, y, hours)
        y -= 16.6
    # The second column: a heading lower than the first column's (the table's broken-off rows
    # stood above it in the producer's layout), then a paragraph whose lines start above the table
    # and run beside it at their own leading, some level with its rows.
    top -= 50
    c.setFont(BOLD, 13)
    c.drawString(right, top, "Join the Society")
    lines = [
        "Membership costs six pounds a year, or",
        "ten for a household. Renew online at",
        "www.example-marsh-lane-allotment-",
        "society.org.uk/membership or call the",
        "membership secretary on 01632 960518.",
        "Questions about the show can be sent to",
        "events.team@example-marsh-lane-",
        "allotment-society.org.uk at any time.",
    ]
    y = top - 22
    c.setFont(BODY, 10)
    for number, line in enumerate(lines):
        words = line.split()
        last = number == len(lines) - 1 or len(words) == 1
        ink = sum(pdfmetrics.stringWidth(w, BODY, 10) for w in words)
        space = pdfmetrics.stringWidth(" ", BODY, 10) if last else (width - ink) / max(len(words) - 1, 1)
        position = right
        for word in words:
            c.drawString(position, y, word)
            position += pdfmetrics.stringWidth(word, BODY, 10) + space
        y -= 13.8
    c.showPage()
    c.save()


def tinted_sidebar():
    pdfmetrics.registerFont(TTFont("DejaVuSans", f"{FONTS}/DejaVuSans.ttf"))
    c = canvas.Canvas(os.path.join(SAMPLES, "pdf-tinted-sidebar.pdf"), pagesize=A4, invariant=1, pageCompression=1)
    _, height = A4
    left, width = 57, 365
    y = height - 80
    c.setFont(BOLD, 24)
    c.drawString(left, y, "The Bee Line")
    y -= 40

    def heading(text):
        nonlocal y
        c.setFont(BOLD, 13)
        c.drawString(left, y, text)
        y -= 22

    def paragraph(text, x=left, w=width, font=BODY, size=11, pitch=15.5):
        nonlocal y
        y = justified(c, x, y, text, w, font, size, pitch) - 6

    heading("Winter Feeding")
    paragraph(
        "Most colonies went into the winter heavy with stores, but the long wet autumn kept the bees "
        "in their hives for weeks on end. Members should heft their hives once a fortnight and feed "
        "fondant to any colony that feels light.")
    # The tinted box: its fill first, then its text inset by the padding.
    box_top, box_height = y + 4, 46
    c.setFillColorRGB(0.96, 0.91, 0.80)
    c.rect(left, box_top - box_height, width, box_height, stroke=0, fill=1)
    c.setFillColorRGB(0, 0, 0)
    c.setFont(BOLD, 10.5)
    c.drawString(left + 8, box_top - 14, "Candle Evening")
    c.setFont("DejaVuSans", 9)
    c.drawString(left + 8, box_top - 28, "Our candle evening is on Friday 5 February at the village hall. Bring")
    c.drawString(left + 8, box_top - 40, "any spare wax and a jar; wicks and moulds are provided.")
    y = box_top - box_height - 16
    paragraph(
        "Fondant can be bought at cost from the association's store on the first Saturday of each "
        "month. Please bring your own bags and pay the treasurer before you leave.")
    heading("Swarm Collectors")
    paragraph(
        "The swarm list for next year is being drawn up now. Members who would like to collect "
        "swarms should give their names to the secretary before the end of March.")
    c.setFont(BODY, 10)
    c.drawString(left + 24, y, "A swarm in May is worth a load of hay; a swarm in June is worth")
    c.drawString(left + 24, y - 13, "a silver spoon; a swarm in July is not worth a fly.")
    y -= 13 + 22
    paragraph(
        "Collectors are insured through the association while they are on the list, and should carry "
        "a copy of the list of members who can take a swarm at short notice.")
    c.showPage()
    c.save()


def picture():
    """A small raster 'photograph': water, a boat and the sky."""
    img = Image.new("RGB", (240, 150), (170, 200, 230))
    draw = ImageDraw.Draw(img)
    draw.rectangle([0, 90, 240, 150], fill=(60, 110, 150))
    draw.polygon([(40, 95), (200, 95), (180, 110), (60, 110)], fill=(200, 60, 50))
    buffer = io.BytesIO()
    img.save(buffer, format="PNG")
    buffer.seek(0)
    return ImageReader(buffer)


def top_float_caption():
    c = canvas.Canvas(os.path.join(SAMPLES, "pdf-top-float-caption.pdf"), pagesize=A4, invariant=1, pageCompression=1)
    _, height = A4
    left, gutter, width = 51, 20, 237
    right = left + width + gutter
    # A small running head, as Typst's page header sets it.
    c.setFont(BODY, 7.5)
    c.drawString(left, height - 40, "Upper Wey Canal Trust")
    c.drawRightString(left + 2 * width + gutter, height - 40, "Lock Keeper, spring")
    c.setFont(BOLD, 26)
    c.drawString(left, height - 80, "Lock Keeper")
    c.setFont(BODY, 9)
    c.drawString(left, height - 98, "The newsletter of the Upper Wey Canal Trust · Spring 2027")
    # The float: a picture at the top right, its caption centred under it in the body's type.
    c.drawImage(picture(), 267, height - 300, 268, 170)
    c.setFont(BODY, 10)
    # Two lines as wide as the picture, so the caption runs across the columns' gutter.
    c.drawCentredString(401, height - 316, "The new oak gates of lock four on the day they were")
    c.drawCentredString(401, height - 329.6, "lowered in.")
    top = height - 350
    c.setFont(BOLD, 12)
    c.drawString(left, top, "New Gates for Lock Four")
    y = justified(
        c, left, top - 18,
        "After three winters of fundraising the trust has fitted new oak gates to lock four, and the "
        "first boats passed through them at Easter in front of a large crowd on the towpath.", width)
    justified(
        c, left, y - 6,
        "The old gates will be cut up for benches, which will be placed along the towpath between the "
        "basin and the mill, where walkers have asked for somewhere to sit.", width)
    c.setFont(BOLD, 12)
    c.drawString(right, top, "Work Parties")
    justified(
        c, right, top - 18,
        "Work parties meet on the second Sunday of each month at the basin. Gloves and tools are "
        "provided, and lunch is brought out to the towpath at one.", width)
    c.showPage()
    c.save()


def table_across_columns():
    from reportlab.lib.pagesizes import A5
    c = canvas.Canvas(os.path.join(SAMPLES, "pdf-table-across-columns.pdf"), pagesize=A5, invariant=1, pageCompression=1)
    _, height = A5
    left, gutter, width = 36, 18, 178
    right = left + width + gutter
    top = height - 50
    c.setFont(BOLD, 12)
    c.drawString(left, top, "Show Entry Fees")
    below = justified(
        c, left, top - 20,
        "Entries for the summer show close on the Friday before. Fees are paid at the hut "
        "and go towards the prizes and the hire of the hall.", width)
    rows = [("Class", "Fee"), ("Vegetables", "50p"), ("Flowers", "50p"), ("Fruit", "40p"), ("Preserves", "60p"),
            ("Baking", "60p"), ("Crafts", "£1")]
    c.setFont(BODY, 10)
    y = below - 8
    foot = y - 16 * 4 - 1  # the column ends after five rows
    carried = []
    for name, fee in rows:
        if y < foot:
            carried.append((name, fee))
            continue
        c.drawString(left + 4, y, name)
        c.drawString(left + 104, y, fee)
        y -= 16
    # The rows the column break carried over head the second column, at the same offsets.
    y = top + 4
    for name, fee in carried:
        c.drawString(right + 4, y, name)
        c.drawString(right + 104, y, fee)
        y -= 16
    c.setFont(BOLD, 12)
    c.drawString(right, y - 10, "Judges Wanted")
    justified(
        c, right, y - 30,
        "The society is looking for two more judges for the produce classes. Experience is welcome "
        "but not needed, and lunch is provided.", width)
    c.showPage()
    c.save()


def main():
    fonts()
    table_across_columns()
    column_line_beside_banner()
    table_beside_column()
    tinted_sidebar()
    top_float_caption()


if __name__ == "__main__":
    main()
