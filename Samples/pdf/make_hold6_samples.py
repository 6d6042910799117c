#!/usr/bin/env python3
"""Writes sample PDFs (and one pdftotext dump) for headings as volunteers set them in word
processors and hand-placed layouts.

    python3 Samples/pdf/make_hold6_samples.py

- Samples/pdf-heading-face-over-bold-lines.pdf: two A5 pages in the manner of a Pages or Word
  export. The body is Times-Roman 10 pt; headings are Helvetica-Bold at the same 10 pt in teal,
  one set tight over three event lines in Times-Bold 10 pt, another over four names in
  Times-Bold 10 pt. A letter runs from page 1 ("Continued on page 2") to page 2, where its
  continuation is followed by the names' heading. The headings are headings (their face differs
  from the bold lines under them), the event lines and names are not, and the letter's
  continuation stops at the names' heading.
- Samples/pdf-wordproc-labels.pdf and its pdftotext dump Samples/pdftotext-wordproc-labels.txt:
  an A4 page in two hand-placed columns under a masthead and a 13 pt bold dateline ("Issue 12 ·
  Summer 2026"); a 12 pt bold heading too long for its column wraps its last word onto a line of
  its own; two bold event lines at the head of the right column, level with the wrapped word; a
  short notice in capitals ("TICKETS £4 AT THE DOOR") among mixed-case headings; two bold names
  in the left column, level with lines of the right; a 14 pt italic testimonial in quotation
  marks. Only the six article titles are headings, the long one whole, in the PDF and the dump.

- Samples/pdf-heading-colour-over-bold-lines.pdf: one A5 page in one face (Helvetica), headings
  in Helvetica-Bold at the body's 10 pt, blue and underlined, each over bold black lines of the
  same font (event lines, committee members): only the colour tells the headings from the lines
  under them. The headings are headings, the lines are not; nor is the report's sign-off, a bold
  name over its role in italic.
- Samples/pdftotext-continued-inner-heading.txt: the dump of a two-page A5 bulletin set with no
  space between paragraphs; page 2's one block holds the end of a continued letter and then the
  next article. Only the letter's end moves back to page 1; the next article stays after page 1's.

Near misses are unit tests: Tests/GalleyKitTests/WordProcessorHeadingTests.swift and
ContinuedInnerHeadingTests.swift.
Needs reportlab (pip install reportlab) and pdftotext (poppler-utils). Deterministic: invariant=1.
"""
import os
import subprocess

from reportlab.lib.pagesizes import A4, A5
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen import canvas

HERE = os.path.dirname(os.path.abspath(__file__))
SAMPLES = os.path.dirname(HERE)
TEAL = (0.08, 0.43, 0.47)


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


class Writer:
    def __init__(self, c, page_h):
        self.c, self.page_h = c, page_h

    def lines(self, x, y, width, text, font="Times-Roman", size=10.0, leading=13.0, color=(0, 0, 0), after=6):
        self.c.setFont(font, size)
        self.c.setFillColorRGB(*color)
        for line in wrap(text, width, font, size):
            self.c.drawString(x, self.page_h - y - size, line)
            y += leading
        self.c.setFillColorRGB(0, 0, 0)
        return y + after


LETTER = [
    "Dear friends, as I write this the builders have just taken the last of the scaffolding down from the "
    "tower, and for the first time in a year and a half we can see the weathervane again from the green.",
    "The roof appeal closed in May, having raised every penny of the sum we needed, most of it from sponsored "
    "walks, cake stalls and a great many quiet gifts from people who asked not to be named.",
]
LETTER_REST = [
    "Over the summer the church council will think about what comes next. The hall kitchen is older than most "
    "of the people who use it, and proposals will come to the open meeting in September.",
    "With every blessing for the summer, and my thanks to you all.",
]
EVENTS = ["Sunday 21 June – Patronal festival, 10.30am", "Saturday 27 June – Strawberry tea, 3pm",
          "Sunday 12 July – Songs of Praise on the green, 6pm"]
NAMES = ["Margaret and Colin Ashworth", "Deborah Nwosu", "Florence Tait", "The Brownies of St Aidan's"]


def face_sample():
    path = os.path.join(SAMPLES, "pdf-heading-face-over-bold-lines.pdf")
    w, h = A5
    c = canvas.Canvas(path, pagesize=A5, invariant=1, pageCompression=1)
    c.setAuthor("Galley samples")
    c.setTitle(os.path.basename(path))
    p = Writer(c, h)
    m, width = 40, w - 80
    y = p.lines(m, 40, width, "The Hillside Bulletin", font="Times-Bold", size=24, leading=28, color=TEAL, after=2)
    y = p.lines(m, y, width, "St Aidan's Church, Hillside · Summer 2026", font="Helvetica-Oblique", size=9, after=14)

    def head(y, text):
        return p.lines(m, y + 8, width, text, font="Helvetica-Bold", size=10, color=TEAL, after=3)

    y = head(y, "A Letter from the Vicar")
    for para in LETTER:
        y = p.lines(m, y, width, para)
    c.setFont("Helvetica-Oblique", 8.5)
    c.drawRightString(w - m, h - y - 8.5, "Continued on page 2")
    y += 18
    y = p.lines(m, y, width, "The church is open for private prayer every weekday from nine until five.",
                font="Times-Bold", after=6)
    y = head(y, "Summer Services and Events")
    for event in EVENTS:
        y = p.lines(m, y, width, event, font="Times-Bold", after=0)
    y = p.lines(m, y + 5, width, "Everybody is welcome at every service and event, whether or not you come to "
                "church often. The strawberry tea is in the vicarage garden, or in the hall if it rains.")
    c.setFont("Helvetica", 9)
    c.drawCentredString(w / 2, 30, "1")
    c.showPage()
    y = p.lines(m, 40, width, "A Letter from the Vicar (continued from page 1)", font="Helvetica-Bold", size=10,
                color=TEAL, after=3)
    for para in LETTER_REST:
        y = p.lines(m, y, width, para)
    y = head(y + 4, "Thank You to Our Roof Appeal Team")
    for name in NAMES:
        y = p.lines(m, y, width, name, font="Times-Bold", after=0)
    y = head(y + 6, "Flower Rota")
    y = p.lines(m, y, width, "The flower guild would welcome two or three more people on its rota. No "
                "experience is needed, only an hour on a Friday afternoon every couple of months.")
    c.setFont("Helvetica", 9)
    c.drawCentredString(w / 2, 30, "2")
    c.showPage()
    c.save()
    print("wrote", path)


def labels_sample():
    path = os.path.join(SAMPLES, "pdf-wordproc-labels.pdf")
    w, h = A4
    c = canvas.Canvas(path, pagesize=A4, invariant=1, pageCompression=1)
    c.setAuthor("Galley samples")
    c.setTitle(os.path.basename(path))
    p = Writer(c, h)
    m, gutter = 46, 20
    cw = (w - 2 * m - gutter) / 2
    red = (0.6, 0.12, 0.16)
    y = p.lines(m, 46, w - 2 * m, "Centre Lines", font="Helvetica-Bold", size=30, leading=34, color=red, after=2)
    p.lines(m, y, w - 2 * m, "Issue 12 · Summer 2026", font="Helvetica-Bold", size=13, leading=16, after=0)
    c.setStrokeColorRGB(*red)
    c.line(m, h - 120, w - m, h - 120)

    def head(x, y, text):
        return p.lines(x, y + 6, cw, text, font="Helvetica-Bold", size=12, leading=15, color=red, after=3)

    def body(x, y, text):
        return p.lines(x, y, cw, text, size=10.5, leading=13.5)

    x, y = m, 134
    y = head(x, y, "Community Larder Celebrates Its First Birthday")
    y = body(x, y, "A year ago the community larder opened in the old cloakroom with one donated fridge and a "
             "rota of six volunteers. Since then it has passed on eleven tonnes of food that would otherwise have "
             "been thrown away, most of it from the shops on the high street.")
    y = body(x, y, "The larder is open to everybody, with no forms and no questions, and volunteers check the "
             "dates twice a day.")
    y = head(x, y, "Room Hire Prices Held")
    y = body(x, y, "The trustees have agreed to hold room hire prices at last year's rates for local groups, "
             "despite the rise in the centre's energy bills.")
    y = body(x, y, "The trustees thank the two volunteers who repainted the small hall over Easter:")
    y = p.lines(x, y - 6, cw, "Agnieszka Wróbel", font="Times-Bold", size=10.5, leading=13.5, after=0)
    y = p.lines(x, y, cw, "Desmond Achebe", font="Times-Bold", size=10.5, leading=13.5, after=6)
    y = body(x, y, "Both have promised to come back for the kitchen, once the new cupboards have arrived.")
    y = p.lines(x, y + 6, cw, "“The best birthday lunch this town has ever seen”", font="Times-Italic", size=14,
                leading=17, after=10)
    y = body(x, y, "So said one of the guests last year, and the cookery class means to do even better.")
    x, y = m + cw + gutter, 134
    y = head(x, y, "What's On This Summer")
    for event in ["Saturday 6 June – Birthday lunch, 12.30pm", "Friday 19 June – Quiz night, 7pm"]:
        y = p.lines(x, y, cw, event, font="Times-Bold", size=10.5, leading=13.5, after=2)
    y = p.lines(x, y + 4, cw, "TICKETS £4 AT THE DOOR, CHILDREN FREE", font="Helvetica-Bold", size=9, after=8)
    y = body(x, y, "Every event is step-free and the main hall has a hearing loop for anybody who needs it.")
    y = head(x, y, "Sensory Garden Takes Shape")
    y = body(x, y, "Work has begun on the sensory garden behind the centre, with raised beds at wheelchair "
             "height and a path of different surfaces to walk on barefoot.")
    y = head(x, y, "Lost Property")
    body(x, y, "Anything not claimed by the end of July will go to the charity shop on Market Street.")
    c.showPage()
    c.save()
    print("wrote", path)
    dump = os.path.join(SAMPLES, "pdftotext-wordproc-labels.txt")
    subprocess.run(["pdftotext", path, dump], check=True)
    print("wrote", dump)


def colour_sample():
    """One A5 page in one face: Helvetica 10 pt body, headings in Helvetica-Bold 10 pt set in blue
    (as AbiWord or Word export a coloured, underlined body-size heading), each over bold black
    lines in the same font: event lines, then committee members."""
    path = os.path.join(SAMPLES, "pdf-heading-colour-over-bold-lines.pdf")
    w, h = A5
    c = canvas.Canvas(path, pagesize=A5, invariant=1, pageCompression=1)
    c.setAuthor("Galley samples")
    c.setTitle(os.path.basename(path))
    p = Writer(c, h)
    m, width = 40, w - 80
    blue = (0.12, 0.31, 0.6)
    y = p.lines(m, 40, width, "Green Lane Matters", font="Helvetica-Bold", size=24, leading=28, color=blue, after=2)
    y = p.lines(m, y, width, "Green Lane Residents' Association", font="Helvetica", size=10, after=12)

    def head(y, text):
        y = p.lines(m, y + 8, width, text, font="Helvetica-Bold", size=10, color=blue, after=0)
        c.setStrokeColorRGB(*blue)
        c.setLineWidth(0.6)
        c.line(m, h - y + 1.5, m + stringWidth(text, "Helvetica-Bold", 10), h - y + 1.5)
        return y + 3

    y = head(y, "Chairman's Report")
    y = p.lines(m, y, width, "It has been a busy spring for the association. The consultation on the new crossing "
                "closed with more than three hundred responses, and a decision is promised before the summer.",
                font="Helvetica")
    # The report's sign-off: the name in bold, the role in italic under it.
    y = p.lines(m, y, width, "Marisol Ferreira", font="Helvetica-Bold", after=0)
    y = p.lines(m, y, width, "Secretary of the association", font="Helvetica-Oblique", after=6)
    y = head(y, "Dates for Your Diary")
    for event in ["Saturday 16 May – Litter pick, scout hut, 9.30am",
                  "Thursday 21 May – Annual general meeting, 7.30pm",
                  "Sunday 7 June – Open gardens, tickets from the library"]:
        y = p.lines(m, y, width, event, font="Helvetica-Bold", after=0)
    y = p.lines(m, y + 4, width, "Everybody is welcome at every event, and the hall is step-free.", font="Helvetica")
    y = head(y, "Your Committee")
    for name in ["Geoffrey Pilkington, Chairman", "Marisol Ferreira, Secretary", "Baljit Sandhu, Treasurer"]:
        y = p.lines(m, y, width, name, font="Helvetica-Bold", after=0)
    p.lines(m, y + 4, width, "Any member can stand for the committee at the annual general meeting.",
            font="Helvetica")
    c.showPage()
    c.save()
    print("wrote", path)


def continued_sample():
    """A two-page A5 bulletin set line by line with no space between paragraphs, so that
    pdftotext prints each page as one block: the letter's continuation on page 2 runs straight
    into the next article's heading. Only its pdftotext dump is kept."""
    import tempfile
    w, h = A5
    with tempfile.TemporaryDirectory() as tmp:
        path = os.path.join(tmp, "continued.pdf")
        c = canvas.Canvas(path, pagesize=A5, invariant=1, pageCompression=1)
        p = Writer(c, h)
        m, width = 40, w - 80
        y = p.lines(m, 40, width, "Brookside Matters", font="Helvetica-Bold", size=22, leading=26, after=0)
        for text, font in [
            ("From the Chair", "Helvetica-Bold"),
            ("It has been a busy spring for the association. The consultation on the new crossing closed in "
             "April with more than three hundred responses, and the county council has promised a decision "
             "before the summer holidays.", "Times-Roman"),
            ("Continued on page 2", "Helvetica-Oblique"),
            ("Library Opening Hours", "Helvetica-Bold"),
            ("From June the library will open on Saturday afternoons as well as mornings, thanks to a group of "
             "volunteers trained by the county library service.", "Times-Roman"),
        ]:
            y = p.lines(m, y, width, text, font=font, after=0)
        c.showPage()
        y = 40
        for text, font in [
            ("From the Chair (continued from page 1)", "Helvetica-Bold"),
            ("Finally, a word about the annual general meeting. Only twenty-four members came last year, which "
             "is not enough to give the committee a proper mandate.", "Times-Roman"),
            ("Speedwatch Volunteers Needed", "Helvetica-Bold"),
            ("The community speedwatch group needs at least four more volunteers to keep running its sessions "
             "on Moor Road. Sessions last an hour, always with three volunteers.", "Times-Roman"),
        ]:
            y = p.lines(m, y, width, text, font=font, after=0)
        c.showPage()
        c.save()
        dump = os.path.join(SAMPLES, "pdftotext-continued-inner-heading.txt")
        subprocess.run(["pdftotext", path, dump], check=True)
        print("wrote", dump)


def main():
    face_sample()
    labels_sample()
    colour_sample()
    continued_sample()


if __name__ == "__main__":
    main()
