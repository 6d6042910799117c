#!/usr/bin/env python3
"""Writes the sample PDFs for an article's continuity: a story continued on a later page, and a
contents box beside a pull quote (with the near misses each rule must leave alone).

    python3 Samples/pdf/make_continuity_samples.py      # rewrite Samples/pdf-continued-article.pdf
                                                         # and Samples/pdf-contents-pullquote.pdf

Needs reportlab (pip install reportlab); deterministic (invariant=1), like make_samples.py, whose
typesetting it borrows. Samples/pdf/EXPECTED.md gives each PDF's reading order.
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import make_samples as ms  # noqa: E402  (the shared typesetting: wrap, Flow, masthead, fonts)

SAMPLES = ms.SAMPLES
PAGE_W, PAGE_H = ms.PAGE_W, ms.PAGE_H
MARGIN = ms.MARGIN
JUMP = ("Helvetica-Oblique", 8.5, 10.5)
QUOTE = ("Times-Italic", 14.0, 17.0)
BOX_HEAD = ("Helvetica-Bold", 10.0, 13.0)
BOX_ENTRY = ("Helvetica", 9.0, 11.5)


def folio(c, number):
    """The page number centred at the foot, between dashes."""
    c.setFont("Helvetica", 9)
    c.drawCentredString(PAGE_W / 2, 30, f"\u2013 {number} \u2013")


def single_column(c, top, bottom=780):
    return ms.Flow(c, [(MARGIN, top, PAGE_W - 2 * MARGIN, bottom)])


def continued_article(path):
    """A story stopped mid-sentence at the foot of its part on page 1 ("Continued on page 2") and
    finished on page 2 under its heading repeated with "(continued from page 1)"; another story's
    prose mentions "see page 2" in a sentence, which is no jump line."""
    c = ms.new_canvas(path)
    top = ms.masthead(c, "Harbourside News", "The newsletter of the Harbourside Residents' Group  |  Spring 2025")
    flow = single_column(c, top)
    flow.heading("Sea Wall Repairs")
    flow.paragraph(
        "The county council has at last confirmed the money for the sea wall between the slipway and the "
        "old lifeboat house. Surveyors spent two weeks in February measuring the cracks that opened in the "
        "winter storms, and their report found that the worst of the damage lies below the promenade railings.")
    flow.paragraph(
        "Work begins on the first Monday of April. The promenade will close in sections of about fifty "
        "metres, so that residents can still reach the beach steps at either end, and the contractors expect to")
    flow.line("Continued on page 2", JUMP)
    flow.heading("Beach Clean")
    flow.paragraph(
        "Our spring beach clean gathered forty volunteers and more than sixty bags of litter, most of it "
        "plastic rope and bottle tops. The dates for the summer cleans are on the noticeboard by the "
        "café, and the parish magazine lists them too: see page 2 of its April issue for the rest of "
        "the year. Gloves and pickers are provided.")
    folio(c, 1)
    c.showPage()
    flow = single_column(c, MARGIN)
    flow.heading("Allotment News")
    flow.paragraph(
        "Two plots have come free on the upper terrace. The waiting list is short this year, so anybody "
        "who would like to grow their own vegetables should put their name down with the secretary soon.")
    flow.heading("Sea Wall Repairs (continued from page 1)")
    flow.paragraph(
        "finish the work by the end of June, weather permitting. Deliveries of stone will come by barge at "
        "high water rather than along the seafront, which spares the road and the parked cars.")
    flow.paragraph(
        "A drop-in session with the engineers will be held in the church hall on the last Thursday of "
        "March, from four until seven, for anybody with questions about access or noise.")
    flow.heading("Dates for Your Diary")
    flow.paragraph(
        "The annual general meeting is on the fourteenth of May at half past seven in the church hall. "
        "Nominations for the committee should reach the secretary a week before.")
    folio(c, 2)
    c.showPage()
    c.save()


def rule(c, y, left=MARGIN, right=PAGE_W - MARGIN):
    c.setLineWidth(0.8)
    c.line(left, PAGE_H - y, right, PAGE_H - y)


def contents_pullquote(path):
    """A contents box ("In this issue", entries with dot leaders and "p.1") above a story with a pull
    quote set between rules that repeats one of its sentences, with a dash attribution; near misses:
    a quotation that repeats nothing (kept), and a price list and a timetable set with leaders."""
    c = ms.new_canvas(path)
    top = ms.masthead(c, "Harbourside News", "The newsletter of the Harbourside Residents' Group  |  Summer 2025")
    flow = single_column(c, top)
    flow.line("In this issue", BOX_HEAD)
    for entry in ["Lifeboat open day . . . . . . . . . . p.1", "Choir news . . . . . . . . . . . . . . p.1",
                  "Hall hire charges . . . . . . . . . . p.2", "Allotment prizes . . . . . . . . . . p.2"]:
        flow.line(entry, BOX_ENTRY)
    flow.y += 10
    flow.heading("Lifeboat Open Day")
    flow.paragraph(
        "The lifeboat station opens its doors on the second Saturday of July, from ten until four. Visitors "
        "can climb aboard the all-weather boat, watch a rescue demonstration in the harbour and try on the "
        "kit the crew wear in a storm. Every volunteer on the crew started as a complete beginner. The "
        "station is always glad to hear from anybody who lives or works within ten minutes of the harbour.")
    flow.y += 10
    rule(c, flow.y)
    flow.y += 4
    for line in ms.wrap("\u201cEvery volunteer on the crew started as a complete beginner\u201d", QUOTE, 360):
        flow.line(line, QUOTE)
    flow.line("\u2014 from the coxswain's talk", ms.SMALL)
    flow.y += 4
    rule(c, flow.y)
    flow.y += 6
    flow.paragraph(
        "Refreshments will be served by the station's fundraising team, and every penny raised goes to "
        "the running of the boat.")
    flow.heading("Choir News")
    flow.paragraph(
        "The harbour choir closed its season with a concert of sea songs in the parish church. The "
        "programme ended with an old fishermen's blessing that the choir sang unaccompanied:")
    flow.line("\u201cMay the tide be kind and the harbour lights burn bright\u201d", ("Times-Italic", 10.0, 12.5))
    flow.paragraph("Rehearsals begin again in September, and new singers are welcome in every part.")
    folio(c, 1)
    c.showPage()
    flow = single_column(c, MARGIN)
    flow.heading("Hall Hire Charges")
    flow.paragraph("The church hall can be hired by residents at the following rates for each session:")
    for entry in ["Morning session . . . . . . . . . . \u00a312", "Afternoon session . . . . . . . . . \u00a315",
                  "Evening session . . . . . . . . . . \u00a320"]:
        flow.line(entry, BOX_ENTRY)
    flow.paragraph("The ferry across the harbour runs through the summer at these times:")
    for entry in ["First crossing . . . . . . . . . . 7.15", "Midday crossing . . . . . . . . . 12.30",
                  "Last crossing . . . . . . . . . . 18.45"]:
        flow.line(entry, BOX_ENTRY)
    flow.heading("Allotment Prizes")
    flow.paragraph(
        "The prize for the best-kept plot goes to the Okafor family on the lower terrace, whose runner "
        "beans were the talk of the summer show.")
    folio(c, 2)
    c.showPage()
    c.save()


def main():
    continued_article(os.path.join(SAMPLES, "pdf-continued-article.pdf"))
    contents_pullquote(os.path.join(SAMPLES, "pdf-contents-pullquote.pdf"))


if __name__ == "__main__":
    main()
