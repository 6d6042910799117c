#!/usr/bin/env python3
"""Writes the sample newsletter PDFs in Samples/, one layout or defect each, and long PDFs.

    python3 Samples/pdf/make_samples.py                      # rewrite every Samples/pdf-*.pdf
    python3 Samples/pdf/make_samples.py --long 200 /tmp/long200.pdf   # a 200-page newsletter

Needs reportlab (pip install reportlab); pdf-tagged.pdf also needs LibreOffice (soffice).
Output is deterministic: reportlab runs with invariant=1, and the LibreOffice export has its
dates and document ID overwritten, so re-running gives identical bytes. The tests read the
committed PDFs and never run this script. Samples/pdf/EXPECTED.md gives each PDF's reading order.
"""
import io
import os
import random
import re
import shutil
import subprocess
import sys
import tempfile

from reportlab.lib.colors import Color, white, black
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen import canvas

HERE = os.path.dirname(os.path.abspath(__file__))
SAMPLES = os.path.dirname(HERE)
PAGE_W, PAGE_H = A4
MARGIN = 48
GUTTER = 20
SOFT = "\u00ad"  # a soft hyphen: a place a word may be broken at a line end

BODY = ("Times-Roman", 10.0, 12.5)
SMALL = ("Helvetica", 8.5, 10.5)
HEAD = ("Helvetica-Bold", 13.0, 16.0)
PARA_GAP = 8.0
LIGHT = Color(0.88, 0.91, 0.95)
DARK = Color(0.12, 0.23, 0.40)

# ---------------------------------------------------------------------------------------------
# Prose: invented newsletters of a parish, a primary school and a carers' charity.

PARISH = [
    ("From the Vicar",
     "As the evenings grow lighter I have been struck by how many of you have quietly kept the "
     "life of our parish going through a long and wet winter. The soup lunches in the church hall "
     "fed more than ninety people each week, the bell ringers never missed a practice, and the "
     "churchyard team cleared three skips of ivy from the old wall beside the lych gate. Thank you, "
     "every one of you, for the care you give to this place and to each other."),
    ("Flower Guild",
     "The flower guild welcomes new helpers of every level of experience. We meet in the vestry on "
     "the first Saturday of the month at ten o'clock to plan the arrangements for the coming weeks, "
     "and we always finish with coffee and cake. If you can spare an hour now and then, or would "
     "simply like to learn how the pedestal displays are built, please speak to Margaret after the "
     "Sunday service or leave a note in the box by the font."),
    ("Bells and Ringers",
     "Our band of ringers has grown to fourteen this year, including four teenagers who learned to "
     "handle a bell over the summer holidays. Practice night remains Tuesday from half past seven, "
     "and visitors are always welcome to climb the tower and watch from the ringing chamber. We "
     "hope to ring a quarter peal for the coronation anniversary in May."),
    ("Churchyard Working Party",
     "The working party meets on the second Saturday of each month from nine until noon. Tools, "
     "gloves and tea are provided, and there are jobs for every level of fitness, from raking "
     "leaves to recording the inscriptions on the older headstones for the parish archive. This "
     "spring we are planting a wildflower strip along the north path."),
    ("Lent Lunches",
     "Simple soup lunches will be served in the church hall every Friday during Lent from twelve "
     "until half past one. There is no charge, but donations will go to the food bank in the "
     "market square, which has seen demand rise by a third since the autumn."),
    ("Parish Giving",
     "Many thanks to everyone who has moved to regular giving by standing order. It helps the "
     "treasurer plan ahead and saves the cost of counting loose cash. Envelopes remain available "
     "at the back of the church for those who prefer them."),
]

SCHOOL = [
    ("Head Teacher's Welcome",
     "Welcome back to the summer term at Hillcrest Primary. The children have returned full of "
     "stories from the holidays, and the new outdoor classroom is finally finished after months of "
     "work by parents, governors and our wonderful site manager. Year 6 begin their revision "
     "sessions next week, and I know the whole school will be cheering them on."),
    ("Sports Day",
     "Sports day will take place on the top field on Friday 14 June, starting at half past nine. "
     "Parents and carers are warmly invited to watch and to join the final relay, which the staff "
     "team has lost three years running. Please make sure your child brings a named water bottle, "
     "a sun hat and sun cream, and that their trainers fit properly."),
    ("Reading Volunteers",
     "We are looking for volunteers who can spare an hour a week to listen to children read. No "
     "experience is needed, only patience and a love of stories. All volunteers are given a short "
     "training session and a friendly welcome in the staff room, and the children love having a "
     "new grown-up to share their books with."),
    ("Lunch Menus",
     "The new lunch menus start after half term and include a vegetarian choice every day, fresh "
     "fruit and a baked potato option. Families who may be eligible for free school meals are "
     "encouraged to apply through the office; the form takes five minutes and everything is kept "
     "confidential."),
    ("Lost Property",
     "The lost property box is overflowing again. Please label every item of uniform with your "
     "child's name. Anything unclaimed by the end of term will be washed and passed to the "
     "second-hand uniform sale run by the parents' association."),
    ("Dates for Your Diary",
     "Class photographs on Tuesday 4 June. Year 4 trip to the castle on Thursday 20 June. Summer "
     "fair on Saturday 29 June from noon, with a dog show, cake stall and tombola. The term ends "
     "on Friday 19 July at a quarter past two."),
]

CHARITY = [
    ("A Word from Our Chair",
     "This has been a year of growth for the Northgate Carers' Network. We now support more than "
     "six hundred unpaid carers across the district, and our peer groups meet in eleven towns and "
     "villages every month. None of it would be possible without our volunteers, who gave over "
     "nine thousand hours between them, and the local businesses who sponsored our autumn walk."),
    ("Looking After Yourself",
     "Caring for someone can be rewarding, but it can also be exhausting and lonely. Our wellbeing "
     "workers can help you plan a break, talk through your options and find support for the "
     "person you care for while you rest. A short conversation can make a real difference, and "
     "everything you tell us stays private unless someone is at risk of harm."),
    ("Young Carers",
     "Around one child in every classroom helps to look after a parent, brother or sister. Our "
     "young carers' club meets on Wednesday afternoons in term time for games, homework help and "
     "days out. Schools can refer a pupil directly, and families are always welcome to get in "
     "touch with us themselves."),
    ("Money Matters",
     "Many carers are missing out on benefits they are entitled to. Our advisers run free and "
     "confidential benefit checks by telephone or at our drop-in sessions, and can help you fill "
     "in the forms. Last year they helped carers claim more than two hundred thousand pounds."),
    ("Training for Carers",
     "Free courses this spring include moving and handling, first aid, managing medication and "
     "coping with stress. Sessions are held in the daytime and in the evening, and we can often "
     "pay for replacement care so that you are able to attend."),
    ("Volunteer With Us",
     "We are looking for befrienders, drivers and helpers at our peer groups. Volunteers receive "
     "full training, expenses and regular support from our volunteer coordinator, and most give "
     "two or three hours a week."),
]

CONTACTS = [
    ("Carers' helpline", "0300 123 4567"),
    ("Email", "help@northgatecarers.org.uk"),
    ("Website", "www.northgatecarers.org.uk"),
    ("Young carers' club", "01632 960 712"),
    ("Out of hours", "If you are worried about someone's safety tonight, call 999."),
]

GRID = [
    ("Background",
     "House fires still injure thousands of people each year, and most begin in the kitchen or "
     "with an electrical fault."),
    ("Smoke Alarms",
     "Fit an alarm on every floor and test it monthly by pressing the button until it sounds."),
    ("Escape Plan",
     "Agree a way out with everyone at home and keep door and window keys where all can reach."),
    ("Kitchen Safety",
     "Never leave pans unattended, and keep tea towels and packaging away from the hob."),
    ("Electrical Safety",
     "Do not overload sockets, and unplug chargers and heaters when they are not in use."),
    ("Candles and Heaters",
     "Keep candles in a holder, away from curtains, and out of the reach of children and pets."),
    ("Bedtime Checks",
     "Close inside doors at night to slow a fire's spread, and switch off appliances."),
    ("Further Help",
     "Book a free home safety visit from the volunteers; we fit alarms at no charge."),
]


# ---------------------------------------------------------------------------------------------
# Typesetting: words into lines, lines into columns, paragraphs that flow from column to column.

def width(text, font):
    return stringWidth(text, font[0], font[1])


def break_points(word):
    """Places where `word` may be broken at a line end: (head shown at the line end, tail)."""
    points = []
    for index, char in enumerate(word):
        if char == SOFT:
            points.append((word[:index].replace(SOFT, "") + "-", word[index + 1:]))
        elif char in "-/" and 0 < index < len(word) - 1:
            points.append((word[:index + 1].replace(SOFT, ""), word[index + 1:]))
    return points


def wrap(text, font, line_width):
    """Greedy lines of `text` no wider than `line_width`, breaking words at soft hyphens,
    hyphens and slashes when the whole word does not fit."""
    words = text.split()
    lines, current = [], ""
    while words:
        word = words.pop(0)
        clean = word.replace(SOFT, "")
        candidate = clean if not current else current + " " + clean
        if width(candidate, font) <= line_width:
            current = candidate
            continue
        fitted = None
        for head, tail in reversed(break_points(word)):
            trial = head if not current else current + " " + head
            if width(trial, font) <= line_width:
                fitted = (trial, tail)
                break
        if fitted:
            lines.append(fitted[0])
            words.insert(0, fitted[1])
            current = ""
        elif current:
            lines.append(current)
            current = ""
            words.insert(0, word)
        else:  # a single word wider than the line: set it anyway
            lines.append(clean)
    if current:
        lines.append(current)
    return lines


class Flow:
    """Sets headings and paragraphs down a list of column frames (x, top, width, bottom; top-down
    coordinates), moving to the next frame mid-paragraph when a frame is full."""

    def __init__(self, c, frames, justify=False, on_new_page=None):
        self.c = c
        self.frames = list(frames)
        self.index = 0
        self.y = self.frames[0][1]
        self.justify = justify
        self.on_new_page = on_new_page
        self.breaks = []  # (frame index, the line that opens the new frame)

    @property
    def frame(self):
        return self.frames[self.index]

    def next_frame(self):
        self.index += 1
        if self.index >= len(self.frames):
            raise RuntimeError("text does not fit in the frames")
        frame = self.frames[self.index]
        if frame == "page":
            self.c.showPage()
            if self.on_new_page:
                self.on_new_page()
            self.index += 1
        self.y = self.frame[1]

    def fits(self, leading):
        return self.y + leading <= self.frame[3]

    def line(self, text, font, justify=False):
        if not self.fits(font[2]):
            self.next_frame()
            self.breaks.append((self.index, text))
        x, _, frame_width, _ = self.frame
        self.y += font[2]
        baseline = PAGE_H - self.y + font[2] * 0.25
        t = self.c.beginText(x, baseline)
        t.setFont(font[0], font[1])
        spaces = text.count(" ")
        if justify and spaces:
            extra = (frame_width - width(text, font)) / spaces
            # A wide word space would read as a column gutter; such a line stays ragged.
            if extra < font[1]:
                t.setWordSpace(extra)
        t.textOut(text)
        self.c.drawText(t)

    def heading(self, text, font=HEAD):
        if self.y != self.frame[1]:
            self.y += PARA_GAP
        if not self.fits(font[2] + BODY[2] * 2):  # keep a heading with its first lines
            self.next_frame()
        for line in wrap(text, font, self.frame[2]):
            self.line(line, font)
        self.y += 2

    def paragraph(self, text, font=BODY, gap=True):
        if gap and self.y != self.frame[1]:
            self.y += PARA_GAP
        lines = wrap(text, font, self.frame[2])
        for number, line in enumerate(lines):
            if number and not self.fits(font[2]):
                # Re-wrap the rest for the next frame's width.
                rest = wrap(" ".join(lines[number:]), font, self.frame[2])
                self.next_frame()
                rest = wrap(" ".join(rest), font, self.frame[2])
                self.breaks.append((self.index, rest[0]))
                for later_number, later in enumerate(rest):
                    self.line(later, font, self.justify and later_number < len(rest) - 1)
                return
            self.line(line, font, self.justify and number < len(lines) - 1)


def columns(count, top, bottom, left=MARGIN, right=PAGE_W - MARGIN, gutter=GUTTER):
    column_width = (right - left - gutter * (count - 1)) / count
    return [(left + i * (column_width + gutter), top, column_width, bottom) for i in range(count)]


def masthead(c, title, subtitle, top=MARGIN):
    """A title across the page's width with a rule under it; returns where the text below starts."""
    c.setFont("Helvetica-Bold", 22)
    c.drawString(MARGIN, PAGE_H - top - 22, title)
    c.setFont("Helvetica", 10)
    c.drawString(MARGIN, PAGE_H - top - 40, subtitle)
    c.setLineWidth(1)
    c.line(MARGIN, PAGE_H - top - 48, PAGE_W - MARGIN, PAGE_H - top - 48)
    return top + 64


def new_canvas(path):
    c = canvas.Canvas(path, pagesize=A4, invariant=1, pageCompression=1)
    c.setAuthor("Galley samples")
    c.setTitle(os.path.basename(path))
    return c


def set_articles(flow, articles):
    for heading, text in articles:
        flow.heading(heading)
        flow.paragraph(text)


# ---------------------------------------------------------------------------------------------
# The samples.

def two_columns(path):
    c = new_canvas(path)
    top = masthead(c, "Riverside Parish News", "The newsletter of St Aidan's, Riverside  |  April 2024")
    flow = Flow(c, columns(2, top, 470))
    set_articles(flow, PARISH[:4])
    c.showPage()
    c.save()
    return flow.breaks


def three_columns(path):
    c = new_canvas(path)
    top = masthead(c, "Hillcrest Primary School", "Summer term newsletter  |  Issue 3")
    flow = Flow(c, columns(3, top, 520))
    set_articles(flow, SCHOOL)
    c.showPage()
    c.save()
    return flow.breaks


def sidebar_contacts(path):
    c = new_canvas(path)
    top = masthead(c, "Northgate Carers' Network", "News for unpaid carers and the people who support them  |  Spring 2024")
    side_w = 130
    # A shaded sidebar down the left, set smaller, beside two columns of articles.
    c.setFillColor(LIGHT)
    c.rect(MARGIN, PAGE_H - 470, side_w, 470 - top + 6, stroke=0, fill=1)
    c.setFillColor(black)
    side = Flow(c, [(MARGIN + 8, top + 4, side_w - 16, 462)])
    side.heading("Useful Contacts", ("Helvetica-Bold", 11.0, 14.0))
    for label, value in CONTACTS:
        side.paragraph(label, ("Helvetica-Bold", 8.5, 10.5))
        side.paragraph(value, SMALL, gap=False)
    main = Flow(c, columns(2, top, 470, left=MARGIN + side_w + GUTTER))
    set_articles(main, CHARITY[:4])
    c.showPage()
    c.save()
    return main.breaks


def numbered_grid(path):
    c = new_canvas(path)
    top = masthead(c, "Eight Steps to a Safer Home", "Meadowvale Fire Safety Volunteers  |  A guide for every household")
    cols, rows = 2, 4
    box_w = (PAGE_W - 2 * MARGIN - GUTTER) / cols
    box_h = 120
    # Numbered row by row (01 02 / 03 04 / ...), but drawn in a scrambled order so the content
    # stream's order is neither row-major nor column-major.
    for index in [5, 2, 7, 0, 6, 3, 1, 4]:
        row, col = divmod(index, cols)
        x = MARGIN + col * (box_w + GUTTER)
        y = top + row * (box_h + 14)
        c.setStrokeColor(DARK)
        c.setLineWidth(1.2)
        c.roundRect(x, PAGE_H - y - box_h, box_w, box_h, 8, stroke=1, fill=0)
        heading, text = GRID[index]
        flow = Flow(c, [(x + 12, y + 8, box_w - 24, y + box_h - 6)])
        flow.heading("%02d %s" % (index + 1, heading), ("Helvetica-Bold", 12.0, 15.0))
        flow.paragraph(text, BODY, gap=False)
    c.showPage()
    c.save()
    return []


def banner_contents(path):
    c = new_canvas(path)
    # A dark banner across the page with the title reversed out in white.
    c.setFillColor(DARK)
    c.rect(0, PAGE_H - 120, PAGE_W, 120, stroke=0, fill=1)
    c.setFillColor(white)
    c.setFont("Helvetica-Bold", 30)
    c.drawString(MARGIN, PAGE_H - 70, "St Aidan's Parish Magazine")
    c.setFont("Helvetica", 12)
    c.drawString(MARGIN, PAGE_H - 96, "Easter 2024  |  Free  |  Please take one home")
    c.setFillColor(black)
    contents = [("From the Vicar", 2), ("Flower Guild", 2), ("Bells and Ringers", 3), ("Churchyard Working Party", 3),
                ("Lent Lunches", 4), ("Parish Giving", 4), ("Services in Holy Week", 5), ("Children's Corner", 5),
                ("Baptisms and Funerals", 6), ("Who's Who", 6)]
    c.setFont("Helvetica-Bold", 14)
    c.drawString(MARGIN, PAGE_H - 150, "In This Issue")
    frames = columns(2, 160, 160 + 5 * 14)
    font = ("Helvetica", 10.0, 14.0)
    for half in range(2):
        x, y, w, _ = frames[half]
        for title, page in contents[half * 5:half * 5 + 5]:
            y += font[2]
            label = title + " "
            number = " %d" % page
            dots = "." * int((w - width(label, font) - width(number, font)) / width(".", font))
            c.setFont(font[0], font[1])
            c.drawString(x, PAGE_H - y, label + dots + number)
    flow = Flow(c, columns(2, 270, 700))
    set_articles(flow, PARISH[:5])
    c.showPage()
    c.save()
    return flow.breaks


def charity_page(c, number, articles):
    top = masthead(c, "Northgate Carers' Network", "Members' newsletter  |  Page %d" % number)
    flow = Flow(c, columns(2, top, 760))
    set_articles(flow, articles)
    c.showPage()


def repeated_page(path):
    c = new_canvas(path)
    charity_page(c, 1, CHARITY[:3])
    charity_page(c, 2, CHARITY[3:])
    charity_page(c, 1, CHARITY[:3])  # printed twice by mistake
    c.save()
    return []


HYPHENATION = [
    ("Supporting Young People",
     "Our youth workers offer con\u00adfi\u00adden\u00adtial support to young people who self-harm or who "
     "are worried about a friend. The com\u00admun\u00adity drop-in runs every Thursday at the "
     "neigh\u00adbour\u00adhood centre, and staff can talk about self-harm, anxiety, exam stress and "
     "well-being without judge\u00adment. Parents and care\u00adgivers are wel\u00adcome to a separate "
     "in\u00adfor\u00adma\u00adtion evening each month."),
    ("Community Garden",
     "The com\u00admun\u00adity garden behind the library has doubled in size thanks to twenty-one "
     "volun\u00adteers who cleared the old allot\u00adments over the winter. Raised beds are now "
     "avail\u00adable to local fam\u00adilies, the primary school and the after-school club, and a "
     "fortnightly work\u00adshop covers com\u00adpost\u00ading, seed-saving and water-wise plant\u00ading. "
     "Anyone can drop in on Saturday morn\u00adings; gloves and tools are pro\u00advided."),
    ("Keeping Safe Online",
     "A free work\u00adshop for parents explains privacy settings, online bullying and how to talk "
     "with children about self-image and self-esteem. Our co-ordinator will also demon\u00adstrate "
     "parental controls on the most popular games consoles, introduce the com\u00admun\u00adity safety "
     "officer, and there will be time for "
     "ques\u00adtions. The session is suit\u00adable for grand\u00adparents and foster carers too, "
     "and a crèche is available on request for younger children."),
]


def hyphenation(path):
    c = new_canvas(path)
    top = masthead(c, "Eastbrook Community Matters", "Spring bulletin of the Eastbrook Community Association")
    flow = Flow(c, columns(3, top, 330), justify=True)
    set_articles(flow, HYPHENATION)
    c.showPage()
    c.save()
    return flow.breaks


def long_urls(path):
    c = new_canvas(path)
    top = masthead(c, "Westfield Residents' Bulletin", "Links and resources  |  Summer 2024")
    main_w = 300
    flow = Flow(c, [(MARGIN, top, main_w, 760)])
    set_articles(flow, [
        ("Consultation on the Town Plan",
         "The council is asking residents for their views on the draft town plan, which sets out "
         "where new homes, shops and green spaces could go over the next fifteen years. Paper copies "
         "are in the library, and the full documents are online; the links in the column on the "
         "right take you straight to each part."),
        ("Bus Timetable Changes",
         "From September the number 12 bus will run every twenty minutes during the day and will "
         "call at the new health centre. Evening services are unchanged."),
    ])
    side = Flow(c, [(MARGIN + main_w + 30, top, PAGE_W - 2 * MARGIN - main_w - 30, 760)])
    side.heading("Useful Links", ("Helvetica-Bold", 11.0, 14.0))
    for label, url in [
        ("Draft town plan:", "https://www.westfield-example-council.gov.uk/planning/local-plan/draft-town-plan-2024-consultation.pdf"),
        ("Comment online:", "https://consult.westfield-example-council.gov.uk/planning-policy/town-plan-2024/respond"),
        ("Bus timetables:", "https://www.example-buses.co.uk/timetables/westfield-town-services/route-12-weekday.pdf"),
        ("Volunteer enquiries:", "neighbourhood-volunteering@westfield-example-council.gov.uk"),
    ]:
        side.paragraph(label + " " + url, SMALL)
    c.showPage()
    c.save()
    return []


def running_header(path):
    c = new_canvas(path)
    page = [1]

    def furniture():
        c.setFont("Helvetica-Oblique", 8)
        c.drawString(MARGIN, PAGE_H - 30, "Parish Newsletter \u2014 Spring 2024")
        c.setLineWidth(0.5)
        c.line(MARGIN, PAGE_H - 34, PAGE_W - MARGIN, PAGE_H - 34)
        c.setFont("Helvetica", 8)
        c.drawCentredString(PAGE_W / 2, 28, "Page %d" % page[0])

    furniture()
    frames = []
    for _ in range(4):
        frames += columns(2, 60, 370) + ["page"]
    flow = Flow(c, frames[:-1], on_new_page=lambda: (page.__setitem__(0, page[0] + 1), furniture()))
    set_articles(flow, PARISH + SCHOOL + CHARITY)
    assert page[0] == 4, "the articles should run onto the fourth page"
    c.showPage()
    c.save()
    return flow.breaks


def click_here(path):
    c = new_canvas(path)
    top = masthead(c, "Harbour Lights Food Bank", "Winter appeal  |  December 2024")
    flow = Flow(c, [(MARGIN, top, PAGE_W - 2 * MARGIN, 400)])
    set_articles(flow, [
        ("Our Winter Appeal",
         "Every winter more families in the harbour district need help to put food on the table. This "
         "year we aim to fill two thousand emergency parcels, each with enough food for three days. "
         "You can give online in under a minute, and every pound is spent on food for local people."),
    ])
    button = (MARGIN, PAGE_H - flow.y - 60, 140, 32)
    c.setFillColor(DARK)
    c.roundRect(*button, 6, stroke=0, fill=1)
    c.setFillColor(white)
    c.setFont("Helvetica-Bold", 14)
    c.drawCentredString(button[0] + button[2] / 2, button[1] + 11, "CLICK HERE")
    c.setFillColor(black)
    c.linkURL("https://www.harbourlights-example.org.uk/donate", (button[0], button[1], button[0] + button[2], button[1] + button[3]), relative=0)
    c.setFont("Times-Roman", 10)
    c.drawString(button[0] + button[2] + 14, button[1] + 11, "to donate to the winter appeal today.")
    c.showPage()
    c.save()
    return []


def rotated_caption(path):
    from PIL import Image, ImageDraw

    c = new_canvas(path)
    top = masthead(c, "Greenway Litter Pickers", "Keeping our streets and riverbanks clean  |  May 2024")
    # A picture: a plain drawn scene, with a credit set in tiny type on top of it.
    img = Image.new("RGB", (240, 160), (150, 190, 140))
    draw = ImageDraw.Draw(img)
    draw.rectangle([0, 0, 240, 70], fill=(170, 205, 235))
    draw.ellipse([30, 60, 110, 140], fill=(90, 130, 80))
    buffer = io.BytesIO()
    img.save(buffer, format="PNG")
    buffer.seek(0)
    from reportlab.lib.utils import ImageReader
    px, py, pw, ph = MARGIN + 20, top, 240, 160
    c.drawImage(ImageReader(buffer), px, PAGE_H - py - ph, pw, ph)
    c.setFont("Helvetica", 6)
    c.setFillColor(white)
    c.drawString(px + 6, PAGE_H - py - ph + 6, "Photo: Greenway Litter Pickers")
    c.setFillColor(black)
    # A caption turned 90 degrees, up the picture's left side.
    c.saveState()
    c.translate(px - 6, PAGE_H - py - ph)
    c.rotate(90)
    c.setFont("Helvetica-Oblique", 8)
    c.drawString(0, 0, "Volunteers at the spring river clean")
    c.restoreState()
    flow = Flow(c, [(px + pw + GUTTER, top, PAGE_W - MARGIN - (px + pw + GUTTER), 760)])
    set_articles(flow, [
        ("Spring River Clean",
         "Forty-two volunteers turned out on a bright Sunday in April to clear the riverbank between "
         "the old mill and the footbridge. Between them they filled sixty bags, recovered two "
         "shopping trolleys and a bicycle, and recorded every item for the national litter survey."),
    ])
    flow2 = Flow(c, [(MARGIN, py + ph + 30, PAGE_W - 2 * MARGIN, 760)])
    set_articles(flow2, [
        ("Join Us",
         "We meet on the first Sunday of every month at ten o'clock by the library. Pickers, bags and "
         "gloves are provided, and children are welcome with an adult."),
    ])
    c.showPage()
    c.save()
    return []


FODT = """<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
 xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"
 office:version="1.2" office:mimetype="application/vnd.oasis.opendocument.text">
 <office:styles>
  <style:style style:name="Standard" style:family="paragraph">
   <style:paragraph-properties fo:margin-bottom="0.2cm"/>
   <style:text-properties style:font-name="Liberation Serif" fo:font-size="10pt"/>
  </style:style>
  <style:style style:name="Heading_20_1" style:display-name="Heading 1" style:family="paragraph">
   <style:text-properties fo:font-size="20pt" fo:font-weight="bold"/>
  </style:style>
  <style:style style:name="Heading_20_2" style:display-name="Heading 2" style:family="paragraph">
   <style:paragraph-properties fo:margin-top="0.3cm"/>
   <style:text-properties fo:font-size="13pt" fo:font-weight="bold"/>
  </style:style>
 </office:styles>
 <office:automatic-styles>
  <style:style style:name="Sect1" style:family="section">
   <style:section-properties><style:columns fo:column-count="2" fo:column-gap="0.6cm"/></style:section-properties>
  </style:style>
 </office:automatic-styles>
 <office:body><office:text>
  <text:h text:style-name="Heading_20_1" text:outline-level="1">Hillcrest Primary School</text:h>
  <text:p text:style-name="Standard">Summer term newsletter</text:p>
  <text:section text:style-name="Sect1" text:name="Columns">
%s
  </text:section>
 </office:text></office:body>
</office:document>
"""


def tagged(path):
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if not soffice:
        print("skipped %s: LibreOffice (soffice) is not installed" % os.path.basename(path), file=sys.stderr)
        return None
    body = "".join(
        '  <text:h text:style-name="Heading_20_2" text:outline-level="2">%s</text:h>\n'
        '  <text:p text:style-name="Standard">%s</text:p>\n' % (h, t.replace("'", "&apos;")) for h, t in SCHOOL)
    with tempfile.TemporaryDirectory() as work:
        source = os.path.join(work, "pdf-tagged.fodt")
        with open(source, "w", encoding="utf-8") as f:
            f.write(FODT % body)
        options = 'pdf:writer_pdf_Export:{"UseTaggedPDF":{"type":"boolean","value":"true"}}'
        subprocess.run([soffice, "--headless", "-env:UserInstallation=file://%s/profile" % work,
                        "--convert-to", options, "--outdir", work, source],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        with open(os.path.join(work, "pdf-tagged.pdf"), "rb") as f:
            data = f.read()
    # Same-length overwrites keep the cross-reference offsets valid.
    data = re.sub(rb"D:\d{14}[^)]*", lambda m: b"D:20240101000000"[:len(m.group(0))].ljust(len(m.group(0)), b"0"), data)
    data = re.sub(rb"<[0-9A-Fa-f]{32}>", b"<" + b"0" * 32 + b">", data)
    data = re.sub(rb"/DocChecksum /[0-9A-Fa-f]{32}", b"/DocChecksum /" + b"0" * 32, data)
    with open(path, "wb") as f:
        f.write(data)
    return []


SAMPLES_BY_NAME = {
    "pdf-two-columns.pdf": two_columns,
    "pdf-three-columns.pdf": three_columns,
    "pdf-sidebar-contacts.pdf": sidebar_contacts,
    "pdf-numbered-grid.pdf": numbered_grid,
    "pdf-banner-contents.pdf": banner_contents,
    "pdf-repeated-page.pdf": repeated_page,
    "pdf-hyphenation.pdf": hyphenation,
    "pdf-long-urls.pdf": long_urls,
    "pdf-running-header.pdf": running_header,
    "pdf-click-here.pdf": click_here,
    "pdf-rotated-caption.pdf": rotated_caption,
    "pdf-tagged.pdf": tagged,
}


# ---------------------------------------------------------------------------------------------
# Long newsletters for leak checks and benchmarks (not committed).

LEAD_WORDS = ("news latest update friends neighbours members this month week season again welcome reminder "
              "thanks notice good reports plans ahead please note local autumn winter spring summer").split()


def varied(articles, rng):
    """The articles' headings with new text: sentences drawn from all of them, numbers changed,
    so no two pages print the same lines."""
    sentences = [part.strip() + "." for _, text in articles for part in text.split(". ") if part.strip()]
    out = []
    for heading, _ in rng.sample(articles, len(articles)):
        text = " ".join(rng.sample(sentences, rng.randint(3, 6))).replace("..", ".")
        text = re.sub(r"\b(\d+)\b", lambda m: str(int(m.group(1)) + rng.randint(1, 9)), text)
        # A lead-in of random length shifts every line break, so no line repeats an earlier page's.
        lead = " ".join(rng.choice(LEAD_WORDS) for _ in range(rng.randint(2, 9)))
        out.append((heading, lead.capitalize() + ": " + text))
    return out


def long_newsletter(pages, path):
    rng = random.Random(pages)
    c = new_canvas(path)
    themes = [PARISH, SCHOOL, CHARITY]
    for number in range(1, pages + 1):
        layout = number % 4
        theme = themes[number % 3]
        top = masthead(c, "Community Newsletter", "Page %d of %d" % (number, pages))
        if layout == 0:
            flow = Flow(c, columns(2, top, 780))
        elif layout == 1:
            flow = Flow(c, columns(3, top, 780))
        elif layout == 2:
            c.setFillColor(LIGHT)
            c.rect(MARGIN, PAGE_H - 780, 130, 780 - top, stroke=0, fill=1)
            c.setFillColor(black)
            side = Flow(c, [(MARGIN + 8, top + 4, 114, 772)])
            for label, value in CONTACTS:
                side.paragraph(label + ": " + value, SMALL)
            flow = Flow(c, columns(2, top, 780, left=MARGIN + 150))
        else:
            flow = Flow(c, columns(2, top, 780), justify=True)
        try:
            set_articles(flow, varied(theme, rng) + varied(themes[(number + 1) % 3], rng))
        except RuntimeError:
            pass  # the page is full
        c.showPage()
    c.save()


def main(argv):
    if len(argv) >= 3 and argv[0] == "--long":
        long_newsletter(int(argv[1]), argv[2])
        return
    names = argv or list(SAMPLES_BY_NAME)
    for name in names:
        path = os.path.join(SAMPLES, name)
        breaks = SAMPLES_BY_NAME[name](path)
        if breaks is None:
            continue
        print(name, "column breaks:", breaks)


if __name__ == "__main__":
    main(sys.argv[1:])
