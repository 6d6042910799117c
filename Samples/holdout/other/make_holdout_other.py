#!/usr/bin/env python3
"""Held-out newsletters from four more producers Galley was not tuned on, with ground truth.

usage: python3 make_holdout_other.py [OG OC OI OL]     (no arguments: rebuild all)

Writes <id>.pdf, <id>.txt (pdftotext default dump) and <id>.truth.json next to this script, in the format of
the shared development corpus (its README, "Truth format" and "Truth conventions").

- OG: groff -ms (`groff -k -ms -Tpdf`), A4, a parish magazine. A centred masthead over `.2C` two columns;
  `.SH` headings; a boxed notice (`.B1`/`.B2`) with a bold title; a bulleted service list (`.IP \\(bu`);
  a contact block of Label: value lines; running header (LH/RH) on pages after the first and "Page n" footer
  (CF); groff's own hyphenation and its typographic apostrophe.
- OC: ConTeXt MkIV (`context`), A4, a residents' association. Masthead; a one-column letter with margin notes
  (`\\margintext`) beside two of its paragraphs; `\\startcolumns[n=2]` articles with `\\footnote`s; a framed
  sidebar (`\\startframedtext`) inside the columns; an events table (`\\starttabulate`) after the columns;
  header texts and "Page n" footer.
- OI: Inkscape 1.2 (`inkscape --export-type=pdf`) from generated SVGs (one per page, joined with pdfunite),
  A4, a school PTA. A tinted masthead band; SVG2 flowed text (`shape-inside`) running through linked column
  frames (three on page 1, two on page 2) with headings as bold larger lines of the flow, paragraphs separated
  by an empty line; a pull quote set large and italic between rules across the foot of page 1; a photo with an
  italic caption; a tinted "Get in Touch" box; a footer on each page.
- OL: LibreOffice Writer from a generated flat ODT (`.fodt`), A4, a football club. Sections of different column
  counts (one, two, three, one); a text frame floated right with wrap (a sponsor box with its own heading);
  a contact block (Tel:/Email:/Web:); a registration URL long enough to wrap; compounds at line ends
  (hyphenation off, so only a real hyphen breaks a word); header and "Page n" footer.

All prose is invented, in British English; domains are example-… domains; phone numbers are in Ofcom's drama
ranges (01632 960xxx). Reuses the truth helpers of the shared corpus generator
(/work/shared/corpus/make_corpus.py, or $GALLEY_CORPUS)."""
import base64, os, re, shutil, subprocess, sys, tempfile
from pathlib import Path
from xml.sax.saxutils import escape

OUT = Path(__file__).resolve().parent
sys.path.insert(0, os.environ.get("GALLEY_CORPUS", "/work/shared/corpus"))
import make_corpus as mc  # noqa: E402
from make_corpus import Truth, photo  # noqa: E402

mc.OUT = OUT


def check_text(pdf, truth):
    """Every word of the truth must be printed (flowed frames hide what overflows)."""
    dump = subprocess.run(["pdftotext", "-raw", str(pdf), "-"], capture_output=True, text=True).stdout
    flat = re.sub(r"[\s\u00ad-]+", "", dump).replace("’", "'")
    for sec in truth.t["sections"]:
        for b in sec["blocks"]:
            for s in ([b["text"]] if "text" in b else b["items"]):
                tail = re.sub(r"[\s-]+", "", s.replace("’", "'"))[-14:]
                if tail not in flat:
                    print(f"  WARNING: not printed (overflow?): …{s[-50:]!r}")


# ================================================================ OG: groff -ms, parish
OG_TITLE = "The Hartwell Lantern"
OG_DATE = "Parish magazine of St Columba's, Hartwell Magna · Summer 2026"
OG_RECTOR = ("From the Rector", [
    "Dear friends, the long evenings are with us again and the churchyard has never looked better. The "
    "wildflower strip along the north wall, which some of you doubted when we sowed it last autumn, is now full "
    "of ox-eye daisies and knapweed, and on a warm afternoon it hums with bees.",
    "This summer marks twenty years since the restoration of the tower, and I have been reading the old minute "
    "books to remind myself how much work that took. The appeal ran for four years, the scaffolding stayed up "
    "for two winters, and one churchwarden is recorded as having climbed the ladder every single Saturday to "
    "check on the masons.",
    "We are not facing anything so dramatic this year, but the heating boiler is at the end of its life and the "
    "parochial church council will be asking for ideas in the autumn. Please come to the open meeting if you "
    "can, and bring your questions.",
])
OG_BELLS = ("The Bells Ring Again", [
    "After eighteen months of silence the bells rang out for the Easter morning service, rehung on new bearings "
    "and with a rebuilt frame. The tower captain reports that the band has grown to nine ringers, including "
    "three teenagers who learned on the simulator in the vestry.",
    "Practice night is Thursday from half past seven. Anybody over eleven is welcome to come and watch, and the "
    "band will teach newcomers to handle a bell safely before they ring with the others.",
])
OG_BOX = ("Churchyard Working Party", "Saturday 20 June from half past nine. Bring gloves, shears and a "
          "flask; tea and bacon rolls will be served in the porch at eleven. Children are welcome with an adult.")
OG_SUPPER = ("Harvest Supper Plans", [
    "The harvest supper will return to the village hall on Saturday 26 September, with a two-course meal, a "
    "short auction of promises and the famous pudding table. Tickets will go on sale after the August services "
    "and numbers are limited to one hundred and twenty.",
    "We need cooks, washers-up and people to lay the tables. If you can help, please add your name to the list "
    "at the back of church or speak to Maureen Pettigrew after any Sunday service.",
])
OG_MESSY = ("Messy Church", [
    "Messy Church meets on the second Sunday of each month at four o'clock in the hall, with crafts, a short "
    "story, songs and a simple tea. It is aimed at families with children of primary school age, but everybody "
    "is welcome, and grandparents are a particular blessing.",
    "In July the theme is Noah's ark, and we are warned that the craft tables will involve a great deal of "
    "cardboard, glue and animal noises.",
])
OG_SERVICES_H = "Services in July"
OG_SERVICES = ["Sunday 5 July, 10am: Parish Communion with baptism",
               "Sunday 12 July, 4pm: Messy Church in the hall",
               "Sunday 19 July, 10am: Family service and picnic on the green",
               "Sunday 26 July, 6pm: Choral evensong with the Hartwell Singers"]
OG_CARE = ("Pastoral Care Team", [
    "The pastoral care team visits anybody in the parish who is unwell, housebound or simply lonely, whether or "
    "not they come to church. Visits are friendly and confidential. If you know somebody who would welcome a "
    "visit, please let the parish office know.",
    "We would also welcome two or three more visitors. Training is given by the diocese over two evenings in "
    "September, and every visitor is checked under the safeguarding policy before they begin.",
])
OG_FLOWERS = ("Flowers for the Festival", [
    "The flower festival over the bank holiday weekend will take as its theme the hymns of the parish. Each "
    "arranger has chosen a favourite hymn and will interpret it in flowers, foliage and anything else that can "
    "be persuaded to stand up in a vase.",
    "Donations of garden flowers will be gratefully received in the porch on the Friday morning before the "
    "festival opens.",
])
OG_ECO = ("Towards an Eco Church Award", [
    "The environment group has completed the first stage of the Eco Church survey and believes that the parish "
    "can reach the bronze award by Easter. Most of the work is already done: the churchyard is managed for "
    "wildlife, the hall has a recycling point and the heating is on a timer.",
    "The remaining steps are mostly about worship and teaching, and the group would like to hear from anybody "
    "who could lead a short series of talks on caring for creation in the new year. The group meets on the "
    "first Monday of the month in the vestry.",
    "A second-hand book stall in aid of the survey will stand in the porch throughout August. Please bring "
    "paperbacks in good condition, but not encyclopaedias or old magazines.",
])
OG_HALL = ("Hall Bookings", [
    "The village hall committee reminds hirers that the new booking system is now live. Regular groups have "
    "been transferred automatically, but anybody planning a party or a one-off event should book at least a "
    "month ahead, especially for Saturdays in the summer, when the hall is popular for wedding receptions.",
    "The kitchen has been repainted and the old urn replaced, so hirers will find it a much more pleasant place "
    "to make tea than it was last year.",
])
OG_CONTACT_H = "Contact the Parish Office"
OG_CONTACT = ["Tel: 01632 960 518", "Email: office@example-hartwell-parish.org.uk",
              "Web: www.example-hartwell-parish.org.uk", "Office hours: Tuesday and Friday, 9am to noon"]
OG_LH = "St Columba's Parish Magazine"
OG_RH = "The Hartwell Lantern · Summer 2026"


def troff(s):
    s = s.replace("\\", "\\e")
    return "\\&" + s if s[:1] in ".'" else s


def make_og(tmp):
    src = [
        ".nr PS 10.5", ".nr VS 13", ".nr PO 2c", ".nr LL 17c", ".nr HM 2c", ".nr FM 2.2c", ".nr PI 0",
        ".nr PD 0.5v", ".nr GW 0.8c",
        f".ds LH {troff(OG_LH)}", ".ds CH", f".ds RH {troff(OG_RH)}", ".ds CF Page %",
        ".LP", ".ce", f"\\s[30]\\f[B]{troff(OG_TITLE)}\\f[]\\s0", ".sp 0.6", ".ce",
        f"\\f[I]{troff(OG_DATE)}\\f[]", ".sp 0.3", "\\l'17c'", ".sp 0.5", ".2C",
    ]

    def art(a):
        src.extend([".SH", troff(a[0])])
        for p in a[1]:
            src.extend([".PP", troff(p)])
    art(OG_RECTOR)
    art(OG_BELLS)
    src.extend([".sp 0.5", ".B1", ".ce", f"\\f[B]{troff(OG_BOX[0])}\\f[]", ".sp 0.3", ".LP", troff(OG_BOX[1]),
                ".B2"])
    art(OG_SUPPER)
    art(OG_MESSY)
    src.extend([".SH", troff(OG_SERVICES_H)])
    for s in OG_SERVICES:
        src.extend([".IP \\(bu 2", troff(s)])
    art(OG_CARE)
    art(OG_FLOWERS)
    art(OG_ECO)
    art(OG_HALL)
    src.extend([".SH", troff(OG_CONTACT_H), ".LP"])
    for i, c in enumerate(OG_CONTACT):
        lab, val = c.split(": ", 1)
        lab += ":"
        src.extend([f"\\f[B]{troff(lab)}\\f[] {troff(val)}", ".br"])
    (tmp / "og.ms").write_text("\n".join(src) + "\n")
    with open(OUT / "OG.pdf", "wb") as f:
        subprocess.run(["groff", "-k", "-ms", "-Tpdf", "-dpaper=a4", "-P-pa4", str(tmp / "og.ms")], stdout=f,
                       check=True)
    tr = Truth(OG_TITLE)
    tr.section(OG_TITLE, 1); tr.para(OG_DATE)
    for a in (OG_RECTOR, OG_BELLS):
        tr.section(a[0]); [tr.para(p) for p in a[1]]
    tr.section(OG_BOX[0]); tr.para(OG_BOX[1])
    for a in (OG_SUPPER, OG_MESSY):
        tr.section(a[0]); [tr.para(p) for p in a[1]]
    tr.section(OG_SERVICES_H); tr.items(OG_SERVICES)
    for a in (OG_CARE, OG_FLOWERS, OG_ECO, OG_HALL):
        tr.section(a[0]); [tr.para(p) for p in a[1]]
    tr.section(OG_CONTACT_H); tr.items(OG_CONTACT)
    tr.url("office@example-hartwell-parish.org.uk", "www.example-hartwell-parish.org.uk")
    n = mc.pymupdf.open(str(OUT / "OG.pdf")).page_count
    tr.noise(*[f"Page {i}" for i in range(1, n + 1)])
    tr.curly()  # groff prints ' as ’ (quoteright)
    tr.noise(OG_LH.replace("'", "’"), OG_RH)
    return tr


# ================================================================ OC: ConTeXt, residents' association
OC_TITLE = "The Quayside Courier"
OC_DATE = "Quayside and Wharf Street Residents' Association · Issue 18 · Autumn 2026"
OC_CHAIR = ("A Word from the Chair", [
    "Welcome to the autumn issue of the Courier. It has been a summer of scaffolding and traffic cones on the "
    "quay, and I know that many of you have lost patience with the flood defence works. The association has met "
    "the contractor twice, and this issue explains what we were told and what happens next.",
    "The good news is that the new benches on the wharf have been a great success, and the planters along "
    "Wharf Street have survived both the heatwave and the Saturday night crowds. Thank you to the volunteers "
    "who watered them every evening in July.",
    "Our annual general meeting is in October. Three committee members are standing down after many years, and "
    "we need new people with fresh ideas. You do not need any experience, only an interest in the street where "
    "you live.",
])
OC_MARGIN = ["Quay wall due to finish late November", "AGM: Wednesday 14 October, 7pm, Sail Loft"]
OC_FLOOD = ("Flood Defence Works", [
    "The contractor expects to finish the new quay wall by the end of November, about six weeks later than "
    "planned. The delay was caused by the discovery of an old timber jetty under the slipway, which the "
    "archaeologists had to record before it could be removed.",
    "From October the footpath between the slipway and the harbour office will be closed on weekdays while the "
    "flood gates are fitted. A signed diversion will run along Wharf Street, and the contractor has promised "
    "that the gates will be open to walkers at weekends.{n}",
    "Residents whose homes back onto the quay will receive a letter about noise from the piling rig, which "
    "will work only between eight in the morning and six in the evening.",
], "The harbour office publishes a weekly progress note on its noticeboard and in the library.")
OC_PARK = ("Parking Permit Review", [
    "The council has opened its review of the residents' parking zone. It proposes to extend the permit hours "
    "to eight in the evening in summer and to charge for a second permit per household.{n}",
    "The committee will respond on behalf of the association, but every household can reply in its own right, "
    "and we encourage you to do so before the consultation closes on 30 November.",
], "Blue badge holders will not pay for a second permit under the proposals.")
OC_SIDE = ("Bulky Waste Collection", "The council will collect bulky items from the end of Wharf Street on "
           "Saturday 7 November between nine and noon. Furniture, mattresses and garden waste are accepted, "
           "but not paint, tyres or building rubble.")
OC_GARDEN = ("Quayside Garden Club", [
    "The garden club now has twenty-two members and looks after the planters, the tubs outside the old "
    "custom house and the small herb bed by the harbour steps. New members are welcome at any time.",
    "In spring the club hopes to plant a row of crab apples along the car park fence, if the council agrees. "
    "Anybody with a spare afternoon and a strong back will be very welcome.",
])
OC_WATCH = ("Neighbourhood Watch", [
    "There have been three reports of bicycles stolen from communal hallways since June. Please make sure that "
    "the street doors of shared houses close behind you, and register your bicycle with the free scheme run "
    "by the police.",
    "The neighbourhood watch coordinator for the quay is always glad to hear from new volunteers, and the "
    "street contacts list will be updated after the annual general meeting.",
])
OC_EVENTS_H = "Events This Autumn"
OC_EVENTS = [("Date", "Time", "Event", "Venue"),
             ("Wednesday 14 October", "7pm", "Annual general meeting", "Sail Loft"),
             ("Saturday 31 October", "4pm", "Lantern walk along the quay", "Harbour steps"),
             ("Saturday 7 November", "9am", "Bulky waste collection", "Wharf Street"),
             ("Friday 11 December", "6pm", "Carols by the harbour", "Custom house")]
OC_EVENTS_P = "All events are free, and everybody who lives or works on the quay is welcome."
OC_CONTACT_H = "Contact the Association"
OC_CONTACT = ["Email: committee@example-quayside-residents.org.uk", "Web: www.example-quayside-residents.org.uk",
              "Tel: 01632 960 287"]
OC_HEAD_L = "Quayside Residents' Association"
OC_HEAD_R = "Issue 18 · Autumn 2026"


def ctx(s):
    for a, b in (("\\", "\\textbackslash{}"), ("#", "\\#"), ("%", "\\%"), ("&", "\\&"), ("$", "\\$"),
                 ("_", "\\_"), ("{", "\\{"), ("}", "\\}")):
        s = s.replace(a, b)
    return s


def make_oc(tmp):
    L = [r"\mainlanguage[en]", r"\setuppapersize[A4]",
         r"\setuplayout[backspace=2cm, width=13.5cm, leftmargin=1.5cm, rightmargin=3.5cm, rightmargindistance=0.5cm,"
         r" topspace=1.5cm,"
         r" header=1cm, footer=1cm, height=middle]",
         r"\setupbodyfont[modern,10pt]", r"\setupwhitespace[medium]", r"\setupindenting[no]",
         r"\setupalign[hanging]",
         r"\setuphead[section][number=no, style=\ss\bf\tfa, before={\blank[medium]}, after={\blank[small]}]",
         r"\setupheadertexts[" + ctx(OC_HEAD_L) + "][" + ctx(OC_HEAD_R) + "]",
         r"\setupheader[style=\tfx\it]",
         r"\setupfootertexts[Page \pagenumber]", r"\setupfooter[style=\tfx]",
         r"\setupmargindata[right][style={\tfx\it}]", r"\setuppagenumbering[location=]",
         r"\setupnotation[footnote][style=\tfx]",
         r"\starttext",
         r"\startalignment[middle]{\ss\bf\tfd " + ctx(OC_TITLE) + r"}\par\blank[small]{\it " + ctx(OC_DATE)
         + r"}\par\stopalignment", r"\blank[big]"]
    L.append(r"\startsection[title={" + ctx(OC_CHAIR[0]) + "}]")
    for i, p in enumerate(OC_CHAIR[1]):
        m = {0: OC_MARGIN[0], 2: OC_MARGIN[1]}.get(i)
        L.append((r"\inright{" + ctx(m) + "}" if m else "") + ctx(p) + r"\par")
    L.append(r"\stopsection")
    L.append(r"\startcolumns[n=2, distance=0.8cm]")

    def art(a, note=None):
        L.append(r"\startsection[title={" + ctx(a[0]) + "}]")
        for p in a[1]:
            L.append(ctx(p).replace(r"\{n\}", r"\footnote{" + ctx(note or "") + "}") + r"\par")
        L.append(r"\stopsection")
    art(OC_FLOOD[:2], OC_FLOOD[2])
    art(OC_PARK[:2], OC_PARK[2])
    L.append(r"\startframedtext[width=broad, background=color, backgroundcolor=lightgray, frame=on]"
             r"{\ss\bf " + ctx(OC_SIDE[0]) + r"}\par " + ctx(OC_SIDE[1]) + r"\stopframedtext")
    art(OC_GARDEN)
    art(OC_WATCH)
    L.append(r"\stopcolumns")
    L.append(r"\startsection[title={" + ctx(OC_EVENTS_H) + "}]")
    L.append(r"\starttabulate[|l|l|l|l|]\HL")
    for i, row in enumerate(OC_EVENTS):
        cells = " \\NC ".join((r"\bf " if i == 0 else "") + ctx(c) for c in row)
        L.append(r"\NC " + cells + r" \NC\NR" + (r"\HL" if i == 0 else ""))
    L.append(r"\HL\stoptabulate")
    L.append(ctx(OC_EVENTS_P) + r"\par\stopsection")
    L.append(r"\startsection[title={" + ctx(OC_CONTACT_H) + "}]")
    L.append(r"\startlines" + "\n" + "\n".join(ctx(c) for c in OC_CONTACT) + "\n" + r"\stoplines")
    L.append(r"\stopsection\stoptext")
    (tmp / "oc.tex").write_text("\n".join(L) + "\n")
    r = subprocess.run(["nice", "context", "--batchmode", "--nonstopmode", "oc.tex"], cwd=tmp,
                       capture_output=True, text=True, timeout=600)
    if not (tmp / "oc.pdf").exists():
        sys.exit(r.stdout[-3000:])
    shutil.copy(tmp / "oc.pdf", OUT / "OC.pdf")
    tr = Truth(OC_TITLE)
    tr.section(OC_TITLE, 1); tr.para(OC_DATE)
    tr.section(OC_CHAIR[0])
    for i, p in enumerate(OC_CHAIR[1]):
        tr.para(p)
        m = {0: OC_MARGIN[0], 2: OC_MARGIN[1]}.get(i)
        if m:
            tr.para(m)
    for a in (OC_FLOOD, OC_PARK):
        tr.section(a[0]); [tr.para(p.replace("{n}", "")) for p in a[1]]; tr.para(a[2])
    tr.section(OC_SIDE[0]); tr.para(OC_SIDE[1])
    for a in (OC_GARDEN, OC_WATCH):
        tr.section(a[0]); [tr.para(p) for p in a[1]]
    tr.section(OC_EVENTS_H); tr.items(" ".join(r) for r in OC_EVENTS); tr.para(OC_EVENTS_P)
    tr.section(OC_CONTACT_H); tr.items(OC_CONTACT)
    tr.url("committee@example-quayside-residents.org.uk", "www.example-quayside-residents.org.uk")
    n = mc.pymupdf.open(str(OUT / "OC.pdf")).page_count
    tr.noise(OC_HEAD_L.replace("'", "’"), *[f"Page {i}" for i in range(1, n + 1)])
    return tr.curly()  # ConTeXt prints ' as ’


# ================================================================ OI: Inkscape, school PTA
OI_TITLE = "The Brookside Buzz"
OI_DATE = "Brookside Primary School PTA · Spring Term 2026"
OI_P1 = [
    ("Hello from the PTA", [
        "What a start to the year! Thanks to everybody who came to the quiz night in January, we raised enough "
        "to pay for the new reading corner in the infant classrooms, with beanbags, shelves and a rug shaped "
        "like a lily pad. The children chose the books themselves on a trip to the bookshop in town.",
        "The PTA is simply every parent and carer at Brookside, so you are already a member. Our meetings are "
        "on the first Tuesday of each month in the staff room at seven, and there are always biscuits. Come "
        "along, even if you can only stay for half an hour.",
        "This term we are saving for a canopy over the playground so that the children can play outside when it "
        "rains. It will cost a little over nine thousand pounds, and we are already a third of the way there.",
    ]),
    ("Summer Fair: Stalls Wanted", [
        "The summer fair will be on the school field on Saturday 4 July from noon until four. We are looking for "
        "parents to run stalls, from tombola and cake to face painting and splat the rat. Every stall comes with "
        "a float, a table and a gazebo if the weather turns.",
        "Local businesses who would like a stall or who can donate a raffle prize should contact the PTA "
        "through the school office. Last year the raffle alone raised over eight hundred pounds.",
    ]),
    ("Walk to School Week", [
        "From 18 to 22 May the whole school will take part in walk to school week. Classes will keep a tally of "
        "how many children walked, cycled or scooted each day, and the class with the highest score wins an "
        "extra playtime and a visit from the ice cream van.",
        "If you live too far away to walk the whole way, why not park at the leisure centre and walk the last "
        "ten minutes along the river path? A member of staff will meet families at the footbridge from a "
        "quarter past eight every morning that week.",
    ]),
    ("Lost Property", [
        "The lost property box is overflowing again. Please label every jumper, coat and water bottle with your "
        "child's name. Anything unclaimed at half-term will be washed and passed to the swap shop.",
    ]),
]
OI_CAPTION = "Year 2 try out the new reading corner on its first morning."
OI_QUOTE = "The PTA is simply every parent and carer at Brookside, so you are already a member."
OI_P2 = [
    ("Uniform Swap Shop", [
        "The uniform swap shop is open in the school hall after pick-up on the last Friday of every month. "
        "Bring clean, outgrown uniform and take whatever you need, whether or not you have brought anything. "
        "Everything left over goes to the uniform bank at the children's centre.",
    ]),
    ("Reading Volunteers", [
        "Mrs Okonkwo is looking for volunteers to hear children read in Years 1 and 2, for an hour a week on any "
        "morning. You will need a free check from the school office before you start, which takes about two "
        "weeks, and a short training session is given by the reading lead.",
    ]),
    ("Dates for Your Diary", None),
    ("Year 6 Leavers' Disco", [
        "The leavers' disco will be held in the school hall on Friday 17 July from six until eight. Year 6 "
        "parents are asked to help with the decorations on the afternoon, and to bake for the cake stall, "
        "which always sells out within twenty minutes of the doors opening.",
        "Tickets are three pounds and include a drink and a hot dog. A vegetarian option is available if you "
        "tell the class teacher in advance.",
    ]),
    ("A Big Thank You", [
        "Thank you to the parents who repainted the outdoor classroom over the half-term holiday, and to the "
        "builders' merchant on Mill Lane, who gave us the paint, the brushes and a ladder.",
    ]),
]
OI_DATES = ["Friday 6 March: World Book Day costume parade",
            "Tuesday 10 March: PTA meeting, staff room, 7pm",
            "Friday 27 March: Easter bonnet parade and cake sale",
            "Saturday 4 July: Summer fair on the school field"]
OI_CONTACT_H = "Get in Touch"
OI_CONTACT = ["Email: pta@example-brookside-primary.org.uk", "Web: www.example-brookside-primary.org.uk/pta",
              "Tel: 01632 960 945 (school office)"]
OI_FOOT = ["The Brookside Buzz · Page 1", "The Brookside Buzz · Page 2"]


def svg_flow(ids, paras, size=10.5, lead=1.35):
    """One SVG2 flowed text through linked frames: headings are bold, larger lines of the flow; paragraphs are
    separated by an empty line, as designers type them."""
    out = []
    for kind, s in paras:
        if kind == "h":
            out.append(f'<tspan style="font-family:\'Liberation Sans\';font-weight:bold;font-size:{size + 4}px;'
                       f'fill:#1f5f8b">{escape(s)}</tspan>\n')
        else:
            out.append(escape(s) + "\n")
        out.append("\n")
    body = "".join(out).rstrip("\n")
    shape = " ".join(f"url(#{i})" for i in ids)
    return (f'<text xml:space="preserve" style="font-family:\'Liberation Serif\';font-size:{size}px;'
            f'line-height:{lead};shape-inside:{shape};white-space:pre-wrap;fill:#000000">{body}</text>')


def make_oi(tmp):
    W, H = 595.28, 841.89
    M, G = 36, 18
    img = photo(tmp / "oi.jpg", 88, palette=((40, 90, 140), (120, 170, 210), (235, 240, 245)))
    b64 = base64.b64encode(img.read_bytes()).decode()
    # page 1: three columns
    cw = (W - 2 * M - 2 * G) / 3
    xs = [M + i * (cw + G) for i in range(3)]
    top, bot = 150, 650
    rects = [(xs[0], top, cw, bot - top), (xs[1], top, cw, bot - top), (xs[2], top + 175, cw, bot - top - 175)]
    paras = []
    for h, ps in OI_P1:
        paras.append(("h", h)); paras += [("p", p) for p in ps]
    s1 = [f'<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="{W}pt" '
          f'height="{H}pt" viewBox="0 0 {W} {H}">',
          f'<rect x="0" y="0" width="{W}" height="118" style="fill:#1f5f8b"/>',
          f'<text x="{M}" y="72" style="font-family:\'Liberation Sans\';font-weight:bold;font-size:44px;'
          f'fill:#ffffff">{escape(OI_TITLE)}</text>',
          f'<text x="{M}" y="100" style="font-family:\'Liberation Sans\';font-size:13px;fill:#ffffff">'
          f'{escape(OI_DATE)}</text>']
    for i, (x, y, w, h) in enumerate(rects):
        s1.append(f'<rect id="f{i}" x="{x:.1f}" y="{y}" width="{w:.1f}" height="{h}" style="fill:none"/>')
    s1.append(svg_flow([f"f{i}" for i in range(3)], paras))
    s1.append(f'<image x="{xs[2]:.1f}" y="{top}" width="{cw:.1f}" height="130" preserveAspectRatio="none" '
              f'xlink:href="data:image/jpeg;base64,{b64}"/>')
    s1.append(f'<text x="{xs[2]:.1f}" y="{top + 146}" style="font-family:\'Liberation Sans\';font-style:italic;'
              f'font-size:8.5px">' + "".join(
                  f'<tspan x="{xs[2]:.1f}" dy="{0 if j == 0 else 11}">{escape(t)}</tspan>'
                  for j, t in enumerate(wrap(OI_CAPTION, 38))) + '</text>')
    s1.append(f'<line x1="{M + 40}" y1="675" x2="{W - M - 40}" y2="675" style="stroke:#1f5f8b;stroke-width:1.5"/>')
    s1.append(f'<text style="font-family:\'Liberation Serif\';font-style:italic;font-size:20px;fill:#1f5f8b;'
              f'text-anchor:middle">' + "".join(
                  f'<tspan x="{W / 2:.1f}" y="{705 + 26 * j}">{escape(t)}</tspan>'
                  for j, t in enumerate(wrap("“" + OI_QUOTE + "”", 58))) + '</text>')
    s1.append(f'<line x1="{M + 40}" y1="760" x2="{W - M - 40}" y2="760" style="stroke:#1f5f8b;stroke-width:1.5"/>')
    s1.append(f'<text x="{W / 2:.1f}" y="{H - 30}" style="font-family:\'Liberation Sans\';font-size:8px;'
              f'text-anchor:middle;fill:#555555">{escape(OI_FOOT[0])}</text>')
    s1.append("</svg>")
    # page 2: two columns, the second with a tinted contact box at its foot
    cw2 = (W - 2 * M - G) / 2
    xs2 = [M, M + cw2 + G]
    paras2 = []
    for h, ps in OI_P2:
        paras2.append(("h", h))
        if ps is None:
            paras2 += [("p", d) for d in OI_DATES]
        else:
            paras2 += [("p", p) for p in ps]
    # the dates are one line each: no empty line between them
    flow = svg_flow(["g0", "g1"], paras2).replace("\n\n".join(escape(d) for d in OI_DATES)[:0], "")
    for a, b in zip(OI_DATES, OI_DATES[1:]):
        flow = flow.replace(escape(a) + "\n\n" + escape(b), escape(a) + "\n" + escape(b))
    s2 = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{W}pt" height="{H}pt" viewBox="0 0 {W} {H}">',
          f'<rect x="0" y="0" width="{W}" height="14" style="fill:#1f5f8b"/>',
          f'<rect id="g0" x="{xs2[0]}" y="50" width="{cw2:.1f}" height="520" style="fill:none"/>',
          f'<rect id="g1" x="{xs2[1]:.1f}" y="50" width="{cw2:.1f}" height="420" style="fill:none"/>',
          flow,
          f'<rect x="{xs2[1]:.1f}" y="500" width="{cw2:.1f}" height="120" style="fill:#e4eef6;stroke:#1f5f8b"/>',
          f'<text x="{xs2[1] + 12:.1f}" y="528" style="font-family:\'Liberation Sans\';font-weight:bold;'
          f'font-size:14.5px;fill:#1f5f8b">{escape(OI_CONTACT_H)}</text>']
    for j, c in enumerate(OI_CONTACT):
        lab, val = c.split(" ", 1)
        s2.append(f'<text x="{xs2[1] + 12:.1f}" y="{552 + 17 * j}" style="font-family:\'Liberation Sans\';'
                  f'font-size:10px"><tspan style="font-weight:bold">{escape(lab)}</tspan> {escape(val)}</text>')
    s2.append(f'<text x="{W / 2:.1f}" y="{H - 30}" style="font-family:\'Liberation Sans\';font-size:8px;'
              f'text-anchor:middle;fill:#555555">{escape(OI_FOOT[1])}</text>')
    s2.append("</svg>")
    pdfs = []
    for k, s in enumerate((s1, s2), 1):
        svg = tmp / f"oi{k}.svg"; svg.write_text("\n".join(s))
        pdf = tmp / f"oi{k}.pdf"
        subprocess.run(["nice", "inkscape", "--export-type=pdf", f"--export-filename={pdf}", str(svg)],
                       check=True, capture_output=True, timeout=300)
        pdfs.append(str(pdf))
    subprocess.run(["pdfunite", *pdfs, str(OUT / "OI.pdf")], check=True)
    tr = Truth(OI_TITLE)
    tr.section(OI_TITLE, 1); tr.para(OI_DATE)
    tr.section(OI_P1[0][0]); [tr.para(p) for p in OI_P1[0][1]]
    tr.section(OI_P1[1][0]); [tr.para(p) for p in OI_P1[1][1]]
    for h, ps in OI_P1[2:]:
        tr.section(h); [tr.para(p) for p in ps]
    # the photo heads the third column, where the flow carries on the last article's paragraph: its caption
    # is a paragraph at the photo's place, after the paragraph it stands in (corpus: captions at their place)
    tr.para(OI_CAPTION)
    for h, ps in OI_P2:
        tr.section(h)
        if ps is None:
            tr.items(OI_DATES)
        else:
            [tr.para(p) for p in ps]
    tr.section(OI_CONTACT_H); tr.items(OI_CONTACT)
    tr.url("pta@example-brookside-primary.org.uk", "www.example-brookside-primary.org.uk/pta")
    tr.noise("“" + OI_QUOTE[:40], *OI_FOOT)
    return tr


def wrap(s, n):
    out, line = [], ""
    for w in s.split():
        if line and len(line) + 1 + len(w) > n:
            out.append(line); line = w
        else:
            line = (line + " " + w).strip()
    return out + [line]


# ================================================================ OL: LibreOffice Writer (flat ODT), football club
OL_TITLE = "Touchline"
OL_DATE = "The newsletter of Ashcombe Rovers Football Club · Spring 2026"
OL_CHAIR = ("Chairman's Notes", [
    "Spring is the busiest time of the season at Ashcombe Rovers, with cup runs, end-of-season tournaments and "
    "the first signs that the pitches might dry out before May. It is also the time when we plan next season, "
    "and this issue is full of ways in which you can help.",
    "My thanks go to every parent, coach and supporter who has stood on a cold touchline this winter. A club "
    "like ours runs on goodwill, and there has been plenty of it.",
])
OL_TWO = [
    ("Under-Twelves Reach the County Final", [
        "The under-twelves beat Farleigh Wanderers three goals to two in a thrilling semi-final on a waterlogged "
        "pitch, and will play in the county final at the district stadium on Sunday 10 May. Coaches have asked "
        "for as many supporters as possible, and a coach will leave the clubhouse at half past eight.",
        "The team has lost only once all season, and much of the credit goes to a back four who have played "
        "together since they were seven years old, and to a goalkeeper who took up the position only in "
        "September.",
    ]),
    ("New Floodlights at Last", [
        "The new floodlights on the main pitch were switched on in February, funded by a grant from the football "
        "foundation and by three years of quiz nights, sponsored walks and car-boot sales. The old lights, which "
        "dated from the nineteen-seventies, have gone to a club in the county league.",
        "Training for the senior teams can now take place on the main pitch on Tuesday and Thursday evenings, "
        "which frees the training ground for the juniors.",
    ]),
    ("Volunteer Coaches Wanted", [
        "We need at least four new coaches for next season, especially for the girls' teams, which have doubled "
        "in size in two years. The club pays for the introductory coaching course and the safeguarding "
        "certificate, and new coaches always start alongside an experienced one. No previous experience is "
        "needed, only patience, two warm hats, a thick winter coat and a well-developed sense of humour.",
    ]),
    ("Clubhouse Improvements", [
        "The committee has agreed plans to extend the clubhouse kitchen and to build a covered viewing area "
        "along the side of the main pitch. The work will be paid for by the sale of the old groundsman's "
        "cottage, which has stood empty for three years, and by a grant from the parish council.",
        "Building should start in July and finish before the first home game of next season. During the work "
        "the bar will move into a temporary cabin beside the car park, and the changing rooms will stay open "
        "as usual.",
    ]),
    ("Match-Day Volunteers", [
        "Every home game needs a dozen people behind the scenes: stewards for the car park, helpers in the "
        "tea hut, a first-aider, somebody to take the gate money and somebody to put the nets up and take them "
        "down again. Most jobs take an hour or two, and you still get to watch most of the match.",
        "The match-day rota is pinned up in the clubhouse corridor. Put your name against any game, or speak to "
        "Sandeep Bhatt, who keeps the rota and a supply of spare gloves.",
    ]),
    ("Junior Registration", [
        "Registration for next season opens on 1 June. Forms, fees and the code of conduct for players and "
        "parents are all online at "
        "https://www.example-ashcombe-rovers.org.uk/juniors/registration/2026-27/forms-and-fees, and the "
        "registration evening at the clubhouse is on Wednesday 17 June from six o'clock.",
    ]),
]
OL_FRAME = ("Sponsor of the Season", "Our thanks to Marlow and Daughters, builders' merchants of Station "
            "Road, who have sponsored the home shirts of all eleven junior teams this season.")
OL_THREE = [
    ("First Team", ["Third place in the county league with two games left, and a cup quarter-final against the "
                    "league leaders in April."]),
    ("Reserves", ["Promotion is still possible if the reserves win both of their remaining away games, starting "
                  "at Kingsmoor on Saturday."]),
    ("Veterans", ["The veterans won the over-forties seven-a-side tournament at Hensford for the second year "
                  "running, without conceding a goal."]),
]
OL_AWARDS = ("Annual Awards Evening", [
    "The annual awards evening will be held at the clubhouse on Saturday 30 May. Every junior player receives a "
    "medal, and the coaches' awards for effort, sportsmanship and most improved player will be presented by a "
    "former club captain who went on to play in the national league. Families are welcome, and there will be a "
    "penalty shoot-out against the first-team goalkeeper.",
    "Tickets are free but must be booked, so that the caterers know how many burgers to order. Please book "
    "through your team manager by 16 May.",
])
OL_CONTACT_H = "Club Contacts"
OL_CONTACT = ["Secretary: Joanne Mbeki", "Tel: 01632 960 274", "Email: secretary@example-ashcombe-rovers.org.uk",
              "Web: www.example-ashcombe-rovers.org.uk"]
OL_HEADER = "Ashcombe Rovers Football Club · Touchline · Spring 2026"
OL_URL = "https://www.example-ashcombe-rovers.org.uk/juniors/registration/2026-27/forms-and-fees"

FODT_HEAD = """<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
 xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"
 xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" xmlns:xlink="http://www.w3.org/1999/xlink"
 office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
<office:font-face-decls>
 <style:font-face style:name="Liberation Serif" svg:font-family="'Liberation Serif'" style:font-family-generic="roman"/>
 <style:font-face style:name="Liberation Sans" svg:font-family="'Liberation Sans'" style:font-family-generic="swiss"/>
</office:font-face-decls>
<office:styles>
 <style:default-style style:family="paragraph"><style:paragraph-properties fo:hyphenation-ladder-count="no-limit"/>
  <style:text-properties style:font-name="Liberation Serif" fo:font-size="10.5pt" fo:language="en" fo:country="GB" fo:hyphenate="false"/></style:default-style>
 <style:style style:name="Standard" style:family="paragraph"/>
 <style:style style:name="Body" style:family="paragraph"><style:paragraph-properties fo:margin-bottom="0.2cm" fo:text-align="justify" fo:line-height="118%"/></style:style>
 <style:style style:name="Title" style:family="paragraph"><style:paragraph-properties fo:text-align="left" fo:margin-bottom="0.05cm"/>
  <style:text-properties style:font-name="Liberation Sans" fo:font-size="34pt" fo:font-weight="bold" fo:color="#0b6b3a"/></style:style>
 <style:style style:name="Dateline" style:family="paragraph"><style:paragraph-properties fo:margin-bottom="0.45cm" fo:border-bottom="1.5pt solid #0b6b3a" fo:padding-bottom="0.1cm"/>
  <style:text-properties style:font-name="Liberation Sans" fo:font-size="10.5pt" fo:font-style="italic"/></style:style>
 <style:style style:name="Head" style:family="paragraph"><style:paragraph-properties fo:margin-top="0.35cm" fo:margin-bottom="0.12cm" fo:keep-with-next="always"/>
  <style:text-properties style:font-name="Liberation Sans" fo:font-size="13pt" fo:font-weight="bold" fo:color="#0b6b3a"/></style:style>
 <style:style style:name="BoxHead" style:family="paragraph"><style:paragraph-properties fo:margin-bottom="0.1cm"/>
  <style:text-properties style:font-name="Liberation Sans" fo:font-size="11pt" fo:font-weight="bold"/></style:style>
 <style:style style:name="BoxText" style:family="paragraph"><style:text-properties style:font-name="Liberation Sans" fo:font-size="9.5pt"/></style:style>
 <style:style style:name="Contact" style:family="paragraph"><style:text-properties style:font-name="Liberation Sans" fo:font-size="10pt"/></style:style>
 <style:style style:name="Header" style:family="paragraph"><style:paragraph-properties fo:text-align="end"/>
  <style:text-properties style:font-name="Liberation Sans" fo:font-size="8.5pt" fo:color="#555555"/></style:style>
 <style:style style:name="Footer" style:family="paragraph"><style:paragraph-properties fo:text-align="center"/>
  <style:text-properties style:font-name="Liberation Sans" fo:font-size="8.5pt"/></style:style>
</office:styles>
<office:automatic-styles>
 <style:style style:name="Sect2" style:family="section"><style:section-properties text:dont-balance-text-columns="false">
  <style:columns fo:column-count="2" fo:column-gap="0.6cm"/></style:section-properties></style:style>
 <style:style style:name="Sect3" style:family="section"><style:section-properties text:dont-balance-text-columns="false">
  <style:columns fo:column-count="3" fo:column-gap="0.5cm"/></style:section-properties></style:style>
 <style:style style:name="Bold" style:family="text"><style:text-properties fo:font-weight="bold"/></style:style>
 <style:style style:name="FrameHead" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:margin-bottom="0.1cm"/>
  <style:text-properties style:font-name="Liberation Sans" fo:font-size="11pt" fo:font-weight="bold"/></style:style>
 <style:style style:name="FrameText" style:family="paragraph" style:parent-style-name="Standard"><style:text-properties style:font-name="Liberation Sans" fo:font-size="9.5pt"/></style:style>
 <style:style style:name="fr1" style:family="graphic"><style:graphic-properties style:wrap="parallel" style:number-wrapped-paragraphs="no-limit"
  style:horizontal-pos="right" style:horizontal-rel="paragraph" style:vertical-pos="top" style:vertical-rel="paragraph"
  fo:margin-left="0.35cm" fo:margin-bottom="0.2cm" fo:border="0.8pt solid #0b6b3a" fo:padding="0.2cm" fo:background-color="#e6f2ea"/></style:style>
 <style:page-layout style:name="pm1"><style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm"
  fo:margin-top="1.2cm" fo:margin-bottom="1.2cm" fo:margin-left="2cm" fo:margin-right="2cm"/>
  <style:header-style><style:header-footer-properties fo:min-height="0.5cm" fo:margin-bottom="0.5cm"/></style:header-style>
  <style:footer-style><style:header-footer-properties fo:min-height="0.5cm" fo:margin-top="0.5cm"/></style:footer-style></style:page-layout>
</office:automatic-styles>
<office:master-styles>
 <style:master-page style:name="Standard" style:page-layout-name="pm1">
  <style:header><text:p text:style-name="Header">{header}</text:p></style:header>
  <style:footer><text:p text:style-name="Footer">Page <text:page-number text:select-page="current">1</text:page-number></text:p></style:footer>
 </style:master-page>
</office:master-styles>
<office:body><office:text>
"""


def make_ol(tmp):
    x = lambda s: escape(s)
    b = [f'<text:p text:style-name="Title">{x(OL_TITLE)}</text:p>',
         f'<text:p text:style-name="Dateline">{x(OL_DATE)}</text:p>']

    def art(a, frame=None):
        b.append(f'<text:h text:style-name="Head" text:outline-level="2">{x(a[0])}</text:h>')
        for i, p in enumerate(a[1]):
            fr = ""
            if frame and i == 0:
                fr = ('<draw:frame draw:style-name="fr1" draw:name="Sponsor" text:anchor-type="paragraph" '
                      'svg:width="5.6cm" draw:z-index="0"><draw:text-box fo:min-height="1cm">'
                      f'<text:p text:style-name="FrameHead">{x(frame[0])}</text:p>'
                      f'<text:p text:style-name="FrameText">{x(frame[1])}</text:p></draw:text-box></draw:frame>')
            b.append(f'<text:p text:style-name="Body">{fr}{x(p)}</text:p>')
    art(OL_CHAIR, frame=OL_FRAME)
    b.append('<text:section text:style-name="Sect2" text:name="Two">')
    for a in OL_TWO:
        art(a)
    b.append('</text:section>')
    b.append('<text:section text:style-name="Sect3" text:name="Three">')
    for a in OL_THREE:
        art(a)
    b.append('</text:section>')
    art(OL_AWARDS)
    b.append(f'<text:h text:style-name="Head" text:outline-level="2">{x(OL_CONTACT_H)}</text:h>')
    for c in OL_CONTACT:
        lab, val = c.split(" ", 1)
        b.append(f'<text:p text:style-name="Contact"><text:span text:style-name="Bold">{x(lab)}</text:span> '
                 f'{x(val)}</text:p>')
    doc = FODT_HEAD.replace("{header}", x(OL_HEADER)) + "\n".join(b) + "\n</office:text></office:body></office:document>\n"
    src = tmp / "OL.fodt"; src.write_text(doc)
    pdf = mc.soffice_pdf(tmp, src)
    shutil.copy(pdf, OUT / "OL.pdf")
    tr = Truth(OL_TITLE)
    tr.section(OL_TITLE, 1); tr.para(OL_DATE)
    tr.section(OL_CHAIR[0]); [tr.para(p) for p in OL_CHAIR[1]]
    tr.section(OL_FRAME[0]); tr.para(OL_FRAME[1])
    for a in OL_TWO + OL_THREE + [OL_AWARDS]:
        tr.section(a[0]); [tr.para(p) for p in a[1]]
    tr.section(OL_CONTACT_H); tr.items(OL_CONTACT)
    tr.url(OL_URL, "secretary@example-ashcombe-rovers.org.uk", "www.example-ashcombe-rovers.org.uk")
    n = mc.pymupdf.open(str(OUT / "OL.pdf")).page_count
    tr.noise(OL_HEADER, *[f"Page {i}" for i in range(1, n + 1)])
    return tr


def main():
    makers = {"OG": make_og, "OC": make_oc, "OI": make_oi, "OL": make_ol}
    want = [w.upper() for w in sys.argv[1:]] or sorted(makers)
    for k in want:
        with tempfile.TemporaryDirectory() as tmp:
            truth = makers[k](Path(tmp))
        mc.finish(k, truth)
        check_text(OUT / f"{k}.pdf", truth)


if __name__ == "__main__":
    main()
