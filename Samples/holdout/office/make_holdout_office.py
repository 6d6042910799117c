#!/usr/bin/env python3
"""Holdout newsletters for the office producers (LibreOffice from Word, reportlab), with ground truth.

usage: python3 make_holdout_office.py [HA HB HC HD]     (no arguments: rebuild all)

Writes <id>.pdf, <id>.txt (pdftotext default dump) and <id>.truth.json next to this script, in the format of
the shared development corpus (its README, "Truth format" and "Truth conventions"). Layouts deliberately differ
from the corpus (K–U): Galley was tuned on that corpus, these files measure what it does on layouts it has not seen.

- HA: LibreOffice from .docx, A5, exported as a TAGGED PDF; Heading 1/2/3 styles, bold lead-ins that are not
  headings, a numbered list and a nested bulleted list, a photo with its caption ABOVE it, a hyperlink and an
  email that wrap over lines, a first-page header unlike the others, alternating left/right headers, a footer
  with the date, a small diary table.
- HB: LibreOffice from .docx, A4, untagged; a one-column intro followed by a two-column section, a Word text
  frame (sidebar, boxed) anchored in the middle of an article, side-headings in the LEFT cell of a borderless
  table, a room-hire table with merged cells and multi-line cells.
- HD: LibreOffice from .docx, A4, exported as a TAGGED PDF; no header on the first page, a one-column
  intro followed by a three-column section (a heading ending in a function word, a numbered list, a
  caption ABOVE its photo at the head of a column, a hyperlink and an email wrapping over lines), then
  left side-headings (one wrapped after its comma) and a table with a horizontally merged cell whose
  last row runs over onto page 2.
- HC: reportlab on A4 landscape, two A5 pages per sheet (reader's spreads 1|2, 3|4), each half with its own
  header (verso and recto differ) and page number at the outer corner; a boxed panel between two frames that
  interrupts a sentence of the article flowing through them; a bulleted list; a fixtures table.

Reuses the helpers of the shared corpus generator (/work/shared/corpus/make_corpus.py, or $GALLEY_CORPUS).
All prose is invented, in British English; domains are example-… domains; phone numbers are in Ofcom's drama
ranges (0113 496 0xxx, 020 7946 0xxx)."""
import json, os, re, shutil, subprocess, sys, tempfile
from pathlib import Path

OUT = Path(__file__).resolve().parent
sys.path.insert(0, os.environ.get("GALLEY_CORPUS", "/work/shared/corpus"))
import make_corpus as mc  # noqa: E402
from make_corpus import Truth, A, table_items, photo, docx_field, docx_cols, docx_borders, docx_widths  # noqa: E402
import pymupdf  # noqa: E402

mc.OUT = OUT


def soffice_pdf(tmp, docx, tagged=False):
    filt = 'pdf:writer_pdf_Export:{"UseTaggedPDF":{"type":"boolean","value":"true"}}' if tagged else "pdf"
    subprocess.run(["nice", "soffice", f"-env:UserInstallation={(tmp / 'lo').as_uri()}", "--headless",
                    "--convert-to", filt, "--outdir", str(tmp), str(docx)], check=True, capture_output=True,
                   timeout=300)
    return docx.with_suffix(".pdf")


def docx_link(par, url, text, bold=False):
    """A real Word hyperlink (LibreOffice exports it with a link annotation)."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.opc.constants import RELATIONSHIP_TYPE as RT
    rid = par.part.relate_to(url, RT.HYPERLINK, is_external=True)
    h = OxmlElement("w:hyperlink"); h.set(qn("r:id"), rid)
    r = OxmlElement("w:r"); rpr = OxmlElement("w:rPr")
    st = OxmlElement("w:color"); st.set(qn("w:val"), "1F5F99"); rpr.append(st)
    u = OxmlElement("w:u"); u.set(qn("w:val"), "single"); rpr.append(u)
    r.append(rpr)
    t = OxmlElement("w:t"); t.text = text; t.set(qn("xml:space"), "preserve"); r.append(t)
    h.append(r); par._p.append(h)


def docx_text_with_links(par, text, links):
    """Add `text` to `par`, turning every address in `links` (shown form → target) into a hyperlink."""
    if not links:
        par.add_run(text); return
    parts = re.split("(" + "|".join(re.escape(k) for k in links) + ")", text)
    for p in parts:
        if p in links:
            docx_link(par, links[p], p)
        elif p:
            par.add_run(p)


def docx_merge_vertical(tbl, col, r0, r1):
    tbl.cell(r0, col).merge(tbl.cell(r1, col))


def docx_frame(par, w_twips, x_align="right", h_anchor="text", border="1F5F99", shade="EAF2FA"):
    """Make `par` part of a Word text frame (w:framePr), boxed and shaded: consecutive paragraphs with the same
    frame properties form one frame, which LibreOffice imports as a floating frame with text wrapped around it."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    pPr = par._p.get_or_add_pPr()
    fr = OxmlElement("w:framePr")
    for k, v in (("w:w", str(w_twips)), ("w:hSpace", "200"), ("w:vSpace", "120"), ("w:wrap", "around"),
                 ("w:vAnchor", "text"), ("w:hAnchor", h_anchor), ("w:xAlign", x_align), ("w:y", "1")):
        fr.set(qn(k), v)
    pPr.insert(0, fr)
    bd = OxmlElement("w:pBdr")
    for side in ("top", "left", "bottom", "right"):
        e = OxmlElement(f"w:{side}"); e.set(qn("w:val"), "single"); e.set(qn("w:sz"), "8")
        e.set(qn("w:space"), "4"); e.set(qn("w:color"), border); bd.append(e)
    pPr.append(bd)
    sh = OxmlElement("w:shd"); sh.set(qn("w:val"), "clear"); sh.set(qn("w:color"), "auto"); sh.set(qn("w:fill"), shade)
    pPr.append(sh)


def finish(name, truth):
    mc.finish(name, truth)


# ================================================================ HA: LibreOffice, A5, tagged, heading levels
HA_HEADER_FIRST = "Members' edition · not for sale"
HA_HEADER_ODD = "Ashdown Road Allotment Society · The Potting Shed"
HA_HEADER_EVEN = "The Potting Shed · Spring 2026"
HA_FOOTER = "Published 14 March 2026"
HA = {
    "chair": A("From the Chair", [
        "Spring has arrived on the site a fortnight early this year, and the first broad beans are already through "
        "on the lower terrace. After the wettest winter that anybody can remember, the drainage trench dug by the "
        "Saturday work party has kept all but two plots above water, and those two are now being raised.",
        "My thanks to everybody who came to the general meeting in February. We agreed to hold rents at last "
        "year's level, to buy a second shredder and to try a shared tool store by the main gate for a year.",
    ]),
    "site": A("Around the Site", []),
    "water": A("Water and Hoses", [
        "Water butts. The society has bought thirty recycled water butts, which members can collect from the "
        "trading hut for a donation of five pounds. Please fit them with a lid, as open butts are a danger to "
        "children and to hedgehogs.",
        "Hoses. Hoses may be used only to fill butts and cans, never to water plots directly, and must be "
        "disconnected from the trough taps when you leave.",
    ]),
    "taps": A("When the Taps Go On", [
        "The mains supply is turned on in three stages as the frosts end:",
        ["the upper terrace troughs on the first Saturday in April",
         "the lower terrace troughs a week later, once the pipes have been checked",
         "the trading hut tap at the end of April, for filling cans only"],
    ]),
    "seeds": A("Seed Swap", [
        "This year's seed swap raised more than ninety pounds for the hospice garden, and the leftover packets are "
        "in the tin on the trading hut counter for anybody to take.",
        "For next year's swap, please bring:",
        ["seeds saved from your own plot, labelled with the variety", "dried beans and peas in paper envelopes",
         "spare seed potatoes", "named early varieties only", "no blight-affected tubers",
         "cuttings and divisions in pots"],
    ]),
    "wait": A("Plot Waiting List", [
        "There are currently fourteen people on the waiting list, and we expect to offer six half plots before "
        "the summer. Anybody who would like a plot can apply online at "
        "www.example-ashdown-allotments.org.uk/plots/waiting-list/application-form-for-new-tenants or by writing to "
        "lettings.secretary@example-ashdown-allotments.org.uk with your name and address.",
        "Tenants who can no longer manage a full plot are welcome to split it with a newcomer; the lettings "
        "secretary will happily arrange the paperwork and a fair division of the fruit bushes.",
    ], urls=["www.example-ashdown-allotments.org.uk/plots/waiting-list/application-form-for-new-tenants",
             "lettings.secretary@example-ashdown-allotments.org.uk"]),
    "diary": A("Dates for Your Diary", []),
}
HA_CAPTION = "Above: the new shared tool store by the main gate, built by the Saturday work party."
HA_DIARY = [("Date", "Event", "Where"), ("Sat 4 April", "Spring work party", "Lower terrace"),
            ("Sun 17 May", "Plant sale", "Trading hut"), ("Sat 11 July", "Open day and produce show", "Main lawn")]
HA_LEADS = ["Water butts.", "Hoses."]


def make_ha(tmp):
    from docx import Document
    from docx.shared import Pt, Cm, RGBColor
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    truth = Truth("The Potting Shed")
    doc = Document()
    s0 = mc.docx_base(doc, "Liberation Serif", 10, 14.8, 21.0, 1.6)
    s0.different_first_page_header_footer = True
    doc.settings.odd_and_even_pages_header_footer = True
    s0.first_page_header.paragraphs[0].text = HA_HEADER_FIRST
    s0.first_page_header.paragraphs[0].alignment = 1
    s0.header.paragraphs[0].text = HA_HEADER_ODD; s0.header.paragraphs[0].alignment = 2
    s0.even_page_header.paragraphs[0].text = HA_HEADER_EVEN; s0.even_page_header.paragraphs[0].alignment = 0
    for f in (s0.footer, s0.even_page_footer, s0.first_page_footer):
        fp = f.paragraphs[0]; fp.text = HA_FOOTER + " · Page "; docx_field(fp, "PAGE"); fp.alignment = 1
    for name, size in (("Heading 1", 15), ("Heading 2", 12.5), ("Heading 3", 11)):
        st = doc.styles[name]; st.font.size = Pt(size); st.font.name = "Liberation Sans"
        st.font.color.rgb = RGBColor(0x3B, 0x6E, 0x22)
    t = doc.add_paragraph(); r = t.add_run("The Potting Shed"); r.bold = True; r.font.size = Pt(28)
    r.font.color.rgb = RGBColor(0x3B, 0x6E, 0x22)
    dl = "Ashdown Road Allotment Society · Issue 41 · Spring 2026"
    doc.add_paragraph(dl)
    img = photo(tmp / "ha.jpg", 71, palette=((90, 70, 40), (120, 160, 80), (220, 225, 235)))

    def body(text, links=None):
        par = doc.add_paragraph(); par.paragraph_format.alignment = 3
        for lead in HA_LEADS:
            if text.startswith(lead):
                rr = par.add_run(lead); rr.bold = True; text = text[len(lead):]
        docx_text_with_links(par, text, links or {})
        return par

    def article(a, level, links=None):
        doc.add_heading(a["h"], level)
        for p in a["p"]:
            if isinstance(p, list):
                continue
            body(p, links)

    doc.add_heading(HA["chair"]["h"], 1)
    for p in HA["chair"]["p"]:
        body(p)
    doc.add_heading(HA["site"]["h"], 1)
    article(HA["water"], 2)
    t_ = HA["taps"]
    doc.add_heading(t_["h"], 3)
    body(t_["p"][0])
    for it in t_["p"][1]:
        doc.add_paragraph(it, style="List Number")
    s_ = HA["seeds"]
    doc.add_heading(s_["h"], 2)
    cap = doc.add_paragraph(); cr = cap.add_run(HA_CAPTION); cr.italic = True; cr.font.size = Pt(8.5)
    cap.paragraph_format.keep_with_next = True
    doc.add_paragraph().add_run().add_picture(str(img), width=Cm(8))
    body(s_["p"][0]); body(s_["p"][1])
    items = s_["p"][2]
    for k, it in enumerate(items):
        doc.add_paragraph(it, style="List Bullet 2" if k in (3, 4) else "List Bullet")
    w_ = HA["wait"]
    links = {u: ("https://" + u if u.startswith("www.") else "mailto:" + u) for u in w_["urls"]}
    article(w_, 1, links)
    doc.add_heading(HA["diary"]["h"], 1)
    tbl = doc.add_table(rows=len(HA_DIARY), cols=3)
    docx_widths(tbl, (Cm(3.0), Cm(4.6), Cm(3.6)))
    for i, (row, vals) in enumerate(zip(tbl.rows, HA_DIARY)):
        for cell, v in zip(row.cells, vals):
            rr = cell.paragraphs[0].add_run(v); rr.bold = i == 0; rr.font.size = Pt(9)
            docx_borders(cell, "3B6E22", 4)
    src = tmp / "HA.docx"
    doc.save(src)
    pdf = soffice_pdf(tmp, src, tagged=True)
    n = pymupdf.open(str(pdf)).page_count
    assert n >= 3, n
    shutil.copy(pdf, OUT / "HA.pdf")
    truth.section("The Potting Shed", 1); truth.para(dl)
    truth.article(HA["chair"])
    truth.section(HA["site"]["h"], 1)
    truth.article(HA["water"])
    # a numbered list keeps its printed numbers (they are text, not bullet glyphs), as Galley keeps them
    truth.section(t_["h"]); truth.para(t_["p"][0]); truth.items(f"{k}. {it}" for k, it in enumerate(t_["p"][1], 1))
    truth.section(s_["h"]); truth.para(HA_CAPTION); truth.para(s_["p"][0]); truth.para(s_["p"][1])
    truth.items(items)
    truth.article(w_)
    truth.section(HA["diary"]["h"]); truth.items(table_items(HA_DIARY))
    truth.noise(HA_HEADER_FIRST, HA_HEADER_ODD, HA_HEADER_EVEN, HA_FOOTER)
    return truth


# ================================================================ HB: LibreOffice, A4, intro + two columns, text frame, left side-headings
HB_HEADER = "Quayside Community Centre · Open Door · May 2026"
HB_INTRO = A("Welcome to Open Door", [
    "This is the first issue of Open Door, the newsletter of the Quayside Community Centre. It will come out "
    "four times a year, and every household in the three streets around the centre will receive a copy through "
    "the letterbox. If you would rather read it online, or would like a large-print copy, please ask at reception.",
])
HB_COLS = [
    A("Café Volunteers Needed", [
        "The community café has been open for six months and now serves more than a hundred lunches a week. It "
        "depends entirely on volunteers, and we need at least four more people who can give one morning a "
        "fortnight to help with preparing vegetables, serving at the counter and washing up after the lunchtime "
        "rush, which is usually over by half past one.",
        "No experience is needed, and every new volunteer works alongside an experienced member of the team for "
        "their first few shifts. Please speak to Precious Okafor in the café, or leave your name at reception, and "
        "she will be in touch to arrange a trial morning.",
    ]),
    A("Youth Club Returns", [
        "The Thursday youth club reopens after half term for young people aged eleven to sixteen, from six until "
        "eight in the sports hall. There will be table tennis, a film night once a month and a cooking session run "
        "by the café team.",
        "Parents and carers are asked to fill in a consent form on the first evening. The club is free, and "
        "healthy snacks are provided.",
    ]),
    A("Lunch Club Prices", [
        "From the first of June a two-course lunch at the Tuesday lunch club will cost four pounds fifty, the "
        "first increase in three years. Members who receive pension credit can continue to pay the old price, and "
        "nobody will be turned away.",
    ]),
]
HB_FRAME = A("Food Hygiene Course", [
    "A free Level 2 food hygiene course for café volunteers runs on Saturday 13 June, 10am to 3pm. Lunch is "
    "provided. Book at reception or on 0113 496 0542.",
])
HB_SIDE = [
    A("Garden Makeover", [
        "The courtyard garden behind the centre is being redesigned with raised beds that can be reached from a "
        "wheelchair, a rain garden to take the water from the roof and a shaded bench under the old pear tree.",
        "The work will be done by volunteers over four weekends in June. Tools, gloves and refreshments are "
        "provided, and there will be jobs suitable for every age and ability.",
    ]),
    A("Advice Sessions", [
        "Free advice on benefits, debt and housing is available every Wednesday morning from half past nine in "
        "the small meeting room. No appointment is needed, but it is best to arrive early, as the sessions are "
        "popular and the adviser can see about eight people in a morning.",
        "Interpreters for Polish, Urdu and Tigrinya can be booked in advance by calling the centre on "
        "0113 496 0542 or by emailing advice@example-quayside-centre.org.uk before the Monday.",
    ], urls=["advice@example-quayside-centre.org.uk"]),
    A("Thank You, Doreen", [
        "After twenty-two years on the front desk, Doreen Whitlock retires at the end of May. Generations of "
        "visitors will remember her welcome, her memory for names and the tin of toffees she kept under the "
        "counter for anybody having a bad day.",
        "Everybody is invited to a farewell tea in the main hall on Friday 29 May from three o'clock.",
    ]),
]
HB_HIRE_HEAD = ("Room", "Session", "Members", "Others")
HB_HIRE = [("Main hall", "Daytime", "£18 an hour", "£25 an hour"),
           ("", "Evenings and weekends", "£24 an hour", "£32 an hour"),
           ("Small meeting room (up to twelve people, with screen)", "Any time", "£9 an hour", "£14 an hour"),
           ("Kitchen", "With a hall booking only", "£10 a session", "£15 a session")]


def make_hb(tmp):
    from docx import Document
    from docx.enum.section import WD_SECTION
    from docx.shared import Pt, Cm, RGBColor
    truth = Truth("Open Door")
    doc = Document()
    s0 = mc.docx_base(doc, "Liberation Sans", 10, 21.0, 29.7, 1.8)
    s0.header.paragraphs[0].text = HB_HEADER
    fp = s0.footer.paragraphs[0]; fp.text = "Page "; docx_field(fp, "PAGE"); fp.alignment = 2
    teal = RGBColor(0x00, 0x69, 0x6B)
    t = doc.add_paragraph(); r = t.add_run("Open Door"); r.bold = True; r.font.size = Pt(32); r.font.color.rgb = teal
    dl = "The newsletter of the Quayside Community Centre · Issue 1 · May 2026"
    doc.add_paragraph(dl)

    def heading(text, size=14):
        h = doc.add_paragraph(); hr = h.add_run(text); hr.bold = True; hr.font.size = Pt(size)
        hr.font.color.rgb = teal; h.paragraph_format.keep_with_next = True
        h.paragraph_format.space_before = Pt(8)

    def body(text, par=None):
        par = par or doc.add_paragraph(); par.paragraph_format.alignment = 3; par.add_run(text); return par

    heading(HB_INTRO["h"], 16)
    body(HB_INTRO["p"][0])
    sec = doc.add_section(WD_SECTION.CONTINUOUS); docx_cols(sec, 2, 500)
    cafe = HB_COLS[0]
    heading(cafe["h"])
    body(cafe["p"][0])
    # the text frame is anchored to the second paragraph of the article
    fh = doc.add_paragraph(); fr = fh.add_run(HB_FRAME["h"]); fr.bold = True; fr.font.size = Pt(10.5)
    fr.font.color.rgb = teal; docx_frame(fh, 2300)
    fb = doc.add_paragraph(); fbr = fb.add_run(HB_FRAME["p"][0]); fbr.font.size = Pt(9); docx_frame(fb, 2300)
    body(cafe["p"][1])
    for a in HB_COLS[1:]:
        heading(a["h"])
        for p in a["p"]:
            body(p)
    sec2 = doc.add_section(WD_SECTION.NEW_PAGE); docx_cols(sec2, 1)
    for a in HB_SIDE:
        tbl = doc.add_table(rows=1, cols=2)
        docx_widths(tbl, (Cm(4.2), Cm(13.2)))
        hc, tc = tbl.rows[0].cells
        hp = hc.paragraphs[0]; run = hp.add_run(a["h"]); run.bold = True; run.font.size = Pt(13)
        run.font.color.rgb = teal
        for j, p in enumerate(a["p"]):
            body(p, tc.paragraphs[0] if j == 0 else tc.add_paragraph())
        doc.add_paragraph()
    heading("Room Hire Charges")
    rows = [HB_HIRE_HEAD] + HB_HIRE
    tbl = doc.add_table(rows=len(rows), cols=4)
    docx_widths(tbl, (Cm(4.4), Cm(4.4), Cm(3.0), Cm(3.0)))
    for i, (row, vals) in enumerate(zip(tbl.rows, rows)):
        for cell, v in zip(row.cells, vals):
            if v:
                rr = cell.paragraphs[0].add_run(v); rr.bold = i == 0; rr.font.size = Pt(9.5)
            docx_borders(cell, "00696B", 4)
    docx_merge_vertical(tbl, 0, 1, 2)
    src = tmp / "HB.docx"
    doc.save(src)
    shutil.copy(soffice_pdf(tmp, src), OUT / "HB.pdf")
    truth.section("Open Door", 1); truth.para(dl)
    truth.article(HB_INTRO)
    truth.article(HB_COLS[0])
    truth.article(HB_FRAME)
    for a in HB_COLS[1:]:
        truth.article(a)
    for a in HB_SIDE:
        truth.article(a)
    truth.section("Room Hire Charges")
    truth.items([" ".join(HB_HIRE_HEAD)] + [" ".join(c for c in r if c) for r in HB_HIRE])
    truth.noise(HB_HEADER, "Page 1", "Page 2")
    return truth


# ================================================================ HC: reportlab, two A5 pages per A4 landscape sheet
HC_VERSO = "Catch · Spring 2026"
HC_RECTO = "Harbourside Rowing Club newsletter"
HC = {
    "capt": A("Captain's Log", [
        "The new season opened with the best turnout the club has seen for a decade: thirty-eight members on the "
        "water on the first Sunday, in every boat we own and two that we borrowed from the school. The river was "
        "high but kind, and nobody fell in, which is more than can be said for last April.",
        "Our coaching team has grown to seven, and the beginners' course that starts in May is already full. A "
        "second course will run in September if there is enough interest, so please send anybody who asks to the "
        "membership page on the website, where they can add their name to the list.",
        "The boathouse roof, which has leaked over the racks for as long as anybody can remember, will finally be "
        "replaced in the summer thanks to a grant from the county sports trust and the proceeds of the winter "
        "quiz nights. Until then, please keep the covers on the eights whenever they are not in use and wipe the "
        "riggers before you put them away.",
    ]),
    "regatta": A("Regatta Volunteers", [
        "The Harbourside Regatta takes place on Saturday 20 June, and we need more than sixty volunteers on the "
        "day to run it safely. There are jobs for everybody, on the bank and on the water:",
        ["marshals at the start and finish pontoons", "launch drivers with a powerboat certificate",
         "timekeepers and results runners", "helpers for the tea tent and the barbecue"],
        "Please sign up on the sheet in the boathouse or by emailing regatta@example-harbourside-rowing.org.uk, "
        "saying which job you would prefer.",
    ], urls=["regatta@example-harbourside-rowing.org.uk"]),
    "safety": A("Safety on the Water", [
        "Every crew must sign out at the boathouse before boating and sign back in on its return, so that the "
        "safety officer knows who is on the river. Coxes must wear a lifejacket at all times, and juniors must "
        "never boat without a coach launch in attendance.",
        "The river is closed to club boats when the flow board shows red. Please check the board and the tide "
        "times, which are posted by the door and at www.example-harbourside-rowing.org.uk/safety/river-conditions "
        "before every outing.",
    ], urls=["www.example-harbourside-rowing.org.uk/safety/river-conditions"]),
    "erg": A("Winter Ergo Challenge", [
        "The winter ergo challenge ended with the masters squad rowing a combined million metres between them, "
        "raising four hundred pounds for the lifeboat station. The junior prize went to Kwabena Asante, who rowed "
        "on every single day in February.",
    ]),
}
HC_PANEL = A("Boathouse Opening Hours", [
    "Weekdays 6am to 9pm. Weekends 7am to 6pm. The boathouse closes for the day when the river is in flood.",
])
HC_FIXTURES = [("Date", "Event", "Crews"), ("Sun 3 May", "Head of the Estuary", "Two eights, one four"),
               ("Sat 30 May", "Tidal sculls", "Single sculls"), ("Sat 20 June", "Harbourside Regatta", "All squads"),
               ("Sun 12 July", "Coastal sprint", "Quads and fours")]


def make_hc(tmp):
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.colors import HexColor
    from reportlab.pdfgen import canvas
    from reportlab.platypus import Paragraph, Frame, Table, TableStyle, Spacer
    mc.rl_fonts()
    W, H = landscape(A4)
    half = W / 2
    M = 36
    truth = Truth("Catch")
    navy = "#12355b"
    body = ParagraphStyle("b", fontName="DVSerif", fontSize=9.5, leading=13, alignment=4, spaceAfter=5,
                          hyphenationLang="en_GB", embeddedHyphenation=1, uriWasteReduce=0.3)
    h2 = ParagraphStyle("h2", fontName="DVSans-Bold", fontSize=12.5, leading=16, spaceBefore=7, spaceAfter=3,
                        textColor=HexColor(navy))
    bul = ParagraphStyle("bul", parent=body, leftIndent=12, bulletIndent=2, spaceAfter=1, alignment=0)
    small = ParagraphStyle("s", fontName="DVSans", fontSize=8.5, leading=11)
    xml = mc.xml
    path = OUT / "HC.pdf"
    c = canvas.Canvas(str(path), pagesize=(W, H), pageCompression=1)
    c.setTitle("Catch"); c.setAuthor("Harbourside Rowing Club")

    def chrome(x0, n):
        """Header and folio of one A5 half: verso (even) left-aligned, recto (odd) right-aligned."""
        c.setFont("DVSans", 7.5); c.setFillColor(HexColor("#555555"))
        if n % 2 == 0:
            c.drawString(x0 + M, H - 26, HC_VERSO); c.drawString(x0 + M, 22, str(n))
        else:
            c.drawRightString(x0 + half - M, H - 26, HC_RECTO); c.drawRightString(x0 + half - M, 22, str(n))
        c.setStrokeColor(HexColor("#9aaec4")); c.setLineWidth(0.5); c.line(x0 + M, H - 31, x0 + half - M, H - 31)
        c.setFillColor(HexColor("#000000"))

    P = lambda t, s=body: Paragraph(xml(t), s)

    def story_of(a):
        out = [P(a["h"], h2)]
        for p in a["p"]:
            if isinstance(p, list):
                out += [Paragraph(xml(i), bul, bulletText="•") for i in p]
            else:
                out.append(P(p))
        return out

    fw = half - 2 * M
    # ---- sheet 1: printed page 1 (left) and 2 (right)
    chrome(0, 1); chrome(half, 2)
    c.setFont("DVSans-Bold", 30); c.setFillColor(HexColor(navy)); c.drawString(M, H - 70, "Catch")
    c.setFont("DVSans", 9); c.setFillColor(HexColor("#333333"))
    dl = "The newsletter of Harbourside Rowing Club · Spring 2026"
    c.drawString(M, H - 86, dl); c.setFillColor(HexColor("#000000"))
    # page 1: the captain's log flows from an upper frame to a lower frame; the boxed panel sits between them
    story = story_of(HC["capt"])
    # the third paragraph is cut after two lines: the panel interrupts its sentence
    a1, a2 = mc.split_first_lines(xml(HC["capt"]["p"][2]), body, fw, 2)
    story[-1:] = [Paragraph(a1, ParagraphStyle("cut", parent=body, spaceAfter=0)), Paragraph(a2, body)]
    top, panel_h = H - 100, 56
    upper = Frame(M, top - 300, fw, 300, leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    upper.addFromList(story[:4], c); story = story[4:]
    py = upper._y - 12 - panel_h
    c.setStrokeColor(HexColor(navy)); c.setFillColor(HexColor("#e3ecf5")); c.rect(M + 30, py, fw - 60, panel_h, stroke=1, fill=1)
    c.setFillColor(HexColor("#000000"))
    Frame(M + 36, py + 2, fw - 72, panel_h - 4, leftPadding=2, rightPadding=2, topPadding=4).addFromList(
        [P(HC_PANEL["h"], ParagraphStyle("ph", parent=h2, fontSize=10.5, leading=13, spaceBefore=0)),
         P(HC_PANEL["p"][0], small)], c)
    Frame(M, 40, fw, py - 8 - 40, leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0).addFromList(story, c)
    assert not story, "HC page 1 overflow"
    story = story_of(HC["regatta"])
    Frame(half + M, 40, fw, H - 40 - 40, leftPadding=0, rightPadding=0, topPadding=0).addFromList(story, c)
    assert not story, "HC page 2 overflow"
    c.showPage()
    # ---- sheet 2: printed page 3 (left) and 4 (right)
    chrome(0, 3); chrome(half, 4)
    story = story_of(HC["safety"]) + story_of(HC["erg"])
    Frame(M, 40, fw, H - 80, leftPadding=0, rightPadding=0, topPadding=0).addFromList(story, c)
    assert not story, "HC page 3 overflow"
    rows = [[Paragraph(f"<b>{x}</b>" if i == 0 else xml(x), small) for x in r] for i, r in enumerate(HC_FIXTURES)]
    tab = Table(rows, colWidths=[fw * 0.25, fw * 0.42, fw * 0.33])
    tab.setStyle(TableStyle([("LINEBELOW", (0, 0), (-1, -1), 0.4, HexColor("#9aaec4")),
                             ("BACKGROUND", (0, 0), (-1, 0), HexColor("#e3ecf5"))]))
    story = [P("Fixtures", h2), tab, Spacer(1, 8), P("Club Contacts", h2)] + [
        P(x, small) for x in ("Captain: Rosalind Achebe", "Tel: 020 7946 0718",
                              "Email: captain@example-harbourside-rowing.org.uk")]
    Frame(half + M, 40, fw, H - 80, leftPadding=0, rightPadding=0, topPadding=0).addFromList(story, c)
    assert not story, "HC page 4 overflow"
    c.showPage(); c.save()
    truth.section("Catch", 1); truth.para(dl)
    truth.article(HC["capt"]); truth.article(HC_PANEL)
    truth.article(HC["regatta"])
    truth.article(HC["safety"]); truth.article(HC["erg"])
    truth.section("Fixtures"); truth.items(table_items(HC_FIXTURES))
    truth.section("Club Contacts")
    truth.items(["Captain: Rosalind Achebe", "Tel: 020 7946 0718", "Email: captain@example-harbourside-rowing.org.uk"])
    truth.url("captain@example-harbourside-rowing.org.uk")
    truth.noise(HC_VERSO, HC_RECTO)
    return truth


# ================================================================ HD: LibreOffice, A4, tagged, intro + three columns
HD_HEADER = "Windfall · Autumn 2026"
HD_FOOTER = "Windfall newsletter"
HD_INTRO = A("A Record Harvest", [
    "This autumn the orchard gave us more fruit than in any year since it was planted: nearly two tonnes of "
    "apples and pears, a bucket of quinces and enough damsons to keep the jam makers busy until Christmas. "
    "Thank you to everybody who picked, sorted, carried and pressed.",
])
HD_COLS = [
    A("Where to Drop Off", [
        "Windfalls that are bruised but sound can be left in the crates by the shed on any day of the week. "
        "Please do not leave fruit with rot or wasp damage, which spoils the rest of the crate and attracts "
        "rats to the compost bays.",
        "Crates are collected on Thursday mornings and taken to the community kitchen, where they are turned "
        "into chutney for the winter market.",
    ]),
    A("Pressing Day", [
        "Our pressing day drew more than a hundred visitors, who brought their own fruit from gardens across the "
        "town. Before pressing, every batch was:",
        ["washed in the big trough by the gate", "sorted by the juniors, who removed anything mouldy",
         "milled in the scratter and pressed in two loads"],
        "The juice was bottled and pasteurised on site, and a few bottles are still for sale at the shed.",
    ]),
    A("Pruning Course", [
        "A winter pruning course for beginners runs on two Saturday mornings in January. Places are free for "
        "members and can be booked at www.example-larkspur-orchard.org.uk/courses/winter-pruning-for-beginners "
        "or by emailing courses@example-larkspur-orchard.org.uk before the end of December.",
    ], urls=["www.example-larkspur-orchard.org.uk/courses/winter-pruning-for-beginners",
             "courses@example-larkspur-orchard.org.uk"]),
]
HD_CAPTION = "Below: the juniors sorting apples on pressing day."
HD_SIDE = [
    A("Goodbye, Margaret", [
        "Margaret Oyelaran, who planted the first trees in the orchard twenty years ago, is moving to be near "
        "her family in Devon. She leaves us a map of every tree she planted, with its variety and the year, "
        "drawn by hand on the back of an old wallpaper roll.",
    ]),
    A("Tree Sponsorship", [
        "Sponsoring a tree costs fifteen pounds a year and pays for its stake, guard and pruning. Sponsors get a "
        "label with their name and the first basket of fruit from their tree each autumn.",
    ]),
]
HD_DAYS_HEAD = ("Date", "Work", "Leader")
HD_DAYS = [("Sat 7 November", "Mulching the young trees", "Tomasz Nowak"),
           ("Sat 21 November", "Planting the new hedge along the north fence", "Aisling Byrne"),
           ("Sat 5 December", "No work party: orchard closed for the tree survey", "")]


def make_hd(tmp):
    from docx import Document
    from docx.enum.section import WD_SECTION
    from docx.shared import Pt, Cm, RGBColor
    from docx.oxml.ns import qn
    truth = Truth("Windfall")
    doc = Document()
    s0 = mc.docx_base(doc, "Liberation Sans", 10, 21.0, 29.7, 2.0)
    s0.different_first_page_header_footer = True
    s0.header.paragraphs[0].text = HD_HEADER; s0.header.paragraphs[0].alignment = 2
    for f in (s0.footer, s0.first_page_footer):
        fp = f.paragraphs[0]; fp.text = HD_FOOTER + " · "; docx_field(fp, "PAGE"); fp.alignment = 1
    red = RGBColor(0x9C, 0x27, 0x1B)
    t = doc.add_paragraph(); r = t.add_run("Windfall"); r.bold = True; r.font.size = Pt(32); r.font.color.rgb = red
    dl = "The newsletter of Larkspur Road Community Orchard · Autumn 2026"
    doc.add_paragraph(dl)
    img = photo(tmp / "hd.jpg", 83, palette=((150, 60, 40), (120, 170, 70), (230, 220, 200)))

    def heading(text, size=13):
        h = doc.add_paragraph(); hr = h.add_run(text); hr.bold = True; hr.font.size = Pt(size)
        hr.font.color.rgb = red; h.paragraph_format.keep_with_next = True
        h.paragraph_format.space_before = Pt(6)
        return h

    def body(text, par=None, links=None):
        par = par or doc.add_paragraph(); par.paragraph_format.alignment = 3
        docx_text_with_links(par, text, links or {})
        return par

    heading(HD_INTRO["h"], 16); body(HD_INTRO["p"][0])
    sec = doc.add_section(WD_SECTION.CONTINUOUS); docx_cols(sec, 3, 360)
    for a in HD_COLS:
        heading(a["h"])
        links = {u: ("https://" + u if u.startswith("www.") else "mailto:" + u) for u in a["urls"]}
        for p in a["p"]:
            if isinstance(p, list):
                for it in p:
                    doc.add_paragraph(it, style="List Number")
            else:
                body(p, links=links)
        if a is HD_COLS[1]:
            cap = doc.add_paragraph(); cr = cap.add_run(HD_CAPTION); cr.italic = True; cr.font.size = Pt(8.5)
            cap.paragraph_format.keep_with_next = True
            doc.add_paragraph().add_run().add_picture(str(img), width=Cm(5.2))
    sec2 = doc.add_section(WD_SECTION.CONTINUOUS); docx_cols(sec2, 1)
    for a in HD_SIDE:
        tbl = doc.add_table(rows=1, cols=2)
        docx_widths(tbl, (Cm(3.6), Cm(13.4)))
        hc, tc = tbl.rows[0].cells
        run = hc.paragraphs[0].add_run(a["h"]); run.bold = True; run.font.size = Pt(13); run.font.color.rgb = red
        body(a["p"][0], tc.paragraphs[0])
        doc.add_paragraph()
    heading("Work Parties")
    rows = [HD_DAYS_HEAD] + HD_DAYS
    tbl = doc.add_table(rows=len(rows), cols=3)
    docx_widths(tbl, (Cm(3.4), Cm(8.4), Cm(4.0)))
    for i, (row, vals) in enumerate(zip(tbl.rows, rows)):
        for cell, v in zip(row.cells, vals):
            docx_borders(cell, "9C271B", 4)
        if vals[2] == "":
            row.cells[1].merge(row.cells[2])
            vals = vals[:2]
        for cell, v in zip(row.cells, vals):
            rr = cell.paragraphs[0].add_run(v); rr.bold = i == 0; rr.font.size = Pt(9.5)
    src = tmp / "HD.docx"
    doc.save(src)
    pdf = soffice_pdf(tmp, src, tagged=True)
    shutil.copy(pdf, OUT / "HD.pdf")
    truth.section("Windfall", 1); truth.para(dl)
    truth.article(HD_INTRO)
    truth.article(HD_COLS[0])
    p_ = HD_COLS[1]
    truth.section(p_["h"]); truth.para(p_["p"][0]); truth.items(f"{k}. {it}" for k, it in enumerate(p_["p"][1], 1))
    truth.para(p_["p"][2]); truth.para(HD_CAPTION)
    truth.article(HD_COLS[2])
    for a in HD_SIDE:
        truth.article(a)
    truth.section("Work Parties")
    truth.items([" ".join(HD_DAYS_HEAD)] + [" ".join(c for c in r if c) for r in HD_DAYS])
    truth.noise(HD_HEADER, HD_FOOTER)
    return truth


def main():
    makers = {"HA": make_ha, "HB": make_hb, "HC": make_hc, "HD": make_hd}
    want = [w.upper() for w in sys.argv[1:]] or sorted(makers)
    for k in want:
        with tempfile.TemporaryDirectory() as tmp:
            truth = makers[k](Path(tmp))
        finish(k, truth)


if __name__ == "__main__":
    main()
