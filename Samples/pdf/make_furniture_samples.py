#!/usr/bin/env python3
"""Writes the sample PDFs for two defects of page furniture and table rows found on newsletters
kept aside (Samples/holdout/office HD, Samples/holdout/web W1):

- pdf-header-printed-once.pdf: two pages; page 1 opens with the masthead and has no running head
  (a word processor's "different first page"), page 2 has one, in the body's size, in the top
  margin above where either page's text starts, naming the masthead's title and issue. Printed once,
  it never repeats; it goes to `removed` as a header. Page 2's text opens with an article heading
  right under it (the near miss: a page-top heading stays), and both pages carry a footer.
- pdf-table-header-glued.pdf: a table whose header row of bold cells is drawn cell by cell, far
  apart, with its rows below (the last column's numbers set flush right); poppler runs the
  header's cells together without a space ("When" "Who leads" "Places"): they are three cells of one row, not one word.
- pdf-header-over-masthead.pdf: one page whose running head (publisher on the left, title and issue on
  the right, in the body's size) sits in the top margin above the masthead, as a producer that sets a
  header on every page sets it on a one-page newsletter too. It never repeats, but it says nothing the
  masthead and its strapline do not say again under it: it goes to `removed` as a header.

    python3 Samples/pdf/make_furniture_samples.py [OUTDIR]

Needs reportlab; deterministic (invariant=1), like make_samples.py, whose typesetting it borrows.
Samples/pdf/EXPECTED.md gives the reading order.
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import make_samples as ms  # noqa: E402  (the shared typesetting: wrap, Flow, masthead, fonts)

PAGE_W, PAGE_H = ms.PAGE_W, ms.PAGE_H
MARGIN = ms.MARGIN
# The running head's top on page 2, and the text's top under it: less than a body line apart,
# both above where page 1's masthead starts (MARGIN).
HEAD_TOP, TEXT_TOP = 26, 42
BOTTOM = 770

HEDGEROW = [
    ("Moth Night",
     "Forty people came to the moth night on the common in July, and the traps caught more than sixty species "
     "between dusk and two in the morning. The elephant hawk-moths were the favourites of the children, who "
     "stayed up far later than their parents had promised anybody they would."),
    ("Pond Survey",
     "The pond survey found great crested newts in three of the five ponds on the reserve, the best result since "
     "the survey began. The smallest pond, which dried out last summer, has been deepened by the volunteers and "
     "will be checked again in the spring when the newts return to breed."),
    ("Hedge Laying",
     "The hedge laying course will run on two Saturdays in November. Places are limited to twelve, and tools and "
     "gloves are provided; please bring a packed lunch and boots that can stand a muddy field. The hedge along "
     "the north boundary is the one we will lay, and the wood we cut will go to the habitat piles."),
    ("Bird Boxes",
     "Twenty new bird boxes have been put up along the woodland path, made by the scouts from offcuts given by "
     "the timber yard. Please do not look inside them during the nesting season; the group checks and cleans "
     "them each winter and records which were used."),
    ("Bat Walk",
     "The bat walk in September starts from the car park at half past seven. Detectors will be handed out at "
     "the start, and the walk follows the river path, where pipistrelles and Daubenton's bats feed over the "
     "water on warm evenings."),
    ("Annual Meeting",
     "The annual meeting will be held in the village hall in October. The accounts and the reports of the "
     "survey leaders will be presented, and there will be an election for the committee; nominations can be "
     "sent to the secretary until the end of September."),
]


def footer(c, number):
    c.setFont("Times-Roman", 9)
    c.drawCentredString(PAGE_W / 2, 30, f"Bramblefield Nature Group · {number}")


def header_printed_once(path):
    c = ms.new_canvas(path)
    top = ms.masthead(c, "The Hedgerow", "Bramblefield Nature Group · Summer 2026")
    footer(c, 1)
    width = PAGE_W - 2 * MARGIN

    def page_two():
        c.setFont(*ms.BODY[:2])
        c.drawRightString(PAGE_W - MARGIN, PAGE_H - HEAD_TOP - ms.BODY[1], "The Hedgerow · Summer 2026")
        footer(c, 2)

    # Page 1 holds three articles; page 2 opens with the fourth's heading.
    flow = ms.Flow(c, [(MARGIN, top, width, 470), "page", (MARGIN, TEXT_TOP, width, BOTTOM)], on_new_page=page_two)
    ms.set_articles(flow, HEDGEROW[:3])
    flow.next_frame()
    ms.set_articles(flow, HEDGEROW[3:])
    c.showPage()
    c.save()


ROWS = [
    ("Sat 4 July", "Ann Hollis", "12"),
    ("Sun 19 July", "Derek Salt", "8"),
    ("Sat 1 August", "Priya Okafor", "20"),
]


def table_header_glued(path):
    c = ms.new_canvas(path)
    top = ms.masthead(c, "The Hedgerow", "Bramblefield Nature Group · Summer 2026")
    width = PAGE_W - 2 * MARGIN
    flow = ms.Flow(c, [(MARGIN, top, width, 800)])
    flow.heading("Summer Walks")
    flow.paragraph(
        "Every walk starts at ten and lasts about two hours. The leaders below will be at the meeting point with "
        "a first-aid kit and a list of what we hope to see along the way.")
    cells = [MARGIN, MARGIN + 150, MARGIN + 330]
    y = flow.y + 22
    c.setFont("Helvetica-Bold", 9.5)
    for x, text in zip(cells, ("When", "Who leads", "Places")):
        c.drawString(x, PAGE_H - y, text)
    # The places are numbers set flush right under the end of their header: no row starts where
    # that header cell starts.
    c.setFont("Times-Roman", 10)
    for row in ROWS:
        y += 16
        c.drawString(cells[0], PAGE_H - y, row[0])
        c.drawString(cells[1], PAGE_H - y, row[1])
        c.drawRightString(cells[2] + 30, PAGE_H - y, row[2])
    flow.y = y + 6
    flow.heading("Membership")
    flow.paragraph(
        "Membership costs ten pounds a year for a household. Members receive the newsletter four times a year and "
        "can join any walk, survey or work party without booking.")
    c.showPage()
    c.save()


def header_over_masthead(path):
    c = ms.new_canvas(path)
    c.setFont(*ms.BODY[:2])
    c.drawString(MARGIN, PAGE_H - HEAD_TOP - ms.BODY[1], "Bramblefield Nature Group")
    c.drawRightString(PAGE_W - MARGIN, PAGE_H - HEAD_TOP - ms.BODY[1], "The Hedgerow · Autumn 2026")
    top = ms.masthead(c, "The Hedgerow", "The newsletter of Bramblefield Nature Group · Autumn 2026")
    width = PAGE_W - 2 * MARGIN
    flow = ms.Flow(c, [(MARGIN, top, width, BOTTOM)])
    ms.set_articles(flow, HEDGEROW[:3])
    c.showPage()
    c.save()


def main(argv):
    out = argv[1] if len(argv) > 1 else ms.SAMPLES
    header_printed_once(os.path.join(out, "pdf-header-printed-once.pdf"))
    table_header_glued(os.path.join(out, "pdf-table-header-glued.pdf"))
    header_over_masthead(os.path.join(out, "pdf-header-over-masthead.pdf"))


if __name__ == "__main__":
    main(sys.argv)
