#!/usr/bin/env python3
"""Writes the sample in Samples/ for a heading set over a listing in its own weight (issue #10,
class 12), first seen on the held-out DTP and typesetter newsletters (Samples/holdout/dtp D1,
Samples/holdout/typeset D1): small and deterministic.

    python3 Samples/pdf/make_listings_samples.py

- pdf-event-listing.pdf: one column of Times 10.5 pt text with two listings set without markers,
  one event a line: three plain lines nearly as wide as the column under a lead-in that ends with
  a colon, and three bold lines whose first wraps at the column's edge onto a short line
  ("… in the" / "interval"). Each is a list of three items. Near miss, which must stay a
  paragraph: prose whose lines open with a word and a number ("August 2026 and …", "Room 2 and
  …", "Studio 4 over …") but run on from the line above.

- pdf-heading-over-listing.pdf: one column of Times 10.5 pt text. Two headings sit right over
  bold event lines, each ending in a function word ("What's On", "Dates to Look Out For"):
  the first in bold 11 pt over bold 10.5 pt lines (half a point larger, within the tolerance
  that otherwise makes them one style), the second in bold 13 pt over bold 9 pt lines. Both
  are headings; the event lines under them are not. Near misses, which must stay paragraphs:
  a paragraph opening with a bold lead-in that wraps after a function word at the text's own
  size ("Thanks are due to all of" / "you…"), and a notice set wholly in bold at the text's size.

Needs reportlab (its standard Times fonts, nothing embedded). Deterministic (invariant=1).
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
BODY = 10.5
PITCH = 14.0


class Flow:
    """Top-down text on a canvas: y is the top of the next line."""

    def __init__(self, c, top=72):
        self.c, self.y = c, top

    def line(self, text, font="Times-Roman", size=BODY, x=LEFT, pitch=PITCH):
        self.c.setFont(font, size)
        self.c.drawString(x, PAGE_H - self.y - size * 0.8, text)
        self.y += pitch

    def runs(self, runs, size=BODY, pitch=PITCH):
        """One line drawn in pieces of (font, text)."""
        x = LEFT
        for font, text in runs:
            self.c.setFont(font, size)
            self.c.drawString(x, PAGE_H - self.y - size * 0.8, text)
            x += self.c.stringWidth(text, font, size)
        self.y += pitch

    def para(self, text, font="Times-Roman", after=7):
        for ln in simpleSplit(text, font, BODY, WIDTH):
            self.line(ln, font)
        self.y += after

    def heading(self, text, size=13):
        self.y += 10  # more room above than below
        self.line(text, "Times-Bold", size, pitch=size * 1.35)


def heading_over_listing():
    c = canvas.Canvas(os.path.join(SAMPLES, "pdf-heading-over-listing.pdf"), pagesize=A4, invariant=1, pageCompression=1)
    c.setTitle("A heading over a listing")
    c.setFont("Times-Bold", 24)
    c.drawCentredString(PAGE_W / 2, PAGE_H - 84, "The Lamplighter")
    f = Flow(c, top=100)
    f.para("The newsletter of Ashgrove Residents' Association, autumn 2026", "Times-Italic", after=10)
    f.heading("Street Lighting")
    f.para("Six of the old sodium lamps on the footpath to the shops have been replaced with white lamps. They are "
           "much brighter, and the council has promised to fit shades to the two that shine into bedrooms. The "
           "lamps by the bus shelter will follow in the spring, once the new posts have been delivered.")
    # a lead-in at the text's size, wrapped after a function word: one paragraph
    f.runs([("Times-Bold", "Thanks are due to all of")])
    f.para("you who wrote to the council about the dark stretch by the railway bridge. Eleven letters went in, and "
           "the engineer says they made the difference when the budget was set.")
    # a notice wholly in bold at the text's size: one paragraph
    f.para("The association's annual meeting will be held in the library on the first Thursday of November, and every "
           "resident is welcome to come along, ask questions and vote.", "Times-Bold")
    # "What's On": bold 11 pt right over bold 10.5 pt event lines
    f.y += 8
    f.line("What's On", "Times-Bold", 11, pitch=14.5)
    for ev in ["Thursday 15 October, 7pm — Annual General Meeting", "Saturday 31 October, 4pm — Pumpkin Trail",
               "Saturday 5 December, 11am — Christmas Fair"]:
        f.line(ev, "Times-Bold")
    f.y += 7
    f.heading("Get in Touch")
    f.para("The association is run by volunteers and depends on residents telling us what matters to them. Ring "
           "0113 496 0254 or write to the secretary at the library.")
    # a larger heading ending in a function word, over smaller bold event lines
    f.y += 4
    f.line("Dates to Look Out For", "Times-Bold", 13, pitch=18)
    for ev in ["Saturday 4 April 11am", "Sunday 19 April 2pm", "Saturday 9 May 10am"]:
        f.line(ev, "Times-Bold", 9, pitch=12.5)
    f.y += 8
    f.para("All events are free, and children are welcome at every one of them if they bring a grown-up.")
    c.showPage()
    c.save()


def event_listing():
    """pdf-event-listing.pdf: listings set as plain lines, one event a line, with no markers."""
    c = canvas.Canvas(os.path.join(SAMPLES, "pdf-event-listing.pdf"), pagesize=A4, invariant=1, pageCompression=1)
    c.setTitle("An event listing")
    c.setFont("Times-Bold", 24)
    c.drawCentredString(PAGE_W / 2, PAGE_H - 84, "The Kilnworth Crier")
    f = Flow(c, top=100)
    f.para("The newsletter of Kilnworth Arts Centre, winter 2026", "Times-Italic", after=10)
    f.heading("Concerts")
    f.para("Our winter season opens with three evenings of chamber music in the Long Room. Seats are unreserved, "
           "so come early if you want to sit near the front.")
    # a listing in plain type, each line nearly as wide as the column, under a lead-in ending a sentence
    lines = ["Friday 2 October 7.30pm The Alder Quartet play Haydn, Britten and Schubert in the Long Room",
             "Saturday 10 October 2pm Family workshop: shadow puppets and a story for the under-sevens",
             "Thursday 22 October 8pm Comedy night with three new acts and a compere from the Fringe"]
    f.line("Tickets go on sale on the first of September:")
    for ev in lines:
        f.line(ev)
    f.y += 7
    f.heading("Workshops")
    # a listing whose first event wraps at the column's edge onto a short line
    f.line("Monday 9 November 10am — Throwing on the wheel for complete beginners, with tea and cake in the",
           "Times-Bold")
    f.line("interval", "Times-Bold")
    f.line("Tuesday 17 November 6pm — Glazing for returners", "Times-Bold")
    f.line("Wednesday 25 November 6pm — Raku firing in the yard", "Times-Bold")
    f.y += 7
    # near miss: justified prose whose lines happen to open with a word and a number
    f.heading("The Season So Far")
    for ln in ["Class sizes were capped at eight, so the Saturday workshops were full by the end of",
               "August 2026 and the Tuesday evenings soon after. Our thanks go to the volunteers in",
               "Room 2 and to the potters who lent their wheels for the extra classes held in",
               "Studio 4 over the summer. We hope to see you all again this winter."]:
        f.line(ln)
    f.y += 7
    f.heading("Box Office")
    f.para("The box office is open from Tuesday to Saturday, 10am to 4pm. Ring 0113 496 0962 to book.")
    c.showPage()
    c.save()


if __name__ == "__main__":
    heading_over_listing()
    event_listing()
