#!/usr/bin/env python3
"""Writes the samples in Samples/ for defects first seen on the held-out modern-typesetter
newsletters (Samples/holdout/modern: WeasyPrint and Typst): one defect each, small and deterministic.

    python3 Samples/pdf/make_hold5_samples.py          # rewrite them all

- pdf-unicode-hyphen.pdf: one column of 10 pt DejaVu Serif set as WeasyPrint sets `hyphens: auto`:
  words broken at a line end carry U+2010 HYPHEN, not the hyphen-minus ("hun‐" / "dred"), one of
  them a compound broken at its own hyphen ("self‐" / "harm"); a hyphen inside a line
  ("large-print") stays. The breaks are closed up, the compound keeps its hyphen.

Needs reportlab and the DejaVu fonts (fonts-dejavu-core). Deterministic (invariant=1).
"""
import os

from reportlab.lib.pagesizes import A5
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

HERE = os.path.dirname(os.path.abspath(__file__))
SAMPLES = os.path.dirname(HERE)
FONTS = "/usr/share/fonts/truetype/dejavu"
H = "\u2010"


def fonts():
    pdfmetrics.registerFont(TTFont("DejaVuSerif", f"{FONTS}/DejaVuSerif.ttf"))
    pdfmetrics.registerFont(TTFont("DejaVuSans-Bold", f"{FONTS}/DejaVuSans-Bold.ttf"))


def unicode_hyphen():
    c = canvas.Canvas(os.path.join(SAMPLES, "pdf-unicode-hyphen.pdf"), pagesize=A5, invariant=1, pageCompression=1)
    _, height = A5
    y = height - 60
    c.setFont("DejaVuSans-Bold", 16)
    c.drawString(42, y, "The Reading Room")
    y -= 30
    paragraphs = [
        ("Library Hours", [
            "From November the library opens late twice a",
            "week, and the new large-print shelves have three hun" + H,
            "dred more titles. The parish registers are now on mi" + H,
            "crofilm, and the reader has been mended at last.",
        ]),
        ("Talks This Winter", [
            "The first talk is on the history of the mill, and the",
            "second, on the library's own collection of photo" + H,
            "graphs, includes a short session on self" + H,
            "harm and reading for wellbeing by a local nurse.",
        ]),
    ]
    for head, lines in paragraphs:
        c.setFont("DejaVuSans-Bold", 12)
        c.drawString(42, y, head)
        y -= 18
        c.setFont("DejaVuSerif", 10)
        for line in lines:
            c.drawString(42, y, line)
            y -= 13.5
        y -= 12
    c.showPage()
    c.save()


if __name__ == "__main__":
    fonts()
    unicode_hyphen()
