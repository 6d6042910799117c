#!/usr/bin/env python3
"""Writes the samples in Samples/ for defects first seen on the held-out desktop-publishing
newsletters (Samples/holdout/dtp): one defect each, small and deterministic.

    python3 Samples/pdf/make_hold3_samples.py          # rewrite them all

- pdf-bold-lead-ins.pdf: two columns of 10 pt serif; every paragraph opens with a few bold words
  at body size (a run-in lead-in, "Ninety-three volunteers filled more"), so most of its first
  line is bold; one real heading in bold body size ("Harbour Notes", a line of its own, more room
  above than below) over a paragraph that opens with a lead-in. The lead-ins are part of their paragraphs: not headings, and not split off.

- pdf-dogleg-article.pdf: two columns under a headline across both; the lead story fills the
  top of column 1, its paragraph cut mid-sentence there, and runs on at the head of column 2 and
  down it; a second story (a bold kicker, a 16 pt headline, its text) is set under the lead story
  in column 1. Read: the lead story whole (column 1's top, then column 2), then the second story.

- pdf-drawn-soft-hyphens.pdf: one column whose compounds ("low-energy", "Osei-Marsh") are drawn
  with the font's soft-hyphen glyph (U+00AD), as Scribus writes a typed hyphen into the text layer:
  the hyphen is printed and the pen moves past it. Read with their hyphens: "low-energy".

- pdf-article-beside-contacts.pdf: a back page in two columns: an article's top (a 17 pt headline
  over two lines, a 13 pt standfirst, an 8.5 pt byline, then 10 pt text) on the left, and a
  contact list ("Tel: 0113 496 0581", each line level with one of the article's) in a narrow column
  on the right. The short lines side by side are no table: the article reads whole, then the contacts.

Needs reportlab and the DejaVu fonts (fonts-dejavu-core). Deterministic (invariant=1).
Samples/pdf/EXPECTED.md gives each PDF's expected reading.
"""
import os

from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

HERE = os.path.dirname(os.path.abspath(__file__))
SAMPLES = os.path.dirname(HERE)
PAGE_W, PAGE_H = A4
DEJAVU = "/usr/share/fonts/truetype/dejavu"


def fonts():
    pdfmetrics.registerFont(TTFont("Serif", os.path.join(DEJAVU, "DejaVuSerif.ttf")))
    pdfmetrics.registerFont(TTFont("Serif-Bold", os.path.join(DEJAVU, "DejaVuSerif-Bold.ttf")))
    pdfmetrics.registerFont(TTFont("Sans-Bold", os.path.join(DEJAVU, "DejaVuSans-Bold.ttf")))


def wrap(runs, width, size):
    """Greedy line breaking of [(text, font)] runs; each line a list of (word, font)."""
    words = [(w, f) for text, f in runs for w in text.split()]
    lines, cur, used = [], [], 0.0
    for w, f in words:
        ww = pdfmetrics.stringWidth(w, f, size)
        sp = pdfmetrics.stringWidth(" ", "Serif", size) if cur else 0
        if cur and used + sp + ww > width:
            lines.append(cur)
            cur, used, sp = [], 0.0, 0
        cur.append((w, f))
        used += sp + ww
    if cur:
        lines.append(cur)
    return lines


def draw_lines(c, x, y, lines, size, lead):
    for ln in lines:
        t = c.beginText(x, y)
        for i, (w, f) in enumerate(ln):
            t.setFont(f, size)
            t.textOut(w + (" " if i < len(ln) - 1 else ""))
        c.drawText(t)
        y -= lead
    return y


LEAD_INS = [
    ("Ninety-three volunteers", "filled more than two hundred bags on the spring beach clean, the largest turnout "
     "since the group began. Most of what they found was rope and netting washed in by the gales."),
    ("The harbour commissioners", "agreed to match every pound raised in the village, and the quiz nights, the "
     "plant sale and the sponsored swim brought in more than anyone expected."),
    ("Please take care", "on the lowest six steps, which are covered at high tide and will always be slippery "
     "with weed. The tide table is posted at the top of the steps."),
]
HEADING = "Harbour Notes"
AFTER_HEADING = [
    ("Moorings for visiting boats", "are now bookable a week ahead through the harbour office, which is open "
     "every morning from eight until noon except on Sundays."),
    ("", "The slipway will be closed for two days in June while the winch is serviced and its cable replaced."),
]


def bold_lead_ins():
    fonts()
    c = canvas.Canvas(os.path.join(SAMPLES, "pdf-bold-lead-ins.pdf"), pagesize=A4, invariant=1, pageCompression=1)
    size, lead, colw, gap, x0 = 10, 13, 200, 24, 70
    c.setFont("Sans-Bold", 22)
    c.drawString(x0, PAGE_H - 80, "Beach Clean Breaks Its Record")
    y = PAGE_H - 112
    for bold, plain in LEAD_INS[:2]:
        y = draw_lines(c, x0, y, wrap([(bold, "Serif-Bold"), (plain, "Serif")], colw, size), size, lead) - 6
    x1 = x0 + colw + gap
    y = PAGE_H - 112
    for bold, plain in LEAD_INS[2:]:
        y = draw_lines(c, x1, y, wrap([(bold, "Serif-Bold"), (plain, "Serif")], colw, size), size, lead) - 6
    y -= 14
    t = c.beginText(x1, y)
    t.setFont("Serif-Bold", size)
    t.textOut(HEADING)
    c.drawText(t)
    y -= lead + 3
    for bold, plain in AFTER_HEADING:
        runs = ([(bold, "Serif-Bold")] if bold else []) + [(plain, "Serif")]
        y = draw_lines(c, x1, y, wrap(runs, colw, size), size, lead) - 6
    c.showPage()
    c.save()


DOGLEG_LEAD = (
    "The old stone steps down to the tidal beach are open again after a winter behind fences. The contractors "
    "lifted the last of the barriers on Friday morning, and by lunchtime the first families were already picking "
    "their way down to the sand. The work was paid for by a coastal access grant and by the harbour "
    "commissioners, who agreed to match every pound raised in the village, so that the quiz nights, the plant "
    "sale and the sponsored swim all counted twice over and the fund closed a month early.")
DOGLEG_LEAD_2 = ("Please take care on the lowest six steps, which are covered at high tide and will always be "
                 "slippery with weed. The tide table is posted at the top of the steps.")
DOGLEG_SECOND = ("Ninety-three volunteers filled more than two hundred bags on the spring beach clean, the largest "
                 "turnout since the group began. The next clean is on the first Sunday in June.")


def dogleg_article():
    fonts()
    c = canvas.Canvas(os.path.join(SAMPLES, "pdf-dogleg-article.pdf"), pagesize=A4, invariant=1, pageCompression=1)
    size, lead, colw, gap, x0 = 10, 13, 200, 24, 70
    x1 = x0 + colw + gap
    c.setFont("Sans-Bold", 24)
    c.drawString(x0, PAGE_H - 80, "Harbour Steps Reopen")
    top = PAGE_H - 110
    lines = wrap([(DOGLEG_LEAD, "Serif")], colw, size)
    cut = 6  # the paragraph breaks off mid-sentence at the foot of the lead story's first part
    y = draw_lines(c, x0, top, lines[:cut], size, lead)
    y2 = draw_lines(c, x1, top, lines[cut:], size, lead) - 6
    draw_lines(c, x1, y2, wrap([(DOGLEG_LEAD_2, "Serif")], colw, size), size, lead)
    y -= 24
    c.setFont("Sans-Bold", 8)
    c.drawString(x0, y, "ENVIRONMENT")
    y -= 22
    c.setFont("Serif-Bold", 16)
    c.drawString(x0, y, "Beach Clean Record")
    y -= 20
    draw_lines(c, x0, y, wrap([(DOGLEG_SECOND, "Serif")], colw, size), size, lead)
    c.showPage()
    c.save()


SHY_TEXT = [
    "The new rig uses low\u00adenergy fittings that should cut the hall's electricity bill by almost a third, "
    "and the control desk moves to a booth at the back of the seating.",
    "The pottery course is taught by Daniel Osei\u00adMarsh and one other potter, and all clay, glazes and "
    "firing costs are included in the fee for the ten\u00adweek course.",
]


def drawn_soft_hyphens():
    fonts()
    c = canvas.Canvas(os.path.join(SAMPLES, "pdf-drawn-soft-hyphens.pdf"), pagesize=A4, invariant=1,
                      pageCompression=1)
    size, lead, x0 = 10, 13, 70
    c.setFont("Sans-Bold", 18)
    c.drawString(x0, PAGE_H - 80, "Stage Works")
    y = PAGE_H - 108
    for text in SHY_TEXT:
        y = draw_lines(c, x0, y, wrap([(text, "Serif")], 420, size), size, lead) - 6
    c.showPage()
    c.save()


def article_beside_contacts():
    fonts()
    c = canvas.Canvas(os.path.join(SAMPLES, "pdf-article-beside-contacts.pdf"), pagesize=A4, invariant=1,
                      pageCompression=1)
    x0, x1 = 70, 390
    c.setFont("Sans-Bold", 17)
    c.drawString(x0, PAGE_H - 90, "Guides Wanted This Summer")
    c.setFont("Serif", 13)
    c.drawString(x0, PAGE_H - 110, "The mill opens every weekend")
    c.drawString(x0, PAGE_H - 127, "from Easter to October.")
    c.setFont("Serif", 8.5)
    c.drawString(x0, PAGE_H - 143, "By Rupert Example")
    body = ("No experience is needed. New guides spend two Saturdays shadowing an experienced volunteer and are "
            "given a short handbook that covers the history of the mill, the safety rules and the answers to the "
            "questions that children always ask. Most guides give one afternoon a month.")
    draw_lines(c, x0, PAGE_H - 162, wrap([(body, "Serif")], 290, 10), 10, 13)
    c.setFont("Sans-Bold", 12)
    c.drawString(x1, PAGE_H - 70, "Contact the Trust")
    rows = [("Site manager:", "Colin Ashdown"), ("Tel:", "0113 496 0581"), ("Email:", "mill@example-mill.org.uk"),
            ("Web:", "www.example-mill.org.uk")]
    for (label, value), y in zip(rows, (90, 110, 127, 143)):
        t = c.beginText(x1, PAGE_H - y)
        t.setFont("Serif-Bold", 10)
        t.textOut(label + " ")
        t.setFont("Serif", 10)
        t.textOut(value)
        c.drawText(t)
    c.showPage()
    c.save()


if __name__ == "__main__":
    bold_lead_ins()
    dogleg_article()
    drawn_soft_hyphens()
    article_beside_contacts()
