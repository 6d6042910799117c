#!/usr/bin/env python3
"""Held-out newsletters for Galley from Distiller-, slide- and typesetter-like producers, with truth in the
shared corpus's format.

usage: python3 make_holdout_typeset.py [G1 C1 P1 D1]     (no arguments: rebuild all)

G1  groff -ms, two columns, PostScript -> ps2pdf (ghostscript): no space glyphs, words placed by position
C1  ConTeXt (LMTX): H1/H2/H3 headings, a margin note, a float with its caption
P1  python-pptx .pptx -> LibreOffice Impress PDF: slides of text boxes added out of reading order
D1  Chromium HTML -> re-distilled with ghostscript pdfwrite (as Acrobat Distiller rewrites a text layer)

Writes <id>.pdf, <id>.txt (pdftotext default dump) and <id>.truth.json next to this script, using the helpers
of the shared development corpus (/work/shared/corpus/make_corpus.py, or $GALLEY_CORPUS).
Needs groff, ghostscript, context, soffice (Impress), chromium, poppler-utils, python-pptx.
All prose is invented; domains are example-… domains; phone numbers are in Ofcom drama ranges."""
import html, os, re, shutil, subprocess, sys, tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, os.environ.get("GALLEY_CORPUS", "/work/shared/corpus"))
import make_corpus as mc  # noqa: E402
from make_corpus import Truth, A  # noqa: E402

mc.OUT = HERE


def run(cmd, cwd, **kw):
    r = subprocess.run(cmd, cwd=cwd, capture_output=True, timeout=600, **kw)
    if r.returncode != 0:
        sys.exit(f"{cmd[0]} failed:\n{r.stderr.decode(errors='replace')[-3000:]}")
    return r


def distil(src, dst):
    """ghostscript's pdfwrite re-writes the text layer, as Acrobat Distiller does."""
    run(["gs", "-q", "-sDEVICE=pdfwrite", "-dNOPAUSE", "-dBATCH", "-dSAFER", f"-sOutputFile={dst}", str(src)],
        cwd=str(Path(dst).parent))


# ================================================================ G1: groff -ms, two columns, ps2pdf
G1_TITLE = "The Runner Bean"
G1_DATE = "The newsletter of Millbeck Allotment Society · Issue 12 · Spring 2026"
G1_INTRO = A("From the Chair", [
    "Welcome to the spring issue. The site has survived a wet winter with nothing worse than a flooded path "
    "by the bottom gate and a shed roof that now leaks only when the wind comes from the east. Thank you to "
    "everybody who turned out for the January working party and cleared the long bramble bank by the stream.",
    "Plot inspections. The committee will walk round the site on the first Sunday of every month from April. "
    "We are not looking for prize plots; we simply want to see that every plot is being worked and that paths "
    "are kept clear for barrows.",
])
G1_NUMBERED = [
    A("1. Water Butts and the Hosepipe Ban", [
        "Last summer the mains tap by the car park was turned off for six weeks, and the plots with water butts "
        "came through far better than the rest. The society has bought forty new butts at trade price, and members "
        "may collect one for eight pounds from the trading hut on any Sunday morning.",
        "PLEASE NOTE: every butt must be fitted with a lid. Open butts are a danger to small children and to "
        "hedgehogs, and they breed mosquitoes by the thousand in a warm June.",
    ]),
    A("2. The Trading Hut Opens Again on Sunday Mornings from the First of March", [
        "Seed potatoes, onion sets, fleece, canes and netting are all on sale at the hut, usually for less than "
        "half of what the garden centre charges. The hut is run entirely by volunteers, and it closes at noon "
        "sharp so that they can get on with their own digging.",
        "Orders for the bulk seed catalogue should reach the hut by the end of February. Copies of the catalogue "
        "can be picked up there or read online at www.example-millbeck-allotments.org.uk/trading-hut.",
    ], urls=["www.example-millbeck-allotments.org.uk/trading-hut"]),
    A("3. Composting Toilet", [
        "After three years of fundraising the composting toilet by the top gate is finally finished. It needs "
        "no water and no drains, only a scoop of sawdust after every visit. A rota for emptying it will go up on "
        "the noticeboard; nobody will be asked to do it more than once a year.",
    ]),
]
G1_EVENTS_INTRO = ("All events are held in the pavilion unless the notice says otherwise. Members, friends and "
                   "neighbours are all welcome, and children come free.")
G1_EVENTS = ["Saturday 14 March, 7.30pm — Quiz Night",
             "Sunday 5 April, 10am — Seed Swap and Plant Sale",
             "Saturday 16 May, 2pm — Pest Talk",
             "Sunday 21 June, noon — Midsummer Barbecue"]
G1_COMMITTEE_INTRO = "Your committee for the year, elected at the annual meeting in November:"
G1_COMMITTEE = ["Harriet Lumsden, Chair", "Desmond Achterberg, Secretary", "Priya Mistry, Treasurer",
                "Owen Caddick, Site Warden"]
G1_CLOSE = A("Contact the Society", [
    "Plot enquiries and the waiting list are handled by the secretary, who can be reached on 0113 496 0815 or "
    "by email at secretary@example-millbeck-allotments.org.uk. Please do not leave notes in the trading hut, "
    "because they tend to be used as seed labels.",
], urls=["secretary@example-millbeck-allotments.org.uk"])


def roff_text(s):
    s = s.replace("\\", "\\\\")
    # addresses are never hyphenated (\% before a word)
    s = re.sub(r"(\S*(?:www\.|@)\S*)", lambda m: "\\%" + m.group(1), s)
    return "\n".join(("\\&" + ln) if ln[:1] in ".'" else ln for ln in s.split("\n"))


def roff_lead(p):
    """A bold lead-in phrase: up to the first '. ' or ': '."""
    for sep in (": ", ". "):
        head, _, tail = p.partition(sep)
        if tail and len(head.split()) <= 3:
            return f"\\fB{roff_text(head + sep.strip())}\\fP {roff_text(tail)}"
    return roff_text(p)


def make_g1(tmp):
    t = Truth(G1_TITLE)
    t.section(G1_TITLE, 1)
    t.para(G1_DATE)
    head_l, head_r = "Millbeck Allotment Society", "Spring 2026"
    src = [".\\\" groff -ms newsletter", ".nr PS 10", ".nr VS 12", ".nr PO 2c", ".nr LL 17c", ".nr HM 2c",
           ".nr FM 2c", ".nr PI 0", ".nr PD 0.4v", ".nr GROWPS 0",
           f".ds LH {head_l}", ".ds CH", f".ds RH {head_r}", ".ds LF", ".ds CF \\(en\\ % \\(en", ".ds RF",
           ".LP", ".ce 2", ".ps 24", ".vs 28", f"\\fB{G1_TITLE}\\fP", ".ps 10", ".vs 14", f"\\fI{G1_DATE}\\fP",
           ".sp 1", ".2C"]

    def heading(h, numbered=False):
        # same size as the text, bold: the way -ms sets .NH/.SH headings
        if numbered:
            num, _, rest = h.partition(" ")
            return [".NH", roff_text(rest)]
        return [".SH", roff_text(h)]

    def art(a, numbered=False, lead=False):
        out = heading(a["h"], numbered)
        for p in a["p"]:
            out += [".PP", roff_lead(p) if lead else roff_text(p)]
        t.article(a)
        return out

    src += art(G1_INTRO, lead=True)
    for a in G1_NUMBERED:
        src += art(a, numbered=True, lead=True)
    # an all-caps heading over bold event lines
    t.section("DATES FOR THE DIARY")
    t.para(G1_EVENTS_INTRO)
    t.items(G1_EVENTS)
    src += [".SH", "DATES FOR THE DIARY", ".PP", roff_text(G1_EVENTS_INTRO), ".LP"]
    for e in G1_EVENTS:
        src += [f"\\fB{roff_text(e)}\\fP", ".br"]
    t.section("Your Committee")
    t.para(G1_COMMITTEE_INTRO)
    t.items(G1_COMMITTEE)
    src += [".SH", "Your Committee", ".PP", roff_text(G1_COMMITTEE_INTRO), ".LP"]
    for n in G1_COMMITTEE:
        src += [f"\\fB{roff_text(n)}\\fP", ".br"]
    src += art(G1_CLOSE)
    (tmp / "g1.ms").write_text("\n".join(src) + "\n")
    ps = run(["groff", "-k", "-ms", "-Tps", "-dpaper=a4", "-P-pa4", "g1.ms"], cwd=tmp).stdout
    (tmp / "g1.ps").write_bytes(ps)
    run(["ps2pdf", "-sPAPERSIZE=a4", "g1.ps", str(HERE / "G1.pdf")], cwd=tmp)
    # one page: -ms prints no header on page 1, only the footer
    t.noise("–1–")
    mc.finish("G1", t)


# ================================================================ C1: ConTeXt, H1/H2/H3, margin note, float
C1_TITLE = "Dark Skies"
C1_DATE = "The newsletter of Tarnside Astronomical Society · Number 31 · Winter 2026"
C1_PARTS = [
    ("Society News", [
        A("The New Observatory Dome on Haverigg Fell Is Open to Members at Last", [
            "After four years of planning, two planning appeals and one memorable night when the old dome blew "
            "off its rails in a gale, the new observatory on Haverigg Fell is open. It seats twelve people round "
            "the telescope pier and has a warm room with a kettle, which may turn out to be the most popular part.",
            "Members can book the dome for any clear night once they have done the induction evening. The booking "
            "calendar is at www.example-tarnside-astro.org.uk/dome and fills up quickly in the dark months.",
        ], urls=["www.example-tarnside-astro.org.uk/dome"]),
        A("Equipment Loans", [
            "The society owns three small telescopes that members may borrow for a month at a time. Each comes "
            "with a star atlas, a red torch and a set of eyepieces. Please return them clean and with the dust caps "
            "on; last year one came back with a snail living in the finder.",
        ]),
    ]),
    ("Observing Notes", [
        A("The Winter Sky", [
            "January is the best month of the year for the great nebula in Orion, which is easily seen without a "
            "telescope from any dark site in the valley. Look for the faint smudge below the three stars of the belt.",
            "Jupiter is high in the south in the early evening, and its four bright moons change places from night "
            "to night. A pair of binoculars held steady against a wall will show them.",
        ]),
        A("Meteor Showers", [
            "The Quadrantids peak on the night of the third of January. They are short and sharp, so the best "
            "hours are the few before dawn, when the radiant is highest in the north-east.",
        ]),
    ]),
]
C1_MARGIN = "Bring a red torch: white light ruins everybody's night vision."
C1_CAPTION = "Figure 1.1 The new dome on Haverigg Fell at dusk, with the old pier in front."
C1_CLOSE = A("Meetings", [
    "Meetings are held on the second Tuesday of each month at half past seven in the village institute. Visitors "
    "are always welcome; the first two meetings are free. For anything else, ring the secretary on 0113 496 0927 "
    "or write to secretary@example-tarnside-astro.org.uk.",
], urls=["secretary@example-tarnside-astro.org.uk"])


def ctx_escape(s):
    for a, b in (("\\", "\\textbackslash{}"), ("&", "\\&"), ("%", "\\%"), ("#", "\\#"), ("_", "\\_"),
                 ("$", "\\$"), ("{", "\\{"), ("}", "\\}")):
        s = s.replace(a, b)
    return s


def ctx_para(p, urls=()):
    out = ctx_escape(p)
    for u in urls:
        if u in p:
            out = out.replace(ctx_escape(u), "\\hyphenatedurl{" + u + "}")
    return out


def make_c1(tmp):
    t = Truth(C1_TITLE)
    t.section(C1_TITLE, 1)
    t.para(C1_DATE)
    head_l, head_r = "Tarnside Astronomical Society", "Dark Skies · Winter 2026"
    src = [r"\setuppapersize[A4]", r"\mainlanguage[uk]",
           r"\setuplayout[backspace=2.2cm,width=14cm,leftmargin=0cm,rightmargin=3.2cm,rightmargindistance=0.6cm,"
           r"topspace=1.5cm,header=1cm,footer=1cm,height=middle]",
           r"\setupbodyfont[termes,10.5pt]", r"\setupalign[normal]", r"\setupwhitespace[medium]",
           r"\setupindenting[no]",
           r"\setuphead[chapter][style=\bfb,before={\blank[big]},after={\blank[medium]},number=no,page=no]",
           r"\setuphead[section][style=\bfa,before={\blank[big]},after={\blank[small]},number=no]",
           r"\setuphead[subsection][style=\bf,before={\blank[medium]},after={\blank[none]},number=no]",
           r"\setupheadertexts[" + head_l + "][" + ctx_escape(head_r) + "]",
           r"\setuppagenumbering[location=]", r"\setupfootertexts[][\pagenumber]",
           r"\setupcaptions[style=\it\small]",
           r"\starttext",
           r"\startalignment[middle]{\bfd " + C1_TITLE + r"}\par{\it " + ctx_escape(C1_DATE) + r"}\stopalignment",
           r"\blank[big]"]
    first = True
    for part, arts in C1_PARTS:
        # H1: a part title (level 1 in the truth, like a group title)
        src.append(r"\chapter{" + ctx_escape(part) + "}")
        t.section(part, 1)
        for a in arts:
            src.append(r"\section{" + ctx_escape(a["h"]) + "}")
            t.article(a)
            for i, p in enumerate(a["p"]):
                if first and i == 1:
                    # the float, placed here, between two paragraphs
                    src.append(r"\placefigure[here][]{" + ctx_escape(C1_CAPTION.split(" ", 2)[2]) +
                               r"}{\framed[width=9cm,height=4cm,background=color,backgroundcolor=gray,frame=off]{}}")
                    t.para(C1_CAPTION)
                    # the figure number is printed as "Figure 1"
                src.append(ctx_para(p, a["urls"]))
                if first and i == 0:
                    pass
                src.append("")
            if first:
                # an H3: bold, same size as the text, with a margin note beside its paragraph
                h3 = "Induction Evenings"
                p3 = ("Induction evenings are held on the first Friday of the month. They cover the dome's "
                      "safety rules, how to open the slit and how to park the telescope at the end of the night.")
                src += [r"\subsection{" + h3 + "}",
                        r"\inright{\tfx\it " + ctx_escape(C1_MARGIN) + "}" + ctx_escape(p3), ""]
                t.section(h3, 2)
                t.para(p3)
                t.para(C1_MARGIN)
                first = False
    src.append(r"\section{" + C1_CLOSE["h"] + "}")
    src.append(ctx_para(C1_CLOSE["p"][0], C1_CLOSE["urls"]))
    t.article(C1_CLOSE)
    src.append(r"\stoptext")
    (tmp / "c1.tex").write_text("\n".join(src) + "\n")
    run(["context", "--nonstopmode", "--batchmode", "c1.tex"], cwd=tmp)
    shutil.copy(tmp / "c1.pdf", HERE / "C1.pdf")
    t.noise(head_l, head_r)
    mc.finish("C1", t.curly())


# ================================================================ P1: python-pptx -> Impress PDF
P1_TITLE = "Curtain Call"
P1_DATE = "The newsletter of Westbury Youth Theatre · Summer 2026"
P1_SLIDES = [
    A("Summer Production: The Wind in the Willows", [
        "Rehearsals for the summer show start on the first Saturday after Easter. We have a cast of thirty-two, "
        "the biggest in the theatre's history, and a set that includes a working motor car built from two "
        "shopping trolleys and a great deal of cardboard.",
        "Performances are in the church hall on the last weekend of July. Tickets go on sale in June at "
        "www.example-westbury-youth-theatre.org.uk/tickets.",
    ], urls=["www.example-westbury-youth-theatre.org.uk/tickets"]),
    A("Dates for the Diary", [
        "Please put these dates on the fridge now; we cannot move them later.",
        ["Saturday 11 April, 10am — First Read-Through", "Saturday 9 May, 2pm — Costume Fitting",
         "Friday 24 July, 7pm — Opening Night", "Sunday 26 July, 3pm — Last Performance and Party"],
    ]),
]
P1_CAST_HEAD = "Leading Roles"
P1_CAST = ["Mole — Ellie Brannigan", "Ratty — Tomasz Wiśniewski", "Toad — Jacob Adeyemi", "Badger — Niamh Coyle"]
P1_HELP = A("Help Wanted", [
    "We need parents who can sew, paint scenery or sell raffle tickets. Even one evening makes a difference. "
    "Ring Maggie on 020 7946 0381 or email help@example-westbury-youth-theatre.org.uk.",
], urls=["help@example-westbury-youth-theatre.org.uk"])


def make_p1(tmp):
    from pptx import Presentation
    from pptx.util import Cm, Pt
    t = Truth(P1_TITLE)
    t.section(P1_TITLE, 1)
    t.para(P1_DATE)
    foot = "Westbury Youth Theatre · Curtain Call · Summer 2026"
    prs = Presentation()
    prs.slide_width, prs.slide_height = Cm(33.867), Cm(19.05)
    blank = prs.slide_layouts[6]

    def box(slide, x, y, w, h, paras, size=16, bold=False):
        tb = slide.shapes.add_textbox(Cm(x), Cm(y), Cm(w), Cm(h))
        tf = tb.text_frame
        tf.word_wrap = True
        for i, p in enumerate(paras):
            para = tf.paragraphs[0] if i == 0 else tf.add_paragraph()
            runs = p if isinstance(p, list) else [(p, bold)]
            for text, b in runs:
                r = para.add_run()
                r.text = text
                r.font.size = Pt(size)
                r.font.bold = b
                r.font.name = "Liberation Sans"
            para.space_after = Pt(8)
        return tb

    def chrome(slide, n):
        # footer and slide number added FIRST: they come first in the content stream
        box(slide, 1.5, 17.6, 20, 1, [foot], size=11)
        box(slide, 30, 17.6, 2.5, 1, [str(n)], size=11)

    # slide 1: title slide
    s = prs.slides.add_slide(blank)
    chrome(s, 1)
    box(s, 2, 6, 30, 3, [P1_TITLE], size=54, bold=True)
    box(s, 2, 9.5, 30, 1.5, [P1_DATE], size=22)
    # slide 2: text left, a cast box right; the right box is added before the title and the left text
    s = prs.slides.add_slide(blank)
    chrome(s, 2)
    a = P1_SLIDES[0]
    box(s, 21.5, 4, 10.5, 8, [[(P1_CAST_HEAD, True)]] + [[(c, True)] for c in P1_CAST], size=16)
    box(s, 1.5, 4, 19, 12, a["p"], size=16)
    box(s, 1.5, 1, 31, 2.4, [a["h"]], size=32, bold=True)
    t.article(a)
    t.section(P1_CAST_HEAD)
    t.items(P1_CAST)
    # slide 3: event lines in bold; the help box at the foot is added before everything else
    s = prs.slides.add_slide(blank)
    chrome(s, 3)
    h = P1_HELP
    box(s, 1.5, 12.2, 31, 4.5, [[(h["h"], True)], h["p"][0]], size=16)
    a = P1_SLIDES[1]
    box(s, 1.5, 1, 31, 2.4, [a["h"]], size=32, bold=True)
    box(s, 1.5, 4, 31, 7.5, [a["p"][0]] + [[(e, True)] for e in a["p"][1]], size=18)
    t.article(a)
    t.article(h)
    prs.save(tmp / "p1.pptx")
    pdf = mc.soffice_pdf(tmp, tmp / "p1.pptx")
    shutil.copy(pdf, HERE / "P1.pdf")
    t.noise(foot)
    mc.finish("P1", t)


# ================================================================ D1: Chromium -> ghostscript re-distil
D1_TITLE = "Ashgrove Matters"
D1_DATE = "The newsletter of Ashgrove Residents' Association · Autumn 2026"
D1_H1 = [
    ("Around the Estate", [
        A("Resurfacing of Beech Crescent and the Lower Car Park Will Begin in October", [
            "The council has confirmed that Beech Crescent will be resurfaced in the second half of October. The "
            "work will take about nine days, and residents will be asked to park in the school car park, which the "
            "head teacher has kindly agreed to open in the evenings.",
            "Notices will go through every door a week before the work starts. If you have a blue badge or need "
            "access for a carer, please let the association know so that a space can be kept for you.",
        ]),
        A("Street Lighting", [
            "Six of the old sodium lamps on the footpath to the shops have been replaced with white LED lamps. They "
            "are much brighter, and the council has promised to fit shades to the two that shine into bedrooms.",
        ]),
    ]),
    ("Association Business", [
        A("Annual General Meeting", [
            "Agenda. The meeting will hear the chair's report, approve the accounts and elect the committee for "
            "the coming year. Nominations close a fortnight before the meeting.",
            "Venue. The meeting will be held in the community room at the library, which has step-free access and "
            "a hearing loop.",
        ]),
    ]),
]
D1_EVENTS = ["Thursday 15 October, 7pm — Annual General Meeting", "Saturday 31 October, 4pm — Pumpkin Trail",
             "Saturday 5 December, 11am — Christmas Fair"]
D1_CLOSE = A("Get in Touch", [
    "The association is run by volunteers and depends on residents telling us what matters to them. Write to "
    "hello@example-ashgrove-residents.org.uk, ring 0113 496 0254 or visit www.example-ashgrove-residents.org.uk.",
], urls=["hello@example-ashgrove-residents.org.uk", "www.example-ashgrove-residents.org.uk"])


def d1_para(p):
    for sep in (". ",):
        head, _, tail = p.partition(sep)
        if tail and len(head.split()) == 1:
            return f"<p><b>{html.escape(head)}.</b> {html.escape(tail)}</p>"
    return f"<p>{html.escape(p)}</p>"


def make_d1(tmp):
    t = Truth(D1_TITLE)
    t.section(D1_TITLE, 1)
    t.para(D1_DATE)
    css = """@page { size: A4; margin: 18mm 18mm 20mm 18mm;
  @top-left { content: "Ashgrove Residents' Association"; font: 8pt 'Liberation Sans'; color: #555 }
  @bottom-right { content: "Page " counter(page); font: 8pt 'Liberation Sans'; color: #555 } }
body { font: 10.5pt/1.35 'Liberation Serif'; margin: 0 }
.mast { text-align: center; border-bottom: 1.5pt solid #333; margin-bottom: 10pt }
.mast h1 { font: bold 28pt 'Liberation Sans'; margin: 0 }
.mast p { font-style: italic; margin: 2pt 0 6pt }
.cols { column-count: 2; column-gap: 9mm; text-align: justify }
h2.part { font: bold 12pt 'Liberation Sans'; text-transform: uppercase; letter-spacing: .05em;
  margin: 10pt 0 2pt; break-after: avoid }
h3 { font: bold 11pt 'Liberation Serif'; margin: 8pt 0 2pt; break-after: avoid }
p { margin: 0 0 5pt }
.events p { margin: 0; font-weight: bold; text-align: left }
"""
    body = [f'<div class="mast"><h1>{D1_TITLE}</h1><p>{html.escape(D1_DATE)}</p></div>', '<div class="cols">']
    for part, arts in D1_H1:
        body.append(f'<h2 class="part">{html.escape(part)}</h2>')
        t.section(part.upper(), 1)
        for a in arts:
            body.append(f"<h3>{html.escape(a['h'])}</h3>")
            body += [d1_para(p) for p in a["p"]]
            t.article(a)
    body.append("<h3>What's On</h3><div class=\"events\">" + "".join(f"<p>{html.escape(e)}</p>" for e in D1_EVENTS)
                + "</div>")
    t.section("What's On")
    t.items(D1_EVENTS)
    body.append(f"<h3>{D1_CLOSE['h']}</h3>" + "".join(f"<p>{html.escape(p)}</p>" for p in D1_CLOSE["p"]))
    t.article(D1_CLOSE)
    body.append("</div>")
    src = tmp / "d1.html"
    src.write_text(f"<!doctype html><html lang='en-GB'><meta charset='utf-8'><style>{css}</style><body>"
                   + "\n".join(body) + "</body></html>")
    mc.chromium_pdf(src, tmp / "d1-chromium.pdf")
    distil(tmp / "d1-chromium.pdf", HERE / "D1.pdf")
    t.noise("Ashgrove Residents' Association", "Page 1")
    mc.finish("D1", t)


MAKERS = {"G1": make_g1, "C1": make_c1, "P1": make_p1, "D1": make_d1}


def main():
    ids = [a.upper() for a in sys.argv[1:]] or list(MAKERS)
    with tempfile.TemporaryDirectory(prefix="holdout-typeset-") as d:
        for i in ids:
            sub = Path(d) / i
            sub.mkdir()
            MAKERS[i](sub)


if __name__ == "__main__":
    main()
