#!/usr/bin/env python3
"""Writes the samples of tables whose cells wrap onto several lines (issue 10, class 8), and their
near miss:

    pdf-cells-events.pdf         an events table whose cells wrap onto two or three lines, rows set
                                 apart by padding, in one column between two paragraphs
    pdf-cells-beside-prose.pdf   a table of wrapped cells in the left column, set without padding
                                 between its rows (as TeX's p{} columns are), with a plain header and
                                 no numerals, beside a column of prose
    pdf-cells-side-headings.pdf  a side-heading page (narrow bold headings on the left, paragraphs of
                                 several lines on the right): NOT a table
    pdf-cells-page-break.pdf     a table whose last two rows run onto page 2, under page 2's running head

    python3 Samples/pdf/make_cells_samples.py

Needs reportlab (pip install reportlab). Deterministic (invariant=1). Every cell line is drawn on
its own, as table-making programs do. Samples/pdf/EXPECTED.md gives each PDF's reading order.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from make_samples import (  # noqa: E402
    BODY, HEAD, MARGIN, PAGE_H, PAGE_W, SAMPLES, Flow, columns, masthead, new_canvas, set_articles, wrap,
)

CELL = ("Helvetica", 9.0, 11.0)
CELL_BOLD = ("Helvetica-Bold", 9.0, 11.0)
SMALL = ("Helvetica", 8.0, 10.0)
ROW_GAP = 7.0

# An events table: Date | Event | Meeting point; cells wrapped to their column's width.
WALKS = [
    ("Date", "Walk", "Meeting point"),
    ("Sun 4 October", "Fungus foray through the beech hangers above the village",
     "Car park at the top of Windmill Hill"),
    ("Sat 17 October", "Autumn colour on the river meadows", "Footbridge by the old mill"),
    ("Sun 1 November", "Winter birds at the flooded gravel pits, with telescopes",
     "Gate on Pit Lane, opposite the sailing club"),
    ("Sat 14 November", "Hedgerow berries and the ancient drove road", "Church porch"),
]

WALKERS = [
    ("Walking with the Society",
     "The autumn programme is the longest we have offered, with a walk every other weekend until the "
     "middle of November. Every walk is led by a member who knows the ground well, and most finish at a "
     "tea room or a pub. Boots are advised after rain, and dogs on leads are welcome on all but the bird walk."),
]

AFTER_WALKS = ("All walks start at ten o'clock and last about three hours. There is no need to book, but "
               "please let the leader know if you are bringing a group of more than six.")

# A table set without padding: each cell as the lines it is printed in, the second lines carrying on
# in lower case as wrapped text does (a cell's first line opens in capitals: a grid whose cells open
# in lower case in a third of its rows reads as prose set side by side). A plain header, no numerals: the wrapped rows show the grid.
REPAIRS = [
    (["Item"], ["Fault found"], ["Who mends it"]),
    (["Village pump"], ["Handle loose and", "spout blocked"], ["Handyman,", "before the fair"]),
    (["Bus shelter"], ["Roof cracked", "by the hailstorm"], ["County council", "depot"]),
    (["Noticeboard"], ["Door will not lock"], ["Green Friends"]),
    (["Footpath signs"], ["Two missing on the", "river path"], ["Ramblers, with", "new posts"]),
]

GREEN = [
    ("Jobs Around the Green",
     "The parish walk round in April found a handful of jobs that need doing before the summer fair. "
     "None of them is large, and most have already been taken on by the people who look after the "
     "green, but the list is printed here so that everybody knows who to ask. Any other jobs can be "
     "reported to the secretary, or written on the sheet pinned to the noticeboard by the war memorial."),
]

GREEN_RIGHT = [
    ("Summer Fair",
     "The summer fair returns to the green on the second Saturday of July, with the dog show, the tug "
     "of war between the two ends of the village and the cake stall that sold out by noon last year. "
     "Stallholders should ask for a pitch by the end of May."),
    ("Tree Planting",
     "Eleven young limes were planted along the south side of the green in March to replace the elms "
     "lost long ago. Each has a guard and a stake, and volunteers will water them through the first "
     "summer. Please do not tie anything to the stakes."),
    ("Litter Pick",
     "Thanks to everybody who came to the spring litter pick. Forty bags were filled from the verges "
     "and the ditch by the school, and a shopping trolley was pulled out of the pond."),
]

# Side-headings: a narrow column of bold headings beside paragraphs of several lines. Not a table.
SIDE = [
    ("Choir Practice", [
        "Practice resumes on the first Tuesday of September in the vestry, starting at half past seven.",
        "New voices are always welcome, and nobody needs to read music: the parts are taught by ear "
        "and the music is lent for the term.",
    ]),
    ("Bell Ringers", [
        "The tower is looking for two more ringers to make up a full band for the harvest festival.",
        "Learners start on a tied bell with an instructor beside them, and most can ring rounds by Christmas.",
    ]),
    ("Flower Rota", [
        "The rota for the autumn is pinned inside the porch door. Please swap with somebody else on the "
        "list if you cannot manage your week, rather than leaving the vases empty.",
    ]),
    ("Coffee Morning", [
        "The coffee morning for the roof fund raised more than it has in any year so far.",
        "The next one is on the last Saturday of October, with the bring-and-buy stall in the vestry.",
    ]),
]

# A table whose last rows run onto page 2.
FIXTURES = [
    ("Date", "Opponents", "Venue"),
    ("Sat 5 September", "Ashcombe Seconds", "Home"),
    ("Sat 12 September", "Ferrybridge", "Away"),
    ("Sat 19 September", "Little Hatherley", "Home"),
    ("Sat 26 September", "Old Quarry Wanderers", "Away"),
    ("Sat 3 October", "Brookside Athletic, cup first round", "Home"),
    ("Sat 10 October", "Ashcombe Seconds", "Away"),
]

CLUB = [
    ("Pre-season Training",
     "Training starts again on the first Tuesday of August on the recreation ground, from half past six "
     "until dark. New players of any age over sixteen are welcome to come along; boots can be borrowed "
     "from the kit store, and the first month costs nothing."),
    ("New Kit",
     "The new home shirts arrived in June, paid for by the bakery on the high street and the garage by the "
     "station. The old shirts have gone to a club in the next county that had none of its own. We are "
     "grateful to both sponsors, and to everybody who came to the quiz night that paid for the shorts."),
    ("Clubhouse Roof",
     "The clubhouse roof was mended in July by three members who gave up two weekends to the job. The "
     "changing rooms are dry again, and the bar will open on match days from the start of the season."),
    ("Fixtures",
     "The league has published the first fixtures of the season. Home games kick off at three on the "
     "recreation ground; the minibus for away games leaves the clubhouse an hour and a half before."),
]

AFTER_FIXTURES = [
    ("Volunteers Wanted",
     "We need a new fixtures secretary from October, when the present one steps down after nine seasons. "
     "The job takes about an hour a week, mostly on the telephone, and the league provides training."),
]


def draw(c, text, font, x, y):
    """`text` with its top at `y` (top-down coordinates)."""
    c.setFont(font[0], font[1])
    c.drawString(x, PAGE_H - y - font[1], text)


def wrapped_table(c, rows, x, y, widths, padding, bold_header=True):
    """Rows from (x, y) down, each cell drawn line by line; a row is as tall as its tallest cell,
    plus `padding`. A row's cells are strings (wrapped to their column) or lists of printed lines.
    Returns where the table ends."""
    for number, row in enumerate(rows):
        font = CELL_BOLD if number == 0 and bold_header else CELL
        height = 0
        left = x
        for cell, width in zip(row, widths):
            lines = cell if isinstance(cell, list) else wrap(cell, font, width - 8)
            for line_number, line in enumerate(lines):
                draw(c, line, font, left, y + line_number * font[2])
            height = max(height, len(lines) * font[2])
            left += width
        y += height + padding
    return y


def cells_events(path):
    c = new_canvas(path)
    top = masthead(c, "Hollins Vale Natural History Society", "Field Notes  |  Autumn 2026")
    frame = (MARGIN, top, PAGE_W - 2 * MARGIN, 780)
    flow = Flow(c, [frame])
    set_articles(flow, WALKERS)
    flow.heading("Autumn Walks")
    y = wrapped_table(c, WALKS, MARGIN, flow.y + 4, [100, 200, 180], ROW_GAP)
    after = Flow(c, [(MARGIN, y + 4, PAGE_W - 2 * MARGIN, 780)])
    after.paragraph(AFTER_WALKS)
    c.showPage()
    c.save()


def cells_beside_prose(path):
    c = new_canvas(path)
    top = masthead(c, "Saxonbury Green Residents", "The Green Gazette  |  Spring 2026")
    # A wide left column for the table, a narrower one of prose beside it.
    left, right = (MARGIN, top, 270, 780), (MARGIN + 300, top, PAGE_W - 2 * MARGIN - 300, 780)
    flow = Flow(c, [left])
    set_articles(flow, GREEN)
    flow.heading("The Repairs List")
    x = left[0]
    y = wrapped_table(c, REPAIRS, x, flow.y + 4, [84, 100, left[2] - 184], 0, bold_header=False)
    other = Flow(c, [right])
    set_articles(other, GREEN_RIGHT)
    c.showPage()
    c.save()


def cells_side_headings(path):
    c = new_canvas(path)
    top = masthead(c, "St Aldhelm's Parish Church", "The Lychgate  |  September 2026")
    heading_width, text_x = 110, MARGIN + 130
    text_width = PAGE_W - MARGIN - text_x
    y = top
    for heading, paragraphs in SIDE:
        lines = wrap(heading, HEAD, heading_width)
        for number, line in enumerate(lines):
            draw(c, line, ("Helvetica-Bold", 11.0, 13.0), MARGIN, y + number * 13)
        flow = Flow(c, [(text_x, y - 1, text_width, 800)])
        for number, paragraph in enumerate(paragraphs):
            flow.paragraph(paragraph, gap=number > 0)
        y = max(flow.y, y + len(lines) * 13) + 16
    c.showPage()
    c.save()


def cells_page_break(path):
    c = new_canvas(path)
    page = [1]

    def footer():
        draw(c, "Page %d" % page[0], SMALL, PAGE_W / 2 - 12, 808)

    def running_head():
        draw(c, "Brookfield Rovers FC  |  Matchday News", SMALL, PAGE_W - MARGIN - 170, 30)

    running_head()
    top = masthead(c, "Brookfield Rovers FC", "Matchday News  |  August 2026")
    flow = Flow(c, columns(2, top, 640))
    set_articles(flow, CLUB[:-1])
    # The last article across the page, and its table at the page's foot; the table's last two
    # rows go over to page 2.
    under = Flow(c, [(MARGIN, 610, PAGE_W - 2 * MARGIN, 700)])
    set_articles(under, CLUB[-1:])
    widths = [120, 220, 100]
    y = wrapped_table(c, FIXTURES[:5], MARGIN, under.y + 8, widths, ROW_GAP)
    footer()
    c.showPage()
    page[0] = 2
    running_head()
    y = wrapped_table(c, FIXTURES[5:], MARGIN, 58, widths, ROW_GAP, bold_header=False)
    after = Flow(c, [(MARGIN, y + 10, PAGE_W - 2 * MARGIN, 780)])
    set_articles(after, AFTER_FIXTURES)
    footer()
    c.showPage()
    c.save()


SAMPLES_BY_NAME = {
    "pdf-cells-events.pdf": cells_events,
    "pdf-cells-beside-prose.pdf": cells_beside_prose,
    "pdf-cells-side-headings.pdf": cells_side_headings,
    "pdf-cells-page-break.pdf": cells_page_break,
}


def main(argv):
    names = argv or list(SAMPLES_BY_NAME)
    for name in names:
        path = os.path.join(SAMPLES, name)
        SAMPLES_BY_NAME[name](path)
        print("wrote", path)


if __name__ == "__main__":
    main(sys.argv[1:])
