#!/usr/bin/env python3
"""Writes the table samples in Samples/: a table set as text and a contact panel of labels and values.

    python3 Samples/pdf/make_tables_samples.py

    pdf-table-events.pdf   an events table (one cell wrapped onto a second line) under its heading,
                           in the left column beside a prose column, with prose under it
    pdf-contact-panel.pdf  a contact panel drawn as a column of labels and a column of values
    pdf-table-repairs.pdf  a table whose cells wrap a web address, an email address and a word
                           broken with a line-end hyphen onto second lines: the repairs reach cells

Needs reportlab (pip install reportlab). Deterministic (invariant=1). Every cell is drawn on its
own, as table-making programs do, so the reader sees pieces on shared baselines.
Samples/pdf/EXPECTED.md gives each PDF's reading order.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from make_samples import (  # noqa: E402
    BODY, HEAD, MARGIN, PAGE_H, SAMPLES, Flow, columns, masthead, new_canvas, set_articles, wrap,
)

CELL = ("Helvetica", 9.0, 11.0)
CELL_BOLD = ("Helvetica-Bold", 9.0, 11.0)
ROW_GAP = 6.0

EVENTS = [
    ("Date", "Time", "Event"),
    ("Tue 7 July", "10am", "Reading challenge launch"),
    ("Fri 17 July", "2pm", "Book sale, members' preview"),
    ("Thu 13 August", "7pm", "Author talk: walking the county's canals"),
    ("Sat 5 September", "11am", "Friends' annual meeting"),
]

GARDEN = [
    ("The Reading Garden",
     "The reading garden behind the library is open again after a winter of repairs. The benches "
     "have been sanded and oiled, the raised beds replanted with lavender and thyme, and the old "
     "water butt replaced with one that does not leak. Staff will put out the deckchairs on any dry "
     "afternoon, and children's story time moves outside from the first week of July."),
    ("Donations Wanted",
     "We are always glad of paperbacks in good condition for the book sale, but please keep back "
     "encyclopaedias, magazines and anything with damp marks. Boxes can be left at the enquiry desk "
     "at any time the library is open, and larger loads collected by arrangement."),
]

AFTER_TABLE = ("Everybody is welcome at every event, and all of them are free. Tea and biscuits are "
               "served after the author talk, and the annual meeting finishes in good time for the bus.")

WILDLIFE = [
    ("Spring Survey",
     "Thirty members joined the spring survey of the cemetery meadow, counting orchids along the "
     "old paths and listening for the first chiffchaffs. The numbers are up on last year for almost "
     "every species, and the bee orchids have spread to the far corner by the yew hedge."),
    ("Bat Walks",
     "The summer bat walks start from the cemetery gates at dusk on the last Friday of June, July "
     "and August. Bring a torch with a red filter if you have one; detectors are provided, and the "
     "walk is level and suitable for wheelchairs."),
]

HEDGES = ("Hedge Laying",
          "Our winter hedge-laying days will return in November along the lane to the allotments. "
          "Gloves, billhooks and stakes are provided, and the lane's owners have promised soup. Nobody "
          "needs any experience: the first hour is spent learning to cut a pleacher safely, and the "
          "rest of the day on the hedge itself, which should thicken nicely by the spring.")

CONTACTS = [
    ("Tel:", "0113 496 0785"),
    ("Email:", "sightings@example-wildlife.org.uk"),
    ("Web:", "www.example-wildlife.org.uk"),
    ("Meetings:", "Second Thursday, 7.30pm, Quaker hall"),
]


# Each cell as the lines it is printed in: the wraps are fixed so that an address breaks after a
# slash and after the at sign, and one word breaks with a line-end hyphen ("com-" / "munity").
BOOKINGS = [
    (["Date"], ["Event"], ["Booking"]),
    (["Mon 6 July"], ["Story time in the com-", "munity garden"], ["www.example-library.org.uk/", "events/story-time"]),
    (["Wed 8 July"], ["Knit and natter"], ["No booking needed"]),
    (["Sat 11 July"], ["Local history walk"], ["walks@", "example-library.org.uk"]),
    (["Tue 14 July"], ["Poetry evening"], ["Tickets at the desk"]),
]

BOOKING_NOTE = ("Every event starts at the main library unless its booking details say otherwise, and "
                "all of them are free to members of the Friends.")


def draw(c, text, font, x, y):
    """`text` with its top at `y` (top-down coordinates)."""
    c.setFont(font[0], font[1])
    c.drawString(x, PAGE_H - y - font[1], text)


def events_table(c, x, y, widths):
    """The events table from (x, y) down, each cell drawn on its own, cells wrapped to their
    column's width; returns where the table ends."""
    for number, row in enumerate(EVENTS):
        font = CELL_BOLD if number == 0 else CELL
        height = 0
        left = x
        for text, width in zip(row, widths):
            lines = wrap(text, font, width - 8)
            for line_number, line in enumerate(lines):
                draw(c, line, font, left, y + line_number * font[2])
            height = max(height, len(lines) * font[2])
            left += width
        y += height + ROW_GAP
    return y


def table_events(path):
    c = new_canvas(path)
    top = masthead(c, "Kestrel Lane Library Friends", "Shelf Life  |  Summer 2026")
    left, right = columns(2, top, 780)
    flow = Flow(c, [right])
    set_articles(flow, GARDEN)
    # The left column: a heading, the table under it, then a paragraph of prose.
    x, y, column_width, bottom = left
    draw(c, "Dates for the Summer", HEAD, x, y)
    y = events_table(c, x, y + HEAD[2] + 4, [78, 40, column_width - 118])
    under = Flow(c, [(x, y + 4, column_width, bottom)])
    under.paragraph(AFTER_TABLE)
    c.showPage()
    c.save()


def contact_panel(path):
    c = new_canvas(path)
    top = masthead(c, "Fallowmere Wildlife Group", "Fieldnotes  |  Summer 2026")
    left, right = columns(2, top, 780)
    flow = Flow(c, [left])
    set_articles(flow, WILDLIFE[:1])
    # The panel under the left column's article: all labels drawn first, then all values, as a
    # program drawing two columns does.
    x, _, _, _ = left
    y = flow.y + 18
    draw(c, "Contact the Group", HEAD, x, y)
    y += HEAD[2] + 4
    for number, (label, _) in enumerate(CONTACTS):
        draw(c, label, CELL_BOLD, x, y + number * 15)
    for number, (_, value) in enumerate(CONTACTS):
        draw(c, value, CELL, x + 62, y + number * 15)
    other = Flow(c, [right])
    # The right column runs on past the panel, so the panel is read in the left column.
    set_articles(other, WILDLIFE[1:] + [HEDGES])
    c.showPage()
    c.save()


def table_repairs(path):
    """A one-column page: a heading, the bookings table with its cells' lines as given, prose under it."""
    c = new_canvas(path)
    top = masthead(c, "Kestrel Lane Library Friends", "Shelf Life  |  July 2026")
    (x, y, column_width, bottom), = columns(1, top, 780)
    draw(c, "Events and Booking", HEAD, x, y)
    y += HEAD[2] + 4
    widths = [90, 150, 180]
    for number, row in enumerate(BOOKINGS):
        font = CELL_BOLD if number == 0 else CELL
        left = x
        for lines, cell_width in zip(row, widths):
            for line_number, line in enumerate(lines):
                draw(c, line, font, left, y + line_number * font[2])
            left += cell_width
        y += max(len(lines) for lines in row) * font[2] + ROW_GAP
    under = Flow(c, [(x, y + 4, column_width, bottom)])
    under.paragraph(BOOKING_NOTE)
    c.showPage()
    c.save()


def main():
    table_events(os.path.join(SAMPLES, "pdf-table-events.pdf"))
    contact_panel(os.path.join(SAMPLES, "pdf-contact-panel.pdf"))
    table_repairs(os.path.join(SAMPLES, "pdf-table-repairs.pdf"))


if __name__ == "__main__":
    main()
