#!/usr/bin/env python3
"""Writes the sample PDFs for the defect classes the tagged held-out reports showed (issue #10).

    python3 Samples/pdf/make_known_samples.py

- Samples/pdf-callout-at-article-head.pdf: an A4 page of two articles in one serif column. The
  first article's second heading has a boxed sans callout floated right of it, its title level
  with the heading: the callout reads where it stands, before that heading. The second article's
  callout starts three lines down, beside the text (a near miss): it reads after its article.
- Samples/pdf-contents-numbers-apart.pdf: a report's contents page in the manner of LaTeX: each
  entry's dot leader stops well short of its page number, set flush right in a box of its own, so
  the reader cuts every entry line in two. The entries are read with their numbers and the
  contents go (recorded); two pages of sections follow.
- Samples/pdf-note-above-photo.pdf: a web page printed by a browser: a paragraph citing a note with a
  raised "²", the note in small type right under it, then a photo with its italic caption. The note
  sits above the photo and is taken for its caption; opening with the cited marker, it is a note, its
  marker dropped, and the caption under the photo stays a caption.
- Samples/pdf-unmarked-list.pdf: a browser-printed page whose bulleted list has its bullets drawn as
  filled circles, not glyphs: the indented lines under a lead-in ending in a colon are a list, one item
  a line unless a line runs on to the measure (a wrapped item). The near miss, an indented quotation
  under "wrote:", its lines wrapped at its own right margin, stays a paragraph.
- Samples/pdf-slide-small-heading.pdf: a 16:9 slide in the manner of Impress: a 32 pt bold title, an
  18 pt line and four bold 18 pt date lines (so the slide's body size is 18 and mostly bold), then a
  bold 16 pt title over two lines of plain 16 pt text. The small title is a heading of the text under it.
- Samples/pdf-caption-beside-photo.pdf: a magazine page in the manner of Scribus: a headline and byline
  over a photo with its italic caption set beside it, level with the photo's foot, in the space the
  second column takes up under the photo. The caption reads where the photo stands, before the
  text under it, not at the head of the second column.
- Samples/pdf-cover-overline-paragraph.pdf: a report's cover in the manner of LaTeX's title page: an
  organisation line with a comma (14 pt sans, no heading by its shape) over the 30 pt bold title and a
  12 pt oblique date line, then a page of text. The organisation line reads after the title, as a
  heading over the title would.
- Samples/pdf-slide-list-title.pdf: a 16:9 slide with plain 16 pt text on the left and, in a box of its
  own on the right, a bold 16 pt title over four bold 16 pt "Role — Name" lines in the same style: the
  title is a heading over the list of entries, not its first entry.

Needs reportlab (pip install reportlab). Deterministic: invariant=1.
"""
import io
import os

from PIL import Image, ImageDraw
from reportlab.lib.utils import ImageReader
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen import canvas

HERE = os.path.dirname(os.path.abspath(__file__))
SAMPLES = os.path.dirname(HERE)
PAGE_W, PAGE_H = A4
MARGIN = 50
BODY = ("Times-Roman", 10.0, 13.0)
CALLOUT = ("Helvetica", 9.0, 11.0)


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
    """Sets `words` from top `y` down (y measured from the page's top); returns the y under them."""
    name, size, leading = font
    c.setFont(name, size)
    for line in wrap(words, width, name, size):
        c.drawString(x, PAGE_H - y - size, line)
        y += leading
    return y + 6


def heading(c, x, y, words, size):
    c.setFont("Helvetica-Bold", size)
    c.drawString(x, PAGE_H - y - size, words)
    return y + size + 8


def callout(c, x, y, width, title, words):
    """A boxed callout: a bold title over sans text, its top at `y`; returns its bottom."""
    c.setFont("Helvetica-Bold", 10)
    c.drawString(x, PAGE_H - y - 10, title)
    bottom = text(c, x, y + 15, width, words, font=CALLOUT)
    c.setLineWidth(0.8)
    c.rect(x - 6, PAGE_H - bottom, width + 12, bottom - y + 4, stroke=1, fill=0)
    return bottom


def callout_at_article_head():
    path = os.path.join(SAMPLES, "pdf-callout-at-article-head.pdf")
    c = canvas.Canvas(path, pagesize=A4, invariant=1, pageCompression=1)
    c.setAuthor("Galley samples")
    c.setTitle(os.path.basename(path))
    full = PAGE_W - 2 * MARGIN
    box_x = MARGIN + 300
    box_w = PAGE_W - MARGIN - box_x
    narrow = box_x - MARGIN - 20
    y = heading(c, MARGIN, 50, "Why the Orchard Was Surveyed", 15)
    y = text(c, MARGIN, y, full,
             "The village keeps two orchards on the old glebe land, and the oldest trees there were planted "
             "before the war. Last autumn the trust asked its members to count and tag every tree before "
             "the winter pruning began.")
    y += 8
    # The callout's title level with the section heading.
    callout(c, box_x, y + 1, box_w, "In Brief",
            "Two orchards, 164 trees tagged, eleven new saplings planted, and grafting classes booked for "
            "March, with the first pressing of juice planned for the autumn fair.")
    y = heading(c, MARGIN, y, "What the Count Showed", 12)
    y = heading(c, MARGIN, y, "Apple trees", 10.5)
    y = text(c, MARGIN, y, narrow,
             "Most of the apple trees are healthy, though a dozen of the oldest have canker in their lower "
             "branches and will need careful pruning over the next two winters. The cider varieties have "
             "done best of all.")
    y = heading(c, MARGIN, y + 6, "Pear trees", 10.5)
    y = text(c, MARGIN, y, full,
             "The pears are fewer and older, and two of them have split in the storms. Members agreed to "
             "prop the largest with oak posts rather than fell it.")
    y += 14
    # The near miss: a callout starting beside the article's third line, not its heading.
    top = y
    y = heading(c, MARGIN, y, "Grafting Classes", 15)
    callout(c, box_x, y + 3 * 13, box_w, "Booking",
            "Places are limited to twelve a class and cost five pounds.")
    y = text(c, MARGIN, y, narrow,
             "The trust will run three grafting classes in March for members who want to raise new trees "
             "from the old varieties. Each class takes a morning, and every member goes home with two grafted "
             "rootstocks of their own to plant out in the autumn, or to give to the new community orchard "
             "at the school.")
    y = heading(c, MARGIN, y + 14, "Pruning Days", 15)
    text(c, MARGIN, y, full,
         "Pruning days run on the first Saturday of each month until April. Bring gloves and a flask; the "
         "trust lends saws and loppers.")
    c.showPage()
    c.save()
    print("wrote", path)


def contents_numbers_apart():
    path = os.path.join(SAMPLES, "pdf-contents-numbers-apart.pdf")
    c = canvas.Canvas(path, pagesize=A4, invariant=1, pageCompression=1)
    c.setAuthor("Galley samples")
    c.setTitle(os.path.basename(path))
    sections = [
        ("1", "Background", 2, "The village hall was built in 1924 by subscription, and its roof was last "
         "replaced after the storms of 1987. The committee asked a surveyor to look at the whole building "
         "this winter before deciding what to repair first."),
        ("2", "Condition of the Roof", 2, "The slates are sound on the south side, but the north slope has "
         "lost forty slates and the valley gutter leaks into the kitchen whenever it rains hard."),
        ("3", "Next Steps", 3, "The committee will ask three roofers for quotes in April and apply to the "
         "county's community fund for half the cost. Members can help by sorting the loft in May."),
    ]
    heading(c, MARGIN, 60, "Contents", 14)
    y = 90
    right = PAGE_W - MARGIN
    for number, title, page, _ in sections:
        c.setFont("Times-Bold", 10)
        c.drawString(MARGIN, PAGE_H - y - 10, number)
        c.drawString(MARGIN + 22, PAGE_H - y - 10, title)
        c.setFont("Times-Roman", 10)
        x = MARGIN + 22 + stringWidth(title, "Times-Bold", 10) + 8
        while x < right - 40:
            c.drawString(x, PAGE_H - y - 10, ".")
            x += 7.5
        c.setFont("Times-Bold", 10)
        c.drawRightString(right, PAGE_H - y - 10, str(page))
        y += 16
    c.showPage()
    current = 2
    y = 60
    for number, title, page, words in sections:
        if page != current:
            c.showPage()
            current = page
            y = 60
        c.setFont("Times-Bold", 14)
        c.drawString(MARGIN, PAGE_H - y - 14, number)
        c.drawString(MARGIN + 22, PAGE_H - y - 14, title)
        y = text(c, MARGIN, y + 24, PAGE_W - 2 * MARGIN, words) + 10
    c.showPage()
    c.save()
    print("wrote", path)


def picture():
    """A small raster 'photograph': sky, a hill and a sun."""
    img = Image.new("RGB", (240, 140), (170, 200, 230))
    draw = ImageDraw.Draw(img)
    draw.rectangle([0, 80, 240, 140], fill=(90, 140, 80))
    draw.ellipse([180, 12, 214, 46], fill=(250, 220, 120))
    buffer = io.BytesIO()
    img.save(buffer, format="PNG")
    buffer.seek(0)
    return ImageReader(buffer)


def note_above_photo():
    path = os.path.join(SAMPLES, "pdf-note-above-photo.pdf")
    c = canvas.Canvas(path, pagesize=A4, invariant=1, pageCompression=1)
    c.setAuthor("Galley samples")
    c.setTitle(os.path.basename(path))
    full = PAGE_W - 2 * MARGIN
    y = heading(c, MARGIN, 50, "The Community Garden", 15)
    y = text(c, MARGIN, y, full,
             "The allotment society has taken over the old nursery beside the station, and members spent "
             "the winter clearing brambles and mending the glasshouse. The first beds will be ready for "
             "planting in April, and the society hopes to open the garden to visitors in June.")
    last = "Both ponds will be dredged before the frogs spawn."
    c.setFont(*BODY[:2])
    c.drawString(MARGIN, PAGE_H - y - 10, last)
    c.setFont("Times-Roman", 6.5)
    c.drawString(MARGIN + stringWidth(last, BODY[0], BODY[1]), PAGE_H - y - 6, "\u00b2")
    y += 13 + 8
    c.setFont("Times-Roman", 6.5)
    c.drawString(MARGIN, PAGE_H - y - 5, "\u00b2")
    c.setFont("Times-Roman", 7.5)
    c.drawString(MARGIN + 4, PAGE_H - y - 7.5, "The smaller pond may be filled in if the survey finds no newts there.")
    y += 14
    c.drawImage(picture(), MARGIN, PAGE_H - y - 140, 240, 140)
    y += 146
    c.setFont("Times-Italic", 8)
    c.drawString(MARGIN, PAGE_H - y - 8, "The glasshouse after its new panes went in, photographed in March.")
    y += 24
    text(c, MARGIN, y, full,
         "Anyone can join the society for five pounds a year. Members share the tools in the shed and "
         "take turns at watering through the summer holidays.")
    c.showPage()
    c.save()
    print("wrote", path)


def unmarked_list():
    path = os.path.join(SAMPLES, "pdf-unmarked-list.pdf")
    c = canvas.Canvas(path, pagesize=A4, invariant=1, pageCompression=1)
    c.setAuthor("Galley samples")
    c.setTitle(os.path.basename(path))
    full = PAGE_W - 2 * MARGIN
    indent = MARGIN + 18
    y = heading(c, MARGIN, 50, "What the Hall Needs", 15)
    y = text(c, MARGIN, y, full,
             "Over the winter the committee asked every member what the village hall needs most. The answers "
             "most often given were:")
    items = [
        "a new boiler before next winter",
        "a ramp at the side door and a wider gate from the lane, so that wheelchairs and pushchairs can come "
        "in without going round by the car park",
        "more chairs",
        "a proper noticeboard in the porch",
    ]
    for item in items:
        lines = wrap(item, full - 18, *BODY[:2])
        c.circle(indent - 9, PAGE_H - y - 6.5, 1.8, stroke=0, fill=1)
        c.setFont(*BODY[:2])
        for line in lines:
            c.drawString(indent, PAGE_H - y - 10, line)
            y += BODY[2]
    y += 8
    y = text(c, MARGIN, y, full,
             "The boiler comes first. In a letter to the committee, the chair of the parish council wrote:")
    y = text(c, indent, y, full - 2 * 18,
             "We have never had so many replies to a survey of the village, and we are grateful to everyone "
             "who took the time to tell us what the hall means to them and what they would change.")
    text(c, MARGIN, y + 4, full,
         "The committee will meet in May to agree the order of the work and to set the summer's fundraising.")
    c.showPage()
    c.save()
    print("wrote", path)


def slide_small_heading():
    path = os.path.join(SAMPLES, "pdf-slide-small-heading.pdf")
    width, height = 960, 540
    c = canvas.Canvas(path, pagesize=(width, height), invariant=1, pageCompression=1)
    c.setAuthor("Galley samples")
    c.setTitle(os.path.basename(path))

    def line(words, y, font, size):
        c.setFont(font, size)
        c.drawString(50, height - y - size, words)

    line("Concert Dates", 40, "Helvetica-Bold", 32)
    line("Mark these in the band's calendar; the school hall is booked for every one.", 120, "Helvetica", 18)
    dates = [
        "Monday 2 March, 7pm — Sectional Practice", "Saturday 21 March, 10am — Full Band Call",
        "Friday 3 April, 7.30pm — Spring Concert", "Sunday 5 April, 3pm — Family Matinee",
    ]
    for index, words in enumerate(dates):
        line(words, 150 + index * 30, "Helvetica-Bold", 18)
    line("Stewards Wanted", 352, "Helvetica-Bold", 16)
    line("We are looking for helpers to sell programmes, serve interval drinks and stack chairs.", 380, "Helvetica", 16)
    line("Please give your name to the band secretary at any practice.", 400, "Helvetica", 16)
    c.setFont("Helvetica", 11)
    c.drawString(50, 24, "Eastfield Community Band · Spring Term")
    c.showPage()
    c.save()
    print("wrote", path)


def slide_list_title():
    path = os.path.join(SAMPLES, "pdf-slide-list-title.pdf")
    width, height = 960, 540
    c = canvas.Canvas(path, pagesize=(width, height), invariant=1, pageCompression=1)
    c.setAuthor("Galley samples")
    c.setTitle(os.path.basename(path))
    c.setFont("Helvetica-Bold", 32)
    c.drawString(50, height - 70, "Spring Concert: Music from the Movies")
    c.setFont("Helvetica", 16)
    prose = ("Our spring concert brings the junior and senior bands together for the first time, with a "
             "programme of film music from the last fifty years. The concert is in the school hall on the first "
             "Friday in April, and tickets are available from any band member.")
    y = 120
    for line in wrap(prose, 500, "Helvetica", 16):
        c.drawString(50, height - y - 16, line)
        y += 19
    entries = ["Soloists", "Trumpet — Priya Raman", "Clarinet — Oskar Lind", "Euphonium — Bethan Morgan",
               "Flute — Chidi Okeke"]
    c.setFont("Helvetica-Bold", 16)
    for index, words in enumerate(entries):
        c.drawString(617, height - 120 - index * 27 - 16, words)
    c.setFont("Helvetica", 11)
    c.drawString(50, 24, "Eastfield Community Band · Spring Term")
    c.showPage()
    c.save()
    print("wrote", path)


def caption_beside_photo():
    path = os.path.join(SAMPLES, "pdf-caption-beside-photo.pdf")
    c = canvas.Canvas(path, pagesize=A4, invariant=1, pageCompression=1)
    c.setAuthor("Galley samples")
    c.setTitle(os.path.basename(path))
    left = 42
    column = 162
    y = heading(c, left, 50, "Bread Course Returns", 18)
    y = text(c, left, y, 330, "The Saturday baking course is back after two years, with two new teachers and "
             "a bigger kitchen.", font=("Times-Roman", 13.0, 15.0))
    c.setFont("Helvetica-Oblique", 8.5)
    c.drawString(left, PAGE_H - y - 8.5, "By Anna Kowalczyk")
    top = y + 34
    c.drawImage(picture(), left, PAGE_H - top - 140, 210, 140)
    c.setFont("Helvetica-Oblique", 8)
    for index, words in enumerate(["Learners shaping their first", "loaves in the new kitchen", "last October."]):
        c.drawString(left + 220, PAGE_H - (top + 140 - 35 + index * 13) - 8, words)
    y = top + 152
    first = ("All fourteen places went within a week of the course being announced, and a waiting list has "
             "been opened for a second course in the spring. The kitchen now has four ovens instead of two, "
             "so the spring course can take twenty.")
    second = ("The course runs for six Saturday mornings and is suitable for complete beginners. Flour, "
              "aprons and a bread tin to take home are all included in the fee.")
    text(c, left, y, column, first)
    text(c, left + column + 10, y, column, second)
    c.showPage()
    c.save()
    print("wrote", path)


def cover_overline_paragraph():
    path = os.path.join(SAMPLES, "pdf-cover-overline-paragraph.pdf")
    c = canvas.Canvas(path, pagesize=A4, invariant=1, pageCompression=1)
    c.setAuthor("Galley samples")
    c.setTitle(os.path.basename(path))
    c.setFont("Helvetica", 14.3)
    c.drawString(72, PAGE_H - 262, "Millbrook Rowing Club, Junior Section")
    c.setFont("Helvetica-Bold", 30)
    c.drawString(72, PAGE_H - 314, "Boathouse Survey 2026")
    c.setFont("Helvetica-Oblique", 12)
    c.drawString(72, PAGE_H - 346, "Report to the committee, May 2026")
    c.showPage()
    y = heading(c, MARGIN, 60, "1 Background", 14.3)
    y = text(c, MARGIN, y, PAGE_W - 2 * MARGIN,
             "Each spring the juniors and their coaches check every boat, oar and trailer in the boathouse "
             "before the regatta season begins. This year twelve members took part over two Saturdays.")
    y = heading(c, MARGIN, y + 10, "2 What We Found", 14.3)
    text(c, MARGIN, y, PAGE_W - 2 * MARGIN,
         "Most of the boats are sound. Two of the older fours need new riggers, and the launch trailer's "
         "lights no longer work.")
    c.showPage()
    c.save()
    print("wrote", path)


def main():
    cover_overline_paragraph()
    caption_beside_photo()
    slide_list_title()
    slide_small_heading()
    callout_at_article_head()
    contents_numbers_apart()
    note_above_photo()
    unmarked_list()


if __name__ == "__main__":
    main()
