#!/usr/bin/env python3
"""Writes the samples in Samples/ for defects first seen on the held-out web and TeX newsletters
(Samples/holdout/web): one defect each, small and deterministic.

    python3 Samples/pdf/make_holdweb_samples.py          # rewrite them all

- pdf-soft-hyphens.pdf: a web page's hyphenation left soft hyphens (U+00AD) in the text layer, as
  Chromium prints them: invisible inside words ("vo\\u00adlun\\u00adteers"), and at a line end followed
  by the hyphen drawn for the break ("pa\\u00ad\\u2010" / "tiently").

- pdf-photo-in-column.pdf: two columns; a tall photo in the left column stands beside a wide
  space between two articles in the right one, so the page is blank right across at that
  height except for the photo: the left column reads whole, then the right.

- pdf-margin-side-headings.pdf: one column of body text with its side-headings in the LEFT
  margin (as LaTeX's \\reversemarginpar sets them), right-aligned, in a bold sans a little
  smaller than the body (9 pt beside 10 pt): each is a heading, read before the text beside it.

- pdf-straddle-heading.pdf: three columns, a heading across them half way down whose words reach
  over the first gutter only, three more columns under it, then six numbered boxes (3×2, numbered
  across the rows); a one-line running head over the first two columns. Read: the columns above
  left to right, the straddle, the columns below, the boxes 1–6.

- pdf-footnote-past-photo.pdf: one column; an article's first paragraph cites a footnote (*), then
  a caption and a photo interrupt the article, then two more paragraphs; the note at the page's
  foot goes after the article's last paragraph, before the next heading.

- pdf-stretched-heading.pdf: two justified columns whose headings wrap; the first line of each
  heading is two words stretched to the column's width ("Parking" at the left edge, "Scheme" at
  the right), which poppler reads as two lines: each heading reads whole, "Parking Scheme
  Consultation", in its place.

Needs reportlab, Pillow and the DejaVu fonts (fonts-dejavu-core). Deterministic (invariant=1).
Samples/pdf/EXPECTED.md gives each PDF's expected reading.
"""
import os
import re
import sys

import pyphen
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

HERE = os.path.dirname(os.path.abspath(__file__))
SAMPLES = os.path.dirname(HERE)
PAGE_W, PAGE_H = A4
MARGIN = 70
DEJAVU = "/usr/share/fonts/truetype/dejavu"
SHY = "\u00ad"


def new_canvas(name):
    return canvas.Canvas(os.path.join(SAMPLES, name), pagesize=A4, invariant=1, pageCompression=1)


def fonts():
    pdfmetrics.registerFont(TTFont("Serif", os.path.join(DEJAVU, "DejaVuSerif.ttf")))
    pdfmetrics.registerFont(TTFont("Sans-Bold", os.path.join(DEJAVU, "DejaVuSans-Bold.ttf")))


def shy_text(text):
    """Soft hyphens at the en-GB break points of words of seven letters or more."""
    hy = pyphen.Pyphen(lang="en_GB")
    return re.sub(r"[A-Za-z]{7,}", lambda m: hy.inserted(m.group(0), hyphen=SHY), text)


def draw_shy_line(c, x, y, line, font, size):
    """Draws `line`, its soft hyphens invisible and without advance (text render mode 3, Tz 0), so
    they are in the text layer only, as Chromium writes them."""
    t = c.beginText(x, y)
    t.setFont(font, size)
    for piece in re.split(f"({SHY})", line):
        if piece == SHY:
            t.setTextRenderMode(3); t.setHorizScale(0)
            t.textOut(piece)
            t.setTextRenderMode(0); t.setHorizScale(100)
        elif piece:
            t.textOut(piece)
    c.drawText(t)


def width(s, font, size):
    return pdfmetrics.stringWidth(s.replace(SHY, ""), font, size)


def wrap_shy(text, font, size, avail):
    """Greedy wrap that may break a word at a soft hyphen: the line then ends in the soft hyphen
    and a drawn hyphen U+2010, as Chromium does."""
    lines, cur = [], ""
    for word in text.split():
        trial = (cur + " " + word).strip()
        if width(trial, font, size) <= avail:
            cur = trial
            continue
        parts = word.split(SHY)
        done = False
        for k in range(len(parts) - 1, 0, -1):
            head = SHY.join(parts[:k]) + SHY + "\u2010"
            if width((cur + " " + head).strip(), font, size) <= avail:
                lines.append((cur + " " + head).strip())
                cur = SHY.join(parts[k:])
                done = True
                break
        if not done:
            lines.append(cur)
            cur = word
    if cur:
        lines.append(cur)
    return lines


SOFT_PARAS = [
    ("Pruning Day in February", [
        "Thirty-one volunteers turned out on a bitter Saturday in February to prune the old standard trees along "
        "the top hedge. Most of them had never held a pruning saw before, but by lunchtime the crossing branches "
        "had gone, the canker had been cut back to clean wood and the bonfire was the warmest place in the parish.",
        "Our thanks go to the two tree surgeons who gave their day for nothing and who patiently explained, more "
        "than once, why you always cut just outside the branch collar and never flush with the trunk.",
    ]),
    ("New Trees for the Lower Field", [
        "The lottery grant announced in the autumn has paid for twenty-four new trees, all grafted onto vigorous "
        "rootstocks so that they will one day make proper orchard standards. Planting them took three weekends, "
        "and the volunteers who dug the holes deserve particular thanks for their perseverance in heavy clay.",
    ]),
]


def soft_hyphens():
    c = new_canvas("pdf-soft-hyphens.pdf")
    c.setTitle("Soft hyphens")
    y = PAGE_H - MARGIN
    c.setFont("Sans-Bold", 22); c.drawString(MARGIN, y, "The Windfall"); y -= 34
    avail = 250
    for head, paras in SOFT_PARAS:
        c.setFont("Sans-Bold", 13); c.drawString(MARGIN, y, head); y -= 20
        for p in paras:
            for line in wrap_shy(shy_text(p), "Serif", 10.5, avail):
                draw_shy_line(c, MARGIN, y, line, "Serif", 10.5)
                y -= 14
            y -= 6
        y -= 8
    c.showPage(); c.save()


def photo_in_column():
    sys.path.insert(0, HERE)
    import make_samples as ms
    from make_captions_samples import picture, CAPTION
    path = os.path.join(SAMPLES, "pdf-photo-in-column.pdf")
    c = ms.new_canvas(path)
    top = ms.masthead(c, "The Eyepiece", "Eastholme Astronomical Society  |  Spring 2026")
    left, right = ms.columns(2, top, 790)
    flow = ms.Flow(c, [left])
    flow.heading("From the Chair")
    flow.paragraph(
        "The new observatory dome on the school playing field is finally watertight. It has taken three years, "
        "two planning applications and a great many cake stalls, but on clear Friday nights members can now set "
        "up the big reflector in ten minutes instead of an hour.")
    flow.y += ms.PARA_GAP
    for line in ms.wrap("The new dome on the school playing field, photographed at dusk.", CAPTION, left[2]):
        flow.line(line, CAPTION)
    height = 190
    c.drawImage(picture(2), left[0], ms.PAGE_H - flow.y - 4 - height, left[2], height)
    flow.y += 4 + height
    flow.paragraph(
        "We have also been lucky with the weather. The autumn open evening drew more than two hundred visitors, "
        "and for once the clouds parted just as the queue for the telescopes reached the car park. Several "
        "families joined on the spot, and the junior section has doubled in size since October.")
    flow.paragraph(
        "None of this happens by itself. The society is run by a handful of volunteers who also have jobs, "
        "children and cold hands, and we need more of you to share the load on open evenings.")
    flow = ms.Flow(c, [right])
    flow.heading("Light Pollution Survey")
    flow.paragraph(
        "Last winter forty members measured the darkness of the sky from their gardens with a simple meter lent "
        "by the society. The results show a clear glow to the north-east over the retail park, and a much darker "
        "sky over the reservoir than any of us expected.")
    flow.y += 40  # the space before a new section, across from the photo
    flow.heading("Beginners' Evenings")
    flow.paragraph(
        "Beginners' evenings are held on the second Tuesday of the month in the school library. Each begins with "
        "a short talk on a single object, followed by practical help with binoculars and small telescopes.")
    flow.paragraph(
        "The meetings are free for members and cost two pounds for visitors, which goes towards the tea.")
    c.showPage()
    c.save()


MARGIN_ARTICLES = [
    ("A Record Year for the Food Bank",
     "Members of the society gave more than a tonne of fresh vegetables to the town food bank last year, most of "
     "it potatoes, onions and the usual glut of courgettes in August. The coordinator has asked us to pass on her "
     "thanks, and to say that fresh food is the thing they are always shortest of."),
    ("Water Troughs and Hosepipes",
     "The water company has raised its charges again, and the committee has reluctantly agreed to add four pounds "
     "to each plot's rent from next year. Hosepipes may be used only to fill water butts, never to water beds."),
    ("Plots to Let",
     "Three plots are vacant this spring. Newcomers are usually offered a half plot for their first year, which "
     "is plenty for a beginner; ask the site representative for a tour first."),
    ("Seed Swap and Annual Meeting",
     "The seed swap will be held in the scout hut on the first Saturday in March, with the annual meeting straight "
     "afterwards. Bring any saved seed in labelled envelopes; we will supply the tea and the biscuits."),
]


def margin_side_headings():
    sys.path.insert(0, HERE)
    import make_samples as ms
    path = os.path.join(SAMPLES, "pdf-margin-side-headings.pdf")
    c = ms.new_canvas(path)
    top = ms.masthead(c, "The Potting Shed", "Thornbury Allotment Society  |  April 2026")
    body_x, body_w, head_right = 190, PAGE_W - 190 - ms.MARGIN, 175
    flow = ms.Flow(c, [(body_x, top, body_w, 790)])
    head_font = ("Helvetica-Bold", 9.0, 11.0)
    for head, text in MARGIN_ARTICLES:
        if flow.y != top:
            flow.y += 2 * ms.PARA_GAP
        # The heading's first baseline is the first body line's: a margin note set beside it.
        baseline = ms.PAGE_H - (flow.y + ms.BODY[2]) + ms.BODY[2] * 0.25
        for k, line in enumerate(ms.wrap(head, head_font, 110)):
            c.setFont(head_font[0], head_font[1])
            c.drawRightString(head_right, baseline - k * head_font[2], line)
        flow.paragraph(text, gap=False)
    c.showPage()
    c.save()


STRADDLE_ABOVE = (
    "Forty bags of rubbish, two shopping trolleys and a bicycle wheel were pulled out of the creek during "
    "the March clean-up. The borough collected the lot the following Monday, as promised, and the creek has "
    "stayed clear since. There have been three thefts from sheds since Christmas. Please lock yours, mark "
    "your tools and report anything suspicious on the non-emergency number rather than on social media. The "
    "police say that marked tools are far less likely to be stolen and far more likely to come home.")
STRADDLE_BELOW = (
    "The new benches on the green were paid for by last year's quiz nights. A small plaque on each one thanks "
    "the quiz teams, including the one that came last every single month and still turned up for the next.")
STRADDLE_BOXES = [
    ("Draught-proof the doors", "Brush strips on the letterbox cost very little."),
    ("Turn the boiler down", "Sixty degrees heats most radiators well."),
    ("Curtains at dusk", "Thick curtains keep the warmth in at night."),
    ("Bleed the radiators", "A radiator cold at the top has air in it."),
    ("Check your tariff", "Look at your tariff twice a year."),
    ("Ask for a survey", "The borough's free survey can suggest grants."),
]


def straddle_heading():
    sys.path.insert(0, HERE)
    import make_samples as ms
    path = os.path.join(SAMPLES, "pdf-straddle-heading.pdf")
    c = ms.new_canvas(path)
    c.setFont("Helvetica", 7.5)
    c.drawString(ms.MARGIN, PAGE_H - 30, "Saltmarsh Lane Residents' Association · Newsletter")
    top = 50
    cols = ms.columns(3, top, 150)
    flow = ms.Flow(c, cols)
    flow.heading("Spring Clean")
    flow.paragraph(STRADDLE_ABOVE)
    y = 150 + 24
    c.setFont("Helvetica-Bold", 15)
    c.drawString(ms.MARGIN, PAGE_H - y, "News from Around the Lane")
    flow = ms.Flow(c, ms.columns(3, y + 10, y + 10 + 5 * ms.BODY[2]))
    flow.heading("The Green")
    flow.paragraph(STRADDLE_BELOW)
    y = y + 10 + 5 * ms.BODY[2] + 30
    c.setFont("Helvetica-Bold", 15)
    c.drawString(ms.MARGIN, PAGE_H - y, "Six Ways to Cut Your Bills")
    y += 14
    for i, (head, text) in enumerate(STRADDLE_BOXES):
        x0, _, w, _ = cols[i % 3]
        by = y + (i // 3) * 70
        c.rect(x0, PAGE_H - by - 60, w, 60)
        c.setFont("Helvetica-Bold", 17); c.drawString(x0 + 5, PAGE_H - by - 20, str(i + 1))
        bf = ms.Flow(c, [(x0 + 26, by + 2, w - 32, by + 58)])
        bf.heading(head, font=("Helvetica-Bold", 9.5, 12.0))
        bf.paragraph(text, font=("Helvetica", 8.5, 10.5), gap=False)
    c.showPage()
    c.save()


def footnote_past_photo():
    sys.path.insert(0, HERE)
    import make_samples as ms
    from make_captions_samples import picture, CAPTION
    path = os.path.join(SAMPLES, "pdf-footnote-past-photo.pdf")
    c = ms.new_canvas(path)
    top = ms.masthead(c, "The Eyepiece", "Eastholme Astronomical Society  |  Spring 2026")
    frame = (ms.MARGIN, top, 300, 790)
    flow = ms.Flow(c, [frame])
    flow.heading("From the Chair")
    flow.paragraph(
        "The new observatory dome on the school playing field is finally watertight, and on clear Friday "
        "nights members can now set up the big reflector in ten minutes instead of an hour.*")
    flow.y += ms.PARA_GAP
    for line in ms.wrap("The new dome on the school playing field, photographed at dusk.", CAPTION, frame[2]):
        flow.line(line, CAPTION)
    c.drawImage(picture(1), frame[0], ms.PAGE_H - flow.y - 4 - 120, 200, 120)
    flow.y += 4 + 120
    flow.paragraph(
        "We have also been lucky with the weather. The autumn open evening drew more than two hundred "
        "visitors, and for once the clouds parted just as the queue reached the car park.")
    flow.paragraph(
        "None of this happens by itself. The society is run by a handful of volunteers, and we need more "
        "of you to share the load on open evenings.")
    flow.heading("Beginners' Evenings")
    flow.paragraph(
        "Beginners' evenings are held on the second Tuesday of the month in the school library, with "
        "practical help with binoculars and small telescopes.")
    c.setLineWidth(0.5)
    c.line(ms.MARGIN, ms.PAGE_H - 760, ms.MARGIN + 100, ms.PAGE_H - 760)
    c.setFont("Times-Roman", 8)
    c.drawString(ms.MARGIN, ms.PAGE_H - 772, "* The reflector is the twelve-inch telescope bought with a founder member's legacy.")
    c.showPage()
    c.save()


def stretched_heading():
    sys.path.insert(0, HERE)
    import make_samples as ms
    path = os.path.join(SAMPLES, "pdf-stretched-heading.pdf")
    c = ms.new_canvas(path)
    top = ms.masthead(c, "The Lane Letter", "Saltmarsh Lane Residents' Association  |  May 2026")
    cols = ms.columns(2, top, 790)
    arts = [
        (("Parking", "Scheme", "Consultation"),
         "The borough has finally published its proposals for residents' parking on the streets between the "
         "station and the harbour. Permits would cost forty pounds a year for the first car, and visitors would "
         "be able to park for two hours without one. The committee has asked for a public meeting."),
        (("Flood", "Wardens", "Needed"),
         "After last winter's tidal surge reached the bottom of Quay Steps, the borough wants each street near "
         "the river to have two trained flood wardens. The training takes a single evening and covers how to "
         "read the warnings and where the sandbag stores are."),
    ]
    font = ("Helvetica-Bold", 13.0, 16.0)
    for (x, y0, w, bottom), ((first, second, third), text) in zip(cols, arts):
        c.setFont(font[0], font[1])
        c.drawString(x, ms.PAGE_H - y0 - 13, first)
        c.drawRightString(x + w, ms.PAGE_H - y0 - 13, second)
        c.drawString(x, ms.PAGE_H - y0 - 13 - font[2], third)
        flow = ms.Flow(c, [(x, y0 + 2 * font[2] + 4, w, bottom)], justify=True)
        flow.paragraph(text, gap=False)
    c.showPage()
    c.save()


SAMPLES_BY_NAME = {"pdf-stretched-heading.pdf": stretched_heading, "pdf-footnote-past-photo.pdf": footnote_past_photo, "pdf-straddle-heading.pdf": straddle_heading, "pdf-margin-side-headings.pdf": margin_side_headings, "pdf-soft-hyphens.pdf": soft_hyphens, "pdf-photo-in-column.pdf": photo_in_column}

if __name__ == "__main__":
    fonts()
    for name in sys.argv[1:] or SAMPLES_BY_NAME:
        SAMPLES_BY_NAME[name]()
        print("wrote", name)
