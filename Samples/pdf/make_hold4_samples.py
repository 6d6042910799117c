#!/usr/bin/env python3
"""Writes the samples in Samples/ for defects first seen on the held-out typesetter, slide and
Distiller-like newsletters (Samples/holdout/typeset): one defect each, small and deterministic.

    python3 Samples/pdf/make_hold4_samples.py          # rewrite them all

- pdf-bold-body-headings.pdf: two pages of one column in Times 10 pt, every heading bold at the
  text's own size with more room above than below (as groff -ms sets .SH/.NH headings), one of
  them numbered "1." and one in capitals; a run of bold event lines and a bold list of names.
  Headings, events and names together are more than a fifth of the lines, the events and names
  alone are not: the headings are headings, the events and names are not.

- pdf-masthead-word-in-address.pdf: a one-page newsletter whose masthead, "Ashgrove Matters",
  is the only thing on its line; "Ashgrove" also starts the longer word of the web address
  (www.example-ashgrove-residents.org.uk, broken after "ashgrove-" at a line end) and stands on
  its own in the dateline: the masthead is the title, not a picture's clipped word.

- pdf-stacked-headings.pdf: two columns; a part title in small bold capitals (Helvetica 12 pt)
  stacked right over an article title in bold Times only a little larger than the 10.5 pt text
  (11 pt, wrapped onto two lines), set so close that they make one block: both are headings,
  the article title whole.

- pdf-slide-boxes.pdf: a landscape slide (as LibreOffice Impress exports one): a title, a text
  box of two paragraphs on the left and, on the right, a box of a bold title over bold names one
  a paragraph, whose first and fourth lines happen to line up with the tops of the paragraphs
  beside them. The right box is a column of its own, read after the left one, not side-headings
  of the paragraphs; its lines, evenly spaced and narrower than the text, are a list.

- pdf-margin-note.pdf: one column of 10.5 pt text with a wide right margin; beside the second
  of three paragraphs, level with its first line, a margin note of three lines in 8 pt italic
  (as ConTeXt's \\inright sets one). The note reads right after the paragraph it stands beside,
  not after the page's text.

Needs reportlab (its standard Times and Helvetica fonts, nothing embedded). Deterministic (invariant=1).
"""
import os

from reportlab.lib.pagesizes import A4
from reportlab.lib.utils import simpleSplit
from reportlab.pdfgen import canvas

HERE = os.path.dirname(os.path.abspath(__file__))
SAMPLES = os.path.dirname(HERE)
PAGE_W, PAGE_H = A4
LEFT = 72
WIDTH = PAGE_W - 2 * LEFT
PITCH = 12.5


def new_canvas(name):
    return canvas.Canvas(os.path.join(SAMPLES, name), pagesize=A4, invariant=1, pageCompression=1)


class Flow:
    """Top-down text on a canvas: y is the top of the next line."""

    def __init__(self, c, top=72):
        self.c, self.y = c, top

    def line(self, text, font="Times-Roman", size=10, x=LEFT):
        self.c.setFont(font, size)
        self.c.drawString(x, PAGE_H - self.y - size * 0.8, text)
        self.y += PITCH

    def para(self, text, font="Times-Roman", after=5):
        for ln in simpleSplit(text, font, 10, WIDTH):
            self.line(ln, font)
        self.y += after

    def heading(self, text):
        self.y += 9  # more room above than below
        self.line(text, "Times-Bold")
        self.y += 2

    def bold_lines(self, texts, after=5):
        for t in texts:
            self.line(t, "Times-Bold")
        self.y += after


BOLD_BODY = [
    ("From the Chair", [
        "Welcome to the spring issue. The site has survived a wet winter with nothing worse than a flooded path "
        "by the bottom gate and a shed roof that now leaks only when the wind comes from the east. Thank you to "
        "everybody who turned out for the January working party and cleared the long bramble bank by the stream "
        "before the birds started nesting in it again.",
        "This is my last spring as chair. After six years I think the society deserves a fresh pair of eyes, and "
        "I would be delighted to talk to anybody who is thinking of standing at the annual meeting. The job is "
        "mostly listening, a little writing and a great deal of tea, and it has been the best part of my week.",
    ]),
    ("1. Water Butts and the Hosepipe Ban", [
        "Last summer the mains tap by the car park was turned off for six weeks, and the plots with water butts "
        "came through far better than the rest. The society has bought forty new butts at trade price, and members "
        "may collect one for eight pounds from the trading hut on any Sunday morning while they last.",
        "Every butt must be fitted with a lid. Open butts are a danger to small children and to hedgehogs, and "
        "they breed mosquitoes by the thousand in a warm June.",
    ]),
    ("2. The Trading Hut", [
        "Seed potatoes, onion sets, fleece, canes and netting are all on sale at the hut, usually for less than "
        "half of what the garden centre charges. The hut is run entirely by volunteers, and it closes at noon "
        "sharp so that they can get on with their own digging.",
        "Orders for the bulk seed catalogue should reach the hut by the end of February. Copies of the catalogue can "
        "be picked up there on any Sunday morning, and the volunteers will happily explain which of the potato "
        "varieties stand up best to blight on our heavy clay.",
    ]),
]
BOLD_BODY_2 = [
    ("3. Composting Toilet", [
        "After three years of fundraising the composting toilet by the top gate is finally finished. It needs no "
        "water and no drains, only a scoop of sawdust after every visit. A rota for emptying it will go up on the "
        "noticeboard; nobody will be asked to do it more than once a year.",
        "The toilet was built by six members over four weekends from timber left over when the pavilion was "
        "re-roofed, and the committee would like to thank them, and the builders' merchant who lent the scaffold "
        "tower, for all their trouble.",
    ]),
    ("Hedges and Boundaries", [
        "Please keep the hedge on your side of the plot below head height and trim it after the nesting season, "
        "not before. Boundary posts that have rotted will be replaced by the site warden in the autumn, so there "
        "is no need to buy your own.",
        "Where a hedge runs along a shared path, the plot holders on either side share the trimming. If your "
        "neighbour has given up their plot, tell the warden, who will see that the work is done before the path "
        "becomes impassable for barrows in the summer.",
    ]),
]
EVENTS = ["Saturday 14 March, 7.30pm — Quiz Night", "Sunday 5 April, 10am — Seed Swap", "Saturday 16 May, 2pm — Pest Talk",
          "Sunday 21 June, noon — Midsummer Barbecue", "Saturday 4 July, 11am — Open Day"]
NAMES = ["Harriet Lumsden, Chair", "Desmond Achterberg, Secretary", "Priya Mistry, Treasurer", "Owen Caddick, Site Warden",
         "Ruth Abernethy, Minutes"]


def bold_body_headings():
    c = new_canvas("pdf-bold-body-headings.pdf")
    c.setTitle("Bold body-size headings")
    f = Flow(c)
    c.setFont("Times-Bold", 22)
    c.drawCentredString(PAGE_W / 2, PAGE_H - 80, "The Runner Bean")
    f.y = 100
    f.para("The newsletter of Millbeck Allotment Society, spring 2026", "Times-Italic", after=10)
    for h, ps in BOLD_BODY:
        f.heading(h)
        for p in ps:
            f.para(p)
    f.heading("DATES FOR THE DIARY")
    f.para("All events are held in the pavilion unless the notice says otherwise. Members, friends and neighbours "
           "are all welcome, and children come free.")
    f.bold_lines(EVENTS)
    f.para("Tickets for the quiz are sold at the hut and cost three pounds, which includes a plate of supper and "
           "a raffle ticket. Teams of up to six are welcome, and the question master promises fewer questions about "
           "football than last year and rather more about vegetables.")
    c.showPage()
    f = Flow(c)
    for h, ps in BOLD_BODY_2:
        f.heading(h)
        for p in ps:
            f.para(p)
    f.heading("Your Committee")
    f.para("Your committee for the year, elected at the annual meeting in November, is listed below; any of them "
           "will be glad to hear from you.")
    f.bold_lines(NAMES)
    f.para("Plot enquiries and the waiting list are handled by the secretary, who can be reached on 0113 496 0815. "
           "Please do not leave notes in the trading hut, because they tend to be used as seed labels, and please "
           "do not post them through the secretary's door after nine in the evening. The waiting list is long at "
           "the moment, but half plots come free every autumn, and anybody who is happy to start with a half plot "
           "will usually be offered one within the year, often sooner if they can help with the working parties.")
    c.showPage()
    c.save()


def masthead_word_in_address():
    c = new_canvas("pdf-masthead-word-in-address.pdf")
    c.setTitle("Masthead word in an address")
    c.setFont("Helvetica-Bold", 28)
    c.drawCentredString(PAGE_W / 2, PAGE_H - 90, "Ashgrove Matters")
    f = Flow(c, top=104)
    c.setFont("Times-Italic", 10)
    c.drawCentredString(PAGE_W / 2, PAGE_H - 112, "The newsletter of Ashgrove Residents' Association, autumn 2026")
    f.y = 140
    f.heading("Street Lighting")
    f.para("Six of the old sodium lamps on the footpath to the shops have been replaced with white lamps. They are "
           "much brighter, and the council has promised to fit shades to the two that shine into bedrooms.")
    f.heading("Get in Touch")
    # the address breaks at its own hyphen at the line's end, as a browser breaks it
    for ln in ["The association is run by volunteers and depends on residents telling us what matters",
               "to them. Write to us, ring 0113 496 0254 or visit www.example-ashgrove-",
               "residents.org.uk, where every issue of this newsletter can be read."]:
        f.line(ln)
    c.showPage()
    c.save()


STACKED = [
    ("AROUND THE ESTATE", "Resurfacing of Beech Crescent and the Lower Car Park Will Begin in October", [
        "The council has confirmed that Beech Crescent will be resurfaced in the second half of October. The work "
        "will take about nine days, and residents will be asked to park in the school car park, which the head "
        "teacher has kindly agreed to open in the evenings.",
        "Notices will go through every door a week before the work starts. If you have a blue badge or need access "
        "for a carer, please let the association know so that a space can be kept for you.",
    ]),
    ("ASSOCIATION BUSINESS", "Annual General Meeting", [
        "The meeting will hear the chair's report, approve the accounts and elect the committee for the coming "
        "year. Nominations close a fortnight before the meeting, and the papers will be delivered with the "
        "winter newsletter.",
        "The meeting will be held in the community room at the library, which has step-free access and a "
        "hearing loop.",
    ]),
]


def stacked_headings():
    c = new_canvas("pdf-stacked-headings.pdf")
    c.setTitle("Stacked headings")
    c.setFont("Helvetica-Bold", 26)
    c.drawCentredString(PAGE_W / 2, PAGE_H - 80, "Ashgrove Matters")
    col_w, gap = (PAGE_W - 2 * 54 - 24) / 2, 24
    pitch = 14.2
    for col, (part, title, paras) in enumerate(STACKED):
        x, y = 54 + col * (col_w + gap), 120.0
        c.setFont("Helvetica-Bold", 12)
        c.drawString(x, PAGE_H - y - 10, part)
        y += 17.5
        for ln in simpleSplit(title, "Times-Bold", 11, col_w):
            c.setFont("Times-Bold", 11)
            c.drawString(x, PAGE_H - y - 9, ln)
            y += 12.75
        y += 0.5
        for p in paras:
            for ln in simpleSplit(p, "Times-Roman", 10.5, col_w):
                c.setFont("Times-Roman", 10.5)
                c.drawString(x, PAGE_H - y - 8.5, ln)
                y += pitch
            y += 5
    c.showPage()
    c.save()


def slide_boxes():
    from reportlab.lib.pagesizes import landscape
    w, h = 960, 540
    c = canvas.Canvas(os.path.join(SAMPLES, "pdf-slide-boxes.pdf"), pagesize=(w, h), invariant=1, pageCompression=1)
    c.setTitle("Slide boxes")

    def at(x, top, text, font="Helvetica", size=16):
        c.setFont(font, size)
        c.drawString(x, h - top - size * 0.8, text)

    at(48, 36, "Summer Production: The Wind in the Willows", "Helvetica-Bold", 32)
    # the box on the right comes first in the content stream, as python-pptx wrote it
    right = ["Leading Roles", "Mole — Ellie Brannigan", "Ratty — Tomasz Wisniewski", "Toad — Jacob Adeyemi",
             "Badger — Niamh Coyle"]
    tops = [117, 144, 171, 199, 226]
    for top, text in zip(tops, right):
        at(616, top, text, "Helvetica-Bold")
    left = [["Rehearsals for the summer show start on the first Saturday after Easter.",
             "We have a cast of thirty-two, the biggest in the theatre's history, and a set",
             "that includes a working motor car built from two shopping trolleys and a",
             "great deal of cardboard."],
            ["Performances are in the church hall on the last weekend of July. Tickets",
             "go on sale in June at the box office."]]
    top = 117
    for para in left:
        for ln in para:
            at(48, top, ln)
            top += 19.2
        top += 8
    at(48, 500, "Westbury Youth Theatre · Curtain Call · Summer 2026", size=11)
    c.showPage()
    c.save()


MARGIN_PARAS = [
    "January is the best month of the year for the great nebula in Orion, which is easily seen without a "
    "telescope from any dark site in the valley. Look for the faint smudge below the three stars of the belt, "
    "and give your eyes a good twenty minutes to adjust before you decide that you cannot see it.",
    "Induction evenings are held on the first Friday of the month. They cover the dome's safety rules, how to "
    "open the slit and how to park the telescope at the end of the night. Nobody may book the dome on their own "
    "until they have been to one, however many telescopes they own at home.",
    "Jupiter is high in the south in the early evening, and its four bright moons change places from night to "
    "night. A pair of binoculars held steady against a wall will show them, and a small telescope will show the "
    "cloud belts as well.",
]
MARGIN_NOTE = ["Bring a red torch: white", "light ruins everybody's", "night vision."]


def margin_note():
    c = new_canvas("pdf-margin-note.pdf")
    c.setTitle("Margin note")
    c.setFont("Times-Bold", 22)
    c.drawString(62, PAGE_H - 90, "Dark Skies")
    left, width, pitch, y = 62, 330, 13.5, 130.0
    for i, p in enumerate(MARGIN_PARAS):
        if i == 1:
            c.setFont("Times-Italic", 8)
            for j, ln in enumerate(MARGIN_NOTE):
                c.drawString(left + width + 18, PAGE_H - y - 8.5 - j * 10, ln)
        c.setFont("Times-Roman", 10.5)
        for ln in simpleSplit(p, "Times-Roman", 10.5, width):
            c.drawString(left, PAGE_H - y - 8.5, ln)
            y += pitch
        y += 8
    c.showPage()
    c.save()


if __name__ == "__main__":
    bold_body_headings()
    masthead_word_in_address()
    stacked_headings()
    slide_boxes()
    margin_note()
