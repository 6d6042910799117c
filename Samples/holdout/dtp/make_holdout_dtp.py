#!/usr/bin/env python3
"""Held-out newsletters for Galley from desktop-publishing-like producers, with truth in the corpus format.

usage: python3 make_holdout_dtp.py [D1 D2 D3]     (no arguments: rebuild all)

Writes <id>.pdf, <id>.txt (pdftotext default dump) and <id>.truth.json next to this script, with the
helpers of the shared development corpus (/work/shared/corpus/make_corpus.py, or $GALLEY_CORPUS).
Magazine-style layouts (kickers over headlines, standfirsts, bylines, datelines, bold lead-ins, pull
quotes, a tinted sidebar, an image with its caption beside it, a what's-on listing, a back page with
contacts and a QR-like box, page numbers in the outer margin): see README.md.
Producers: wkhtmltopdf (D1), Inkscape SVG -> PDF through cairo (D2), Scribus with linked text frames
driven headless by its Python API under xvfb-run (D3). Needs those three (apt-get install wkhtmltopdf
inkscape scribus xvfb), poppler-utils, Python pymupdf, Pillow.
All prose is invented; domains are example-... domains; phone numbers are in Ofcom drama ranges."""
import html, os, random, shutil, subprocess, sys, tempfile
from pathlib import Path
from PIL import ImageFont

HERE = Path(__file__).resolve().parent
sys.path.insert(0, os.environ.get("GALLEY_CORPUS", "/work/shared/corpus"))
import make_corpus as mc  # noqa: E402
from make_corpus import Truth, table_items  # noqa: E402

mc.OUT = HERE

E = html.escape


def qr_cells(seed, n=21):
    """A QR-code-like grid of dark cells (finder squares in three corners, noise elsewhere)."""
    rnd = random.Random(seed)
    cells = set()
    for y in range(n):
        for x in range(n):
            if rnd.random() < 0.45:
                cells.add((x, y))
    for ox, oy in ((0, 0), (n - 7, 0), (0, n - 7)):
        for y in range(-1, 8):
            for x in range(-1, 8):
                cells.discard((ox + x, oy + y))
        for y in range(7):
            for x in range(7):
                if x in (0, 6) or y in (0, 6) or (2 <= x <= 4 and 2 <= y <= 4):
                    cells.add((ox + x, oy + y))
    return sorted(c for c in cells if 0 <= c[0] < n and 0 <= c[1] < n)


# ================================================================ D1: wkhtmltopdf, layout tables and floats
D1_TITLE = "The Millrace"
D1_DATELINE = "The newsletter of the Ashcombe Mill Heritage Trust · Issue 38 · Spring 2026"
D1_LEAD = dict(
    kicker="Restoration",
    h="The Wheel Turns Again After Forty Years",
    standfirst="After three winters of work by volunteers and two millwrights, the great oak wheel at Ashcombe "
               "Mill has turned under water power for the first time since 1986.",
    byline="By Imogen Thackeray",
    paras=[
        ("Ashcombe, 14 March.", "It took less than a minute for the sluice to fill the launder, and rather longer "
         "for the crowd on the bank to believe what they were seeing. The wheel hesitated, creaked, and then began "
         "to turn at a steady six revolutions a minute, exactly as the old millers' notes said it should."),
        ("The repairs", "began in the winter of 2023, when the trust's survey found that most of the buckets had "
         "rotted through and that the main shaft had sagged by almost two inches. Every bucket was remade in "
         "larch from the estate, and the shaft was lifted, trued and reset on new bearings."),
        ("The money", "came from almost four hundred separate gifts, from a child's saved pocket money to a "
         "legacy left by a former miller's granddaughter. The trust has written to every donor, but we would like "
         "to say thank you here as well: without you the wheel would still be a pile of wet timber."),
        ("What comes next", "is the stones. The millwrights believe the lower runner stone can be dressed and "
         "used again, and the trust hopes to grind its first flour by the late summer. Volunteers who would like "
         "to learn stone dressing should contact the site manager at mill@example-ashcombe-mill.org.uk."),
    ],
    urls=["mill@example-ashcombe-mill.org.uk"],
)
D1_PULL = "It hesitated, creaked, and then began to turn."
D1_CAPTION = "The repaired wheel on its first morning, with the new larch buckets still pale against the old iron."
D1_SIDEBAR = dict(h="At a Glance", items=["Wheel diameter: 18 feet", "Buckets replaced: 48",
                                            "Volunteer hours: 6,200", "First turned: 14 March 2026"])
D1_SECOND = dict(
    kicker="Volunteers",
    h="Guides Wanted for the Summer Season",
    standfirst="The mill opens to visitors every weekend from Easter, and we need more people to show them round.",
    byline="By Rupert Okafor-Lyle",
    paras=[
        ("No experience", "is needed. New guides spend two Saturdays shadowing an experienced volunteer and are "
         "given a short handbook that covers the history of the mill, the safety rules and the answers to the "
         "questions that children always ask."),
        ("Most guides", "give one afternoon a month. In return they get free entry to the trust's talks, a "
         "discount in the tea room and, we are told, the best conversations in the valley."),
    ],
)
D1_WHATSON = dict(h="What's On", rows=[
    ("Saturday 4 April", "11am", "Easter opening and egg trail round the mill race"),
    ("Sunday 19 April", "2pm", "Talk: the millers of Ashcombe, 1780 to 1950"),
    ("Saturday 9 May", "10am", "Stone dressing demonstration in the meal floor"),
    ("Sunday 14 June", "12 noon", "National Mills Weekend open day with milling"),
])
D1_CONTACT = dict(h="Contact the Trust", rows=[("Site manager:", "Colin Ashdown"), ("Tel:", "0113 496 0581"),
                                                ("Email:", "mill@example-ashcombe-mill.org.uk"),
                                                ("Web:", "www.example-ashcombe-mill.org.uk")],
                  urls=["www.example-ashcombe-mill.org.uk"])
D1_QR = "Scan the code for opening times and the volunteer sign-up form."

D1_CSS = """
body { font-family: 'Liberation Serif'; font-size: 10.5pt; line-height: 1.3; margin: 0; color: #111; }
.mast { border-bottom: 3px solid #7a2e12; margin-bottom: 8px; }
.mast .t { font-family: 'Liberation Sans'; font-weight: bold; font-size: 40pt; color: #7a2e12; margin: 0; }
.mast .d { font-family: 'Liberation Sans'; font-size: 9pt; margin: 2px 0 6px 0; }
.kicker { font-family: 'Liberation Sans'; font-size: 8pt; font-weight: bold; letter-spacing: 1.5px;
          text-transform: uppercase; color: #7a2e12; margin: 10px 0 2px 0; }
h1 { font-family: 'Liberation Sans'; font-size: 24pt; line-height: 1.05; margin: 0 0 6px 0; }
h2 { font-family: 'Liberation Sans'; font-size: 17pt; line-height: 1.1; margin: 0 0 5px 0; }
h3 { font-family: 'Liberation Sans'; font-size: 12pt; margin: 8px 0 4px 0; }
.stand { font-size: 13pt; line-height: 1.25; margin: 0 0 6px 0; }
.by { font-family: 'Liberation Sans'; font-size: 8.5pt; font-style: italic; margin: 0 0 6px 0; }
p { margin: 0 0 6px 0; text-align: justify; }
.lead { font-weight: bold; }
.pull { font-size: 17pt; font-style: italic; line-height: 1.2; color: #7a2e12; border-top: 1px solid #7a2e12;
        border-bottom: 1px solid #7a2e12; padding: 6px 0; margin: 10px 0; }
.side { background: #efe4d2; padding: 8px; }
.side h3 { margin-top: 0; }
.side p { text-align: left; margin: 0 0 3px 0; }
.cap { font-family: 'Liberation Sans'; font-size: 8pt; font-style: italic; }
.wo td { font-size: 10pt; padding: 2px 8px 2px 0; vertical-align: top; }
.wo .day { font-weight: bold; }
.page { width: 100%; height: 318mm; border-collapse: collapse; }
.folio { height: 12px; width: 100%; vertical-align: bottom; font-family: 'Liberation Sans'; font-size: 9pt; font-weight: bold;
         color: #7a2e12; }
.qr { border-collapse: collapse; }
.qr td { width: 4px; height: 4px; padding: 0; }
.qr td.k { background: #000; }
"""


def d1_para(lead, text):
    return f'<p><span class="lead">{E(lead)}</span> {E(text)}</p>'


def d1_qr():
    cells = set(qr_cells(38))
    rows = []
    for y in range(21):
        rows.append("<tr>" + "".join(f'<td class="{"k" if (x, y) in cells else ""}"></td>' for x in range(21)) + "</tr>")
    return '<table class="qr">' + "".join(rows) + "</table>"


def make_d1(tmp):
    t = Truth(D1_TITLE)
    t.section(D1_TITLE, 1)
    t.para(D1_DATELINE)
    lead = D1_LEAD
    photo = tmp / "wheel.png"
    mc.photo(photo, 38, 300, 200, palette=((90, 60, 40), (150, 120, 80), (200, 190, 160)))
    body = []
    body.append('<table class="page"><tr><td style="vertical-align:top">')
    body.append(f'<div class="mast"><p class="t">{E(D1_TITLE)}</p><p class="d">{E(D1_DATELINE)}</p></div>')
    # lead story: left column (text) and right column (sidebar), a layout table
    left = [f'<p class="kicker">{E(lead["kicker"])}</p>', f'<h1>{E(lead["h"])}</h1>',
            f'<p class="stand">{E(lead["standfirst"])}</p>', f'<p class="by">{E(lead["byline"])}</p>']
    left.append(d1_para(*lead["paras"][0]))
    left.append(d1_para(*lead["paras"][1]))
    left.append('<table style="margin: 6px 0 8px 0"><tr><td style="width:55%;vertical-align:top">'
                f'<img src="{photo}" style="width:100%"></td>'
                f'<td style="vertical-align:bottom;padding-left:8px"><p class="cap">{E(D1_CAPTION)}</p></td></tr></table>')
    left.append(d1_para(*lead["paras"][2]))
    left.append(f'<p class="pull">“{E(D1_PULL)}”</p>')
    left.append(d1_para(*lead["paras"][3]))
    side = [f'<div class="side"><h3>{E(D1_SIDEBAR["h"])}</h3>']
    side += [f"<p>{E(i)}</p>" for i in D1_SIDEBAR["items"]]
    side.append("</div>")
    body.append('<table style="width:100%;border-collapse:collapse"><tr>'
                f'<td style="width:68%;vertical-align:top;padding-right:14px">{"".join(left)}</td>'
                f'<td style="vertical-align:top">{"".join(side)}</td></tr></table>')
    body.append('</td></tr><tr><td class="folio" style="text-align:right">1</td></tr></table>')
    body.append('<table class="page" style="page-break-before: always"><tr><td style="vertical-align:top">')
    sec = D1_SECOND
    col1 = [f'<p class="kicker">{E(sec["kicker"])}</p>', f'<h2>{E(sec["h"])}</h2>',
            f'<p class="stand">{E(sec["standfirst"])}</p>', f'<p class="by">{E(sec["byline"])}</p>']
    col1 += [d1_para(*p) for p in sec["paras"]]
    wo = D1_WHATSON
    col1.append(f'<h3>{E(wo["h"])}</h3><table class="wo">' + "".join(
        f'<tr><td class="day">{E(d)}</td><td>{E(tm)}</td><td>{E(ev)}</td></tr>' for d, tm, ev in wo["rows"]) + "</table>")
    ct = D1_CONTACT
    col2 = [f'<h3>{E(ct["h"])}</h3>']
    col2 += [f'<p style="text-align:left"><b>{E(a)}</b> {E(b)}</p>' for a, b in ct["rows"]]
    col2.append(f'<div style="margin-top:10px">{d1_qr()}</div><p class="cap">{E(D1_QR)}</p>')
    body.append('<table style="width:100%;border-collapse:collapse"><tr>'
                f'<td style="width:62%;vertical-align:top;padding-right:16px">{"".join(col1)}</td>'
                f'<td style="vertical-align:top;border-left:1px solid #7a2e12;padding-left:12px">{"".join(col2)}</td>'
                '</tr></table>')
    body.append('</td></tr><tr><td class="folio" style="text-align:left">2</td></tr></table>')
    src = tmp / "d1.html"
    src.write_text(f'<!doctype html><html><head><meta charset="utf-8"><style>{D1_CSS}</style></head>'
                   f'<body>{"".join(body)}</body></html>')
    subprocess.run(["wkhtmltopdf", "-q", "--enable-local-file-access", "--disable-smart-shrinking", "-s", "A4",
                    "-T", "16mm", "-B", "12mm", "-L", "16mm", "-R", "16mm", str(src), str(HERE / "D1.pdf")],
                   check=False, capture_output=True)
    # truth: kicker, headline, standfirst, byline ... (README: a kicker is the first paragraph of its article)
    t.section(lead["h"])
    t.para(lead["kicker"])
    t.para(lead["standfirst"])
    t.para(lead["byline"])
    t.para(" ".join(lead["paras"][0]))
    t.para(" ".join(lead["paras"][1]))
    t.para(D1_CAPTION)
    t.para(" ".join(lead["paras"][2]))
    t.para(" ".join(lead["paras"][3]))
    t.url(*lead["urls"])
    t.noise("“" + D1_PULL + "”")
    t.section(D1_SIDEBAR["h"])
    t.items(D1_SIDEBAR["items"])
    t.section(sec["h"])
    t.para(sec["kicker"])
    t.para(sec["standfirst"])
    t.para(sec["byline"])
    for p in sec["paras"]:
        t.para(" ".join(p))
    t.section(wo["h"])
    t.items(table_items(wo["rows"]))
    t.section(ct["h"])
    t.items(table_items(ct["rows"]))
    t.para(D1_QR)
    t.url(*ct["urls"])
    return t


# ================================================================ D2 and D3 shared: absolutely placed text
FONTS = {
    ("serif", ""): "/usr/share/fonts/truetype/liberation/LiberationSerif-Regular.ttf",
    ("serif", "b"): "/usr/share/fonts/truetype/liberation/LiberationSerif-Bold.ttf",
    ("serif", "i"): "/usr/share/fonts/truetype/liberation/LiberationSerif-Italic.ttf",
    ("sans", ""): "/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf",
    ("sans", "b"): "/usr/share/fonts/truetype/liberation/LiberationSans-Bold.ttf",
    ("sans", "i"): "/usr/share/fonts/truetype/liberation/LiberationSans-Italic.ttf",
}
FAMILY = {"serif": "Liberation Serif", "sans": "Liberation Sans"}
_FC = {}


def width(text, fam, sty, size):
    key = (fam, sty, size)
    if key not in _FC:
        _FC[key] = ImageFont.truetype(FONTS[(fam, sty)], size * 10)
    return _FC[key].getlength(text) / 10


def wrap(runs, w, size):
    """Greedy line breaking of styled runs [(text, fam, sty)] into lines of [(text, fam, sty)] at width w."""
    words = []
    for text, fam, sty in runs:
        for wd in text.split():
            words.append((wd, fam, sty))
    lines, cur, curw = [], [], 0.0
    for wd, fam, sty in words:
        ww = width(wd, fam, sty, size)
        sp = width(" ", fam, sty, size) if cur else 0
        if cur and curw + sp + ww > w:
            lines.append(cur)
            cur, curw = [], 0.0
            sp = 0
        cur.append((wd, fam, sty))
        curw += sp + ww
    if cur:
        lines.append(cur)
    return lines


class Svg:
    """An A4 page in points, text placed line by line (as a poster or flyer tool exports it)."""

    def __init__(self, w=595.3, h=841.9):
        self.w, self.h, self.els = w, h, []

    def rect(self, x, y, w, h, fill):
        self.els.append(f'<rect x="{x:.2f}" y="{y:.2f}" width="{w:.2f}" height="{h:.2f}" fill="{fill}"/>')

    def line(self, x, y, runs, size, fill="#111", spacing=None):
        spans = []
        for i, (text, fam, sty) in enumerate(runs):
            weight = "bold" if "b" in sty else "normal"
            style = "italic" if "i" in sty else "normal"
            ls = f' letter-spacing="{spacing}"' if spacing else ""
            spans.append(f'<tspan font-family="{FAMILY[fam]}" font-weight="{weight}" font-style="{style}"{ls}>'
                         f'{E(text)}{" " if i < len(runs) - 1 else ""}</tspan>')
        self.els.append(f'<text x="{x:.2f}" y="{y:.2f}" font-size="{size}" fill="{fill}" xml:space="preserve">'
                        + "".join(spans) + "</text>")

    def place(self, x, y, lines, size, lead=1.25, fill="#111", after=0.5):
        """Set already broken lines at (x, y top); returns the y below them."""
        for ln in lines:
            y += size * lead
            merged = []
            for wd, fam, sty in ln:
                if merged and merged[-1][1:] == (fam, sty):
                    merged[-1] = (merged[-1][0] + " " + wd, fam, sty)
                else:
                    merged.append((wd, fam, sty))
            self.line(x, y, merged, size, fill)
        return y + size * after

    def block(self, x, y, w, runs, size, lead=1.25, fill="#111", after=0.5):
        """Flow styled runs into lines at (x, y top); returns the y below the block."""
        return self.place(x, y, wrap(runs, w, size), size, lead, fill, after)

    def qr(self, x, y, cell, seed):
        for cx, cy in qr_cells(seed):
            self.rect(x + cx * cell, y + cy * cell, cell, cell, "#000")

    def save(self, path):
        path.write_text(f'<svg xmlns="http://www.w3.org/2000/svg" width="{self.w}pt" height="{self.h}pt" '
                        f'viewBox="0 0 {self.w} {self.h}">' + "".join(self.els) + "</svg>")


def inkscape_pdf(svg, pdf):
    subprocess.run(["inkscape", str(svg), "--export-type=pdf", f"--export-filename={pdf}"], check=True,
                   capture_output=True)


# ================================================================ D2: Inkscape, a one-page community flyer
D2_TITLE = "Quayside"
D2_DATELINE = "Saltings Quay Community News · No. 12 · May 2026"
D2_LEAD = dict(
    kicker="COMMUNITY",
    h="Harbour Steps Reopen",
    standfirst="The old stone steps down to the tidal beach are open again after a winter behind fences, "
               "thanks to a grant and a great deal of patience.",
    byline="By Morwenna Example",
    paras=[
        ("SALTINGS QUAY, 2 May —", "The contractors lifted the last of the barriers on Friday morning, and by "
         "lunchtime the first families were already picking their way down to the sand. Every one of the "
         "forty-one steps has been reset on new mortar, and the worn handrail has been replaced in galvanised "
         "steel."),
        ("The work", "was paid for by a coastal access grant and by the harbour commissioners, who agreed to "
         "match every pound raised in the village. The quiz nights, the plant sale and the sponsored swim "
         "brought in more than anyone expected."),
        ("Please take care", "on the lowest six steps, which are covered at high tide and will always be "
         "slippery with weed. The tide table is posted at the top of the steps and on the community website."),
    ],
)
D2_SECOND = dict(
    kicker="ENVIRONMENT",
    h="Beach Clean Breaks Its Record",
    byline="By Tobias Penhallow",
    paras=[
        ("Ninety-three volunteers", "filled more than two hundred bags on the spring beach clean, the largest "
         "turnout since the group began. Most of what they found was rope and netting washed in by the March "
         "gales, with the usual bottle tops and a surprising number of odd shoes."),
        ("The next clean", "is on Sunday 7 June at ten. Gloves, bags and pickers are provided; bring water and "
         "sensible boots."),
    ],
)
D2_PULL = "Every one of the forty-one steps has been reset."
D2_SIDEBAR = dict(h="Tide Times This Month", rows=[("Sat 9 May", "High 06:42", "Low 12:58"),
                                                   ("Sat 16 May", "High 11:15", "Low 17:31"),
                                                   ("Sat 23 May", "High 05:57", "Low 12:10"),
                                                   ("Sat 30 May", "High 10:48", "Low 17:02")])
D2_CONTACT = dict(h="Get in Touch", rows=[("Editor:", "Jenna Polglase"), ("Tel:", "020 7946 0384"),
                                          ("Email:", "news@example-saltingsquay.org.uk"),
                                          ("Web:", "www.example-saltingsquay.org.uk/news")],
                  urls=["news@example-saltingsquay.org.uk", "www.example-saltingsquay.org.uk/news"])
D2_QR = "Scan for the tide table"


def make_d2(tmp):
    s = Svg()
    M, W = 40, 595.3 - 80
    accent = "#0b5563"
    s.rect(0, 0, 595.3, 8, accent)
    s.line(M, 70, [(D2_TITLE, "sans", "b")], 48, accent)
    s.line(M, 90, [(D2_DATELINE, "sans", "")], 9.5)
    s.rect(M, 98, W, 1.5, accent)
    # lead story: kicker, headline across two columns, standfirst, byline, then two columns
    lead = D2_LEAD
    s.line(M, 120, [(lead["kicker"], "sans", "b")], 8, accent, spacing=1.6)
    s.line(M, 152, [(lead["h"], "serif", "b")], 30)
    cw = (W - 2 * 16) / 3  # three columns; the third holds the sidebar and the back matter
    y = s.block(M, 158, 2 * cw + 16, [(lead["standfirst"], "serif", "")], 13, lead=1.22, after=0.3)
    y = s.block(M, y, 2 * cw + 16, [(lead["byline"], "sans", "i")], 8.5, after=0.6)
    top = y
    x1, x2, x3 = M, M + cw + 16, M + 2 * (cw + 16)
    # column 1: first two paragraphs; column 2: pull quote then the rest
    y = top
    y = s.block(x1, y, cw, [(lead["paras"][0][0], "serif", "b"), (lead["paras"][0][1], "serif", "")], 10, after=0.5)
    lines2 = wrap([(lead["paras"][1][0], "serif", "b"), (lead["paras"][1][1], "serif", "")], cw, 10)
    # paragraph 2 runs from the foot of column 1 into column 2 (a sentence split across columns)
    y = s.place(x1, y, lines2[:3], 10, after=0)
    y2 = s.place(x2, top, lines2[3:], 10, after=0.5)
    s.rect(x2, y2 + 2, cw, 0.8, accent)
    y2 = s.block(x2, y2 + 4, cw, [("“" + D2_PULL + "”", "serif", "i")], 16, lead=1.15, fill=accent, after=0.2)
    s.rect(x2, y2 + 2, cw, 0.8, accent)
    y2 = s.block(x2, y2 + 6, cw, [(lead["paras"][2][0], "serif", "b"), (lead["paras"][2][1], "serif", "")], 10,
                 after=0.5)
    # second story under column 1's text
    sec = D2_SECOND
    y = max(y, 0) + 18
    s.line(x1, y, [(sec["kicker"], "sans", "b")], 8, accent, spacing=1.6)
    y = s.block(x1, y + 2, cw, [(sec["h"], "serif", "b")], 18, lead=1.1, after=0.3)
    y = s.block(x1, y, cw, [(sec["byline"], "sans", "i")], 8.5, after=0.6)
    for lead_in, text in sec["paras"]:
        y = s.block(x1, y, cw, [(lead_in, "serif", "b"), (text, "serif", "")], 10, after=0.5)
    # column 3: tinted sidebar with tide times, then contacts and QR box
    sb = D2_SIDEBAR
    s.rect(x3 - 6, top - 4, cw + 12, 150, "#dcecef")
    yy = s.block(x3, top, cw, [(sb["h"], "sans", "b")], 12, after=0.4)
    for d, hi, lo in sb["rows"]:
        yy += 13
        s.line(x3, yy, [(d, "sans", "b")], 9)
        s.line(x3 + 58, yy, [(hi, "sans", "")], 9)
        s.line(x3 + 112, yy, [(lo, "sans", "")], 9)
    ct = D2_CONTACT
    yy = top + 175
    yy = s.block(x3, yy, cw, [(ct["h"], "sans", "b")], 12, after=0.4)
    for a, b in ct["rows"]:
        yy = s.block(x3, yy, cw, [(a, "sans", "b"), (b, "sans", "")], 9, after=0.15)
    s.qr(x3, yy + 10, 3.2, 12)
    s.line(x3, yy + 10 + 21 * 3.2 + 12, [(D2_QR, "sans", "i")], 8)
    # page number in the outer (right) margin, at the foot
    s.line(595.3 - 40 - width("1", "sans", "b", 10), 812, [("1", "sans", "b")], 10, accent)
    svg = tmp / "d2.svg"
    s.save(svg)
    inkscape_pdf(svg, HERE / "D2.pdf")
    t = Truth(D2_TITLE)
    t.section(D2_TITLE, 1)
    t.para(D2_DATELINE)
    t.section(lead["h"])
    t.para("Community")
    t.para(lead["standfirst"])
    t.para(lead["byline"])
    for p in lead["paras"]:
        t.para(" ".join(p))
    t.noise("“" + D2_PULL + "”")
    t.section(sec["h"])
    t.para("Environment")
    t.para(sec["byline"])
    for p in sec["paras"]:
        t.para(" ".join(p))
    t.section(sb["h"])
    t.items(table_items(sb["rows"]))
    t.section(ct["h"])
    t.items(table_items(ct["rows"]))
    t.para(D2_QR)
    t.url(*ct["urls"])
    return t


# ================================================================ D3: Scribus, linked text frames over three pages
D3_TITLE = "Gatehouse"
D3_DATELINE = "The members' magazine of Hollinsbridge Arts Centre | Issue 7 | Autumn 2026"
D3_LEAD = dict(
    kicker="THEATRE",
    h="A New Stage for the Old Corn Exchange",
    standfirst="The centre's main hall will close for eleven weeks this winter while a new sprung stage, "
               "seating and lighting rig are fitted. Here is what changes, and what stays the same.",
    byline="By Harriet Calloway",
    paras=[
        ("", "When the Corn Exchange was converted into an arts centre in 1979, the stage was built from "
         "reclaimed floorboards laid over the old trading floor. It has served four decades of pantomimes, "
         "string quartets and school concerts, but it has also sagged, splintered and creaked its way into local "
         "legend, and the dancers who use it have been asking for a proper sprung floor for years."),
        ("The new stage", "will be a little lower and a good deal wider, with a removable apron that brings "
         "performers closer to the front row. Underneath it, a sprung timber floor will make the hall safe for "
         "dance classes for the first time, and a new trap will let the youth theatre make the entrances it has "
         "always dreamed of."),
        ("The seating", "is being replaced as well. The old bench seats at the back will give way to raked "
         "seating on a retractable frame, so the hall can still be cleared for the craft fair, the beer festival "
         "and the annual book sale. The number of seats goes up from two hundred and ten to two hundred and "
         "forty, and every one of them will have a clear view of the stage."),
        ("Lighting and sound", "were last renewed in 2004. The new rig uses low-energy fittings that should "
         "cut the hall's electricity bill by almost a third, and the control desk moves from the cramped "
         "gallery to a booth at the back of the seating, where the operator can actually hear the show."),
        ("During the closure", "the Long Room and the studio stay open, and most of the regular classes move "
         "there. The film club will show its autumn season at the community college, and the box office keeps "
         "its usual hours. The builders have promised to finish by the end of January, and the reopening gala "
         "is already booked for the second Saturday in February."),
        ("We are grateful", "to the arts council, the town council and the many members who gave to the stage "
         "appeal. A full list of donors will be painted on the new fire curtain, where nobody will be able to "
         "miss it. If you would like to see the work in progress, hard-hat tours run every other Thursday; book "
         "through the box office or at www.example-hollinsbridge-arts.org.uk/tours."),
    ],
    urls=["www.example-hollinsbridge-arts.org.uk/tours"],
)
D3_SECOND = dict(
    kicker="LEARNING",
    h="Pottery Classes Fill Up Fast",
    standfirst="The new evening wheel course sold out in a single morning. A second course starts in January.",
    byline="By Daniel Osei-Marsh",
    paras=[
        ("Twelve places", "went on sale at nine o'clock on a Monday, and by half past ten the waiting list had "
         "more names on it than the course itself. The studio's two new wheels and the electric kiln, bought "
         "with the summer raffle money, mean that for the first time beginners can throw, trim and fire their "
         "own work without waiting weeks for a turn."),
        ("The January course", "runs for ten Tuesday evenings and is taught by the same two potters. It is "
         "suitable for complete beginners, and all clay, glazes and firing costs are included in the fee. "
         "Members who were on the waiting list for the autumn course will be offered places first."),
        ("Drop-in sessions", "on Saturday mornings are open to anyone who has finished a course and wants "
         "more time at the wheel. They cost five pounds, which covers the clay and the firing."),
    ],
)
D3_CAPTION = "Students trimming their first bowls on the studio's new wheels in September."
D3_PULL = "By half past ten the waiting list had more names on it than the course."
D3_SIDEBAR = dict(h="Booking Tips", items=["Members can book two days before general sale.",
                                             "Returns are resold through the box office.",
                                             "Ask about our pay-what-you-can seats."])
D3_WHATSON = dict(h="What's On This Autumn", rows=[
    ("Friday 2 October", "7.30pm", "The Alder Quartet in the Long Room"),
    ("Saturday 10 October", "2pm", "Family workshop: shadow puppets"),
    ("Thursday 22 October", "8pm", "Comedy night with three new acts"),
    ("Sunday 8 November", "11am", "Autumn craft fair in the studio"),
])
D3_CONTACT = dict(h="Box Office and Contacts", rows=[("Box office:", "0113 496 0962"),
                                                      ("Email:", "boxoffice@example-hollinsbridge-arts.org.uk"),
                                                      ("Web:", "www.example-hollinsbridge-arts.org.uk"),
                                                      ("Open:", "Tuesday to Saturday, 10am to 4pm")],
                  urls=["boxoffice@example-hollinsbridge-arts.org.uk", "www.example-hollinsbridge-arts.org.uk"])
D3_QR = "Scan to see the full autumn programme."
D3_JUMP_OUT = "Continued on page 3"
D3_JUMP_IN = "Continued from page 1"
D3_FOLIO = {1: "Autumn 2026 | Gatehouse | 1", 2: "2 | Gatehouse | Autumn 2026", 3: "Autumn 2026 | Gatehouse | 3"}
D3_BRIEF = dict(kicker="NEWS IN BRIEF", h="Café Hours Change", paras=[
    ("From October", "the café opens at ten instead of nine on weekdays, and stays open until eight on show "
     "nights so that audiences can eat before the performance. Weekend hours are unchanged.")])

SCRIBUS_SCRIPT = r"""
import json, scribus
D = json.load(open(%(data)r))
scribus.newDocument(scribus.PAPER_A4, (42, 42, 42, 42), scribus.PORTRAIT, 1, scribus.UNIT_POINTS,
                    scribus.NOFACINGPAGES, scribus.FIRSTPAGERIGHT, 3)
scribus.defineColorRGB("Accent", 128, 40, 70)
scribus.defineColorRGB("Tint", 240, 226, 232)
scribus.createParagraphStyle(name="body", linespacingmode=0, linespacing=13, alignment=3, gapafter=5)
scribus.createParagraphStyle(name="left", linespacingmode=0, linespacing=13, alignment=0, gapafter=3)
N = [0]

def frame(page, x, y, w, h, paras, style="body", fill=None, pad=0):
    # paras: [[text, font, size, color], ...] runs per paragraph, joined by paragraph breaks
    scribus.gotoPage(page)
    N[0] += 1
    name = "f%%d" %% N[0]
    scribus.createText(x, y, w, h, name)
    if fill:
        scribus.setFillColor(fill, name)
    if pad:
        scribus.setTextDistances(pad, pad, pad, pad, name)
    if paras:
        text = "\r".join("".join(r[0] for r in p) for p in paras)
        scribus.setText(text, name)
        scribus.setParagraphStyle(style, name)
        pos = 0
        for p in paras:
            for t, font, size, color in p:
                if t:
                    scribus.selectText(pos, len(t), name)
                    scribus.setFont(font, name)
                    scribus.setFontSize(size, name)
                    scribus.setTextColor(color or "Black", name)
                    if size > 12:
                        scribus.setLineSpacing(size * 1.2, name)
                pos += len(t)
            pos += 1
        scribus.deselectAll()
    return name

def qr(page, x, y, cell, cells):
    scribus.gotoPage(page)
    for cx, cy in cells:
        r = scribus.createRect(x + cx * cell, y + cy * cell, cell, cell)
        scribus.setFillColor("Black", r)
        scribus.setLineColor("None", r)

def image(page, x, y, w, h, path):
    scribus.gotoPage(page)
    f = scribus.createImage(x, y, w, h)
    scribus.loadImage(path, f)
    scribus.setScaleImageToFrame(True, True, f)

for spec in D["frames"]:
    kind = spec.pop(0)
    if kind == "text":
        frame(*spec[:6], **spec[6])
    elif kind == "link":
        scribus.linkTextFrames("f%%d" %% spec[0], "f%%d" %% spec[1])
    elif kind == "rect":
        page, x, y, w, h, color = spec
        scribus.gotoPage(page)
        r = scribus.createRect(x, y, w, h)
        scribus.setFillColor(color, r)
        scribus.setLineColor("None", r)
    elif kind == "qr":
        qr(*spec)
    elif kind == "image":
        image(*spec)
pdf = scribus.PDFfile()
pdf.file = D["out"]
pdf.compress = True
pdf.fontEmbedding = 0
pdf.subsetList = list(pdf.fonts)
pdf.save()
scribus.closeDoc()
"""

SERIF, SERIF_B, SERIF_I = "Liberation Serif Regular", "Liberation Serif Bold", "Liberation Serif Italic"
SANS, SANS_B, SANS_I = "Liberation Sans Regular", "Liberation Sans Bold", "Liberation Sans Italic"


def make_d3(tmp):
    import json
    frames = []
    n = [0]

    def text(page, x, y, w, h, paras, **kw):
        frames.append(["text", page, x, y, w, h, paras, kw])
        n[0] += 1
        return n[0]

    def body(lead, rest, size=10):
        return [[lead + (" " if lead else ""), SERIF_B, size, None], [rest, SERIF, size, None]] if lead else \
            [[rest, SERIF, size, None]]

    W, M = 595.28, 42
    cw, g = (W - 2 * M - 14) / 2, 14
    lead, br = D3_LEAD, D3_BRIEF
    # page 1: masthead, kicker, headline, standfirst, byline, two linked columns continuing on page 3
    text(1, M, 36, W - 2 * M, 58, [[[D3_TITLE, SANS_B, 46, "Accent"]]], style="left")
    text(1, M, 96, W - 2 * M, 16, [[[D3_DATELINE, SANS, 9, None]]], style="left")
    frames.append(["rect", 1, M, 114, W - 2 * M, 2, "Accent"])
    text(1, M, 128, W - 2 * M, 14, [[[lead["kicker"], SANS_B, 8.5, "Accent"]]], style="left")
    text(1, M, 144, W - 2 * M, 40, [[[lead["h"], SERIF_B, 28, None]]], style="left")
    text(1, M, 184, W - 2 * M, 44, [[[lead["standfirst"], SERIF, 14, None]]], style="left")
    text(1, M, 230, W - 2 * M, 14, [[[lead["byline"], SANS_I, 8.5, None]]], style="left")
    a = text(1, M, 252, cw, 236, [body(*p) for p in lead["paras"]])
    b = text(1, M + cw + g, 252, cw, 222, [])
    text(1, M + cw + g, 478, cw, 14, [[[D3_JUMP_OUT, SANS_I, 8, "Accent"]]], style="left")
    br = D3_BRIEF
    frames.append(["rect", 1, M, 510, W - 2 * M, 0.8, "Accent"])
    text(1, M, 520, W - 2 * M, 14, [[[br["kicker"], SANS_B, 8.5, "Accent"]]], style="left")
    text(1, M, 536, W - 2 * M, 24, [[[br["h"], SERIF_B, 17, None]]], style="left")
    text(1, M, 564, W - 2 * M, 60, [body(*p) for p in br["paras"]])
    c = text(3, M, 70, W - 2 * M, 200, [])
    text(3, M, 56, W - 2 * M, 14, [[[D3_JUMP_IN, SANS_I, 8, "Accent"]]], style="left")
    frames += [["link", a, b], ["link", b, c]]
    text(1, W - M - 200, 800, 200, 14, [[[D3_FOLIO[1], SANS_B, 8, "Accent"]]], style="left")
    # page 2: second story with an image and its caption beside it, pull quote, tinted sidebar
    sec = D3_SECOND
    text(2, M, 50, W - 2 * M, 14, [[[sec["kicker"], SANS_B, 8.5, "Accent"]]], style="left")
    text(2, M, 66, W - 2 * M, 36, [[[sec["h"], SERIF_B, 24, None]]], style="left")
    text(2, M, 102, 330, 36, [[[sec["standfirst"], SERIF, 13, None]]], style="left")
    text(2, M, 140, 330, 14, [[[sec["byline"], SANS_I, 8.5, None]]], style="left")
    photo = tmp / "pots.png"
    mc.photo(photo, 7, 360, 240, palette=((120, 70, 50), (180, 130, 90), (220, 200, 170)))
    frames.append(["image", 2, M, 162, 210, 140, str(photo)])
    text(2, M + 220, 262, 110, 40, [[[D3_CAPTION, SANS_I, 8, None]]], style="left")
    col = 160
    d = text(2, M, 314, col, 150, [body(*p) for p in sec["paras"][:2]])
    e = text(2, M + col + 12, 314, col, 150, [])
    frames.append(["link", d, e])
    text(2, M + col + 12, 470, col, 90, [[["“" + D3_PULL + "”", SERIF_I, 16, "Accent"]]], style="left")
    text(2, M, 620, 2 * col + 12, 60, [body(*sec["paras"][2])])
    sb = D3_SIDEBAR
    sx = M + 2 * col + 36
    text(2, sx, 162, W - M - sx, 220, [[[sb["h"], SANS_B, 12, None]]] + [[[i, SANS, 9.5, None]] for i in sb["items"]],
         style="left", fill="Tint", pad=8)
    text(2, M, 800, 200, 14, [[[D3_FOLIO[2], SANS_B, 8, "Accent"]]], style="left")
    # page 3: the lead story's tail (frame c), what's on, contacts and the QR-like box
    wo = D3_WHATSON
    text(3, M, 300, 320, 20, [[[wo["h"], SANS_B, 15, None]]], style="left")
    text(3, M, 324, 320, 120, [[[d_ + " ", SANS_B, 9.5, None], [tm + " " + ev, SANS, 9.5, None]]
                               for d_, tm, ev in wo["rows"]], style="left")
    ct = D3_CONTACT
    text(3, M, 470, 320, 20, [[[ct["h"], SANS_B, 15, None]]], style="left")
    text(3, M, 494, 320, 80, [[[a_ + " ", SANS_B, 9.5, None], [b_, SANS, 9.5, None]] for a_, b_ in ct["rows"]],
         style="left")
    frames.append(["qr", 3, W - M - 90, 470, 4.2, qr_cells(7)])
    text(3, W - M - 130, 565, 130, 30, [[[D3_QR, SANS_I, 8, None]]], style="left")
    text(3, W - M - 200, 800, 200, 14, [[[D3_FOLIO[3], SANS_B, 8, "Accent"]]], style="left")
    data = tmp / "d3.json"
    data.write_text(json.dumps({"frames": frames, "out": str(HERE / "D3.pdf")}))
    script = tmp / "d3.py"
    script.write_text(SCRIBUS_SCRIPT % {"data": str(data)})
    subprocess.run(["xvfb-run", "-a", "scribus", "-g", "-ns", "-py", str(script)], check=True, capture_output=True,
                   timeout=300)
    t = Truth(D3_TITLE)
    t.section(D3_TITLE, 1)
    t.para(D3_DATELINE)
    t.section(lead["h"])
    t.para("Theatre")
    t.para(lead["standfirst"])
    t.para(lead["byline"])
    for p in lead["paras"]:
        t.para(" ".join(x for x in p if x))
    t.url(*lead["urls"])
    t.section(br["h"])
    t.para("News in Brief")
    for p in br["paras"]:
        t.para(" ".join(p))
    t.section(sec["h"])
    t.para("Learning")
    t.para(sec["standfirst"])
    t.para(sec["byline"])
    t.para(D3_CAPTION)
    for p in sec["paras"]:
        t.para(" ".join(p))
    t.noise("“" + D3_PULL + "”", D3_JUMP_OUT, D3_JUMP_IN, *D3_FOLIO.values())
    t.section(sb["h"])
    t.items(sb["items"])
    t.section(wo["h"])
    t.items(table_items(wo["rows"]))
    t.section(ct["h"])
    t.items(table_items(ct["rows"]))
    t.para(D3_QR)
    t.url(*ct["urls"])
    return t


BUILD = {"D1": make_d1, "D2": make_d2, "D3": make_d3}


def main(ids):
    ids = ids or list(BUILD)
    tmp = Path(tempfile.mkdtemp(prefix="holdout-dtp-"))
    try:
        for name in ids:
            truth = BUILD[name](tmp)
            mc.finish(name, truth)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main(sys.argv[1:])
