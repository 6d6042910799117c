#!/usr/bin/env python3
"""Writes a sample PDF for section numbers set apart from their headings.

    python3 Samples/pdf/make_section_number_samples.py

- Samples/pdf-section-numbers.pdf: a two-column report page in the manner of LaTeX: numbered
  section and subsection headings whose number is drawn as a box of its own an em quad before the
  title. At the head of the right column, level with the left column's first heading, the reader
  cuts "2.2" off "Banks and Hedges"; Galley joins it back. The near misses (a number in body type,
  one in another size, one too far away or off the baseline) are unit tests:
  Tests/GalleyKitTests/SectionNumberHeadingTests.swift.

Needs reportlab (pip install reportlab). Deterministic: invariant=1.
"""
import os

from reportlab.lib.pagesizes import A4
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen import canvas

HERE = os.path.dirname(os.path.abspath(__file__))
SAMPLES = os.path.dirname(HERE)
PAGE_W, PAGE_H = A4
MARGIN = 62
GUTTER = 10
COLUMN = (PAGE_W - 2 * MARGIN - GUTTER) / 2
BODY = ("Times-Roman", 10.0, 12.0)
SECTION = ("Times-Bold", 14.4)
SUBSECTION = ("Times-Bold", 12.0)

LEFT = [
    ("section", "1", "Introduction"),
    ("text", "Each spring the society's volunteers walk the whole of the towpath between the basin and the "
     "summit lock, noting the state of the surface, the banks, the hedges and the structures along the way. "
     "This report sets out what they found and suggests where the small repairs budget should go."),
    ("subsection", "1.1", "How the Survey Was Done"),
    ("text", "The towpath was divided into forty sections, each ending at a bridge, lock or milepost. For every "
     "section the surveyors scored the surface, the edge of the bank and the vegetation from one to five."),
    ("section", "2", "Findings"),
    ("subsection", "2.1", "Surface and Drainage"),
    ("text", "The surface is in better condition than last year along most of the canal, thanks largely to the "
     "resurfacing near the basin. The worst sections remain the two miles below the summit, where the path "
     "floods after heavy rain and cyclists have worn deep ruts into the soft ground."),
]
RIGHT = [
    ("subsection", "2.2", "Banks and Hedges"),
    ("text", "Bank erosion is worst on the outside of the bends, where passing boats push water against the "
     "edge. At three places the bank has fallen away close enough to the path to be a hazard."),
    ("text", "The hedges along the offside are in good health, and the laying done two years ago has thickened well."),
    ("subsection", "3", "Work Parties"),
    ("text", "Work parties meet on the first Saturday of each month at the basin; tools and tea are provided."),
]


def wrap(text, width, font, size):
    lines, current = [], ""
    for word in text.split():
        candidate = (current + " " + word) if current else word
        if stringWidth(candidate, font, size) <= width:
            current = candidate
        else:
            lines.append(current)
            current = word
    if current:
        lines.append(current)
    return lines


def column(c, x, items):
    y = MARGIN
    for kind, *rest in items:
        if kind in ("section", "subsection"):
            number, title = rest
            font, size = SECTION if kind == "section" else SUBSECTION
            y += size * 0.8 if y > MARGIN else 0
            base = PAGE_H - y - size
            # The number in its own box, an em quad before the title.
            c.setFont(font, size)
            c.drawString(x, base, number)
            c.drawString(x + stringWidth(number, font, size) + size, base, title)
            y += size * 1.6
        else:
            name, size, leading = BODY
            c.setFont(name, size)
            for line in wrap(rest[0], COLUMN, name, size):
                c.drawString(x, PAGE_H - y - size, line)
                y += leading
            y += 6


def main():
    path = os.path.join(SAMPLES, "pdf-section-numbers.pdf")
    c = canvas.Canvas(path, pagesize=A4, invariant=1, pageCompression=1)
    c.setAuthor("Galley samples")
    c.setTitle(os.path.basename(path))
    column(c, MARGIN, LEFT)
    column(c, MARGIN + COLUMN + GUTTER, RIGHT)
    c.showPage()
    c.save()
    print("wrote", path)


if __name__ == "__main__":
    main()
