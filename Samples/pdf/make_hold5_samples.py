#!/usr/bin/env python3
"""Writes the samples in Samples/ for defects first seen on the held-out modern-typesetter
newsletters (Samples/holdout/modern: WeasyPrint and Typst): one defect each, small and deterministic.

    python3 Samples/pdf/make_hold5_samples.py          # rewrite them all

- pdf-unicode-hyphen.pdf: one column of 10 pt DejaVu Serif set as WeasyPrint sets `hyphens: auto`:
  words broken at a line end carry U+2010 HYPHEN, not the hyphen-minus ("hun‐" / "dred"), one of
  them a compound broken at its own hyphen ("self‐" / "harm"); a hyphen inside a line
  ("large-print") stays. The breaks are closed up, the compound keeps its hyphen.

- pdf-stretched-before-address.pdf: Typst, two justified columns of 10 pt DejaVu Serif; under a
  heading, a paragraph whose first line is stretched before a web address too long to break
  there ("Book     the     capsize     drill     at     www."), and whose third line is stretched
  between the address's own short lines ("…-bookings     or     write     to"): poppler ends its
  line at every stretched space. Each stretched line is one line of its paragraph again; the
  paragraph is one block.

- pdf-raised-reference.pdf: one column of 10 pt DejaVu Serif with a footnote reference raised in the
  middle of a paragraph ("quad.¹", 7 pt, 5 pt above the baseline, as Typst sets `#footnote`) on
  a line that ends in a word hyphenated with a drawn soft hyphen, U+00AD, as Typst writes it ("She ar­" / "rived"), and its note at the foot of the
  page. The reference lifts no line: the paragraph is one block and the word is whole.

- pdf-alternating-heads.pdf: two A5 pages with alternating running heads, as CSS `@page :right`
  / `:left` margin boxes set them: page 1's head (top right, 8 pt) is the society's name over the
  masthead, page 2's (top left, same height and type) the title and season, each set close over
  the text (less than a line and a half above it). Neither repeats; page
  2's names the masthead, and page 1's is its twin: both go as headers.

- pdf-tracked-masthead.pdf: Typst, a masthead in 28 pt bold capitals with 0.35 em tracking
  ("HARBOUR LIGHTS", centred) over its dateline, under a small running head; poppler ends its line
  at the word break, which the tracking widens to about an em. Under it, two columns whose first
  headings stand side by side on one baseline; a second page under the same running head. The
  masthead is one title line; the two column headings stay two headings, each over its own
  column's text.

- pdf-numbered-footnote.pdf: an A5 page of two articles in 10 pt DejaVu Serif; the first cites a
  note with a raised "1", and the note sits at the foot of the page under the second article,
  opening with its number in plain digits and a full stop ("1. The previous record…"), as CSS
  `::footnote-marker` prints it. The note goes after the article citing it, its number and the
  raised call both dropped.

- pdf-typst-footnote.pdf: Typst, two columns with headings numbered by Typst ("1 Harvest Report",
  "2 Winter Pruning", …) and a `#footnote` in the first article: Typst prints the note's number
  raised and small before the note at the page foot, under the first column, and the bare page
  number centred below. The raised number is the note's, not a page number; it joins its note,
  which goes after the article citing it; the numbered headings keep their numbers.

Needs reportlab and the DejaVu fonts (fonts-dejavu-core), and for the Typst sample the typst
Python package (`pip install typst`; skipped with a note when it is missing). Deterministic
(reportlab's invariant=1; Typst with `#set document(date: none)`).
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


STRETCHED_TYP = r"""#set document(date: none)
#set page(paper: "a4", margin: (x: 18mm, top: 22mm, bottom: 20mm))
#set text(font: "DejaVu Serif", size: 10pt, lang: "en", region: "gb", hyphenate: true)
#set par(justify: true, leading: 0.6em, spacing: 0.9em)
#show heading: set text(font: "DejaVu Sans", size: 12pt)
#columns(2, gutter: 7mm)[
= Contact the Club
Book the capsize drill at #link("https://www.example-westmere-harbour-rowing.org.uk/capsize-drill-bookings")[www.example-westmere-harbour-rowing.org.uk/capsize-drill-bookings] or write to #link("mailto:membership.secretary@example-westmere-harbour-rowing.org.uk")[membership.secretary\@example-westmere-harbour-rowing.org.uk]. For anything urgent, ring the boathouse on 01632 960273 at weekends.

The second paragraph is ordinary text set justified across the column so that the lines are full and the spaces are no wider than usual.
]
"""


TRACKED_TYP = r"""#set document(date: none)
#set page(paper: "a4", margin: (x: 18mm, top: 22mm, bottom: 20mm),
  header: context { set text(8pt); [Westmere HRC #h(1fr) Harbour Lights, spring] })
#set text(font: "DejaVu Serif", size: 10pt, lang: "en", region: "gb")
#set par(justify: true, leading: 0.6em, spacing: 0.9em)
#show heading: it => block(above: 1em, below: 0.6em, text(font: "DejaVu Sans", size: 12pt, it.body))
#align(center)[#text(font: "DejaVu Sans", size: 28pt, weight: "bold", tracking: 0.35em)[HARBOUR LIGHTS]]
#align(center)[#text(style: "italic", size: 9pt)[The newsletter of Westmere Harbour Rowing Club · Issue 6 · Spring 2026]]
#line(length: 100%)
#columns(2, gutter: 7mm)[
= Club News
The club has bought a new coastal quad after two years of raffles and quiz nights, and she was named on the slipway in March in front of a large crowd.
#colbreak()
= Safety Notes
Coxes must carry a hand-held radio tuned to the harbour channel, and crews must wear buoyancy aids between October and April.
]
#pagebreak()
= Results
Eleven crews raced in the autumn head on the estuary, and the club brought home two pennants.
"""


def typst_sample(name, source):
    try:
        import typst
    except ImportError:
        print(f"typst is not installed (pip install typst): {name} not rewritten")
        return
    import tempfile
    with tempfile.TemporaryDirectory() as tmp:
        src = os.path.join(tmp, "sample.typ")
        with open(src, "w") as f:
            f.write(source)
        typst.compile(src, output=os.path.join(SAMPLES, name))


FOOTNOTE_TYP = r"""#set document(date: none)
#set page(paper: "a5", margin: (x: 15mm, top: 18mm, bottom: 20mm),
  footer: context { set text(8pt); align(center)[#counter(page).display()] })
#set text(font: "DejaVu Serif", size: 10pt, lang: "en", region: "gb")
#set par(justify: true)
#set heading(numbering: "1")
#show heading: it => block(above: 1em, below: 0.6em, text(font: "DejaVu Sans", size: 12pt)[#counter(heading).display() #h(0.4em) #it.body])
#text(font: "DejaVu Serif", size: 24pt, weight: "bold")[The Orchard Gate]
#columns(2, gutter: 6mm)[
= Harvest Report
It has been the best apple harvest since the orchard was planted.#footnote[The new ladder is kept locked in the shed.] The old russets by the gate were so heavy that two branches had to be propped.

= Winter Pruning
Pruning starts in December and carries on every Saturday morning until the end of February, with a short demonstration first.
#colbreak()
= New Trees
Thirty new trees will be planted in the lower field this winter, all of them local varieties grafted by the county nursery.
]
"""


def stretched_before_address():
    try:
        import typst
    except ImportError:
        print("typst is not installed (pip install typst): pdf-stretched-before-address.pdf not rewritten")
        return
    import tempfile
    with tempfile.TemporaryDirectory() as tmp:
        src = os.path.join(tmp, "stretched.typ")
        with open(src, "w") as f:
            f.write(STRETCHED_TYP)
        typst.compile(src, output=os.path.join(SAMPLES, "pdf-stretched-before-address.pdf"))


def raised_reference():
    c = canvas.Canvas(os.path.join(SAMPLES, "pdf-raised-reference.pdf"), pagesize=A5, invariant=1, pageCompression=1)
    _, height = A5
    y = height - 60
    c.setFont("Helvetica-Bold", 14)
    c.drawString(42, y, "A New Boat for the Club")
    y -= 24
    lines = [
        "After two years of raffles, quiz nights and a sponsored row",
        ("round the bay, the club has bought a new coastal quad.", "1", " She ar\u00ad"),
        "rived on a trailer in March, and the naming ceremony on",
        "the slipway was watched by more people than any regatta.",
    ]
    for line in lines:
        if isinstance(line, tuple):
            before, mark, after = line
            c.setFont("DejaVuSerif", 10)
            c.drawString(42, y, before)
            x = 42 + c.stringWidth(before, "DejaVuSerif", 10)
            c.setFont("DejaVuSerif", 7)
            c.drawString(x, y + 5, mark)
            x += c.stringWidth(mark, "DejaVuSerif", 7)
            c.setFont("DejaVuSerif", 10)
            c.drawString(x, y, after)
        else:
            c.setFont("DejaVuSerif", 10)
            c.drawString(42, y, line)
        y -= 13
    y -= 14
    c.setFont("Helvetica-Bold", 12)
    c.drawString(42, y, "Capsize Drill")
    y -= 18
    c.setFont("Times-Roman", 10)
    for line in ["Every member who wants to row the new boat must first complete",
                 "the capsize drill in the pool at the leisure centre."]:
        c.drawString(42, y, line)
        y -= 13
    c.setFont("Times-Roman", 7)
    c.drawString(42, 60, "1")
    c.setFont("Times-Roman", 8)
    c.drawString(48, 56, "The old gig is not for sale; she will be restored over the winter.")
    c.showPage()
    c.save()


def alternating_heads():
    c = canvas.Canvas(os.path.join(SAMPLES, "pdf-alternating-heads.pdf"), pagesize=A5, invariant=1, pageCompression=1)
    width, height = A5
    stories = [
        ("Spring Planting", [
            "Thirty new hazels went into the hedge along the lane in March, grown",
            "from nuts the school gathered two autumns ago. Each has a guard and",
            "a cane, and the first catkins are already out on the sunniest ones.",
            "Thank you to everybody who came out on a cold morning to plant them.",
        ]),
        ("Dormouse Boxes", [
            "The twenty dormouse boxes on the common were checked in April by the",
            "licensed surveyor. Four held nests of stripped honeysuckle bark, and",
            "one held a sleepy dormouse, weighed, recorded and put back at once.",
        ]),
        ("Summer Walks", [
            "Walks leave the village green at ten on the first Saturday of each",
            "month from May to September. Stout shoes are more use than binoculars,",
            "and the walk leader always carries a flask and spare plasters.",
        ]),
        ("Work Parties", [
            "The hedge-laying party meets on Sunday mornings from November. Gloves",
            "and billhooks are provided, and nobody is asked to lay more than a",
            "few yards in a morning; tea and cake are served at the gate at noon.",
        ]),
    ]
    for page, (head, x_right) in enumerate([("Bramblefield Volunteers", True), ("The Hedgerow · Spring 2026", False)]):
        c.setFont("Helvetica", 8)
        if x_right:
            c.drawRightString(width - 42, height - 48, head)
        else:
            c.drawString(42, height - 48, head)
        y = height - 70
        if page == 0:
            c.setFont("Times-Bold", 28)
            c.drawString(42, y - 10, "The Hedgerow")
            y -= 30
            c.setFont("Times-Italic", 10)
            c.drawString(42, y, "The newsletter of Bramblefield Nature Group · Spring 2026")
            y -= 30
        for title, lines in stories[page * 2:page * 2 + 2]:
            c.setFont("Helvetica-Bold", 12)
            c.drawString(42, y, title)
            y -= 17
            c.setFont("Times-Roman", 10)
            for line in lines:
                c.drawString(42, y, line)
                y -= 13
            y -= 14
        c.setFont("Helvetica", 8)
        c.drawCentredString(width / 2, 30, f"\u2013 {page + 1} \u2013")
        c.showPage()
    c.save()


def numbered_footnote():
    c = canvas.Canvas(os.path.join(SAMPLES, "pdf-numbered-footnote.pdf"), pagesize=A5, invariant=1, pageCompression=1)
    _, height = A5
    y = height - 60
    articles = [
        ("From the Chair", [
            ("Our membership now stands at two hundred and twelve, a record.", "1", ""),
            "If you have not renewed this year, the form is on the back page,",
            "and a year's subscription still costs less than a paperback.",
        ]),
        ("Local History Room", [
            "The parish maps can now be laid flat on the big table, and the",
            "registers are on microfilm, with a reader that has been mended.",
        ]),
    ]
    for title, lines in articles:
        c.setFont("DejaVuSans-Bold", 12)
        c.drawString(42, y, title)
        y -= 18
        for line in lines:
            c.setFont("DejaVuSerif", 10)
            if isinstance(line, tuple):
                before, mark, after = line
                c.drawString(42, y, before)
                x = 42 + c.stringWidth(before, "DejaVuSerif", 10)
                c.setFont("DejaVuSerif", 6.5)
                c.drawString(x, y + 4, mark)
            else:
                c.drawString(42, y, line)
            y -= 13.5
        y -= 14
    c.setFont("DejaVuSerif", 8)
    c.drawString(42, 60, "1. The previous record, one hundred and ninety, was set when the library reopened.")
    c.showPage()
    c.save()


if __name__ == "__main__":
    fonts()
    numbered_footnote()
    alternating_heads()
    typst_sample("pdf-tracked-masthead.pdf", TRACKED_TYP)
    typst_sample("pdf-typst-footnote.pdf", FOOTNOTE_TYP)
    raised_reference()
    unicode_hyphen()
    stretched_before_address()
