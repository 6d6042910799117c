#!/usr/bin/env python3
"""Writes the glyph-level samples in Samples/: a drop cap, a letter-spaced title, ligature
glyphs, dingbat bullets and raised footnote markers, one defect each.

    python3 Samples/pdf/make_glyphs_samples.py          # rewrite the five PDFs

Needs reportlab and the DejaVu fonts (/usr/share/fonts/truetype/dejavu, fonts-dejavu-core) for
the ligature and dingbat glyphs. Deterministic (invariant=1). Samples/pdf/EXPECTED.md gives each
PDF's expected reading and text.
"""
import os
import sys

from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

HERE = os.path.dirname(os.path.abspath(__file__))
SAMPLES = os.path.dirname(HERE)
PAGE_W, PAGE_H = A4
MARGIN = 60
BODY = ("Times-Roman", 10.5, 13.0)
HEAD = ("Helvetica-Bold", 14.0)
DEJAVU = "/usr/share/fonts/truetype/dejavu"


def new_canvas(name):
    return canvas.Canvas(os.path.join(SAMPLES, name), pagesize=A4, invariant=1, pageCompression=1)


def wrap(text, font, size, width):
    """Greedy word wrap into lines no wider than width."""
    lines, current = [], ""
    for word in text.split():
        trial = (current + " " + word).strip()
        if pdfmetrics.stringWidth(trial, font, size) <= width or not current:
            current = trial
        else:
            lines.append(current)
            current = word
    if current:
        lines.append(current)
    return lines


def paragraph(c, text, x, y, width, font=BODY, indents=None):
    """Sets text from baseline y down; indents[i] moves line i right (and narrows it). Returns next y."""
    name, size, leading = font
    indents = indents or []
    words = text.split()
    line_no = 0
    while words:
        indent = indents[line_no] if line_no < len(indents) else 0
        avail = width - indent
        current = words.pop(0)
        while words and pdfmetrics.stringWidth(current + " " + words[0], name, size) <= avail:
            current += " " + words.pop(0)
        c.setFont(name, size)
        c.drawString(x + indent, y, current)
        y -= leading
        line_no += 1
    return y - 6


def heading(c, text, x, y):
    c.setFont(*HEAD)
    c.drawString(x, y, text)
    return y - 20


def masthead(c, title, dateline):
    c.setFont("Helvetica-Bold", 24)
    c.drawString(MARGIN, PAGE_H - 80, title)
    c.setFont("Helvetica", 9)
    c.drawString(MARGIN, PAGE_H - 96, dateline)
    return PAGE_H - 130


def drop_cap():
    c = new_canvas("pdf-drop-cap.pdf")
    y = masthead(c, "Riverside Readers", "The newsletter of the Riverside Reading Group · Spring 2026")
    width = PAGE_W - 2 * MARGIN
    y = heading(c, "A Word from the Chair", MARGIN, y)
    # A three-line drop cap: 40 pt bold "S", its top level with the first line, the first three lines indented.
    cap_size = 40
    c.setFont("Times-Bold", cap_size)
    c.drawString(MARGIN, y - 2 * BODY[2], "S")
    indent = pdfmetrics.stringWidth("S", "Times-Bold", cap_size) + 4
    y = paragraph(
        c,
        "pring has always been the busiest season for the group, and this year promises to be busier "
        "than ever. We have three new members, a second meeting room at the library on Thursday "
        "evenings, and a list of suggested books that has grown so long that we have had to draw lots "
        "to decide which ones we read first. Thank you to everybody who sent in a title.",
        MARGIN, y, width, indents=[indent, indent, indent])
    y = heading(c, "Book Swap", MARGIN, y - 6)
    # Near miss: a large box number beside a short heading is not a drop cap.
    c.setFont("Helvetica-Bold", 36)
    c.drawString(MARGIN, y - 26, "2")
    y = paragraph(
        c,
        "Bring a book you have finished with to the April meeting and take home one that somebody else "
        "has enjoyed. Any books left over will be given to the hospital trolley.",
        MARGIN + 36, y, width - 36)
    c.showPage()
    c.save()


def letter_spaced():
    c = new_canvas("pdf-letter-spaced.pdf")
    # The masthead title set with wide tracking, as CSS letter-spacing or setCharSpace gives it.
    c.saveState()
    text = c.beginText(MARGIN, PAGE_H - 90)
    text.setFont("Helvetica-Bold", 28)
    text.setCharSpace(14)
    text.textOut("GARDEN NOTES")
    c.drawText(text)
    c.restoreState()
    c.setFont("Helvetica", 9)
    c.drawString(MARGIN, PAGE_H - 108, "The newsletter of Hollins Road Allotments · Summer 2026")
    y = PAGE_H - 140
    width = PAGE_W - 2 * MARGIN
    y = heading(c, "Water Butts", MARGIN, y)
    y = paragraph(
        c,
        "The committee has bought twenty new water butts, which will be fitted to the shed roofs on the "
        "lower field before the dry weather comes. Plot holders on the upper field can borrow the hose "
        "reel from the store on Saturday mornings.",
        MARGIN, y, width)
    # Near miss: initials set with ordinary spacing stay as printed.
    y = paragraph(c, "The rota is kept by J K R Patel, who can be found at plot 14 most evenings.", MARGIN, y, width)
    c.showPage()
    c.save()


def ligatures():
    pdfmetrics.registerFont(TTFont("DejaVuSans", os.path.join(DEJAVU, "DejaVuSans.ttf")))
    c = new_canvas("pdf-ligatures.pdf")
    y = masthead(c, "Marsh Lane Birders", "The newsletter of the Marsh Lane Bird Club · Autumn 2026")
    width = PAGE_W - 2 * MARGIN
    y = heading(c, "Autumn Counts", MARGIN, y)
    # The text layer holds the presentation-form ligatures U+FB01 and U+FB03, as some producers write them.
    y = paragraph(
        c,
        "Our \ufb01rst autumn count was held on the \ufb01fth of September, when the o\ufb03cers of the club "
        "walked the whole length of the marsh and recorded \ufb01fty-one species. The \ufb02ocks of "
        "lapwing on the lower \ufb01elds were the largest we have seen for ten years.",
        MARGIN, y, width, font=("DejaVuSans", 10, 13))
    c.showPage()
    c.save()


def dingbat_bullets():
    pdfmetrics.registerFont(TTFont("DejaVuSans", os.path.join(DEJAVU, "DejaVuSans.ttf")))
    c = new_canvas("pdf-dingbat-bullets.pdf")
    y = masthead(c, "Hillside Cyclists", "The newsletter of Hillside Cycling Club · Spring 2026")
    width = PAGE_W - 2 * MARGIN
    y = heading(c, "Riding in a Group", MARGIN, y)
    y = paragraph(c, "Before your first club run, please read these reminders:", MARGIN, y, width)
    items = [
        "Ride no more than two abreast, and single out when a driver cannot pass safely.",
        "Point out potholes, gravel and parked cars to the riders behind you.",
        "Never overlap the back wheel of the rider in front.",
    ]
    for item in items:
        # A pointing-hand dingbat as the bullet, the item text at a hanging indent.
        c.setFont("DejaVuSans", 10)
        c.drawString(MARGIN + 6, y, "\u261e")
        y = paragraph(c, item, MARGIN + 22, y, width - 22) + 2
    y = heading(c, "Club Kit", MARGIN, y - 6)
    y = paragraph(c, "New jerseys can be ordered from the secretary until the end of May.", MARGIN, y, width)
    c.showPage()
    c.save()


def footnotes():
    c = new_canvas("pdf-footnotes.pdf")
    y = masthead(c, "Moor End Beekeepers", "The newsletter of Moor End Beekeepers' Association · May 2026")
    width = PAGE_W - 2 * MARGIN
    y = heading(c, "Swarm Season", MARGIN, y)
    name, size, leading = BODY
    # One line carries a raised 6 pt reference digit after "hive.", drawn with a text rise.
    first = "A swarm is rarely aggressive, because the bees gorge themselves on honey before leaving the hive."
    c.setFont(name, size)
    c.drawString(MARGIN, y, first)
    text = c.beginText(MARGIN + pdfmetrics.stringWidth(first, name, size), y)
    text.setFont(name, 6)
    text.setRise(4)
    text.textOut("1")
    c.drawText(text)
    y -= leading
    y = paragraph(
        c,
        "Even so, please remind callers to keep children and pets indoors until a member arrives to "
        "collect the swarm, and never to spray it with water.",
        MARGIN, y, width)
    # The note at the foot: the same raised marker, then the note in 8 pt.
    y = 90
    text = c.beginText(MARGIN, y)
    text.setFont(name, 5)
    text.setRise(3)
    text.textOut("1")
    text.setRise(0)
    text.setFont(name, 8)
    text.textOut(" A bee carrying a full load of honey finds it hard to curl its abdomen far enough to sting.")
    c.drawText(text)
    c.showPage()
    c.save()


def main(argv):
    drop_cap()
    letter_spaced()
    ligatures()
    dingbat_bullets()
    footnotes()


if __name__ == "__main__":
    main(sys.argv[1:])
