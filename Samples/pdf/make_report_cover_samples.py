#!/usr/bin/env python3
"""Writes a sample PDF for the organisation line over a report's title on its cover.

    python3 Samples/pdf/make_report_cover_samples.py

- Samples/pdf-report-cover.pdf: a cover page in the manner of a Chromium-printed report: the
  organisation's name in 13 pt sans over the 30 pt bold title, an 11 pt italic line under it, and
  nothing else; then a page of text with its headings. The organisation line is set larger than the
  cover's other text, but it is no heading: it becomes a paragraph of the title's section, read after
  the title. The near misses (a heading with text under it, a line close to the title's size, a line
  under the title, a later page) are unit tests: Tests/GalleyKitTests/TitleOverlineTests.swift.

Needs reportlab (pip install reportlab). Deterministic: invariant=1.
"""
import os

from reportlab.lib.pagesizes import A4
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen import canvas

HERE = os.path.dirname(os.path.abspath(__file__))
SAMPLES = os.path.dirname(HERE)
PAGE_W, PAGE_H = A4
MARGIN = 51
BODY = ("Times-Roman", 10.5, 13.0)

TEXT = [
    ("head", "A Word from the Chair"),
    ("text", "This has been the co-operative's busiest year since it was founded. The new solar array on the roof "
     "of the village school was switched on in September, and the hydro scheme on the mill leat ran for all "
     "but three weeks of the year, when the river was too low."),
    ("text", "None of this would have happened without the members who turned out for the work days, and the "
     "directors who gave up their evenings to the paperwork."),
    ("head", "Generation and Savings"),
    ("text", "Between them, the arrays and the turbine made more electricity than in any year before, and the "
     "savings to the school and the village hall paid for a new boiler at the hall."),
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


def main():
    path = os.path.join(SAMPLES, "pdf-report-cover.pdf")
    c = canvas.Canvas(path, pagesize=A4, invariant=1, pageCompression=1)
    c.setAuthor("Galley samples")
    c.setTitle(os.path.basename(path))
    # The cover: organisation line, title, date line; nothing else.
    c.setFont("Helvetica", 13)
    c.drawString(MARGIN, PAGE_H - 218, "Millbrook Community Energy Co-operative")
    c.setFont("Helvetica-Bold", 30)
    c.drawString(MARGIN, PAGE_H - 260, "Annual Review 2025–26")
    c.setFont("Times-Italic", 11)
    c.drawString(MARGIN, PAGE_H - 289, "Published June 2026 for the annual general meeting")
    c.showPage()
    y = 70
    for kind, text in TEXT:
        if kind == "head":
            y += 8
            c.setFont("Helvetica-Bold", 15)
            c.drawString(MARGIN, PAGE_H - y - 15, text)
            y += 24
            continue
        name, size, leading = BODY
        c.setFont(name, size)
        for line in wrap(text, PAGE_W - 2 * MARGIN, name, size):
            c.drawString(MARGIN, PAGE_H - y - size, line)
            y += leading
        y += 6
    c.showPage()
    c.save()
    print("wrote", path)


if __name__ == "__main__":
    main()
