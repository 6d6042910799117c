#!/usr/bin/env python3
"""Writes the sample PDF for photo captions: two photos set in a column of prose, each with an
italic caption under it, one of whose last line is drawn over the photo's lower edge.

    python3 Samples/pdf/make_captions_samples.py      # rewrite Samples/pdf-photo-caption.pdf

Needs reportlab and Pillow; deterministic (invariant=1, the pictures drawn from fixed shapes), like
make_samples.py, whose typesetting it borrows. Samples/pdf/EXPECTED.md gives the reading order.
"""
import io
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import make_samples as ms  # noqa: E402  (the shared typesetting: wrap, Flow, masthead, fonts)
from PIL import Image, ImageDraw  # noqa: E402
from reportlab.lib.utils import ImageReader  # noqa: E402

SAMPLES = ms.SAMPLES
PAGE_W, PAGE_H = ms.PAGE_W, ms.PAGE_H
MARGIN = ms.MARGIN
CAPTION = ("Times-Italic", 7.5, 9.5)


def picture(seed):
    """A small raster 'photograph': sky, a hill and a sun, coloured by `seed`."""
    img = Image.new("RGB", (240, 140), (170, 200 - seed * 20, 230))
    draw = ImageDraw.Draw(img)
    draw.rectangle([0, 80, 240, 140], fill=(90 + seed * 30, 140, 80))
    draw.ellipse([20 + seed * 60, 50, 140 + seed * 60, 130], fill=(70, 110 + seed * 20, 60))
    draw.ellipse([180, 12, 214, 46], fill=(250, 220, 120))
    buffer = io.BytesIO()
    img.save(buffer, format="PNG")
    buffer.seek(0)
    return ImageReader(buffer)


def photo(c, flow, seed, caption, over_edge=False):
    """Draws a photo 240 x 140 pt at the flow's left edge, then its caption under it. With
    `over_edge` the photo reaches down under the caption's last line, which lies inside its area
    while the first line, wider than the photo, does not."""
    x = flow.frame[0]
    top = flow.y + ms.PARA_GAP
    lines = ms.wrap(caption, CAPTION, 300 if over_edge else 240)
    height = 140
    if over_edge:
        # The picture's lower edge falls just under the caption's last line.
        height = 140 + 3 + CAPTION[2] * len(lines) + 2
    c.drawImage(picture(seed), x, PAGE_H - top - height, 240, height)
    flow.y = top + 140 + 3
    for line in lines:
        flow.line(line, CAPTION)


def photo_caption(path):
    c = ms.new_canvas(path)
    top = ms.masthead(c, "Millbrook Allotment Society", "News from the plots  |  Summer 2025")
    flow = ms.Flow(c, [(MARGIN, top, PAGE_W - 2 * MARGIN, 790)])
    flow.heading("Open Garden Day")
    flow.paragraph(
        "More than two hundred visitors came through the gates for our open garden day, the most we have "
        "ever welcomed. The tea tent sold out of scones by three o'clock, and the seed swap table was so busy "
        "that we have promised to hold a second one in the autumn.")
    photo(c, flow, 0, "Members show visitors the new herb border planted beside the pond this spring.")
    flow.paragraph(
        "Thank you to everybody who baked, carried tables or stood at the gate with a collecting tin. Between "
        "us we raised enough to replace the rotten boards of the old shed and to buy two new water butts.")
    flow.heading("Young Growers")
    flow.paragraph(
        "The children's plot has produced its first crop of potatoes, dug up on a wet Saturday by eleven "
        "muddy and delighted young growers and weighed on the society's old brass scales.")
    photo(c, flow, 1, "The young growers with their harvest of potatoes, beans and three enormous marrows from the "
          "children's plot.", over_edge=True)
    flow.paragraph(
        "The plot is looked after by families who share the work on a rota. There is room for two more "
        "families next season; please ask at the hut on any Sunday morning.")
    c.showPage()
    c.save()


def main():
    photo_caption(os.path.join(SAMPLES, "pdf-photo-caption.pdf"))


if __name__ == "__main__":
    main()
