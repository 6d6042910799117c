#!/usr/bin/env python3
"""Writes sample PDFs for layout classes found in the 'other producers' holdout set
(Samples/holdout/other: groff, ConTeXt, Inkscape, LibreOffice).

    python3 Samples/pdf/make_hold7_samples.py

- Samples/pdf-columns-right-under-letter.pdf: one A4 page, a full-width letter of nine lines (its
  paragraphs set without space between them, blocks a little closer than a paragraph's usual space),
  then two columns that start right under it with no more than the leading between: the second column
  opens with the last words of a paragraph carried over from the first column's foot, on the line
  right after the letter's last, while the first column opens lower, with a heading and the space
  above it (ConTeXt sets `\\startcolumns` after a section this way). No horizontal gap runs across
  the page between the letter and the columns, yet the letter reads first, then the first column,
  then the second (the carried-over words joined to their paragraph).

- Samples/pdf-three-columns-under-right-head.pdf: two A4 pages whose running head is set right-aligned;
  on page 2 it stands over the second and third of three columns of short reports (LibreOffice's
  header on a page that opens with a three-column section), full-width text under them. The head joins the two right
  columns into one run, twice as wide as the first column, which must not make the first column a
  narrow sidebar read last: the reports read left to right.

- Samples/pdf-heading-over-contact-labels.pdf: one A5 page set as groff -ms sets it: Times-Roman 10 pt
  text under headings in Times-Bold at the same 10 pt, the last heading over a contact block whose
  lines open with a bold label ("Tel:", "Email:", "Web:") and run on in plain type, the first ending
  in a telephone number. That heading is a heading like the others.

- Samples/pdf-margin-notes-beside-letter.pdf: one A4 page set with ConTeXt (`context`, MkIV): a letter
  of three paragraphs set with a little space between them (`\\setupwhitespace[medium]`), with small
  italic notes in the right margin (`\\inright`) beside its first and third paragraphs, the notes'
  lines coming between the letter's in the page's line order (Latin Modern's tall line boxes). The
  letter keeps its three paragraphs, each note read right after the paragraph it stands beside.

- Samples/pdf-table-one-em-apart.pdf: one A5 page, a heading, a paragraph, a table of events (date,
  event, place; rows at the text's pitch, no header row) whose columns stand one em apart at their
  widest cells, as ConTeXt's tabulate sets them (measured between glyph boxes, 0.995 em), and a
  paragraph. The table is one table, read row by row, not three columns of lines one after another.

- Samples/pdf-table-header-over-two-columns.pdf: one A5 page, a table of events whose first column
  holds the date and the time together ("Wednesday 14 October 7pm") under a bold header row whose
  "Time Event" stands over both the times and the events' column, as ConTeXt's tabulate leaves it
  when the header's cells are narrower than the rows'. The header row heads the table; none of its
  cells is a heading.

Near misses are unit tests: Tests/GalleyKitTests/SectionBreakWithoutGapTests.swift,
SidebarWidthTests.swift, HeadingOverContactLinesTests.swift, InterleavedParagraphTests.swift,
TableColumnGapTests.swift and TableHeaderRowTests.swift.
Needs reportlab (pip install reportlab) and, for the margin-notes sample, ConTeXt (apt-get install
context). Deterministic (reportlab: invariant=1) but for ConTeXt's timestamps.
"""
import os

from reportlab.lib.pagesizes import A4, A5
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen import canvas

HERE = os.path.dirname(os.path.abspath(__file__))
SAMPLES = os.path.dirname(HERE)


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
    """Lines set top-down (y grows downwards from the page's top), justified but for a paragraph's last line."""

    def __init__(self, c, page_h):
        self.c, self.page_h = c, page_h

    def line(self, x, y, width, text, font, size, justify):
        self.c.setFont(font, size)
        words = text.split()
        if not justify or len(words) < 2:
            self.c.drawString(x, self.page_h - y - size, text)
            return
        gap = (width - sum(stringWidth(w, font, size) for w in words)) / (len(words) - 1)
        at = x
        for word in words:
            self.c.drawString(at, self.page_h - y - size, word)
            at += stringWidth(word, font, size) + gap

    def lines(self, x, y, width, text, font="Times-Roman", size=10.0, leading=12.0, after=1.5, last_full=False,
              justify=True):
        rows = wrap(text, width, font, size)
        for i, row in enumerate(rows):
            self.line(x, y, width, row, font, size, justify and (i < len(rows) - 1 or last_full))
            y += leading
        return y + after


def open_page(name, size, margin):
    """A canvas for Samples/<name> with reproducible bytes, its Writer, the page's width and height,
    the margin and the full measure between the margins."""
    path = os.path.join(SAMPLES, name)
    w, h = size
    c = canvas.Canvas(path, pagesize=size, invariant=1, pageCompression=1)
    c.setAuthor("Galley samples")
    c.setTitle(os.path.basename(path))
    return path, c, Writer(c, h), w, h, margin, w - 2 * margin


def finish(c, path):
    c.showPage()
    c.save()
    print("wrote", path)


LETTER = [
    "Welcome to the summer issue. The street has had a busy few months: the new trees along the south "
    "pavement have survived their first dry spell, the broken lamp outside number forty has been mended at "
    "last, and the council has promised to resurface the lane behind the shops before the winter.",
    "Thank you to everybody who came to the spring meeting. More than sixty households were represented, "
    "which is the best attendance the group has had since it was founded, and the committee now has two "
    "new members with plenty of energy and some very good ideas for the autumn.",
    "Our thanks also go to the families at the far end of the street, who cleared the alleyway behind their "
    "gardens in April and filled a whole skip with rubbish that had been dumped there over the winter. The "
    "council has since fitted a gate, and the alley is now kept locked at night by the residents themselves.",
]
TREES = ("Tree Planting", [
    "Twelve young limes were planted along the south pavement in March, paid for by the group's own funds "
    "and by a grant from the ward councillors. Each tree has a volunteer who waters it through the summer.",
    "If you would like to adopt a tree, speak to any member of the committee. Watering cans are kept in the "
    "shed behind the community room, and the key is with the caretaker.",
])
BINS = ("Bin Collections", [
    "The council has changed the collection day for the whole street from Monday to Thursday. Recycling "
    "and garden waste go out on alternate weeks, as before, and the calendar is on the council's website. "
    "To keep the pavement clear for pushchairs, wheelchairs and the postman on his rounds, please put the bins out",
])
BINS_TAIL = "no earlier than the evening before collection."
PARTY = ("Summer Street Party", [
    "The street party will be held on the last Saturday in July, with the road closed from noon until "
    "eight, and everybody is asked to bring a dish to share.",
    "Volunteers are needed to put up the bunting on the Friday evening and to take it down again on the "
    "Sunday morning. Ladders, cable ties and tea will be provided by the committee.",
])
NOISE = ("Quiet Hours", [
    "A reminder that building work on the street should stop by six in the evening on weekdays and by one "
    "on Saturdays. Most neighbours are very considerate, and a friendly word usually solves any problem.",
])


def under_letter_sample():
    path, c, p, w, h, m, full = open_page("pdf-columns-right-under-letter.pdf", A4, margin=56)
    gutter = 22
    col = (full - gutter) / 2
    y = p.lines(m, 50, full, "Mill Street Neighbours", font="Helvetica-Bold", size=22, leading=26, after=2,
                justify=False)
    y = p.lines(m, y, full, "The newsletter of the Mill Street Residents' Group · Summer 2026",
                font="Times-Italic", size=10, after=12, justify=False)
    y = p.lines(m, y, full, "A Word from the Chair", font="Helvetica-Bold", size=12, leading=14, after=4,
                justify=False)
    for i, para in enumerate(LETTER):
        y = p.lines(m, y, full, para, after=0)  # paragraphs set without space between them
    top = y  # the next line: the second column starts here, with no space
    # first column: a heading with space above it
    y1 = p.lines(m, top + 10, col, TREES[0], font="Helvetica-Bold", size=12, leading=14, after=1, justify=False)
    for para in TREES[1]:
        y1 = p.lines(m, y1, col, para)
    y1 = p.lines(m, y1 + 2, col, BINS[0], font="Helvetica-Bold", size=12, leading=14, after=1, justify=False)
    y1 = p.lines(m, y1, col, BINS[1][0], last_full=True)
    # second column: the carried-over words on the line right under the letter
    x2 = m + col + gutter
    y2 = p.lines(x2, top, col, BINS_TAIL)
    y2 = p.lines(x2, y2 + 2, col, PARTY[0], font="Helvetica-Bold", size=12, leading=14, after=1, justify=False)
    for para in PARTY[1]:
        y2 = p.lines(x2, y2, col, para)
    y2 = p.lines(x2, y2 + 2, col, NOISE[0], font="Helvetica-Bold", size=12, leading=14, after=1, justify=False)
    for para in NOISE[1]:
        y2 = p.lines(x2, y2, col, para)
    c.setFont("Times-Roman", 9)
    c.drawCentredString(w / 2, 30, "Page 1")
    finish(c, path)


REPORTS = [
    ("Under-Nines", "Unbeaten since October, and through to the final of the district festival, which will be "
     "played on the school field in the first week of May."),
    ("Under-Elevens", "Two wins and a draw from the last three games, with the goals shared between five "
     "different scorers, and a new goalkeeper settling in well."),
    ("Girls' Squad", "The squad has grown to twenty players and now trains on Wednesday evenings as well as "
     "Saturday mornings, with a second coach joining in March."),
]
AWARDS = ("End of Season Presentation", "The presentation evening will be held in the clubhouse on the last "
          "Friday in May. Every player receives a medal, and the coaches will present their awards for effort, "
          "progress and sportsmanship before the buffet and the raffle.")


def right_head_sample():
    path, c, p, w, h, m, full = open_page("pdf-three-columns-under-right-head.pdf", A4, margin=56)
    gutter = 14
    col = (full - 2 * gutter) / 3

    def head():
        c.setFont("Helvetica", 8.5)
        c.setFillColorRGB(0.35, 0.35, 0.35)
        c.drawRightString(w - m, h - 42, "Hillfoot Juniors Football Club · Kick Off · Spring 2026")
        c.setFillColorRGB(0, 0, 0)
    head()
    y = p.lines(m, 62, full, "Kick Off", font="Helvetica-Bold", size=26, leading=30, after=2, justify=False)
    y = p.lines(m, y, full, "The newsletter of Hillfoot Juniors Football Club · Spring 2026", font="Times-Italic",
                after=14, justify=False)
    y = p.lines(m, y, full, "From the Chair", font="Helvetica-Bold", size=13, leading=15, after=3, justify=False)
    p.lines(m, y, full, "It has been a season to remember, with more children playing for the club than ever "
            "before and three of our teams still unbeaten at Easter. None of it would happen without the parents "
            "who drive, wash kit, run the tea hut and stand on the touchline in all weathers.")
    c.setFont("Times-Roman", 9)
    c.drawCentredString(w / 2, 30, "Page 1")
    c.showPage()
    head()
    bottom = 0
    for i, (title, text) in enumerate(REPORTS):
        x = m + i * (col + gutter)
        y = p.lines(x, 62, col, title, font="Helvetica-Bold", size=13, leading=15, after=3, justify=False)
        bottom = max(bottom, p.lines(x, y, col, text))
    y = p.lines(m, bottom + 18, full, AWARDS[0], font="Helvetica-Bold", size=13, leading=15, after=3,
                justify=False)
    p.lines(m, y, full, AWARDS[1])
    c.setFont("Times-Roman", 9)
    c.drawCentredString(w / 2, 30, "Page 2")
    finish(c, path)


def contact_labels_sample():
    path, c, p, w, h, m, full = open_page("pdf-heading-over-contact-labels.pdf", A5, margin=40)
    y = p.lines(m, 40, full, "The Lychgate", font="Times-Bold", size=24, leading=28, after=2, justify=False)
    y = p.lines(m, y, full, "Parish news from St Edmund's, Ashby Parva · Autumn 2026", font="Times-Italic",
                after=12, justify=False)

    def article(y, title, paras):
        y = p.lines(m, y + 8, full, title, font="Times-Bold", leading=13, after=1, justify=False)
        for para in paras:
            y = p.lines(m, y, full, para, leading=13, after=3)
        return y
    y = article(y, "Harvest Thanksgiving", [
        "The harvest festival will be celebrated on the first Sunday in October, with the children's "
        "procession of gifts at the start of the service and lunch in the hall afterwards.",
        "Tins and packets will go to the food bank in town, and fresh produce to the residents of the "
        "almshouses on Church Lane."])
    y = article(y, "Bell Ringing", [
        "The ringers practise on Tuesday evenings from half past seven and would welcome learners of any "
        "age over eleven. The tower is cold in winter, so bring a warm jumper."])
    y = p.lines(m, y + 8, full, "Contact the Parish Office", font="Times-Bold", leading=13, after=1, justify=False)
    for label, value in (("Tel:", "01632 960 733"), ("Email:", "office@example-ashby-parva.org.uk"),
                         ("Web:", "www.example-ashby-parva.org.uk")):
        c.setFont("Times-Bold", 10)
        c.drawString(m, h - y - 10, label)
        c.setFont("Times-Roman", 10)
        c.drawString(m + stringWidth(label + " ", "Times-Bold", 10), h - y - 10, value)
        y += 13
    finish(c, path)


NOTED_LETTER = [
    "Welcome to the spring issue. It has been a winter of road works on the avenue, and many of you have "
    "written to the committee about the noise, the mud and the temporary traffic lights by the post office. "
    "We met the council's engineers twice, and this issue sets out what they told us.",
    "The good news is that the new crossing by the school is finished and working, and the bus shelter on the "
    "corner has been replaced at last. Thank you to everybody who signed the petition for it.",
    "Our annual meeting is in April. Two committee members are standing down after many years, and we need new "
    "people with fresh ideas; no experience is needed, only an interest in the avenue where you live.",
]
NOTES = {0: ["Road works end", "in early June"], 2: ["Annual meeting:", "Tuesday 21 April,", "7pm, the library"]}


def margin_notes_sample():
    """Set with ConTeXt (`context`, MkIV): its Latin Modern line boxes are tall enough that the notes'
    lines come between the letter's in the page's line order."""
    import shutil
    import subprocess
    import tempfile
    path = os.path.join(SAMPLES, "pdf-margin-notes-beside-letter.pdf")
    tex = [r"\mainlanguage[en]", r"\setuppapersize[A4]",
           r"\setuplayout[backspace=2cm, width=13.5cm, leftmargin=1.5cm, rightmargin=3.5cm,"
           r" rightmargindistance=0.5cm, topspace=1.5cm, header=0cm, footer=1cm, height=middle]",
           r"\setupbodyfont[modern,10pt]", r"\setupwhitespace[medium]", r"\setupindenting[no]",
           r"\setuppagenumbering[location=]", r"\setupmargindata[right][style={\tfx\it}]",
           r"\setuphead[section][number=no, style=\ss\bf\tfa]", r"\starttext",
           r"{\ss\bf\tfd Larch Avenue News}\par{\it The newsletter of the Larch Avenue Residents' Association"
           r" · Spring 2026}\par\blank[big]", r"\startsection[title={A Word from the Chair}]"]
    for i, para in enumerate(NOTED_LETTER):
        note = " ".join(NOTES.get(i, []))
        tex.append((r"\inright{" + note + "}" if note else "") + para + r"\par")
    tex += [r"\stopsection", r"\startsection[title={Street Trees}]",
            "The council will plant eight new cherry trees along the avenue in November, in the gaps left by "
            "the limes that came down in last winter's storms. Residents are asked to water them through their "
            r"first summer.\par", r"\stopsection", r"\stoptext"]
    with tempfile.TemporaryDirectory() as tmp:
        with open(os.path.join(tmp, "notes.tex"), "w") as f:
            f.write("\n".join(tex) + "\n")
        subprocess.run(["context", "--batchmode", "--nonstopmode", "notes.tex"], cwd=tmp, check=True,
                       capture_output=True, timeout=600)
        shutil.copy(os.path.join(tmp, "notes.pdf"), path)
    print("wrote", path)


TABLE_ROWS = [("Thursday 8 October 7.30pm", "Talk on the canal's history", "Church hall"),
              ("Saturday 24 October 10am", "Towpath litter pick", "Lock cottage"),
              ("Sunday 15 November 2pm", "Guided walk to the aqueduct", "Top lock"),
              ("Friday 4 December 6pm", "Lantern boat parade", "Canal basin")]


def one_em_table_sample():
    path, c, p, w, h, m, full = open_page("pdf-table-one-em-apart.pdf", A5, margin=36)
    y = p.lines(m, 40, full, "The Lock Keeper", font="Times-Bold", size=22, leading=26, after=2, justify=False)
    y = p.lines(m, y, full, "The newsletter of the Foxley Canal Society · Autumn 2026", font="Times-Italic",
                after=12, justify=False)
    y = p.lines(m, y, full, "Events This Autumn", font="Helvetica-Bold", size=12, leading=14, after=3,
                justify=False)
    y = p.lines(m, y, full, "The society's autumn programme is below. Every event is free, and members may "
                "bring guests.", after=6)
    x = m
    for column in range(3):
        cells = [row[column] for row in TABLE_ROWS]
        c.setFont("Times-Roman", 10)
        for i, cell in enumerate(cells):
            c.drawString(x, h - (y + 12 * i) - 10, cell)
        # the next column one em (less the glyph boxes' rounding) right of the widest cell
        x += max(stringWidth(cell, "Times-Roman", 10) for cell in cells) + 9.95
    y += 12 * len(TABLE_ROWS) + 6
    p.lines(m, y, full, "Booking is not needed, but please tell the secretary if you are coming to the talk, as "
            "the hall holds only sixty.")
    finish(c, path)


HEADED_ROWS = [("Wednesday 14 October", "7pm", "Annual general meeting", "Sail Loft"),
               ("Saturday 31 October", "4pm", "Lantern walk along the quay", "Harbour steps"),
               ("Saturday 7 November", "9am", "Bulky waste collection", "Wharf Street"),
               ("Friday 11 December", "6pm", "Carols by the harbour", "Custom house")]


def header_table_sample():
    path, c, p, w, h, m, full = open_page("pdf-table-header-over-two-columns.pdf", A5, margin=36)
    y = p.lines(m, 40, full, "The Wharfinger", font="Times-Bold", size=22, leading=26, after=2, justify=False)
    y = p.lines(m, y, full, "The newsletter of the Old Wharf Residents · Autumn 2026", font="Times-Italic",
                after=12, justify=False)
    y = p.lines(m, y, full, "Events This Autumn", font="Helvetica-Bold", size=12, leading=14, after=3,
                justify=False)
    y = p.lines(m, y, full, "Everybody who lives or works on the wharf is welcome at all of these.", after=6)
    date_w = max(stringWidth(r[0], "Times-Roman", 10) for r in HEADED_ROWS)
    time_x = m + date_w + 6  # the time a word space or so after the date: one piece with it
    event_x = time_x + max(stringWidth(r[1], "Times-Roman", 10) for r in HEADED_ROWS) + 16
    venue_x = event_x + max(stringWidth(r[2], "Times-Roman", 10) for r in HEADED_ROWS) + 12
    c.setFont("Times-Bold", 10)
    for x, text in ((m, "Date"), (time_x, "Time Event"), (venue_x, "Venue")):
        c.drawString(x, h - y - 10, text)
    y += 13
    c.setFont("Times-Roman", 10)
    for date, time, event, venue in HEADED_ROWS:
        c.drawString(m, h - y - 10, date + " " + time)
        c.drawString(event_x, h - y - 10, event)
        c.drawString(venue_x, h - y - 10, venue)
        y += 12
    p.lines(m, y + 6, full, "The lantern walk leaves from the harbour steps at four, whatever the weather; "
            "lanterns are lent at the start.")
    finish(c, path)


def main():
    under_letter_sample()
    right_head_sample()
    contact_labels_sample()
    margin_notes_sample()
    one_em_table_sample()
    header_table_sample()


if __name__ == "__main__":
    main()
