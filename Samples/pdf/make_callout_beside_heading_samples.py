#!/usr/bin/env python3
"""Writes a sample PDF for a callout's title set level with a section heading.

    python3 Samples/pdf/make_callout_beside_heading_samples.py

- Samples/pdf-callout-beside-heading.pdf: an A5 report page in the manner of a Chromium print: a
  12 pt bold section heading ending in "Us" ("What Residents Told Us") with a boxed callout floated
  right beside it, its 10 pt bold title ("At a Glance") on nearly the same row 2.4 ems away, and a
  10.5 pt bold subheading ("Younger children") under it. The three stay three headings (before,
  the ending "Us" made the heading and the subheading one). The near misses (pieces of one spread-out heading in its own size, a heading
  wrapped below after a function word) are unit tests: Tests/GalleyKitTests/HeadingBesideHeadingTests.swift.

Needs reportlab (pip install reportlab). Deterministic: invariant=1.
"""
import os

from reportlab.lib.pagesizes import A5
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen import canvas

HERE = os.path.dirname(os.path.abspath(__file__))
SAMPLES = os.path.dirname(HERE)
PAGE_W, PAGE_H = A5
MARGIN = 40
BOX_X = 222
BOX_W = PAGE_W - MARGIN - BOX_X
BODY = ("Times-Roman", 10.0, 13.0)


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


def text(c, x, y, width, words, font=BODY):
    name, size, leading = font
    c.setFont(name, size)
    for line in wrap(words, width, name, size):
        c.drawString(x, PAGE_H - y - size, line)
        y += leading
    return y + 6


def main():
    path = os.path.join(SAMPLES, "pdf-callout-beside-heading.pdf")
    c = canvas.Canvas(path, pagesize=A5, invariant=1, pageCompression=1)
    c.setAuthor("Galley samples")
    c.setTitle(os.path.basename(path))
    c.setFont("Helvetica-Bold", 15)
    c.drawString(MARGIN, PAGE_H - 60, "Why We Reviewed the Play Areas")
    y = text(c, MARGIN, 72, PAGE_W - 2 * MARGIN,
             "The parish council looks after four play areas. Over the winter we asked residents, the school "
             "and the playgroup what they thought of them, and what they would change if they could.")
    y += 8
    # The section heading and, level with it, the callout's title in its box.
    c.setFont("Helvetica-Bold", 12)
    c.drawString(MARGIN, PAGE_H - y - 12, "What Residents Told Us")
    c.setLineWidth(0.8)
    c.rect(BOX_X - 6, PAGE_H - y - 92, BOX_W + 6, 92 + 2, stroke=1, fill=0)
    c.setFont("Helvetica-Bold", 10)
    c.drawString(BOX_X, PAGE_H - y - 13, "At a Glance")
    text(c, BOX_X, y + 18, BOX_W - 6,
         "Four play areas, 312 survey replies and £86,000 to spend over three years on new equipment.",
         font=("Helvetica", 9.0, 11.0))
    c.setFont("Helvetica-Bold", 10.5)
    c.drawString(MARGIN, PAGE_H - y - 34, "Younger children")
    y = text(c, MARGIN, y + 40, BOX_X - MARGIN - 16,
             "Parents of young children asked above all for shade and for seats where they can watch their "
             "children play. Older children wanted somewhere to meet that is not a playground at all, with "
             "a shelter and seats of its own.")
    c.showPage()
    c.save()
    print("wrote", path)


if __name__ == "__main__":
    main()
