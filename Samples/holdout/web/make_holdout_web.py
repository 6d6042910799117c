#!/usr/bin/env python3
"""Held-out newsletters for Galley (web and TeX producers), with ground truth in the corpus format.

usage: python3 make_holdout_web.py [W1 W2 X1 X2]     (no arguments: rebuild all)

Writes <id>.pdf, <id>.txt (pdftotext default dump) and <id>.truth.json next to this script, using the
helpers of the shared development corpus (/work/shared/corpus/make_corpus.py, or $GALLEY_CORPUS).
Layouts deliberately differ from the corpus (K–U): see README.md. Needs chromium, pdflatex (texlive-latex-base,
-recommended, -extra, texlive-fonts-recommended), poppler-utils, Python pymupdf, pyphen and Pillow.
All prose is invented; domains are example-… domains; phone numbers are in Ofcom drama ranges."""
import html, json, os, shutil, sys, tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, os.environ.get("GALLEY_CORPUS", "/work/shared/corpus"))
import make_corpus as mc  # noqa: E402
from make_corpus import Truth, A, table_items, esc_html, css_str, tex_para, tex_escape  # noqa: E402

mc.OUT = HERE  # finish() writes the truth and the dump next to this script


# ================================================================ W1: Chromium, side-headings in a LEFT column
W1_ARTS = [
    A("Pruning Day in February", [
        "Thirty-one volunteers turned out on a bitter Saturday in February to prune the old standard trees along "
        "the top hedge. Most of them had never held a pruning saw before, but by lunchtime the crossing branches "
        "had gone, the canker had been cut back to clean wood and the bonfire was the warmest place in the parish.",
        "Our thanks go to the two tree surgeons who gave their day for nothing and who patiently explained, more "
        "than once, why you always cut just outside the branch collar and never flush with the trunk.",
    ]),
    A("New Trees for the Lower Field", [
        "The lottery grant announced in the autumn has paid for twenty-four new trees, all grafted onto vigorous "
        "rootstocks so that they will one day make proper orchard standards. Planting them took three weekends. "
        "If you would like to help look after them, the routine is simple:",
        ["Check the ties after every gale and loosen any that are biting into the bark.",
         "Keep a clear circle of a metre round each trunk free of grass until midsummer.",
         "Water each tree with two full cans a week whenever May and June are dry.",
         "Report any broken leader to the tree warden rather than trying to mend it."],
        "A list of the varieties, with the parish or county each one comes from, is on the board by the gate and "
        "on our website at www.example-larchbrook-orchard.org.uk/trees/lower-field-planting-plan.",
    ], urls=["www.example-larchbrook-orchard.org.uk/trees/lower-field-planting-plan"]),
    A("Juice Press Rota", [
        "The society's two presses can be borrowed by members for a weekend at a time. Please collect them clean "
        "and return them clean; the rota below shows who looks after each one.",
    ]),
]
W1_ROTA = [("Press", "Kept by", "Notes"),
           ("Small rack press", "Gwen Thorsby, 4 Mill Cottages", "Suits up to two sacks of apples; bring your own muslin cloths"),
           ("Large basket press", "The Old Dairy, Church Lane", "Needs two people to lift; book at least a week ahead"),
           ("Electric scratter", "Orchard shed", "Members who have done the safety session only")]
W1_APPLE = A("Apple Day", [
    "Apple Day will be on Saturday 17 October, from eleven until four. There will be pressing demonstrations, a "
    "tasting table of more than forty local varieties and an identification service for anybody who brings three "
    "good fruit from a tree they cannot name.",
    "We need bakers, stewards and people who are happy to wash bottles. Please put your name on the list in the "
    "shed, or write to the secretary at events@example-larchbrook-orchard.org.uk before the end of September.",
], urls=["events@example-larchbrook-orchard.org.uk"])
W1_CAPTION = "Volunteers grafting new trees in the shed at the March workshop."
W1_BARS = [
    A("Membership", [
        "Membership costs twelve pounds a year for a household, or five pounds for students and anybody on a "
        "pension. Members can borrow the presses, take part in the harvest share and vote at the annual meeting. "
        "Renewals are due on the first of April, and the easiest way to pay is by standing order.",
    ]),
    A("Wildlife in the Orchard", [
        "The survey team recorded four species of bat over the orchard last summer, as well as the first "
        "stag beetle seen in the parish for a decade. Dead wood is left in piles along the hedge on purpose, so "
        "please resist the urge to tidy it away; it is home to more creatures than the living trees.",
        "Bird boxes will be cleaned out in the last week of November. Volunteers who can climb a short ladder "
        "safely are very welcome to join the team.",
    ]),
]
W1_CONTACT = [("Secretary:", "Ruth Abernethy"), ("Tel:", "0113 496 0732"),
              ("Email:", "secretary@example-larchbrook-orchard.org.uk"), ("Web:", "www.example-larchbrook-orchard.org.uk")]


def make_w1(tmp):
    truth = Truth("The Windfall")
    head_r = "The Windfall · Larchbrook Community Orchard"
    head_l = "Spring 2026 · Members' newsletter"
    foot = "Issue 14 · 14 March 2026 · page "
    img = mc.photo(tmp / "w1.jpg", 21, palette=((60, 100, 40), (130, 170, 90), (225, 230, 190)))

    def side(a, extra="", before=""):
        out = []
        for p in a["p"]:
            if isinstance(p, list):
                out.append("<ol>" + "".join(f"<li>{html.escape(i)}</li>" for i in p) + "</ol>")
            else:
                out.append(f"<p>{esc_html(p, a['urls'], shy=True)}</p>")
        return (f'<section class="art"><h2>{html.escape(a["h"])}</h2><div class="txt">{before}{"".join(out)}'
                f'{extra}</div></section>')

    rota = "".join("<tr>" + "".join(f"<{'th' if k == 0 else 'td'}>{html.escape(c)}</{'th' if k == 0 else 'td'}>"
                                    for c in r) + "</tr>" for k, r in enumerate(W1_ROTA))
    fig = (f'<figure><figcaption>{html.escape(W1_CAPTION)}</figcaption><img src="{img.name}"></figure>')
    apple = W1_APPLE
    apple_html = (f'<section class="art apple"><h2>{apple["h"]}</h2><div class="txt"><p>{esc_html(apple["p"][0], shy=True)}</p>'
                  f'{fig}<p>{esc_html(apple["p"][1], apple["urls"], shy=True)}</p></div></section>')
    bars = "".join(f'<h2 class="bar">{html.escape(a["h"])}</h2>' + "".join(f"<p>{esc_html(p, shy=True)}</p>" for p in a["p"])
                   for a in W1_BARS)
    contact = "".join(f"<div class='l'>{l}</div><div>{html.escape(v)}</div>" for l, v in W1_CONTACT)
    body = (f'<h1>The Windfall</h1><div class="sub">The newsletter of Larchbrook Community Orchard · '
            f'Issue 14 · Spring 2026</div>'
            + side(W1_ARTS[0]) + side(W1_ARTS[1]) + side(W1_ARTS[2], f"<table>{rota}</table>") + apple_html +
            f'<div class="p2">{bars}<h2 class="bar">Contact the Orchard</h2><div class="contact">{contact}</div></div>')
    doc = f"""<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><title>The Windfall</title><style>
@page {{ size: A4; margin: 22mm 18mm 20mm 18mm;
  @bottom-left {{ content: {css_str(foot)} counter(page); font: 8pt 'Liberation Sans'; color: #555; }} }}
@page :right {{ @top-right {{ content: {css_str(head_r)}; font: italic 8pt 'Liberation Sans'; color: #3d6b2a; }} }}
@page :left {{ @top-left {{ content: {css_str(head_l)}; font: italic 8pt 'Liberation Sans'; color: #3d6b2a; }} }}
body {{ font: 10.5pt/1.4 'Liberation Serif', serif; color: #202020; margin: 0; hyphens: manual; }}
h1 {{ font: bold 34pt 'Liberation Sans'; color: #3d6b2a; margin: 0; }}
.sub {{ font: 9.5pt 'Liberation Sans'; border-bottom: 2pt solid #3d6b2a; padding-bottom: 2mm; margin-bottom: 6mm; }}
section.art {{ display: grid; grid-template-columns: 38mm 1fr; column-gap: 7mm; margin-bottom: 4mm; }}
section.art h2 {{ font: bold 12pt/1.25 'Liberation Sans'; color: #3d6b2a; margin: 0; text-align: right;
  border-right: 2pt solid #3d6b2a; padding-right: 3mm; }}
.txt p {{ margin: 0 0 2mm; text-align: justify; }}
ol {{ margin: 0 0 2mm; padding-left: 7mm; }} ol li {{ margin-bottom: 1mm; }}
table {{ border-collapse: collapse; width: 100%; font: 9.5pt/1.3 'Liberation Sans'; margin: 1mm 0 2mm; }}
th {{ text-align: left; border-bottom: 1pt solid #3d6b2a; padding: 1mm 2mm 1mm 0; }}
td {{ vertical-align: top; border-bottom: 0.4pt solid #aaa; padding: 1.2mm 2mm 1.2mm 0; width: 33%; }}
figure {{ margin: 1mm 0 3mm; }} figure img {{ width: 60%; display: block; }}
figcaption {{ font: italic 8.5pt 'Liberation Sans'; color: #555; margin-bottom: 1.2mm; }}
section.apple {{ break-before: page; }}
.p2 p {{ text-align: justify; margin: 0 0 2mm; }}
h2.bar {{ font: bold 13pt 'Liberation Sans'; background: #3d6b2a; color: white; padding: 1.5mm 3mm; margin: 5mm 0 2.5mm; }}
.contact {{ display: grid; grid-template-columns: 26mm 1fr; row-gap: 1mm; font: 10pt 'Liberation Sans'; }}
.contact .l {{ font-weight: bold; }}
</style></head><body>{body}</body></html>"""
    src = tmp / "w1.html"
    src.write_text(doc)
    mc.chromium_pdf(src, HERE / "W1.pdf")
    truth.section("The Windfall", 1)
    truth.para("The newsletter of Larchbrook Community Orchard · Issue 14 · Spring 2026")
    truth.article(W1_ARTS[0]); truth.article(W1_ARTS[1]); truth.article(W1_ARTS[2])
    truth.items(table_items(W1_ROTA))
    truth.section(apple["h"]); truth.para(apple["p"][0]); truth.para(W1_CAPTION); truth.para(apple["p"][1])
    truth.url(*apple["urls"])
    for a in W1_BARS:
        truth.article(a)
    truth.section("Contact the Orchard"); truth.items(table_items(W1_CONTACT))
    truth.url("secretary@example-larchbrook-orchard.org.uk", "www.example-larchbrook-orchard.org.uk")
    truth.noise(head_r, head_l, "Issue 14 · 14 March 2026 · page 1", "Issue 14 · 14 March 2026 · page 2")
    return truth


# ================================================================ W2: Chromium, left sidebar + two columns; 3 columns with a straddle; 3×2 boxes
W2_SIDE_DIARY = [("Tue 5 May", "Committee meeting, 7.30pm"), ("Sat 16 May", "Street litter pick, 10am"),
                 ("Sun 7 June", "Plant swap on the green"), ("Fri 19 June", "Quiz night at the Anchor")]
W2_ARTS = [
    A("Parking Scheme Consultation", [
        "The borough has finally published its proposals for residents' parking on the streets between the "
        "station and the harbour. Permits would cost forty pounds a year for the first car and rather more for a "
        "second, and visitors would be able to park for two hours without one.",
        "Opinion in the lane is divided. Some households welcome anything that stops commuters leaving cars outside "
        "their doors all week; others worry that the scheme will simply push the problem a few streets further "
        "out, where the lines stop. The committee has not taken a side, but it has asked the borough to hold a "
        "public meeting before the consultation closes.",
        "You can read the plans and respond online at www.example-saltmarsh-borough.gov.uk/parking/consultation-2026 "
        "until the end of June. Paper forms are available at the library.",
    ], urls=["www.example-saltmarsh-borough.gov.uk/parking/consultation-2026"]),
    A("Flood Wardens Needed", [
        "After last winter's tidal surge reached the bottom of Quay Steps, the borough wants each street near the "
        "river to have two trained flood wardens. The training takes a single evening and covers how to read the "
        "warnings, where the sandbag stores are and which neighbours may need a knock on the door.",
        "If you are at home most evenings and would be willing to help, please speak to any member of the "
        "committee. Nobody is expected to wade into water or lift anything heavy.",
    ]),
]
W2_SPAN = "News from Around the Lane"
W2_THREE = [
    A("Spring Clean", [
        "Forty bags of rubbish, two shopping trolleys and a bicycle wheel were pulled out of the creek during the "
        "March clean-up. The borough collected the lot the following Monday, as promised.",
    ]),
    A("Neighbourhood Watch", [
        "There have been three thefts from sheds since Christmas. Please lock yours, mark your tools and report "
        "anything suspicious on the non-emergency number rather than on social media.",
    ]),
    A("The Green", [
        "The new benches on the green were paid for by last year's quiz nights. A small plaque on each one thanks "
        "the quiz teams, including the one that came last every single month.",
    ]),
]
W2_BOXES_TITLE = "Six Ways to Cut Your Energy Bills"
W2_BOXES = [
    ("Draught-proof the doors", "Brush strips on the letterbox and the bottom of the front door cost very little "
                                "and stop a surprising amount of heat escaping."),
    ("Turn the boiler down", "Most combination boilers heat radiators perfectly well with the flow temperature set "
                             "at sixty degrees or a little less."),
    ("Curtains at dusk", "Closing thick curtains as soon as it gets dark keeps the warmth in, but leave them open "
                         "on sunny winter days."),
    ("Bleed the radiators", "A radiator that is cold at the top has air in it. A radiator key costs a pound at the "
                            "hardware shop on Quay Street."),
    ("Check your tariff", "Fixed deals come and go. It is worth looking at your tariff twice a year, and the "
                          "library can help if you are not online."),
    ("Ask for a survey", "The borough's free home energy survey can suggest grants for loft and wall insulation "
                         "that many households do not know about."),
]
W2_CONTACT = [("Chair:", "Desmond Okafor"), ("Tel:", "020 7946 0381"), ("Email:", "lane@example-saltmarsh-lane.org.uk")]


def make_w2(tmp):
    truth = Truth("The Lane Letter")
    header = "Saltmarsh Lane Residents' Association · Newsletter"
    foot = "The Lane Letter · May 2026"
    diary = "".join(f"<li><b>{html.escape(d)}</b> {html.escape(e)}</li>" for d, e in W2_SIDE_DIARY)
    contact = "".join(f"<p>{l} {html.escape(v)}</p>" for l, v in W2_CONTACT)

    def art(a):
        return f"<h2>{html.escape(a['h'])}</h2>" + "".join(f"<p>{esc_html(p, a['urls'])}</p>" for p in a["p"])

    boxes = "".join(f'<div class="box"><span class="n">{i + 1}</span><h3>{html.escape(h)}</h3>'
                    f'<p>{html.escape(t)}</p></div>' for i, (h, t) in enumerate(W2_BOXES))
    body = (f'<h1>The Lane Letter</h1><div class="sub">Saltmarsh Lane Residents\' Association · Number 52 · May 2026</div>'
            f'<div class="page1"><aside class="side"><h2>Diary Dates</h2><ul>{diary}</ul>'
            f'<h2>Your Committee</h2>{contact}</aside>'
            f'<div class="main">{"".join(art(a) for a in W2_ARTS)}</div></div>'
            f'<div class="three">{art(W2_THREE[0])}{art(W2_THREE[1])}'
            f'<h2 class="span">{W2_SPAN}</h2>{art(W2_THREE[2])}</div>'
            f'<h2 class="boxtitle">{W2_BOXES_TITLE}</h2><div class="grid">{boxes}</div>')
    doc = f"""<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><title>The Lane Letter</title><style>
@page {{ size: A4; margin: 20mm 16mm 18mm 16mm;
  @top-left {{ content: {css_str(header)}; font: 8pt 'DejaVu Sans'; color: #1b4f72; }}
  @bottom-center {{ content: {css_str(foot)} " · " counter(page); font: 8pt 'DejaVu Sans'; color: #555; }} }}
body {{ font: 10pt/1.38 'DejaVu Serif', serif; color: #1e1e1e; margin: 0; }}
h1 {{ font: bold 30pt 'DejaVu Sans'; color: #1b4f72; margin: 0; }}
.sub {{ font: 9pt 'DejaVu Sans'; border-bottom: 1.5pt solid #1b4f72; padding-bottom: 1.5mm; margin-bottom: 5mm; }}
.page1 {{ display: grid; grid-template-columns: 46mm 1fr; column-gap: 7mm; min-height: 215mm; break-after: page; }}
.side {{ background: #e3eef6; padding: 3mm; font: 9pt/1.35 'DejaVu Sans'; }}
.side h2 {{ font: bold 11pt 'DejaVu Sans'; color: #1b4f72; margin: 0 0 2mm; }}
.side ul {{ list-style: none; padding: 0; margin: 0 0 6mm; }} .side li {{ margin-bottom: 2mm; }}
.side p {{ margin: 0 0 1mm; }}
.main {{ column-count: 2; column-gap: 7mm; text-align: justify; }}
h2 {{ font: bold 13pt 'DejaVu Sans'; color: #1b4f72; margin: 0 0 2mm; break-after: avoid; }}
.main h2 + p, .three h2 + p {{ margin-top: 0; }}
p {{ margin: 0 0 2mm; }}
.three {{ column-count: 3; column-gap: 6mm; text-align: justify; }}
.three h2 {{ font-size: 11.5pt; }}
h2.span {{ column-span: all; font-size: 15pt; background: #1b4f72; color: white; padding: 1.5mm 3mm; margin: 4mm 0 3mm; }}
.u {{ word-break: break-all; color: #1b4f72; }}
h2.boxtitle {{ font-size: 15pt; margin: 6mm 0 3mm; }}
.grid {{ display: grid; grid-template-columns: 1fr 1fr 1fr; gap: 4mm; }}
.box {{ border: 1pt solid #1b4f72; background: #f1f6fa; padding: 2mm 2.5mm 2mm 11mm; position: relative;
  font: 9pt/1.3 'DejaVu Sans'; }}
.box .n {{ position: absolute; left: 2.5mm; top: 1.5mm; font: bold 18pt 'DejaVu Sans'; color: #1b4f72; }}
.box h3 {{ font: bold 10pt 'DejaVu Sans'; margin: 0 0 1mm; }} .box p {{ margin: 0; }}
</style></head><body>{body}</body></html>"""
    src = tmp / "w2.html"
    src.write_text(doc)
    mc.chromium_pdf(src, HERE / "W2.pdf")
    truth.section("The Lane Letter", 1)
    truth.para("Saltmarsh Lane Residents' Association · Number 52 · May 2026")
    for a in W2_ARTS:
        truth.article(a)
    # The tinted full-height sidebar (diary, committee) reads after the page's articles, as
    # sidebars do in Galley's documented layout rules (LAYOUT.md, ColumnRoles).
    truth.section("Diary Dates"); truth.items(f"{d} {e}" for d, e in W2_SIDE_DIARY)
    truth.section("Your Committee"); truth.items(table_items(W2_CONTACT))
    truth.url("lane@example-saltmarsh-lane.org.uk")
    truth.article(W2_THREE[0]); truth.article(W2_THREE[1])
    truth.section(W2_SPAN, 1)
    truth.article(W2_THREE[2])
    truth.section(W2_BOXES_TITLE, 1)
    for h, t in W2_BOXES:
        truth.section(h); truth.para(t)
    truth.noise(header, "The Lane Letter · May 2026 · 1", "The Lane Letter · May 2026 · 2")
    return truth


# ---------------------------------------------------------------- TeX
TEX_PRE = r"""\usepackage[T1]{fontenc}
\usepackage[utf8]{inputenc}
\usepackage[british]{babel}
\usepackage{graphicx}
\usepackage{xcolor}
\usepackage{fancyhdr}
\usepackage{enumitem}
\usepackage{array}
"""

# ================================================================ X1: pdflatex, left margin notes (\reversemarginpar), twoside
X1_ARTS = [
    A("A Record Year for the Food Bank", [
        "Members of the society gave more than a tonne of fresh vegetables to the town food bank last year, most "
        "of it potatoes, onions and the usual glut of courgettes in August. The food bank's coordinator has asked "
        "us to pass on her thanks, and to say that fresh food is the thing they are always shortest of.",
        "This year a collection crate will sit by the gate of each site from June until October. Please leave "
        "produce that is clean and sound, and tell the site representative if the crate is full.",
    ]),
    A("Water Troughs and Hosepipes", [
        "The water company has raised its charges again, and the committee has reluctantly agreed to add four "
        "pounds to each plot's rent from next year. To keep the bill down, the rules about hosepipes will be "
        "enforced more firmly:",
        ["Hosepipes may be used only to fill water butts, never to water beds directly.",
         "Troughs must be left with their lids closed to keep out leaves and frogs.",
         "Leaking taps should be reported to the site representative the same day."],
        "Members with a disability that makes carrying cans difficult may ask for an exemption, which will be "
        "granted without fuss.",
    ]),
]
X1_PLOTS = [("Site", "Vacant plots", "How to apply"),
            ("Moor Lane", "Two half plots near the gate", "Ask the site representative for a tour first"),
            ("Station Road", "One full plot with a shed and a greenhouse frame", "Write to the lettings secretary"),
            ("Cemetery Hill", "None at present", "Join the waiting list online")]
X1_LATER = [
    A("Plots to Let", [
        "Three plots are vacant this spring. Newcomers are usually offered a half plot for their first year, "
        "which is plenty for a beginner.",
    ]),
    A("Seed Swap and Annual Meeting", [
        "The seed swap will be held in the scout hut on the first Saturday in March, with the annual meeting "
        "straight afterwards. Bring any saved seed in labelled envelopes; we will supply the tea and the biscuits.",
        "Nominations for the committee should reach the secretary a fortnight before the meeting, by post or at "
        "plots@example-thornbury-allotments.org.uk. The accounts will be available to read on the day.",
    ], urls=["plots@example-thornbury-allotments.org.uk"]),
    A("Rats and Compost Bins", [
        "Several members on the Station Road site have seen rats around the compost bays. Please do not put cooked "
        "food, bread or meat on the heaps, and turn your compost often so that it does not become a warm and "
        "undisturbed nest. The council's pest officer will visit in April, free of charge, and will advise on "
        "bait boxes where they are needed.",
        "A leaflet about composting safely can be downloaded from "
        "www.example-thornbury-allotments.org.uk/advice/composting, or collected from the trading hut on Sunday "
        "mornings.",
    ], urls=["www.example-thornbury-allotments.org.uk/advice/composting"]),
    A("Bees on the Moor Lane Site", [
        "Two hives now stand in the fenced corner beyond the far water trough, looked after by a member who has "
        "kept bees for more than twenty years. The bees are gentle, but please keep to the path on that side of "
        "the site during warm afternoons and do not let children put their hands near the entrances.",
        "Honey from the hives will be sold at the trading hut in September, and the proceeds will go to the "
        "society's fund for raised beds, which are being built for members who find bending difficult.",
    ]),
    A("News from the Committee", [
        "The committee met four times over the winter. It agreed a new policy on bonfires, which may now be lit "
        "only between October and March and never when the wind is blowing towards the houses on Moor Lane. It "
        "also agreed to buy a second rotavator, to replace the one that has been mended so often that it is now "
        "mostly spare parts.",
        "The treasurer reports that the society ended the year with a small surplus, thanks largely to the "
        "trading hut, which sold more compost and seed potatoes than in any previous year. The surplus will be "
        "kept as a reserve against the rising cost of water.",
        "Finally, the committee would like to thank everybody who helped to clear the overgrown plots on Cemetery "
        "Hill in the autumn. Four of them have already been let to families from the waiting list, and the "
        "brambles have been turned into a very large and satisfying heap of chippings.",
        "The next committee meeting will be held in the scout hut on the last Thursday in April. Members who "
        "would like an item to be discussed should give it to the secretary at least a week beforehand.",
    ]),
]


def make_x1(tmp):
    truth = Truth("The Potting Shed")
    head_odd = "Thornbury Allotment Society · for members"
    head_even = "The Potting Shed, April 2026"
    foot = "Published 28 March 2026"

    def art(x):
        out = r"\sidehead{" + tex_escape(x["h"]) + "}\n"
        for p in x["p"]:
            if isinstance(p, list):
                out += r"\begin{enumerate}[nosep]" + "".join(r"\item " + tex_escape(i) + "\n" for i in p) + r"\end{enumerate}" + "\n"
            else:
                out += tex_para(p, x["urls"]) + "\n\n"
        return out

    rows = "\n".join(" & ".join(tex_escape(c) for c in r) + r"\\\hline" for r in X1_PLOTS[1:])
    table = (r"\par\smallskip\noindent\begin{tabular}{@{}>{\raggedright}p{28mm}>{\raggedright}p{42mm}>{\raggedright\arraybackslash}p{44mm}@{}}"
             r"\hline\textbf{Site} & \textbf{Vacant plots} & \textbf{How to apply}\\\hline " + rows + r"\end{tabular}\par\medskip" + "\n")
    body = "".join([art(X1_ARTS[0]), art(X1_ARTS[1]), art(X1_LATER[0]), table] + [art(x) for x in X1_LATER[1:]])
    doc = (r"\documentclass[11pt,twoside]{article}" + "\n" + TEX_PRE + r"""\usepackage{mathptmx}
\usepackage[scaled=0.9]{helvet}
\definecolor{accent}{rgb}{0.15,0.35,0.55}
\usepackage[a4paper,left=62mm,right=22mm,top=30mm,bottom=28mm,marginparwidth=38mm,marginparsep=6mm]{geometry}
\reversemarginpar
\sloppy
\newcommand{\sidehead}[1]{\par\bigskip\noindent\marginpar{\raggedleft\sffamily\bfseries\color{accent}#1}\ignorespaces}
\pagestyle{fancy}\fancyhf{}
\fancyhead[RO]{\footnotesize\itshape HODD}
\fancyhead[LE]{\footnotesize\itshape HEVEN}
\fancyfoot[LE,RO]{\footnotesize\sffamily\thepage}
\fancyfoot[C]{\footnotesize\sffamily FOOT}
\renewcommand{\headrulewidth}{0.4pt}
\begin{document}
\thispagestyle{fancy}
\noindent{\sffamily\fontsize{30}{34}\selectfont\bfseries\color{accent}The Potting Shed\par}\vspace{1mm}
\noindent{\sffamily\small The newsletter of Thornbury Allotment Society \textperiodcentered{} Issue 9 \textperiodcentered{} April 2026\par}\vspace{4mm}
BODY
\end{document}
""").replace("HODD", head_odd).replace("HEVEN", head_even).replace("FOOT", tex_escape(foot).replace("·", r"\textperiodcentered{}")).replace("BODY", body)
    pdf = mc.tex_pdf(tmp, "x1", doc)
    shutil.copy(pdf, HERE / "X1.pdf")
    truth.section("The Potting Shed", 1)
    truth.para("The newsletter of Thornbury Allotment Society · Issue 9 · April 2026")
    truth.article(X1_ARTS[0]); truth.article(X1_ARTS[1]); truth.article(X1_LATER[0])
    truth.items(table_items(X1_PLOTS))
    for x in X1_LATER[1:]:
        truth.article(x)
    truth.noise(head_odd, head_even, foot)
    return truth.curly()


# ================================================================ X2: pdflatex twocolumn, footnotes, article over the page, boxes in one column
X2_ARTS = [
    A("From the Chair", [
        "The new observatory dome on the school playing field is finally watertight. It has taken three years, two "
        "planning applications and a great many cake stalls, but on clear Friday nights members can now set up the "
        "club's big reflector in ten minutes instead of an hour.¹ The school's science department has been a "
        "generous host, and its pupils will have the use of the dome on weekday evenings in term time.",
        "We have also been lucky with the weather. The autumn open evening drew more than two hundred visitors, and "
        "for once the clouds parted just as the queue for the telescopes reached the car park. Several families "
        "joined on the spot, and our junior section has doubled in size since October.",
        "None of this happens by itself. The society is run by a handful of volunteers who also have jobs, children "
        "and cold hands, and we need more of you to share the load. In particular we are looking for a treasurer, "
        "somebody to look after the loan telescopes and a few people willing to stand in the car park with a torch "
        "on open evenings.",
    ], notes=["¹ The reflector is the twelve-inch Dobsonian bought with the legacy from a founder member."]),
    A("Light Pollution Survey", [
        "Last winter forty members measured the darkness of the sky from their gardens with a simple meter lent by "
        "the society. The results show a clear glow to the north-east over the retail park, and a much darker sky "
        "over the reservoir than any of us expected.²",
        "We have sent the map to the district council with a polite request that new street lights be shielded "
        "and dimmed after midnight. The full report can be read at "
        "www.example-eastholme-astro.org.uk/dark-sky/survey-2026-report. Please send any further readings to "
        "skyglow@example-eastholme-astro.org.uk so that we can repeat the map next year.",
        "Readings taken on nights with a bright moon were left out, as were those from members whose gardens are "
        "overlooked by security lights. Even so, the map has more than three hundred points, and the pattern it "
        "shows is remarkably consistent from one month to the next.",
        "The survey will be repeated next winter with better meters, bought with a small grant from the county "
        "council's environment fund. Members who took part this year will be offered first use of the new meters, "
        "and the results will be shared with the neighbouring societies who are running similar surveys.",
    ], urls=["www.example-eastholme-astro.org.uk/dark-sky/survey-2026-report", "skyglow@example-eastholme-astro.org.uk"],
       notes=["² Readings were taken on moonless nights between November and February."]),
    A("Beginners' Evenings", [
        "Beginners' evenings are held on the second Tuesday of the month in the school library. Each begins with a "
        "short talk on a single object or technique, followed by practical help with binoculars and small "
        "telescopes. Bring whatever you have, however old; a surprising number of fine telescopes spend years in "
        "lofts because their owners could not find the eyepiece.",
        "The meetings are free for members and cost two pounds for visitors, which goes towards the tea.",
    ]),
    A("A Weekend under Dark Skies", [
        "Twenty-two members spent a weekend in October at the dark sky park on the moors, staying in a bunkhouse "
        "that had been booked more than a year in advance. The first night was cloudy from dusk to dawn, and most "
        "of us played cards and told each other about the galaxies we would have seen.",
        "The second night made up for it. By ten o'clock the Milky Way stretched from one horizon to the other, "
        "bright enough to cast a faint glow on the heather, and the juniors counted more meteors than they could "
        "write down. Several members saw the Andromeda Galaxy with the naked eye for the first time, and one of "
        "our newest members found a comet that none of the experienced observers had thought to look for.",
        "We are grateful to the rangers, who opened the visitor centre late so that we could warm up, and to the "
        "drivers who took the minibus along the single-track roads in the dark without a single complaint.",
        "The trip will be repeated next autumn. Places will be offered first to members who have not been before, "
        "and the cost will again be kept low with help from the society's travel fund, which exists so that "
        "nobody has to miss a trip because of the price.",
        "If you would like to go, please add your name to the list at the beginners' evenings, or write to the "
        "trips secretary, who will send out full details in the summer.",
    ]),
]
X2_CAPTION = "The new dome on the school playing field, photographed at dusk in January."
X2_BOXES_TITLE = "Four Targets for the Spring Sky"
X2_BOXES = [
    ("The Beehive Cluster", "A loose swarm of stars in Cancer, best seen in binoculars on a moonless evening in March."),
    ("Jupiter's Moons", "Any small telescope shows the four largest moons, which change position from night to night."),
    ("The Whirlpool Galaxy", "A faint spiral near the handle of the Plough that needs a dark sky and patience."),
    ("Mizar and Alcor", "A famous pair in the Plough's handle; a telescope splits Mizar itself into two stars."),
]


def make_x2(tmp):
    truth = Truth("The Eyepiece")
    header = "Eastholme Astronomical Society — members' newsletter"
    foot = "The Eyepiece · Spring 2026"
    img = mc.photo(tmp / "x2.jpg", 31, palette=((30, 30, 60), (70, 80, 130), (150, 150, 190)))

    def paras(x):
        marks = {m: n[2:] for n in x["notes"] for m in "¹²" if n.startswith(m)}
        out = ""
        for p in x["p"]:
            s = tex_para(p, x["urls"], marks=None)
            for m, note in marks.items():
                s = s.replace(m, r"\footnote{" + tex_escape(note) + "}", 1)
            out += s + "\n\n"
        return out

    fig = (r"\par\medskip\noindent\begin{minipage}{\linewidth}{\small\itshape " + tex_escape(X2_CAPTION) +
           r"\par}\smallskip\includegraphics[width=\linewidth]{x2.jpg}\end{minipage}\par\medskip" + "\n")
    chair = paras(X2_ARTS[0]).split("\n\n")
    boxes = "".join(r"\par\smallskip\noindent\fcolorbox{accent}{tint}{\parbox{\dimexpr\linewidth-2\fboxsep-2\fboxrule}"
                    r"{\sffamily\small{\Large\bfseries\color{accent}" + str(i + 1) + r"}\quad\textbf{" + tex_escape(h) +
                    r"}\\ " + tex_escape(t) + r"}}" + "\n" for i, (h, t) in enumerate(X2_BOXES))
    body = (r"\section*{" + X2_ARTS[0]["h"] + "}\n" + chair[0] + "\n\n" + fig + "\n\n".join(chair[1:]) +
            r"\section*{" + X2_ARTS[1]["h"] + "}\n" + paras(X2_ARTS[1]) +
            r"\section*{" + X2_BOXES_TITLE + "}\n" + boxes + r"\par\medskip" + "\n" +
            r"\section*{" + tex_escape(X2_ARTS[2]["h"]) + "}\n" + paras(X2_ARTS[2]) +
            r"\section*{" + tex_escape(X2_ARTS[3]["h"]) + "}\n" + paras(X2_ARTS[3]))
    doc = (r"\documentclass[10pt,twocolumn]{article}" + "\n" + TEX_PRE + r"""\usepackage{lmodern}
\definecolor{accent}{rgb}{0.30,0.15,0.45}
\definecolor{tint}{rgb}{0.95,0.93,0.98}
\usepackage[a4paper,left=20mm,right=20mm,top=26mm,bottom=26mm,columnsep=8mm]{geometry}
\makeatletter
\renewcommand\section{\@startsection{section}{1}{\z@}{2.2ex plus .5ex}{1ex}{\sffamily\large\bfseries\color{accent}}}
\makeatother
\pagestyle{fancy}\fancyhf{}
\fancyhead[L]{\footnotesize\sffamily HEADER}
\fancyfoot[L]{\footnotesize\sffamily FOOT}
\fancyfoot[R]{\footnotesize\sffamily Page \thepage}
\begin{document}
\twocolumn[{\noindent{\sffamily\fontsize{32}{36}\selectfont\bfseries\color{accent}The Eyepiece\par}\vspace{1mm}
\noindent{\sffamily\small Eastholme Astronomical Society \textperiodcentered{} Newsletter 87 \textperiodcentered{} Spring 2026\par}\vspace{2mm}\hrule\vspace{5mm}}]
\thispagestyle{fancy}
BODY
\end{document}
""").replace("HEADER", header).replace("FOOT", tex_escape(foot).replace("·", r"\textperiodcentered{}")).replace("BODY", body)
    pdf = mc.tex_pdf(tmp, "x2", doc)
    shutil.copy(pdf, HERE / "X2.pdf")
    truth.section("The Eyepiece", 1)
    truth.para("Eastholme Astronomical Society · Newsletter 87 · Spring 2026")
    a = X2_ARTS[0]
    truth.section(a["h"]); truth.para(mc.strip_marks(a["p"][0])); truth.para(X2_CAPTION)
    for p in a["p"][1:]:
        truth.para(mc.strip_marks(p))
    truth.para(mc.strip_marks(a["notes"][0]))
    truth.article(X2_ARTS[1])
    truth.section(X2_BOXES_TITLE, 1)
    for h, t in X2_BOXES:
        truth.section(h); truth.para(t)
    truth.article(X2_ARTS[2]); truth.article(X2_ARTS[3])
    truth.noise(header.replace("'", "’"), foot, "Page 1", "Page 2")
    return truth.curly()


MAKERS = {"W1": make_w1, "W2": make_w2, "X1": make_x1, "X2": make_x2}

if __name__ == "__main__":
    ids = [a.upper() for a in sys.argv[1:]] or list(MAKERS)
    with tempfile.TemporaryDirectory() as d:
        for i in ids:
            tmp = Path(d) / i
            tmp.mkdir()
            truth = MAKERS[i](tmp)
            mc.finish(i, truth)
            text = mc.truth_text(truth.t) if hasattr(mc, "truth_text") else json.dumps(truth.t["sections"], ensure_ascii=False)
            for n in truth.t["noise"]:
                if n in text:
                    print(f"  warning: noise string is also truth text: {n!r}")
