#!/usr/bin/env python3
"""Writes two sample PDFs for addresses broken across lines and for bold lists of names.

    python3 Samples/pdf/make_linkshead_samples.py

- Samples/pdf-broken-addresses.pdf: web and email addresses broken in every way a producer
  breaks them: anywhere (CSS break-all, reportlab's long-word splitting), at their own hyphen,
  at a hyphen a word processor put inside one of their words, after a dot or a slash, with a
  space after "www.", and a telephone number run into an email. Two carry link annotations.
- Samples/pdf-bold-name-list.pdf: bold names one a line and bold names one a paragraph (lists,
  not headings) beside real headings, a bold body-size heading and a bold label with its value.

Needs reportlab (pip install reportlab). Deterministic: invariant=1. Samples/pdf/EXPECTED.md
gives each PDF's reading order.
"""
import os

from reportlab.lib.pagesizes import A4
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen import canvas

HERE = os.path.dirname(os.path.abspath(__file__))
SAMPLES = os.path.dirname(HERE)
PAGE_W, PAGE_H = A4
MARGIN = 56
BODY = ("Times-Roman", 10.0, 12.5)
BOLD = ("Times-Bold", 10.0, 12.5)
HEAD = ("Helvetica-Bold", 13.0, 16.0)
PARA_GAP = 8.0
SOFT = "\u00ad"  # a place a word processor may hyphenate a word at a line end
ANY = "\u2063"  # marks a token that may break at any character (break-all), never printed
SLASH = "\u2064"  # marks a token that may break only after "/" or "." (no hyphen), never printed


def new_canvas(path):
    c = canvas.Canvas(path, pagesize=A4, invariant=1, pageCompression=1)
    c.setAuthor("Galley samples")
    c.setTitle(os.path.basename(path))
    return c


def masthead(c, title, subtitle):
    c.setFont("Helvetica-Bold", 22)
    c.drawString(MARGIN, PAGE_H - MARGIN - 22, title)
    c.setFont("Times-Italic", 10)
    c.drawString(MARGIN, PAGE_H - MARGIN - 40, subtitle)
    c.setLineWidth(1)
    c.line(MARGIN, PAGE_H - MARGIN - 48, PAGE_W - MARGIN, PAGE_H - MARGIN - 48)
    return MARGIN + 72


def split_token(token, room, font):
    """Where a token too long for the rest of the line breaks: (head printed, rest), or None."""
    name, size, _ = font
    if token.startswith(ANY):
        text = token[1:]
        cut = 0
        while cut < len(text) and stringWidth(text[: cut + 1], name, size) <= room:
            cut += 1
        return (text[:cut], ANY + text[cut:]) if cut > 0 else None
    if token.startswith(SLASH):
        text = token[1:]
        cuts = [i + 1 for i, ch in enumerate(text[:-1]) if ch in "/." and stringWidth(text[: i + 1], name, size) <= room]
        return (text[: cuts[-1]], SLASH + text[cuts[-1]:]) if cuts else None
    plain = token.replace(SOFT, "")
    # A hyphen of the word itself, or a soft hyphen printed as one.
    options = []
    position = 0
    for i, ch in enumerate(token):
        if ch == SOFT:
            options.append((token[:i].replace(SOFT, "") + "-", token[i + 1:]))
        elif ch == "-" and i < len(token) - 1:
            options.append((token[: i + 1].replace(SOFT, ""), token[i + 1:]))
        position += 1
    fitting = [o for o in options if stringWidth(o[0], name, size) <= room]
    return fitting[-1] if fitting else None


def wrap(text, width, font=BODY):
    """Greedy lines of `text` in `width`: words whole, long tokens broken as they are marked;
    a newline ends a line where the text says (a word processor's hyphen is written in)."""
    if "\n" in text:
        return [line for part in text.split("\n") for line in wrap(part, width, font)]
    name, size, _ = font
    lines, current = [], ""
    tokens = text.split(" ")
    index = 0
    while index < len(tokens):
        token = tokens[index]
        shown = token.replace(SOFT, "").replace(ANY, "").replace(SLASH, "")
        candidate = (current + " " + shown) if current else shown
        if stringWidth(candidate, name, size) <= width:
            current = candidate
            index += 1
            continue
        room = width - stringWidth(current + " ", name, size) if current else width
        split = split_token(token, room, font)
        if split:
            head, rest = split
            lines.append((current + " " + head) if current else head)
            current = ""
            tokens[index] = rest
            continue
        lines.append(current)
        current = ""
    if current:
        lines.append(current)
    return lines


def paragraph(c, y, text, width, font=BODY, x=MARGIN):
    """Draws `text` wrapped in `width` from top `y`; returns the top of the next paragraph and the lines' boxes."""
    name, size, leading = font
    c.setFont(name, size)
    boxes = []
    for line in wrap(text, width, font):
        c.drawString(x, PAGE_H - y - size, line)
        boxes.append((line, x, y))
        y += leading
    return y + PARA_GAP, boxes


def heading(c, y, text, font=HEAD):
    name, size, leading = font
    c.setFont(name, size)
    c.drawString(MARGIN, PAGE_H - y - size, text)
    return y + leading + 2


def link(c, url, line_boxes, first, count, size=10.0):
    """A link annotation over lines `first`..`first + count - 1` of a paragraph's boxes."""
    tops = [line_boxes[i][2] for i in range(first, first + count)]
    top, bottom = PAGE_H - min(tops) + 2, PAGE_H - max(tops) - size - 2
    c.linkURL(url, (MARGIN, bottom, PAGE_W - MARGIN, top), relative=0)


def broken_addresses(path):
    c = new_canvas(path)
    y = masthead(c, "Stonebridge Allotment Society", "Plot Notes · Issue 12 · Spring 2026")
    width = 300

    y = heading(c, y, "Seed Swap")
    y, boxes = paragraph(
        c, y,
        "The seed swap returns to the pavilion on the first Saturday of March. You can reserve packets by "
        "signing in at the members' pages, " + ANY
        + "www.example-stonebridge-allotments.org.uk/seed-swap/reservations-and-collection-times with your plot "
        "number and a list of what you can bring to share.", width)
    line = next(i for i, b in enumerate(boxes) if "www." in b[0])
    link(c, "https://www.example-stonebridge-allotments.org.uk/seed-swap/reservations-and-collection-times", boxes, line, 3)

    y = heading(c, y, "Water Butts")
    y, _ = paragraph(
        c, y,
        "The borough is selling water butts at half price again this spring. Order yours through the "
        "council's scheme page, www.example-\nborough.gov.uk, before the end of April, and collect it from the depot.",
        width)

    y = heading(c, y, "Wellbeing Walks")
    y, boxes = paragraph(
        c, y,
        "Our gentle walks on Wednesday mornings are organised with\nthe sunflower growers' club at www.example-sun-\nflower-growers.org.uk; to join the walks, write to schools.wellbe-\n"
        "ing@example-stonebridge-allotments.org.uk and say which week suits you best.", width)
    line = next(i for i, b in enumerate(boxes) if "sun-" in b[0])
    link(c, "https://www.example-sunflower-growers.org.uk", boxes, line, 2)

    y = heading(c, y, "New Members")
    # Broken where the line is full, as reportlab splits a word too long for its line.
    y, _ = paragraph(
        c, y,
        "New members are asked to read the rules before they sign, at " + ANY
        + "www.example-stonebridge-allotments.org.uk/membership/newtenantsrulesandagreement on joining.",
        width)
    y, _ = paragraph(
        c, y,
        "Questions about plots should go to the membership secretary at " + ANY
        + "membership.secretary@example-stonebridge-allotments.org.uk, who replies within a week.", width)

    y = heading(c, y, "Plot Inspections")
    y, _ = paragraph(
        c, y,
        "Inspections start in May. The checklist the committee uses is published at " + SLASH
        + "www.example-stonebridge-allotments.org.uk/inspections/spring-2026-checklist so that nobody is surprised.",
        width)

    y = heading(c, y, "Contact")
    y, _ = paragraph(c, y, "Website: www. Example-stonebridge-allotments.org.uk", width)
    y, _ = paragraph(c, y, "Tel: 01632 960464secretary@example-stonebridge-allotments.org.uk", width)
    c.showPage()
    c.save()


def bold_name_list(path):
    c = new_canvas(path)
    y = masthead(c, "Larkfield Community Choir", "Choir News · Summer 2026")
    width = 320

    y = heading(c, y, "Thank You, Helpers")
    y, _ = paragraph(
        c, y,
        "The summer concert could not have happened without the people who set out chairs, sold tickets and "
        "made the tea. This year we would particularly like to thank:", width)
    name, size, leading = BOLD
    c.setFont(name, size)
    for person in ["Amara Osei", "Bethany Carlisle", "Dominic Hartley", "Fenella Quayle", "Gareth Pryce"]:
        c.drawString(MARGIN + 10, PAGE_H - y - size, person)
        y += leading
    y += PARA_GAP
    y, _ = paragraph(c, y, "If you would like to help at the winter concert, please put your name on the list by the door.", width)

    y = heading(c, y, "Your Committee")
    y, _ = paragraph(c, y, "At the annual meeting in June the members elected the following committee for the year:", width)
    for person in ["Helen Marsh, Chair", "Isaac Whitlow, Secretary", "Jasmine Okafor, Treasurer", "Kieran Doyle, Librarian"]:
        y, _ = paragraph(c, y, person, width, font=BOLD)
    y, _ = paragraph(c, y, "Committee meetings are open to all members, and the minutes are posted on the noticeboard.", width)

    # A real heading in bold at body size: more space above it than below, prose right under it.
    y += PARA_GAP
    y = heading(c, y, "Rehearsal Times", font=BOLD)
    y, _ = paragraph(
        c, y,
        "Rehearsals are on Tuesday evenings from half past seven in the school hall, with a break for tea at "
        "half past eight.", width)
    # A bold label with its value beside it: a field, not a heading.
    c.setFont(*BOLD[:2])
    c.drawString(MARGIN, PAGE_H - y - BOLD[1], "Office hours:")
    c.setFont(*BODY[:2])
    c.drawString(MARGIN + 90, PAGE_H - y - BODY[1], "Thursdays 10am to noon at the church office")
    y += BODY[2] + PARA_GAP
    y, _ = paragraph(c, y, "New singers are welcome at any rehearsal; there is no audition for the main choir.", width)

    # Bold event lines set at the body's leading, each over its description: emphasis, not headings.
    y = heading(c, y, "Summer Dates")
    events = [
        ("Saturday 4 July, Village Fete", "We sing at two o'clock on the green beside the church."),
        ("Sunday 19 July, Evensong", "The choir joins the parish for evensong at six o'clock."),
        ("Friday 31 July, End of Term Supper", "Bring a dish to share; drinks are provided by the committee."),
    ]
    c.setFont(*BODY[:2])
    c.drawString(MARGIN, PAGE_H - y - BODY[1], "Please keep these dates free if you can:")
    y += BODY[2]
    for title, text in events:
        c.setFont(*BOLD[:2])
        c.drawString(MARGIN, PAGE_H - y - BOLD[1], title)
        y += BOLD[2]
        c.setFont(*BODY[:2])
        c.drawString(MARGIN, PAGE_H - y - BODY[1], text)
        y += BODY[2]
    c.showPage()
    c.save()


def main():
    broken_addresses(os.path.join(SAMPLES, "pdf-broken-addresses.pdf"))
    bold_name_list(os.path.join(SAMPLES, "pdf-bold-name-list.pdf"))


if __name__ == "__main__":
    main()
