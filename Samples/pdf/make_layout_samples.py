#!/usr/bin/env python3
"""Writes the sample PDFs for the reading-order classes that XY-cut alone gets wrong, one each:

    pdf-two-up-booklet.pdf        a folded booklet imposed two-up on A4 landscape (4|1, 2|3)
    pdf-side-headings.pdf         headings in a narrow right-hand column beside their text
    pdf-float-panel.pdf           a boxed panel floated into a column in the middle of a sentence
    pdf-numbered-down-columns.pdf six numbered boxes numbered down the columns (1 2 3 | 4 5 6)

    python3 Samples/pdf/make_layout_samples.py          # rewrite all four
    python3 Samples/pdf/make_layout_samples.py pdf-float-panel.pdf

Needs reportlab. Deterministic (invariant=1). Samples/pdf/EXPECTED.md gives each one's reading order.
"""
import os
import sys

from reportlab.lib.pagesizes import A4, landscape
from reportlab.pdfgen import canvas

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from make_samples import BODY, DARK, LIGHT, SAMPLES, width, wrap  # noqa: E402

PAGE_W, PAGE_H = A4
HEAD = ("Helvetica-Bold", 12.0, 15.0)
SANS = ("Helvetica", 9.0, 11.5)


def new_canvas(path, size=A4):
    c = canvas.Canvas(path, pagesize=size, invariant=1, pageCompression=1)
    c.setAuthor("Galley samples")
    c.setTitle(os.path.basename(path))
    return c


def text_line(c, x, y, text, font, page_h):
    """One line of text whose top is `y` (top-down coordinates)."""
    c.setFont(font[0], font[1])
    c.drawString(x, page_h - y - font[1], text)


def set_lines(c, x, y, lines, font, page_h):
    for line in lines:
        text_line(c, x, y, line, font, page_h)
        y += font[2]
    return y


# ---------------------------------------------------------------------------------------------
# A folded booklet: sheet 1 holds printed pages 4 | 1, sheet 2 holds 2 | 3.

BOOKLET = {
    1: ("Welcome to the Season",
        "Welcome back to the Millbrook Film Society, now in its twelfth season at the old corn "
        "exchange. The new screen is finally in place, and the seats have been re-covered by a "
        "team of volunteers over the summer. We open with a comedy and close with a classic."),
    2: ("Why We Show Old Films",
        "Every season somebody asks why we show so many films older than our members. The answer "
        "is that a cinema of our own is the only place most of them will ever be seen on a big "
        "screen, with an audience laughing in the same places."),
    3: ("Membership and Tickets",
        "Season membership costs forty pounds and includes every film. Single tickets cost five "
        "pounds at the door, and students and carers always come in free of charge."),
    4: ("From the Projection Box",
        "Our projectionist thanks everybody who waited so patiently when the lamp failed during "
        "the last film of the spring. A spare lamp now sits beside the projector at every show."),
}


def booklet_half(c, x, number, size):
    half_w = size[0] / 2
    text_w = half_w - 96
    page_h = size[1]
    c.setFont("Helvetica", 8)
    c.drawString(x, page_h - 36, "Millbrook Film Society · Autumn 2026")
    heading, text = BOOKLET[number]
    y = set_lines(c, x, 70, [heading], HEAD, page_h) + 6
    set_lines(c, x, y, wrap(text, BODY, text_w), BODY, page_h)
    c.setFont("Helvetica", 9)
    folio = "– %d –" % number
    c.drawString(x + text_w - width(folio, ("Helvetica", 9)), 40, folio)


def two_up_booklet(path):
    size = landscape(A4)
    c = new_canvas(path, size)
    for left, right in [(4, 1), (2, 3)]:
        booklet_half(c, 48, left, size)
        booklet_half(c, size[0] / 2 + 48, right, size)
        c.showPage()
    c.save()


# ---------------------------------------------------------------------------------------------
# Side-headings: the text in a wide left column, each heading in a narrow column to its right,
# level with its article's first line.

SIDE = [
    ("Roof Appeal", "After eighteen months of coffee mornings, quiz nights and sponsored walks, "
     "the appeal to replace the hall roof has reached its target. The work will begin in "
     "September and should be finished before the clocks go back."),
    ("A New Way to Book", "From the first of July all bookings will be made online, where you "
     "can see which rooms are free, pay a deposit and download the conditions of hire. The "
     "office will still take bookings by telephone on weekday mornings."),
    ("Warm Space", "The warm space returns on Wednesday afternoons from October, with hot "
     "drinks, soup and newspapers. Volunteers to serve the soup are always welcome."),
]


def side_headings(path):
    c = new_canvas(path)
    c.setFont("Helvetica-Bold", 22)
    c.drawString(48, PAGE_H - 70, "Hall Notes")
    c.setFont("Helvetica", 10)
    c.drawString(48, PAGE_H - 88, "The newsletter of Ashcombe Village Hall · Summer 2026")
    y = 120
    text_w = 330
    for heading, text in SIDE:
        set_lines(c, 48 + text_w + 24, y, wrap(heading, ("Helvetica-Bold", 11.0, 13.5), 100),
                  ("Helvetica-Bold", 11.0, 13.5), PAGE_H)
        y = set_lines(c, 48, y, wrap(text, BODY, text_w), BODY, PAGE_H) + 18
    c.showPage()
    c.save()


# ---------------------------------------------------------------------------------------------
# A panel floated into the right of a column in the middle of a sentence: the lines beside it
# run short, and the sentence goes on under it.

FLOAT_BEFORE = ("Our book sale raises more money than any other event in the Friends' year, and "
                "it depends entirely on donations. We accept paperbacks in good condition and "
                "children's picture books, but we cannot take magazines or anything with damp marks,")
FLOAT_BESIDE = ("because they simply do not sell and we have to pay to have them taken away by "
                "the council.")
FLOAT_AFTER = ("Donations can be left at the enquiry desk at any time the library is open. If "
               "you have more than two boxes, please ring ahead so that we can make room.")
PANEL = ("Friday 17 July, 2pm to 7pm, members only. Saturday 18 July, 9.30am to 4pm, open to all.")
NEXT_ARTICLE = ("Every Tuesday morning a small team of volunteers helps people to get to grips "
                "with phones, tablets and laptops. No appointment is needed.")


def float_panel(path):
    c = new_canvas(path)
    c.setFont("Helvetica-Bold", 22)
    c.drawString(48, PAGE_H - 70, "Shelf Life")
    c.setFont("Helvetica", 10)
    c.drawString(48, PAGE_H - 88, "The newsletter of Larkfield Library Friends · Summer 2026")
    column_w = 240
    x = 48
    y = set_lines(c, x, 120, ["The Summer Book Sale"], HEAD, PAGE_H) + 6
    y = set_lines(c, x, y, wrap(FLOAT_BEFORE, BODY, column_w), BODY, PAGE_H)
    # The panel: 130 wide at the column's right, its text in a sans face.
    panel_w, narrow = 130, column_w - 130 - 20
    panel_x = x + column_w - panel_w
    panel_lines = wrap(PANEL, SANS, panel_w - 16)
    panel_h = 8 + 13.5 + len(panel_lines) * SANS[2] + 8
    c.setFillColor(LIGHT)
    c.setStrokeColor(DARK)
    c.rect(panel_x, PAGE_H - (y + 4) - panel_h, panel_w, panel_h, stroke=1, fill=1)
    c.setFillColorRGB(0, 0, 0)
    py = set_lines(c, panel_x + 8, y + 12, ["Sale Dates"], ("Helvetica-Bold", 10.0, 13.5), PAGE_H)
    set_lines(c, panel_x + 8, py, panel_lines, SANS, PAGE_H)
    beside = wrap(FLOAT_BESIDE, BODY, narrow)
    top = y
    y = set_lines(c, x, y, beside, BODY, PAGE_H)
    y = max(y, top + 4 + panel_h) + 6
    y = set_lines(c, x, y, wrap(FLOAT_AFTER, BODY, column_w), BODY, PAGE_H) + 12
    # The second column: the next article.
    x2 = 48 + column_w + 28
    y2 = set_lines(c, x2, 120, ["Digital Help Sessions"], HEAD, PAGE_H) + 6
    set_lines(c, x2, y2, wrap(NEXT_ARTICLE, BODY, column_w), BODY, PAGE_H)
    c.showPage()
    c.save()


# ---------------------------------------------------------------------------------------------
# Six numbered boxes numbered down the columns, rows close together, an article under them.

JOBS = [
    ("Add supers early", "Put a second super on before the first is full."),
    ("Check for queen cells", "Inspect every seven days and look along the bottom bars."),
    ("Mark your queens", "This year's colour is yellow: a marked queen is easier to find."),
    ("Watch the weather", "A cold snap can leave colonies short of stores."),
    ("Clean spare kit", "Scorch empty boxes and scrape frames before they are needed."),
    ("Record everything", "Write up each inspection on the day, while you still remember it."),
]
UNDER_GRID = ("Entry forms for the autumn honey show are now available from the secretary. "
              "Classes this year include light and dark honey, cut comb, wax blocks and candles, "
              "and a photograph class for members who do not keep bees themselves. Judging will "
              "again be done by a visiting judge from outside the county, so that nobody has to "
              "mark a neighbour's jar, and the results will be read out at the October meeting, "
              "where the trophies will also be presented by the association's president.")


def numbered_down_columns(path):
    c = new_canvas(path)
    set_lines(c, 48, 60, ["Six Jobs for the Apiary in May"], ("Helvetica-Bold", 16.0, 20.0), PAGE_H)
    box_w, row_h = 240, 64
    for index, (title, text) in enumerate(JOBS):
        column, row = divmod(index, 3)
        x = 48 + column * (box_w + 20)
        y = 100 + row * row_h
        set_lines(c, x, y, [str(index + 1)], ("Helvetica-Bold", 17.0, 20.0), PAGE_H)
        ty = set_lines(c, x + 22, y + 2, [title], ("Helvetica-Bold", 10.0, 12.5), PAGE_H)
        set_lines(c, x + 22, ty + 2, wrap(text, SANS, box_w - 30), SANS, PAGE_H)
    y = 100 + 3 * row_h + 4
    y = set_lines(c, 48, y, ["Honey Show Entries"], HEAD, PAGE_H) + 4
    set_lines(c, 48, y, wrap(UNDER_GRID, BODY, 2 * box_w + 20), BODY, PAGE_H)
    c.showPage()
    c.save()


SAMPLES_BY_NAME = {
    "pdf-two-up-booklet.pdf": two_up_booklet,
    "pdf-side-headings.pdf": side_headings,
    "pdf-float-panel.pdf": float_panel,
    "pdf-numbered-down-columns.pdf": numbered_down_columns,
}


def main(argv):
    for name in argv or list(SAMPLES_BY_NAME):
        SAMPLES_BY_NAME[name](os.path.join(SAMPLES, name))
        print("wrote", name)


if __name__ == "__main__":
    main(sys.argv[1:])
