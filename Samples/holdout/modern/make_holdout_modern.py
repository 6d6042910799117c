#!/usr/bin/env python3
"""Held-out newsletters for Galley from two modern typesetting producers it was never tuned on, with truth
in the shared corpus's format.

usage: python3 make_holdout_modern.py [WP1 WP2 TY1 TY2]     (no arguments: rebuild all)

WP1  WeasyPrint (CSS Paged Media), A4: a contents box with target-counter page numbers and leaders, two CSS
     columns with a column-span: all headline, a float: right panel beside the text, float: footnote notes,
     running heads from string-set in @page margin boxes alternating left/right, "Page n of N" footer
WP2  WeasyPrint, A5: single column, float: right boxes, an opening-times table, footnotes, alternating
     running heads (title on left pages, section name from string-set on right pages), "– n –" folio
TY1  Typst, A4: a tracked (letter-spaced) masthead, columns(2), numbered headings, a figure floated to the
     top right with its caption, a grid of labelled boxes, footnotes, hyphenated justified text, a URL and
     an email that wrap
TY2  Typst, A4 with a wide outer margin: margin notes beside paragraphs, a tinted sidebar block that
     interrupts the column, numbered headings, footnotes, hyphenated justified text, alternating header

Writes <id>.pdf, <id>.txt (pdftotext default dump) and <id>.truth.json next to this script, using the helpers
of the shared development corpus (/work/shared/corpus/make_corpus.py, or $GALLEY_CORPUS).
Needs `pip install weasyprint typst` (WeasyPrint needs pango: apt-get install libpango-1.0-0 libpangoft2-1.0-0)
and poppler-utils. All prose is invented; domains are example-… domains; phone numbers are in Ofcom drama
ranges (01632 960xxx, 020 7946 0xxx)."""
import html, os, sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, os.environ.get("GALLEY_CORPUS", "/work/shared/corpus"))
import make_corpus as mc  # noqa: E402
from make_corpus import Truth, A  # noqa: E402

mc.OUT = HERE


def esc(s):
    return html.escape(s, quote=False)


# ================================================================ WP1: WeasyPrint, A4, two columns
WP1_TITLE = "Spine Lines"
WP1_DATE = "The newsletter of the Friends of Pendlecombe Library · Issue 9 · Autumn 2026"
WP1_HEAD = "Pendlecombe Library Friends"
WP1_ARTS = [
    A("From the Chair", [
        "It has been a busy summer at the library. The reading challenge signed up more children than ever "
        "before, the new large-print shelves are already too small, and the garden behind the reading room "
        "finally has benches that do not wobble. None of this would have happened without the Friends.",
        "Our membership now stands at two hundred and twelve, which is a record. If you have not renewed "
        "this year, the form is on the back page, and a year's subscription still costs less than a paperback.",
    ], notes=["The previous record, one hundred and ninety, was set in the year the library reopened."]),
    A("The Reading Challenge Breaks Every Record", [
        "Four hundred and six children took part in the summer reading challenge, and three hundred of them "
        "finished all six books. The medal ceremony had to be held in the church hall because the reading "
        "room could not hold everybody, and the mayor stayed for two hours handing out certificates.",
        "Several parents told us that their children had read more over the summer than in the whole school "
        "year before it. The volunteers who listened to young readers every Saturday morning deserve most "
        "of the credit, and we hope that many of them will come back next year.",
    ]),
    A("Local History Room", [
        "The local history room has been rearranged so that the parish maps can be laid flat on the big "
        "table. The parish registers are now on microfilm, and the reader has been mended at last, so you no "
        "longer need to turn the handle with a pencil.",
        "Volunteers are cataloguing the photographs left to the library by the old camera club. So far they "
        "have found the mill before the fire, the carnival of the year the river froze, and a great many "
        "pictures of somebody's prize marrows.",
    ], notes=["The photographs may be seen by appointment; please ask at the counter."]),
]
WP1_PANEL = A("Book Sale", [
    "Our autumn book sale is on Saturday 17 October from ten until two in the reading room. Donations of "
    "clean paperbacks are welcome at the counter until the Thursday before.",
])
WP1_HOURS = [("Day", "Opening hours"), ("Monday", "Closed"), ("Tuesday", "10am to 7pm"),
             ("Wednesday", "10am to 5pm"), ("Thursday", "10am to 7pm"), ("Friday", "10am to 5pm"),
             ("Saturday", "9am to 1pm")]
WP1_HOURS_INTRO = ("From the first of November the library changes its hours to open late twice a week, "
                   "so that people who work in town can call in on the way home.")
WP1_CONTACT = A("Join the Friends", [
    "Membership costs eight pounds a year, or twelve for a household. Renew online at "
    "www.example-pendlecombe-library-friends.org.uk/membership or ring the membership secretary on "
    "01632 960417. Questions about events can go to events.secretary@example-pendlecombe-library-friends.org.uk "
    "at any time.",
], urls=["www.example-pendlecombe-library-friends.org.uk/membership",
         "events.secretary@example-pendlecombe-library-friends.org.uk"])

WP1_CSS = """
@page { size: A4; margin: 22mm 18mm 20mm 18mm;
  @bottom-center { content: "Page " counter(page) " of " counter(pages); font: 8pt 'DejaVu Sans'; color: #555; } }
@page :left { @top-left { content: "%(head)s"; font: italic 8pt 'DejaVu Serif'; color: #555; } }
@page :right { @top-right { content: "%(title)s · " string(section); font: italic 8pt 'DejaVu Serif'; color: #555; } }
html { font: 10pt/1.38 'DejaVu Serif'; hyphens: auto; }
body { margin: 0; }
h1.mast { font: bold 30pt 'DejaVu Sans'; margin: 0; color: #2a4a6b; }
p.date { font: italic 9.5pt 'DejaVu Serif'; margin: 1mm 0 4mm; border-bottom: 1.5pt solid #2a4a6b; padding-bottom: 2mm; }
.toc { margin: 0 0 3mm; break-inside: avoid; padding: 2mm 3mm; background: #e8eef5; font: 8.5pt/1.4 'DejaVu Sans'; }
.toc b { display: block; margin-bottom: 1mm; }
.toc a { display: block; color: black; text-decoration: none; }
.toc a::after { content: leader('.') target-counter(attr(href), page); }
.cols { columns: 2; column-gap: 7mm; text-align: justify; }
h2 { font: bold 13pt/1.2 'DejaVu Sans'; color: #2a4a6b; margin: 4mm 0 1.5mm; string-set: section content(); text-align: left; }
h2.span { column-span: all; font-size: 17pt; margin: 5mm 0 3mm; }
p { margin: 0 0 2mm; }
.fn { float: footnote; font: 8pt/1.3 'DejaVu Serif'; text-align: left; }
::footnote-call { content: counter(footnote); vertical-align: super; font-size: 6.5pt; }
::footnote-marker { content: counter(footnote) ". "; }
@page { @footnote { border-top: 0.5pt solid #777; padding-top: 1mm; } }
.panel { float: right; width: 34mm; margin: 1mm 0 2mm 3mm; padding: 2mm; background: #f3e9d2;
  font: 8.5pt/1.3 'DejaVu Sans'; text-align: left; hyphens: manual; }
.panel h3 { font: bold 10pt 'DejaVu Sans'; margin: 0 0 1mm; }
.panel p { margin: 0; }
table.hours { border-collapse: collapse; font: 9pt 'DejaVu Sans'; margin: 2mm 0 3mm; width: 100%%; }
table.hours th, table.hours td { border-bottom: 0.5pt solid #999; padding: 1mm 2mm; text-align: left; }
.url { overflow-wrap: anywhere; hyphens: manual; }
"""


def fn_html(p, note=None):
    """A paragraph; with a note, the footnote floats from the end of its first sentence."""
    if note is None:
        return f"<p>{esc(p)}</p>"
    i = p.index(". ") + 1
    return f'<p>{esc(p[:i])}<span class="fn">{esc(note)}</span>{esc(p[i:])}</p>'


def url_html(p, urls):
    s = esc(p)
    for u in urls:
        s = s.replace(esc(u), f'<span class="url">{esc(u)}</span>')
    return f"<p>{s}</p>"


def weasy(src_html, dst):
    import weasyprint
    weasyprint.HTML(string=src_html, base_url=str(HERE)).write_pdf(str(dst))


def make_wp1(tmp):
    t = Truth(WP1_TITLE)
    t.section(WP1_TITLE, 1)
    t.para(WP1_DATE)
    chair, chall, hist = WP1_ARTS
    body = [f'<h1 class="mast">{WP1_TITLE}</h1>', f'<p class="date">{esc(WP1_DATE)}</p>',
            '<div class="toc"><b>In this issue</b>'
            '<a href="#chall">Reading challenge</a><a href="#hist">Local history room</a>'
            '<a href="#hours">New opening hours</a><a href="#join">Join the Friends</a></div>']
    body.insert(2, '<div class="cols">')
    # chair's letter, footnote in the first paragraph
    body += [f'<h2>{chair["h"]}</h2>', fn_html(chair["p"][0], chair["notes"][0]), fn_html(chair["p"][1])]
    t.article(chair)
    # a headline across both columns
    body += [f'<h2 class="span" id="chall">{chall["h"]}</h2>']
    # the book sale panel floats right beside the second paragraph of the challenge article
    body += [fn_html(chall["p"][0]),
             f'<div class="panel"><h3>{WP1_PANEL["h"]}</h3><p>{esc(WP1_PANEL["p"][0])}</p></div>',
             fn_html(chall["p"][1])]
    t.article(chall)
    t.article(WP1_PANEL)
    body += [f'<h2 id="hist">{hist["h"]}</h2>', fn_html(hist["p"][0]), fn_html(hist["p"][1], hist["notes"][0])]
    t.article(hist)
    body += ['</div>', '<div class="cols" style="break-before: page">']
    body += ['<h2 id="hours">New Opening Hours</h2>', f"<p>{esc(WP1_HOURS_INTRO)}</p>",
             '<table class="hours">' + "".join(
                 "<tr>" + "".join(f"<{'th' if i == 0 else 'td'}>{esc(c)}</{'th' if i == 0 else 'td'}>" for c in r)
                 + "</tr>" for i, r in enumerate(WP1_HOURS)) + "</table>"]
    t.section("New Opening Hours")
    t.para(WP1_HOURS_INTRO)
    t.items(mc.table_items(WP1_HOURS))
    body += [f'<h2 id="join">{WP1_CONTACT["h"]}</h2>', url_html(WP1_CONTACT["p"][0], WP1_CONTACT["urls"]), "</div>"]
    t.article(WP1_CONTACT)
    css = WP1_CSS % {"head": WP1_HEAD, "title": WP1_TITLE}
    doc = f'<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><style>{css}</style></head><body>{"".join(body)}</body></html>'
    (tmp / "wp1.html").write_text(doc)
    weasy(doc, HERE / "WP1.pdf")
    t.noise("In this issue", "Reading challenge", "Page 1 of 2", "Page 2 of 2", WP1_HEAD,
            f"{WP1_TITLE} · {chair['h']}")
    return t


# ================================================================ WP2: WeasyPrint, A5, single column
WP2_TITLE = "The Stile"
WP2_DATE = "The newsletter of Hazelbrook Footpaths Society · Number 44 · Winter 2026"
WP2_ARTS = [
    A("Winter Walks Programme", [
        "The winter programme starts on the first Sunday of December with the short circuit round the "
        "reservoir, which is flat enough for pushchairs and muddy enough for everybody else. Longer walks "
        "follow every second Sunday, and each has a pub or a café at the end of it.",
        "Walk leaders carry a first-aid kit and a map, but not a spare pair of socks. Please bring your own, "
        "and please tell the leader before setting off if you mean to leave the walk early.",
    ], notes=["Dogs are welcome on every walk except the one through the deer park in February."]),
    A("Stiles Replaced on the Ridgeway Path", [
        "Eleven old stiles on the ridgeway path have been replaced with kissing gates, paid for by the "
        "parish council and fitted by our Thursday work party over six very wet weeks. The gates are far "
        "easier for older walkers and for anybody with a dog too big to lift.",
        "The last two stiles, by the sheep pens at the top of the hill, have to stay because the farmer "
        "needs them for his flock. We have fitted new steps to both and painted the top rails white so that "
        "they can be seen in the dusk.",
        "Anybody who wants to help the work party should ring the path warden on 020 7946 0528. Tools and "
        "gloves are provided; cake is not guaranteed but is usually there.",
    ]),
    A("The Footpath Map", [
        "The fourth edition of the society's footpath map is now on sale. It shows every public path in the "
        "twelve parishes round the town, with the new gates marked and the two bridges that were washed away "
        "in the spring floods marked as closed.",
        "The map costs four pounds from the visitor centre and from the post office, and members get it for "
        "half price. Every copy sold pays for another gate.",
    ], notes=["The map's grid matches the national grid, so it can be used with any compass."]),
]
WP2_BOXES = [
    A("Lost Property", [
        "A blue rucksack and a single walking pole were left at the reservoir car park after the October walk."]),
    A("Thank You", [
        "Our thanks to the village school, who lent us their hall for the annual meeting."]),
]
WP2_HOURS_INTRO = ("The visitor centre at the reservoir sells the map and keeps the walk sheets. Its winter "
                   "opening times are below; it closes for the whole of Christmas week.")
WP2_HOURS = [("Day", "Open", "Close"), ("Monday to Thursday", "10am", "3pm"), ("Friday", "10am", "4pm"),
             ("Saturday", "9am", "4pm"), ("Sunday", "9am", "1pm")]
WP2_CONTACT = A("Contact the Society", [
    "Walk sheets and the full programme are at www.example-hazelbrook-footpaths.org.uk/winter-walks and the "
    "secretary reads every message sent to secretary@example-hazelbrook-footpaths.org.uk within a week.",
], urls=["www.example-hazelbrook-footpaths.org.uk/winter-walks", "secretary@example-hazelbrook-footpaths.org.uk"])

WP2_CSS = """
@page { size: A5; margin: 18mm 15mm 16mm 15mm;
  @bottom-center { content: "\\2013 " counter(page) " \\2013"; font: 8pt 'DejaVu Sans'; } }
@page :left { @top-left { content: "%(title)s · Winter 2026"; font: 7.5pt 'DejaVu Sans'; color: #555; } }
@page :right { @top-right { content: "%(title)s · " string(section); font: 7.5pt 'DejaVu Sans'; color: #555; } }
@page { @footnote { border-top: 0.5pt solid #777; padding-top: 1mm; } }
html { font: 9.5pt/1.4 'DejaVu Serif'; hyphens: auto; }
body { margin: 0; }
h1.mast { font: bold 26pt 'DejaVu Serif'; margin: 0; color: #4d3b1f; text-align: center; }
p.date { font: italic 8.5pt 'DejaVu Serif'; margin: 0 0 4mm; text-align: center; border-bottom: 1pt solid #4d3b1f; padding-bottom: 2mm; }
h2 { font: bold 12pt/1.2 'DejaVu Sans'; margin: 4mm 0 1.5mm; string-set: section content(); color: #4d3b1f; }
p { margin: 0 0 2mm; text-align: justify; }
.fn { float: footnote; font: 7.5pt/1.3 'DejaVu Serif'; text-align: left; }
::footnote-call { content: counter(footnote); vertical-align: super; font-size: 6pt; }
::footnote-marker { content: counter(footnote) ". "; }
.box { float: right; width: 38mm; margin: 1mm 0 2mm 3mm; padding: 2mm; border: 0.75pt solid #4d3b1f;
  font: 8pt/1.3 'DejaVu Sans'; }
.box h3 { font: bold 9pt 'DejaVu Sans'; margin: 0 0 1mm; }
.box p { margin: 0; text-align: left; hyphens: manual; }
table.hours { border-collapse: collapse; font: 8.5pt 'DejaVu Sans'; margin: 2mm 0 3mm; }
table.hours th, table.hours td { padding: 0.8mm 3mm 0.8mm 0; text-align: left; border-bottom: 0.5pt solid #bbb; }
.url { overflow-wrap: anywhere; hyphens: manual; }
"""


def make_wp2(tmp):
    t = Truth(WP2_TITLE)
    t.section(WP2_TITLE, 1)
    t.para(WP2_DATE)
    walks, stiles, mapa = WP2_ARTS
    body = [f'<h1 class="mast">{WP2_TITLE}</h1>', f'<p class="date">{esc(WP2_DATE)}</p>']
    body += [f"<h2>{walks['h']}</h2>", fn_html(walks["p"][0], walks["notes"][0]), fn_html(walks["p"][1])]
    t.article(walks)
    # a floated box beside the first paragraphs of the next article
    box1, box2 = WP2_BOXES
    body += [f"<h2>{stiles['h']}</h2>",
             f'<div class="box"><h3>{box1["h"]}</h3><p>{esc(box1["p"][0])}</p></div>']
    body += [fn_html(p) for p in stiles["p"]]
    t.article(stiles)
    t.article(box1)
    body += ["<h2>Visitor Centre Opening Times</h2>", f"<p>{esc(WP2_HOURS_INTRO)}</p>",
             '<table class="hours">' + "".join(
                 "<tr>" + "".join(f"<{'th' if i == 0 else 'td'}>{esc(c)}</{'th' if i == 0 else 'td'}>" for c in r)
                 + "</tr>" for i, r in enumerate(WP2_HOURS)) + "</table>"]
    t.section("Visitor Centre Opening Times")
    t.para(WP2_HOURS_INTRO)
    t.items(mc.table_items(WP2_HOURS))
    body += [f"<h2>{mapa['h']}</h2>",
             f'<div class="box"><h3>{box2["h"]}</h3><p>{esc(box2["p"][0])}</p></div>',
             fn_html(mapa["p"][0], mapa["notes"][0]), fn_html(mapa["p"][1])]
    t.article(mapa)
    t.article(box2)
    body += [f"<h2>{WP2_CONTACT['h']}</h2>", url_html(WP2_CONTACT["p"][0], WP2_CONTACT["urls"])]
    t.article(WP2_CONTACT)
    css = WP2_CSS % {"title": WP2_TITLE}
    doc = f'<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><style>{css}</style></head><body>{"".join(body)}</body></html>'
    (tmp / "wp2.html").write_text(doc)
    weasy(doc, HERE / "WP2.pdf")
    t.noise("–1 –", "–2 –", f"{WP2_TITLE} · Winter 2026", f"{WP2_TITLE} · {walks['h']}")
    return t


# ================================================================ Typst helpers
def typ_esc(s):
    for a in "\\#*_`$<>@[]~":
        s = s.replace(a, "\\" + a)
    return s.replace("'", "’") if False else s


def typ_para(p, urls=(), note=None):
    """A Typst paragraph: URLs and emails become links (Typst may break a link's text at its hyphens and
    slashes); a note becomes a footnote at the end of the first sentence."""
    if note is not None:
        i = p.index(". ") + 1
        return typ_para(p[:i]) + f"#footnote[{typ_esc(note)}]" + typ_para(p[i:])
    out, rest = "", p
    while True:
        hits = [(rest.find(u), u) for u in urls if u in rest]
        if not hits:
            return out + typ_esc(rest)
        i, u = min(hits)
        target = ("mailto:" + u) if "@" in u else ("https://" + u)
        out += typ_esc(rest[:i]) + f'#link("{target}")[{typ_esc(u)}]'
        rest = rest[i + len(u):]


def typst_pdf(tmp, name, src, dst):
    import typst
    (tmp / f"{name}.typ").write_text(src)
    typst.compile(str(tmp / f"{name}.typ"), output=str(dst))


# ================================================================ TY1: Typst, A4, two columns
TY1_TITLE = "Harbour Lights"
TY1_DATE = "The newsletter of Westmere Harbour Rowing Club · Issue 6 · Spring 2026"
TY1_HEAD = "Westmere HRC"
TY1_ARTS = [
    A("1. A New Boat for the Club", [
        "After two years of raffles, quiz nights and one very long sponsored row round the bay, the club has "
        "bought a new coastal quad. She arrived on a trailer in March, and the naming ceremony on the slipway "
        "was watched by more people than any regatta in living memory.",
        "The boat is lighter than the old wooden gig and far more forgiving in a following sea. Juniors will "
        "have first call on her on Saturday mornings, and the committee has promised that nobody will be "
        "allowed to take her out alone until they have passed the capsize drill.",
    ], notes=["The old gig is not for sale; she will be restored over the winter by the Tuesday crew."]),
    A("2. Capsize Drill at the Leisure Centre", [
        "Every member who wants to row the new boat must first complete the capsize drill in the pool at the "
        "leisure centre. The drill takes about an hour, and the water is warmer than the harbour in any month "
        "of the year, which is more than can be said for the changing rooms.",
        "Sessions run on the last Friday of each month from seven in the evening. Places are limited to eight "
        "rowers a session, so please book early through the club website.",
    ]),
    A("3. Results from the Autumn Head", [
        "Eleven crews raced in the autumn head on the estuary, and the club brought home two pennants: the "
        "veteran women's quad won its class by nine seconds, and the junior double was second in a field of "
        "fourteen. Both crews had trained through a wet September without missing a single outing.",
        "The men's coxed four finished fifth after their cox lost a shoe overboard at the start and steered "
        "the whole course in one sock. He has been given a new pair of shoes by the committee, on condition "
        "that he keeps them on.",
    ]),
    A("4. Harbour Safety", [
        "The harbour master has asked all clubs to keep clear of the fairway when the ferry is berthing. "
        "Coxes must carry a hand-held radio tuned to the harbour channel, and crews must wear lifejackets "
        "between the first of October and the end of April, whatever the weather looks like from the shore.",
    ]),
]
TY1_CAPTION = "The new coastal quad on the slipway before her first outing."
TY1_BOXES_TITLE = "Who to Ask"
TY1_BOXES = [
    A("Bookings", ["Boat bookings and the outing log are kept by the boatman, who is at the club every Saturday."]),
    A("Coaching", ["Learn-to-row courses start in May; the head coach takes names at the bar after Sunday outings."]),
    A("Juniors", ["Juniors row from the age of eleven, always with an adult in the boat and a launch nearby."]),
    A("Social", ["The social secretary runs the summer barbecue and the winter dinner, and needs helpers for both."]),
]
TY1_CONTACT = A("5. Contact the Club", [
    "Book the capsize drill at www.example-westmere-harbour-rowing.org.uk/capsize-drill-bookings or write to "
    "membership.secretary@example-westmere-harbour-rowing.org.uk. For anything urgent, ring the boathouse on "
    "01632 960273 at weekends.",
], urls=["www.example-westmere-harbour-rowing.org.uk/capsize-drill-bookings",
         "membership.secretary@example-westmere-harbour-rowing.org.uk"])

TY1_PRE = r"""
#set page(paper: "a4", margin: (x: 18mm, top: 22mm, bottom: 20mm),
  header: context { set text(8pt, fill: luma(90)); [HEAD #h(1fr) Harbour Lights, spring] },
  footer: context { set text(8pt); align(center)[Page #counter(page).display() of #counter(page).final().first()] })
#set text(font: "DejaVu Serif", size: 10pt, lang: "en", region: "gb", hyphenate: true)
#set par(justify: true, leading: 0.6em, spacing: 0.9em)
#set heading(numbering: none)
#show heading: it => { set text(font: "DejaVu Sans", size: 12pt, fill: rgb("#1d4e6b"), hyphenate: false); set par(justify: false); block(above: 1.1em, below: 0.6em, it.body) }
#show link: set text(fill: rgb("#1d4e6b"))
#align(center)[#text(font: "DejaVu Sans", size: 28pt, weight: "bold", tracking: 0.35em, fill: rgb("#1d4e6b"))[TITLE]]
#align(center)[#text(style: "italic", size: 9pt)[DATE]]
#line(length: 100%, stroke: 1.2pt + rgb("#1d4e6b"))
"""


def make_ty1(tmp):
    t = Truth(TY1_TITLE)
    t.section(TY1_TITLE, 1)
    t.para(TY1_DATE)
    from PIL import Image  # noqa: F401  (mc.photo needs Pillow)
    mc.photo(tmp / "quad.jpg", 61, palette=((40, 70, 110), (120, 160, 200), (220, 230, 240)))
    boat = TY1_ARTS[0]
    src = (TY1_PRE.replace("HEAD", TY1_HEAD).replace("TITLE", TY1_TITLE.upper())
           .replace("DATE", typ_esc(TY1_DATE)))
    body = []

    def head(h):
        return f"= {typ_esc(h)}\n"

    # numbered headings printed with their numbers (kept in the truth, as the typeset set does)
    body += [head(boat["h"]), typ_para(boat["p"][0], note=boat["notes"][0]) + "\n",
             '#place(top + right, float: true, scope: "parent", clearance: 1.2em, '
             'block(width: 58%, figure(image("quad.jpg", width: 100%), '
             f'caption: [{typ_esc(TY1_CAPTION)}], supplement: none, numbering: none)))\n',
             typ_para(boat["p"][1]) + "\n"]
    t.section(boat["h"])
    t.para(boat["p"][0])
    t.para(TY1_CAPTION)
    t.para(boat["p"][1])
    t.para(boat["notes"][0])
    for a in TY1_ARTS[1:]:
        body += [head(a["h"])] + [typ_para(p) + "\n" for p in a["p"]]
        t.article(a)
    body += [head(TY1_CONTACT["h"]), typ_para(TY1_CONTACT["p"][0], TY1_CONTACT["urls"]) + "\n"]
    t.article(TY1_CONTACT)
    src += "#columns(2, gutter: 7mm)[\n" + "\n".join(body) + "]\n"
    # a grid of labelled boxes across the page, read by rows
    cells = ",\n".join(
        f'block(fill: rgb("#e3edf3"), inset: 7pt, radius: 3pt, width: 100%, height: 20mm)['
        f'#text(font: "DejaVu Sans", weight: "bold", size: 10pt)[{typ_esc(b["h"])}] \\ '
        f'#set par(justify: false); #text(size: 8.5pt)[{typ_esc(b["p"][0])}]]' for b in TY1_BOXES)
    src += (f'#v(4mm)\n#text(font: "DejaVu Sans", size: 14pt, weight: "bold", fill: rgb("#1d4e6b"))[{TY1_BOXES_TITLE}]\n'
            f"#v(1mm)\n#grid(columns: (1fr, 1fr), gutter: 6pt,\n{cells})\n")
    t.section(TY1_BOXES_TITLE, 1)
    for b in TY1_BOXES:
        t.article(b)
    typst_pdf(tmp, "ty1", src, HERE / "TY1.pdf")
    t.noise(TY1_HEAD, "Harbour Lights, spring", "Page 1 of 2", "Page 2 of 2")
    return t.curly()  # Typst's smart quotes print ' as ’


# ================================================================ TY2: Typst, A4, margin notes and a sidebar
TY2_TITLE = "The Orchard Gate"
TY2_DATE = "The newsletter of Coldharbour Community Orchard · Issue 15 · Autumn 2026"
TY2_HEAD_ODD = "Coldharbour Orchard Volunteers"
TY2_HEAD_EVEN = "The Orchard Gate · Autumn 2026"
TY2_ARTS = [
    A("1 Harvest Report", [
        "It has been the best apple harvest since the orchard was planted. The old russets by the gate, which "
        "gave almost nothing for three years running, were so heavy in September that two branches had to be "
        "propped with clothes props borrowed from the cottages along the lane.",
        "The juicing day in October pressed nearly four hundred litres, most of which went home with the "
        "volunteers who picked it. The rest was sold at the village fair and paid for a new ladder, which the "
        "committee promises will be tested by somebody other than the chair.",
        "Pears were less happy. The late frost in April caught the blossom on the lower trees, and only the "
        "two old perry pears on the high side gave a proper crop.",
    ], notes=["The new ladder is kept locked in the shed; ask a key-holder before you climb anything."]),
    A("2 Winter Pruning", [
        "Pruning starts in the second week of December and carries on every Saturday morning until the end "
        "of February. Beginners are very welcome: the first hour of each session is a short demonstration on "
        "one tree, and after that everybody works in pairs with an experienced pruner.",
        "Please bring secateurs if you have them and gloves in any case. The orchard's own loppers and saws "
        "are sharpened before each session and must be signed out and back in at the shed.",
    ]),
    A("3 New Trees for the Lower Field", [
        "Thanks to a grant from the district council we shall plant thirty new trees in the lower field this "
        "winter, all of them local varieties grafted by the county nursery. The planting plan keeps a wide "
        "ride down the middle so that the mower can get through in summer.",
        "Each tree can be adopted by a family or a school class for fifteen pounds, which pays for the stake, "
        "the guard and a small wooden label. Adopters are invited to the planting day in January.",
    ]),
    A("4 The Volunteers' Lunch", [
        "Everybody who has given a morning to the orchard this year is invited to the volunteers' lunch in the "
        "village hall on the last Sunday of November. There will be soup, bread from the bakery on the green "
        "and, inevitably, a great deal of apple crumble.",
        "Please tell the secretary by the middle of the month if you are coming, and whether you will bring a "
        "pudding, so that we do not end up with eleven crumbles and no custard.",
    ]),
    A("5 Contact Us", [
        "Adoption forms and the pruning rota are at www.example-coldharbour-orchard.org.uk/adopt-a-tree and "
        "the volunteer coordinator answers volunteers@example-coldharbour-orchard.org.uk. The orchard phone, "
        "020 7946 0834, is answered on Saturday mornings only.",
    ], urls=["www.example-coldharbour-orchard.org.uk/adopt-a-tree", "volunteers@example-coldharbour-orchard.org.uk"]),
]
TY2_MARGIN = [
    (0, 1, "Juice is sold in the shed on Saturdays while it lasts."),
    (1, 0, "Sessions are cancelled when there is frost on the grass."),
    (2, 1, "School classes should book through the orchard secretary."),
]
TY2_SIDEBAR = A("Wassail Night", [
    "Our wassail is on Saturday 16 January at dusk. Bring a lantern and a pan to bang, and toast the oldest "
    "tree with hot spiced juice.",
])

TY2_PRE = r"""
#set page(paper: "a4", margin: (left: 20mm, right: 62mm, top: 24mm, bottom: 22mm),
  header: context { set text(font: "DejaVu Sans", size: 8pt, fill: luma(90));
    if calc.odd(here().page()) [#h(1fr) HEADODD] else [HEADEVEN #h(1fr)] },
  footer: context { set text(font: "DejaVu Sans", size: 8pt); align(center)[#counter(page).display()] })
#set text(font: "DejaVu Serif", size: 11pt, lang: "en", region: "gb", hyphenate: true)
#set par(justify: true, leading: 0.65em, spacing: 1.1em)
#set heading(numbering: "1")
#show heading: it => { set text(font: "DejaVu Sans", size: 13pt, fill: rgb("#5b3a1e"), hyphenate: false); set par(justify: false); block(above: 1.3em, below: 0.7em)[#counter(heading).display() #h(0.4em) #it.body] }
#let mnote(body) = place(right, dx: 46mm, block(width: 36mm, { set text(size: 8pt, style: "italic", fill: rgb("#5b3a1e"), hyphenate: false); set par(justify: false); body }))
#text(font: "DejaVu Serif", size: 30pt, weight: "bold", tracking: 0.12em, fill: rgb("#5b3a1e"))[TITLE]
#v(-4pt)
#text(style: "italic", size: 9pt)[DATE]
#line(length: 100%, stroke: 1pt + rgb("#5b3a1e"))
"""


def make_ty2(tmp):
    t = Truth(TY2_TITLE)
    t.section(TY2_TITLE, 1)
    t.para(TY2_DATE)
    src = (TY2_PRE.replace("HEADODD", TY2_HEAD_ODD).replace("HEADEVEN", typ_esc(TY2_HEAD_EVEN))
           .replace("TITLE", TY2_TITLE).replace("DATE", typ_esc(TY2_DATE)))
    margin = {(a, p): n for a, p, n in TY2_MARGIN}
    for ai, a in enumerate(TY2_ARTS):
        # headings are numbered by Typst ("1 Harvest Report"): the number is printed and kept in the truth
        src += f"= {typ_esc(a['h'].split(' ', 1)[1])}\n"
        t.section(a["h"])
        for pi, p in enumerate(a["p"]):
            note = a["notes"][0] if a["notes"] and pi == 0 else None
            mn = margin.get((ai, pi))
            lead = f"#mnote[{typ_esc(mn)}]" if mn else ""
            src += lead + typ_para(p, a["urls"], note) + "\n\n"
            t.para(p)
            if mn:
                t.para(mn)  # a margin note reads right after the paragraph it stands beside
            if ai == 1 and pi == 0:
                sb = TY2_SIDEBAR
                src += (f'#block(fill: rgb("#f1e6d6"), inset: 8pt, width: 100%, above: 1em, below: 1em)['
                        f'#text(font: "DejaVu Sans", weight: "bold", size: 10.5pt)[{typ_esc(sb["h"])}] \\ '
                        f'#text(font: "DejaVu Sans", size: 9pt)[{typ_esc(sb["p"][0])}]]\n\n')
        for n in a["notes"]:
            t.para(n)
        t.url(*a["urls"])
        if ai == 1:
            t.article(TY2_SIDEBAR)
    typst_pdf(tmp, "ty2", src, HERE / "TY2.pdf")
    t.noise(TY2_HEAD_ODD, TY2_HEAD_EVEN)
    return t.curly()  # Typst's smart quotes print ' as ’


def main():
    import tempfile
    want = {a.upper() for a in sys.argv[1:]} or {"WP1", "WP2", "TY1", "TY2"}
    tmp = Path(tempfile.mkdtemp(prefix="holdout-modern-"))
    for name, fn in (("WP1", make_wp1), ("WP2", make_wp2), ("TY1", make_ty1), ("TY2", make_ty2)):
        if name in want:
            t = fn(tmp)
            if t is not None:
                mc.finish(name, t)


if __name__ == "__main__":
    main()
