#!/usr/bin/env python3
"""Held-out newsletters from word processors and hand-placed layout tools, with ground truth.

usage: python3 make_holdout_wordproc.py [WA WB WC WD]     (no arguments: rebuild all)

Writes <id>.pdf, <id>.txt (pdftotext default dump) and <id>.truth.json next to this script, in the format of
the shared development corpus (its README, "Truth format" and "Truth conventions"). They imitate newsletters
that volunteers make in Word, Pages or Publisher, where heading precision collapses: bold lists of names, bold
event lines, bold sentences for emphasis, ALL-CAPS labels, headings barely larger than the body.

- WA: python-docx → LibreOffice, A4. No header on page 1, odd/even headers and footers after it; a one-column
  intro, then a continuous section break to two columns mid-page; headings 12.5 pt over an 11 pt body; a
  heading with a manual line break; a "Heading 1"-styled long sentence that is not a heading; tab-stop event
  lines in bold; a bold thank-you list of names; a bold emphasis sentence; an ALL-CAPS label line; a photo
  with an italic caption; a boxed (bordered, shaded) notice; a contact block of tab-aligned Label: value lines.
- WB: python-docx → AbiWord (`abiword --to=pdf`), A4, one column. Headings in body size, coloured and
  underlined; a long justified heading that wraps onto two lines; an article continued on page 2
  ("Continued on page 2" / "(continued from page 1)"); bold event lines; a bold committee list; ALL-CAPS labels;
  a contact block; footer page numbers.
- WC: fpdf2, A4, hand-placed two columns (every paragraph placed into a column box, Publisher-like); headings
  only 1.5 pt larger than the body; a justified heading wrapped in a narrow column; bold event lines; a bold list
  of volunteers; a boxed notice drawn as a rectangle; a photo with an italic caption; a contact block of label
  and value cells; ALL-CAPS labels; running header and footer on page 2.
- WD: fpdf2, A5, one column (Pages-like); headings in body size, coloured; bold emphasis sentences; a bold
  thank-you list; bold event lines; an article continued on the next page; a contact block; page numbers.

All prose is invented, in British English; domains are example-… domains; phone numbers are in Ofcom's drama
ranges (01632 960xxx, 020 7946 0xxx). Reuses the truth helpers of the shared corpus generator
(/work/shared/corpus/make_corpus.py, or $GALLEY_CORPUS)."""
import os, subprocess, sys, tempfile
from pathlib import Path

OUT = Path(__file__).resolve().parent
sys.path.insert(0, os.environ.get("GALLEY_CORPUS", "/work/shared/corpus"))
import make_corpus as mc  # noqa: E402
from make_corpus import Truth, photo, docx_field, docx_cols, docx_borders  # noqa: E402

mc.OUT = OUT
FONTS = "/usr/share/fonts/truetype/liberation"


def soffice_pdf(tmp, docx):
    subprocess.run(["nice", "soffice", f"-env:UserInstallation={(tmp / 'lo').as_uri()}", "--headless",
                    "--convert-to", "pdf", "--outdir", str(tmp), str(docx)], check=True, capture_output=True,
                   timeout=300)
    return docx.with_suffix(".pdf")


def abiword_pdf(tmp, src):
    dst = src.with_suffix(".pdf")
    subprocess.run(["nice", "abiword", f"--to={dst}", str(src)], check=True, capture_output=True, timeout=300,
                   env={**os.environ, "HOME": str(tmp)})
    return dst


def docx_shade(par, fill):
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    shd = OxmlElement("w:shd"); shd.set(qn("w:val"), "clear"); shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill); par._p.get_or_add_pPr().append(shd)


def run(par, text, bold=False, italic=False, size=None, color=None, underline=False, caps=False):
    from docx.shared import Pt, RGBColor
    r = par.add_run(text); r.bold = bold; r.italic = italic; r.underline = underline
    if size:
        r.font.size = Pt(size)
    if color:
        r.font.color.rgb = RGBColor.from_string(color)
    return r


# ================================================================ WA: python-docx → LibreOffice, A4
WA_TITLE = "The Millbrook Messenger"
WA_DATE = "Newsletter of the Millbrook Allotment and Garden Society · Spring 2026"
WA_CHAIR = ("From the Chair", [
    "Spring has arrived on the plots at last, and with it the first proper work of the year. After the wettest "
    "winter anybody can remember, the lower field has finally drained and the path beside the brook is firm "
    "enough to take a wheelbarrow again. My thanks to everybody who turned out in February to clear the ditch.",
    "We welcomed eleven new plot holders over the winter, which means that the waiting list is shorter than it "
    "has been for a decade. If you see an unfamiliar face on the site, please say hello and point them towards "
    "the trading hut, where the kettle is always on on a Sunday morning.",
])
WA_RENEW = ("Every plot holder must return the renewal form and pay the annual rent by 31 March, or the plot "
            "will be offered to the next person on the waiting list.")
WA_EVENTS_H = "Plant Sale and Open Day"
WA_EVENTS_P = ("Our spring events are the society's main source of income after the rents, and every one of "
               "them depends on volunteers. Please put these dates in your diary:")
WA_EVENTS = [("Saturday 2 May", "Plant sale at the trading hut, 10am to 1pm"),
             ("Sunday 17 May", "Seed swap and potting demonstration, 2pm"),
             ("Saturday 13 June", "Open Day and cream teas, 11am to 4pm")]
WA_EVENTS_P2 = ("If you can spare a tray of seedlings for the plant sale, please bring it to the hut on the "
                "Friday evening before. Labels and pots are provided.")
WA_HOSE = "Please do not leave hosepipes running overnight on any plot."
WA_WATER_H = "Water and Hosepipes"
WA_WATER_P = [
    "Last summer the society's water bill doubled, largely because taps were left running into water butts "
    "that were already full. The committee has fitted new self-closing taps to the four troughs on the upper "
    "field and will do the same on the lower field by June.",
    "Water butts are the cheapest way to save both water and money, and the trading hut now sells them at cost "
    "to members. Ask Hamid on a Sunday morning to order one.",
]
WA_LABEL = "REMINDER"
WA_LABEL_P = ("Bonfires are allowed only between October and March, and never when the wind is blowing "
              "towards the houses on Weir Lane.")
WA_WORK_H = ("Spring Work Party:", "Clearing the Orchard Path")
WA_WORK_P = [
    "The old orchard path has disappeared under brambles, and the community orchard group would like to open it "
    "up again before the blossom comes. The work party meets at the orchard gate on Saturday 11 April at ten.",
    "Bring gloves, loppers and a flask. The society will provide the skip, the sandwiches and a great deal of "
    "encouragement from the committee.",
]
WA_CAPTION = "Volunteers at the February ditch-clearing, with the lower field finally dry behind them."
WA_THANKS_H = "Thank You"
WA_THANKS_P = "The committee would like to thank the following members for their help over the winter:"
WA_THANKS = ["Dorothy Achterberg", "Kwame Osei-Bonsu", "Priya Lakhani", "Tom and Ellen Gascoigne"]
WA_THANKS_P2 = ("Without them the ditch would still be full and the hut roof would still be leaking onto the "
                "seed potatoes.")
WA_BOX_H = "Trading Hut Opening Times"
WA_BOX_P = ("The hut is open every Sunday from 10am to noon and on Wednesday evenings from 6pm to 7pm between "
            "April and September. Members pay by card or cash.")
WA_CONTACT_H = "Contact the Society"
WA_CONTACT = [("Secretary:", "Hamid Rahimi"), ("Tel:", "01632 960 412"),
              ("Email:", "secretary@example-millbrook-allotments.org.uk"),
              ("Web:", "www.example-millbrook-allotments.org.uk")]
WA_HEADER_ODD = "Millbrook Allotment and Garden Society · Spring 2026"
WA_HEADER_EVEN = "The Millbrook Messenger · Spring 2026"


def make_wa(tmp):
    from docx import Document
    from docx.shared import Pt, Cm
    from docx.enum.section import WD_SECTION
    from docx.enum.text import WD_BREAK
    doc = Document()
    s0 = mc.docx_base(doc, "Liberation Serif", 11, 21.0, 29.7, 2.0)
    doc.settings.odd_and_even_pages_header_footer = True
    s0.different_first_page_header_footer = True
    s0.header.paragraphs[0].text = WA_HEADER_ODD; s0.header.paragraphs[0].alignment = 2
    s0.even_page_header.paragraphs[0].text = WA_HEADER_EVEN
    for ft, align in ((s0.footer, 2), (s0.even_page_footer, 0), (s0.first_page_footer, 1)):
        p = ft.paragraphs[0]; p.alignment = align; p.add_run("Page "); docx_field(p, "PAGE")
    h1 = doc.styles["Heading 1"]; h1.font.name = "Liberation Sans"; h1.font.size = Pt(12.5); h1.font.bold = True
    from docx.shared import RGBColor
    h1.font.color.rgb = RGBColor(0x2F, 0x5D, 0x2A)
    h1.paragraph_format.space_before = Pt(10); h1.paragraph_format.space_after = Pt(3)

    def head(text):
        p = doc.add_paragraph(style="Heading 1")
        if isinstance(text, tuple):
            p.add_run(text[0]); p.add_run().add_break(WD_BREAK.LINE); p.add_run(text[1])
        else:
            p.add_run(text)
        return p

    def para(text, bold=False, just=True):
        p = doc.add_paragraph(); run(p, text, bold=bold)
        p.paragraph_format.space_after = Pt(6)
        if just:
            p.paragraph_format.alignment = 3
        return p

    t = doc.add_paragraph(); run(t, WA_TITLE, bold=True, size=28, color="2F5D2A")
    para(WA_DATE, just=False)
    head(WA_CHAIR[0])
    for p in WA_CHAIR[1]:
        para(p)
    s1 = doc.add_section(WD_SECTION.CONTINUOUS); docx_cols(s1, 2, 500)
    # a long sentence a volunteer styled "Heading 1" to make it stand out
    doc.add_paragraph(WA_RENEW, style="Heading 1")
    head(WA_EVENTS_H)
    para(WA_EVENTS_P)
    for d, e in WA_EVENTS:
        p = doc.add_paragraph(); p.paragraph_format.tab_stops.add_tab_stop(Cm(3.3))
        p.paragraph_format.space_after = Pt(2); run(p, f"{d}\t{e}", bold=True)
    para(WA_EVENTS_P2)
    para(WA_HOSE, bold=True)
    head(WA_WATER_H)
    for p in WA_WATER_P:
        para(p)
    p = doc.add_paragraph(); run(p, WA_LABEL, bold=True); p.paragraph_format.space_after = Pt(0)
    para(WA_LABEL_P)
    head(WA_WORK_H)
    para(WA_WORK_P[0])
    img = photo(tmp / "wa.jpg", 61)
    p = doc.add_paragraph(); p.add_run().add_picture(str(img), width=Cm(7.5))
    c = doc.add_paragraph(); run(c, WA_CAPTION, italic=True, size=9)
    para(WA_WORK_P[1])
    head(WA_THANKS_H)
    para(WA_THANKS_P)
    for n in WA_THANKS:
        p = doc.add_paragraph(); run(p, n, bold=True); p.paragraph_format.space_after = Pt(0)
    para(WA_THANKS_P2)
    bh = doc.add_paragraph(); run(bh, WA_BOX_H, bold=True, size=11.5); docx_borders(bh, "2F5D2A", para=True)
    docx_shade(bh, "EEF4E8"); bh.paragraph_format.space_after = Pt(0)
    bh.paragraph_format.keep_with_next = True
    bp = doc.add_paragraph(); run(bp, WA_BOX_P); docx_borders(bp, "2F5D2A", para=True); docx_shade(bp, "EEF4E8")
    s2 = doc.add_section(WD_SECTION.CONTINUOUS); docx_cols(s2, 1)
    head(WA_CONTACT_H)
    for lab, val in WA_CONTACT:
        p = doc.add_paragraph(); p.paragraph_format.tab_stops.add_tab_stop(Cm(3)); p.paragraph_format.space_after = Pt(0)
        run(p, lab, bold=True); run(p, "\t" + val)
    src = tmp / "WA.docx"; doc.save(src)
    pdf = soffice_pdf(tmp, src)
    import shutil; shutil.copy(pdf, OUT / "WA.pdf")
    tr = Truth(WA_TITLE)
    tr.section(WA_TITLE, 1); tr.para(WA_DATE)
    tr.section(WA_CHAIR[0]); [tr.para(p) for p in WA_CHAIR[1]]
    tr.para(WA_RENEW)
    tr.section(WA_EVENTS_H); tr.para(WA_EVENTS_P); tr.items(f"{d} {e}" for d, e in WA_EVENTS)
    tr.para(WA_EVENTS_P2); tr.para(WA_HOSE)
    tr.section(WA_WATER_H); [tr.para(p) for p in WA_WATER_P]; tr.para(WA_LABEL); tr.para(WA_LABEL_P)
    tr.section(" ".join(WA_WORK_H)); tr.para(WA_WORK_P[0]); tr.para(WA_CAPTION); tr.para(WA_WORK_P[1])
    tr.section(WA_THANKS_H); tr.para(WA_THANKS_P); tr.items(WA_THANKS); tr.para(WA_THANKS_P2)
    tr.section(WA_BOX_H); tr.para(WA_BOX_P)
    tr.section(WA_CONTACT_H); tr.items(f"{l} {v}" for l, v in WA_CONTACT)
    tr.url("secretary@example-millbrook-allotments.org.uk", "www.example-millbrook-allotments.org.uk")
    n = mc.pymupdf.open(str(OUT / "WA.pdf")).page_count
    tr.noise(WA_HEADER_ODD if n > 2 else WA_HEADER_EVEN, *[f"Page {i}" for i in range(1, n + 1)])
    return tr


# ================================================================ WB: python-docx → AbiWord, A4
WB_TITLE = "Green Matters"
WB_DATE = "Hollins Green Residents' Association · Issue 41 · May 2026"
WB_BLUE = "1F4E9A"
WB_ARTS = {
    "chair": ("Chairman's Report", [
        "It has been a busy spring for the association. The consultation on the new crossing outside the primary "
        "school closed in April with more than three hundred responses, almost all of them in favour, and the "
        "county council has promised a decision before the summer holidays.",
        "We have also been asked by several residents about the empty shop units on the parade. The landlord tells "
        "us that two of them are now under offer, one to a bakery and one to a dentist, and that work on the "
        "frontages should begin in June. We will keep pressing for the third unit to be offered to a community "
        "use at a reduced rent.",
    ], [
        "Finally, a word about the annual general meeting. Only twenty-four members came last year, which is "
        "not enough to give the committee a proper mandate. This year the meeting will be short, there will be "
        "cake, and the guest speaker is the ranger from the country park, who has promised photographs of the "
        "otters.",
        "Thank you, as ever, to everybody who delivers this newsletter. Without you it would be a very expensive "
        "pile of paper in my spare room.",
    ]),
    "litter": ("The Great Hollins Green Litter Pick Returns for Its Tenth Year on the Common and the Canal Towpath", [
        "Volunteers of every age are invited to the tenth annual litter pick on Saturday 16 May. We will meet at "
        "the scout hut at half past nine, and the council will lend us pickers, bags and hi-vis tabards. Children "
        "must be accompanied by an adult.",
        "Last year we filled ninety-one bags and pulled two shopping trolleys and a garden bench out of the canal. "
        "The canal trust has asked us to record anything unusual we find, so please bring a phone with a camera.",
    ]),
    "library": ("Library Opening Hours", [
        "From June the library on Station Road will open on Saturday afternoons as well as mornings, thanks to a "
        "group of volunteers trained by the county library service. More volunteers are needed for the rota, and "
        "full training is given.",
    ]),
    "speed": ("Speedwatch Volunteers Needed", [
        "The community speedwatch group needs at least four more volunteers to keep running its sessions on "
        "Moor Road. Sessions last an hour, always with three volunteers, and the police provide the equipment "
        "and a short training course.",
    ]),
}
WB_EVENTS_H = "Dates for Your Diary"
WB_EVENTS = ["Saturday 16 May – Litter pick, scout hut, 9.30am",
             "Thursday 21 May – Annual general meeting, St Chad's hall, 7.30pm",
             "Sunday 7 June – Open gardens, tickets from the library"]
WB_LABEL = "ALL WELCOME"
WB_COMM_H = "Your Committee"
WB_COMM = ["Geoffrey Pilkington, Chairman", "Marisol Ferreira, Secretary", "Baljit Sandhu, Treasurer",
           "Rosalind Okafor, Membership"]
WB_COMM_P = ("Any member can stand for the committee at the annual general meeting. Nomination forms are "
             "available from the secretary.")
WB_CONTACT_H = "Get in Touch"
WB_CONTACT = [("Tel:", "020 7946 0538"), ("Email:", "hello@example-hollins-green.org.uk"),
              ("Web:", "www.example-hollins-green.org.uk")]


def make_wb(tmp):
    from docx import Document
    from docx.shared import Pt
    from docx.enum.text import WD_BREAK
    doc = Document()
    s0 = mc.docx_base(doc, "Liberation Sans", 11, 21.0, 29.7, 2.2)
    fp = s0.footer.paragraphs[0]; fp.alignment = 1; run(fp, "Page "); docx_field(fp, "PAGE")

    def head(text, just=False):
        p = doc.add_paragraph(); run(p, text, bold=True, underline=True, color=WB_BLUE)
        p.paragraph_format.space_before = Pt(12); p.paragraph_format.space_after = Pt(4)
        if just:
            p.paragraph_format.alignment = 3
        return p

    def para(text, bold=False, italic=False, just=True, after=6):
        p = doc.add_paragraph(); run(p, text, bold=bold, italic=italic)
        p.paragraph_format.space_after = Pt(after)
        if just:
            p.paragraph_format.alignment = 3
        return p

    t = doc.add_paragraph(); run(t, WB_TITLE, bold=True, size=30, color=WB_BLUE); t.alignment = 1
    p = para(WB_DATE, just=False); p.alignment = 1
    chair = WB_ARTS["chair"]
    head(chair[0])
    for x in chair[1]:
        para(x)
    para("Continued on page 2", italic=True, just=False)
    lit = WB_ARTS["litter"]
    head(lit[0], just=True)
    for x in lit[1]:
        para(x)
    head(WB_EVENTS_H)
    for e in WB_EVENTS:
        para(e, bold=True, just=False, after=2)
    para(WB_LABEL, bold=True, just=False)
    head(WB_ARTS["library"][0]); para(WB_ARTS["library"][1][0])
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    head(chair[0] + " (continued from page 1)")
    for x in chair[2]:
        para(x)
    head(WB_ARTS["speed"][0]); para(WB_ARTS["speed"][1][0])
    head(WB_COMM_H)
    for n in WB_COMM:
        para(n, bold=True, just=False, after=0)
    para(WB_COMM_P)
    head(WB_CONTACT_H)
    for lab, val in WB_CONTACT:
        p = doc.add_paragraph(); p.paragraph_format.space_after = Pt(0); run(p, lab + " ", bold=True); run(p, val)
    src = tmp / "WB.docx"; doc.save(src)
    pdf = abiword_pdf(tmp, src)
    import shutil; shutil.copy(pdf, OUT / "WB.pdf")
    tr = Truth(WB_TITLE)
    tr.section(WB_TITLE, 1); tr.para(WB_DATE)
    tr.section(chair[0]); [tr.para(x) for x in chair[1] + chair[2]]
    tr.section(lit[0]); [tr.para(x) for x in lit[1]]
    tr.section(WB_EVENTS_H); tr.items(WB_EVENTS); tr.para(WB_LABEL)
    tr.section(WB_ARTS["library"][0]); tr.para(WB_ARTS["library"][1][0])
    tr.section(WB_ARTS["speed"][0]); tr.para(WB_ARTS["speed"][1][0])
    tr.section(WB_COMM_H); tr.items(WB_COMM); tr.para(WB_COMM_P)
    tr.section(WB_CONTACT_H); tr.items(f"{l} {v}" for l, v in WB_CONTACT)
    tr.url("hello@example-hollins-green.org.uk", "www.example-hollins-green.org.uk")
    # AbiWord leaves the PAGE field as printed on page 1 on every page
    tr.noise("Continued on page 2", "(continued from page 1)", "Page 1")
    return tr


# ================================================================ fpdf2 helpers: hand-placed text
class Hand:
    """Hand placement with fpdf2: every paragraph is set with multi_cell into a column box, and a paragraph
    that does not fit is split at a line and carried to the next column, as a DTP tool does."""

    def __init__(self, fmt, body=10.5, lead=1.3):
        from fpdf import FPDF
        self.pdf = FPDF(format=fmt, unit="pt")
        self.pdf.set_auto_page_break(False)
        self.pdf.set_creator("Hand-placed newsletter")
        for st, f in (("", "Regular"), ("B", "Bold"), ("I", "Italic"), ("BI", "BoldItalic")):
            self.pdf.add_font("LS", st, f"{FONTS}/LiberationSans-{f}.ttf")
            self.pdf.add_font("LR", st, f"{FONTS}/LiberationSerif-{f}.ttf")
        self.body, self.lead = body, lead
        self.cols, self.ci, self.y = [], 0, 0

    def page(self, cols, y0, y1):
        self.pdf.add_page(); self.cols = [(x, w, y0, y1) for x, w in cols]; self.ci = 0; self.y = y0

    def next_col(self):
        self.ci += 1; self.y = self.cols[self.ci][2]

    def text(self, s, font="LR", style="", size=None, color=(0, 0, 0), align="J", before=0, after=5,
             keep=0, underline=False):
        pdf = self.pdf; size = size or self.body; lh = size * self.lead
        pdf.set_font(font, style + ("U" if underline else ""), size); pdf.set_text_color(*color)
        x, w, y0, y1 = self.cols[self.ci]
        if self.y > y0:
            self.y += before
        lines = pdf.multi_cell(w, lh, s, align=align, dry_run=True, output="LINES")
        room = int((y1 - self.y) // lh)
        if room < len(lines) and (room < 2 or keep or len(lines) - room < 2):
            self.next_col(); x, w, y0, y1 = self.cols[self.ci]; room = int((y1 - self.y) // lh)
        first, rest = lines[:room], lines[room:]
        if rest:
            self.place(x, w, lh, " ".join(first), align if align != "J" else "J", last_full=True)
            self.next_col(); x, w, y0, y1 = self.cols[self.ci]
            self.place(x, w, lh, " ".join(rest), align)
        else:
            self.place(x, w, lh, s, align)
        self.y += after

    def place(self, x, w, lh, s, align, last_full=False):
        pdf = self.pdf
        pdf.set_xy(x, self.y)
        if last_full and align == "J":
            # a split paragraph: its lines in this column are all full lines, set justified one by one
            for ln in pdf.multi_cell(w, lh, s, align="J", dry_run=True, output="LINES"):
                pdf.set_xy(x, self.y); pdf.cell(w, lh, ln, align="L"); self.y += lh
            return
        pdf.multi_cell(w, lh, s, align=align, new_x="LEFT", new_y="NEXT")
        self.y = pdf.get_y()

    def image(self, path, h, caption, cap_size=8.5):
        x, w, y0, y1 = self.cols[self.ci]
        if self.y + h + 30 > y1:
            self.next_col(); x, w, y0, y1 = self.cols[self.ci]
        self.pdf.image(str(path), x=x, y=self.y, w=w, h=h); self.y += h + 4
        self.text(caption, font="LS", style="I", size=cap_size, align="L", after=8)

    def box(self, title, paras, fill=(240, 236, 222), size=None, title_size=None):
        x, w, y0, y1 = self.cols[self.ci]
        pdf = self.pdf; size = size or self.body; pad = 7
        pdf.set_font("LS", "B", title_size or size + 1)
        hgt = pdf.multi_cell(w - 2 * pad, (title_size or size + 1) * 1.3, title, dry_run=True, output="HEIGHT")
        pdf.set_font("LR", "", size)
        for p in paras:
            hgt += pdf.multi_cell(w - 2 * pad, size * self.lead, p, dry_run=True, output="HEIGHT") + 3
        if self.y + hgt + 2 * pad > y1:
            self.next_col(); x, w, y0, y1 = self.cols[self.ci]
        self.y += 4
        pdf.set_fill_color(*fill); pdf.set_draw_color(90, 70, 40); pdf.set_line_width(0.8)
        pdf.rect(x, self.y, w, hgt + 2 * pad, style="DF")
        top = self.y; self.cols[self.ci] = (x + pad, w - 2 * pad, y0, y1); self.y += pad
        self.text(title, font="LS", style="B", size=title_size or size + 1, align="L", after=2)
        for p in paras:
            self.text(p, size=size, after=3)
        self.cols[self.ci] = (x, w, y0, y1); self.y = top + hgt + 2 * pad + 10

    def contact(self, pairs, lab_w=60, size=None):
        x, w, y0, y1 = self.cols[self.ci]; pdf = self.pdf; size = size or self.body; lh = size * 1.4
        for lab, val in pairs:
            pdf.set_xy(x, self.y); pdf.set_font("LS", "B", size); pdf.set_text_color(0, 0, 0)
            pdf.cell(lab_w, lh, lab)
            pdf.set_font("LS", "", size); pdf.cell(w - lab_w, lh, val); self.y += lh
        self.y += 6

    def furniture(self, s, x, y, size=8, align="L", w=200, font="LS", style=""):
        self.pdf.set_font(font, style, size); self.pdf.set_text_color(80, 80, 80)
        self.pdf.set_xy(x, y); self.pdf.cell(w, size * 1.2, s, align=align)


# ================================================================ WC: fpdf2, A4, hand-placed two columns
WC_TITLE = "Centre Stage"
WC_DATE = "The newsletter of Caldbeck Road Community Centre · Summer 2026"
WC_RED = (150, 30, 40)
WC_A = [
    ("Community Fridge Celebrates Its First Birthday", [
        "A year ago the community fridge opened in the old cloakroom with a single donated refrigerator and a "
        "rota of six volunteers. Since then it has passed on more than eleven tonnes of food that would otherwise "
        "have been thrown away, most of it from the two supermarkets on the high street and the bakery on "
        "Caldbeck Road.",
        "The fridge is open to everybody, with no forms and no questions. Volunteers check the dates twice a day "
        "and keep a log for the council's environmental health officer, who visited in March and found nothing to "
        "put right.",
        "To mark the birthday there will be a shared lunch in the main hall, cooked entirely from fridge surplus "
        "by the Tuesday cookery class.",
    ]),
    ("Room Hire Prices Held", [
        "The trustees have agreed to hold room hire prices at last year's rates for local groups, despite the rise "
        "in the centre's energy costs. Commercial hirers will pay a little more from September.",
        "Groups that hire a room every week can now book a whole term at once through the office, and will "
        "receive one session free for every ten booked.",
    ]),
]
WC_HERE = "Tickets £5 on the door, children free"
WC_EVENTS_H = "What's On This Summer"
WC_EVENTS = ["Saturday 6 June – Birthday lunch, main hall, 12.30pm",
             "Friday 19 June – Quiz night in aid of the fridge, 7pm",
             "Saturday 4 July – Family fun day and dog show, 11am"]
WC_EMPH = "All events are step-free and the hall has a hearing loop."
WC_VOL_H = "Our Volunteers"
WC_VOL_P = "The trustees want to thank the volunteers who kept the centre open through the winter:"
WC_VOL = ["Agnieszka Wróbel", "Desmond Achebe", "Harriet Coulthard", "Leon Marchetti", "Shirin Farahani"]
WC_VOL_P2 = ("New volunteers are always welcome, whether you can give an hour a month or a day a week. There is "
             "a role for everybody, from answering the phone to mending the chairs.")
WC_CAPTION = "The Tuesday cookery class prepares the birthday menu in the centre's kitchen."
WC_BOX = ("Lost Property", ["The lost property cupboard is overflowing. Anything not claimed by the end of July "
                            "will be given to the charity shop on Market Street, so please check for your "
                            "umbrellas, reading glasses and, on one occasion, a trombone."])
WC_GARDEN = ("Sensory Garden Takes Shape", [
    "Work has begun on the sensory garden behind the centre, on the patch of ground that used to hold the bins. "
    "The design came from pupils at Caldbeck Road Primary, and includes raised beds at wheelchair height, a "
    "water feature and a path of different surfaces to walk on barefoot.",
    "The garden is being paid for by a grant from the lottery and by the proceeds of last year's fun day. "
    "Planting days will be announced on the noticeboard in the foyer.",
])
WC_CONTACT_H = "Contact Us"
WC_CONTACT = [("Tel:", "01632 960 187"), ("Email:", "bookings@example-caldbeck-centre.org.uk"),
              ("Web:", "www.example-caldbeck-centre.org.uk"), ("Office:", "Monday to Friday, 9am to 1pm")]
WC_HEADER = "Caldbeck Road Community Centre · Centre Stage · Summer 2026"


def make_wc(tmp):
    h = Hand("A4", body=10.5)
    W, H = 595.28, 841.89
    M, G = 46, 20
    cw = (W - 2 * M - G) / 2
    cols = [(M, cw), (M + cw + G, cw)]
    hs, bs = 12, 10.5
    h.page([(M, W - 2 * M)], 46, 140)
    h.text(WC_TITLE, font="LS", style="B", size=34, color=WC_RED, align="L", after=2)
    h.text(WC_DATE, font="LS", size=10, align="L", after=0)
    h.pdf.set_draw_color(*WC_RED); h.pdf.set_line_width(1.5); h.pdf.line(M, 122, W - M, 122)
    h.cols = [(x, w, 136, H - 60) for x, w in cols]; h.ci = 0; h.y = 136

    def art(a):
        h.text(a[0], font="LS", style="B", size=hs, color=WC_RED, align="J", before=6, after=3, keep=1)
        for p in a[1]:
            h.text(p)
    art(WC_A[0])
    h.image(photo(tmp / "wc.jpg", 73, palette=((150, 60, 40), (220, 170, 120), (245, 235, 215))), 120, WC_CAPTION)
    art(WC_A[1])
    h.text(WC_EVENTS_H, font="LS", style="B", size=hs, color=WC_RED, align="L", before=6, after=3, keep=1)
    for e in WC_EVENTS:
        h.text(e, font="LR", style="B", align="L", after=2)
    h.text(WC_HERE.upper(), font="LS", style="B", size=9, align="L", before=2, after=6)
    h.text(WC_EMPH, style="B", align="L")
    h.box(*WC_BOX)
    h.furniture("Page 1", W - M - 100, H - 40, align="R", w=100)
    h.page(cols, 62, H - 60)
    h.furniture(WC_HEADER, M, 30, w=W - 2 * M)
    h.pdf.set_draw_color(*WC_RED); h.pdf.set_line_width(0.5); h.pdf.line(M, 46, W - M, 46)
    art(WC_GARDEN)
    h.text(WC_VOL_H, font="LS", style="B", size=hs, color=WC_RED, align="L", before=6, after=3, keep=1)
    h.text(WC_VOL_P)
    for n in WC_VOL:
        h.text(n, style="B", align="L", after=0)
    h.y += 5
    h.text(WC_VOL_P2)
    h.next_col()
    h.text(WC_CONTACT_H, font="LS", style="B", size=hs, color=WC_RED, align="L", after=4)
    h.contact(WC_CONTACT, lab_w=52, size=9.5)
    h.furniture("Page 2", M, H - 40)
    h.pdf.output(str(OUT / "WC.pdf"))
    tr = Truth(WC_TITLE)
    tr.section(WC_TITLE, 1); tr.para(WC_DATE)
    tr.section(WC_A[0][0]); [tr.para(p) for p in WC_A[0][1]]; tr.para(WC_CAPTION)
    tr.section(WC_A[1][0]); [tr.para(p) for p in WC_A[1][1]]
    tr.section(WC_EVENTS_H); tr.items(WC_EVENTS); tr.para(WC_HERE.upper()); tr.para(WC_EMPH)
    tr.section(WC_BOX[0]); tr.para(WC_BOX[1][0])
    tr.section(WC_GARDEN[0]); [tr.para(p) for p in WC_GARDEN[1]]
    tr.section(WC_VOL_H); tr.para(WC_VOL_P); tr.items(WC_VOL); tr.para(WC_VOL_P2)
    tr.section(WC_CONTACT_H); tr.items(f"{l} {v}" for l, v in WC_CONTACT)
    tr.url("bookings@example-caldbeck-centre.org.uk", "www.example-caldbeck-centre.org.uk")
    tr.noise(WC_HEADER, "Page 1", "Page 2")
    return tr


# ================================================================ WD: fpdf2, A5, Pages-like one column
WD_TITLE = "The Bellfield Bulletin"
WD_DATE = "St Aidan's Church, Bellfield · June and July 2026"
WD_TEAL = (20, 110, 120)
WD_VICAR = ("A Letter from the Vicar", [
    "Dear friends, as I write this the builders have just taken down the last of the scaffolding from the "
    "tower, and for the first time in eighteen months we can see the weathervane again. It is a small thing, "
    "but it has cheered the whole parish.",
    "The roof appeal closed in May, having raised every penny of the forty thousand pounds we needed. Some of "
    "that came from grants, but most of it came from you: from sponsored walks, bake sales, the sale of the old "
    "pews and a great many quiet donations.",
], [
    "Over the summer we will be thinking about what comes next. The church hall kitchen is older than most of "
    "the people who use it, and the parochial church council will bring proposals to the open meeting in "
    "September.",
    "With every blessing for the summer, and my thanks to you all.",
])
WD_EMPH = "The church will be open for private prayer every weekday from 9am to 5pm."
WD_THANKS_H = "Thank You to Our Roof Appeal Team"
WD_THANKS = ["Margaret and Colin Ashworth", "Revd Deborah Nwosu", "Florence Tait", "The Bellfield Brownies"]
WD_EVENTS_H = "Summer Services and Events"
WD_EVENTS = ["Sunday 21 June – Patronal festival, 10.30am", "Saturday 27 June – Strawberry tea, 3pm",
             "Sunday 12 July – Songs of Praise on the green, 6pm"]
WD_EVENTS_P = ("Everybody is welcome at all of our services and events, whether or not you come to church "
               "regularly. The strawberry tea is in the vicarage garden, or in the hall if it rains.")
WD_FLOWERS = ("Flower Rota", [
    "The flower guild is looking for two or three more people to join the rota. You do not need any experience, "
    "only a little time on a Friday afternoon once every couple of months.",
])
WD_CONTACT_H = "Parish Office"
WD_CONTACT = [("Tel:", "01632 960 733"), ("Email:", "office@example-bellfield-parish.org.uk"),
              ("Web:", "www.example-bellfield-parish.org.uk")]


def make_wd(tmp):
    h = Hand("A5", body=10, lead=1.32)
    W, H = 419.53, 595.28
    M = 40
    bs = 10

    def head(t):
        h.text(t, font="LS", style="B", size=bs, color=WD_TEAL, align="L", before=8, after=3, keep=1)
    h.page([(M, W - 2 * M)], 40, H - 50)
    h.text(WD_TITLE, font="LR", style="B", size=26, color=WD_TEAL, align="C", after=0)
    h.text(WD_DATE, font="LS", style="I", size=9.5, align="C", after=10)
    head(WD_VICAR[0])
    for p in WD_VICAR[1]:
        h.text(p)
    h.text("Continued on page 2", font="LS", style="I", size=8.5, align="R", after=4)
    h.text(WD_EMPH, style="B", align="L", after=6)
    head(WD_EVENTS_H)
    for e in WD_EVENTS:
        h.text(e, style="B", align="L", after=1)
    h.y += 4
    h.text(WD_EVENTS_P)
    h.furniture("1", W / 2 - 20, H - 32, align="C", w=40, size=9)
    h.page([(M, W - 2 * M)], 40, H - 50)
    h.text(WD_VICAR[0] + " (continued from page 1)", font="LS", style="B", size=bs, color=WD_TEAL, align="L",
           after=3)
    for p in WD_VICAR[2]:
        h.text(p)
    h.text("Revd Canon Philippa Hargreaves", style="I", align="L", after=8)
    head(WD_THANKS_H)
    for n in WD_THANKS:
        h.text(n, style="B", align="L", after=0)
    h.y += 6
    head(WD_FLOWERS[0]); h.text(WD_FLOWERS[1][0])
    head(WD_CONTACT_H)
    h.contact(WD_CONTACT, lab_w=40, size=9.5)
    h.furniture("2", W / 2 - 20, H - 32, align="C", w=40, size=9)
    h.pdf.output(str(OUT / "WD.pdf"))
    tr = Truth(WD_TITLE)
    tr.section(WD_TITLE, 1); tr.para(WD_DATE)
    tr.section(WD_VICAR[0]); [tr.para(p) for p in WD_VICAR[1] + WD_VICAR[2]]
    tr.para("Revd Canon Philippa Hargreaves")
    tr.para(WD_EMPH)
    tr.section(WD_EVENTS_H); tr.items(WD_EVENTS); tr.para(WD_EVENTS_P)
    tr.section(WD_THANKS_H); tr.items(WD_THANKS)
    tr.section(WD_FLOWERS[0]); tr.para(WD_FLOWERS[1][0])
    tr.section(WD_CONTACT_H); tr.items(f"{l} {v}" for l, v in WD_CONTACT)
    tr.url("office@example-bellfield-parish.org.uk", "www.example-bellfield-parish.org.uk")
    tr.noise("Continued on page 2", "(continued from page 1)")
    return tr


def main():
    makers = {"WA": make_wa, "WB": make_wb, "WC": make_wc, "WD": make_wd}
    want = [w.upper() for w in sys.argv[1:]] or sorted(makers)
    for k in want:
        with tempfile.TemporaryDirectory() as tmp:
            truth = makers[k](Path(tmp))
        mc.finish(k, truth)


if __name__ == "__main__":
    main()
