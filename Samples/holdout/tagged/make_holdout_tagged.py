#!/usr/bin/env python3
"""Holdout TAGGED reports from producers other than LibreOffice Writer, with ground truth.

usage: python3 make_holdout_tagged.py [TA TB TC]     (no arguments: rebuild all)

Writes <id>.pdf, <id>.txt (pdftotext default dump) and <id>.truth.json next to this script, in the format of
the shared development corpus (its README, "Truth format" and "Truth conventions"). These are report-like, as
PDF/UA documents usually are: a cover page, a contents page with dot leaders and page numbers (noise, like a
contents box), H1/H2/H3 headings, two-column body pages, figures with captions, tables with header rows,
footnotes, a callout box, a running header with the document title and a "Page n of N" footer.

- TA: Chromium print-to-PDF (tagged by Chromium from the HTML semantics), A4, two CSS columns per chapter,
  footnotes set at the end of their article, a floated callout, a figure and a table per chapter.
- TB: lualatex with the LaTeX tagging code (\\DocumentMetadata{testphase=phase-II} + tagpdf activate-all), A4
  twocolumn article, title page, \\tableofcontents with dot leaders (tocloft), real \\footnote notes at the
  foot of the column, booktabs tables with captions, a framed callout, fancyhdr header and "Page n of N".
- TC: Chromium print-to-PDF, A5, one column with a callout floated right beside the text, H3 lead-ins,
  a bulleted list, a table whose header row is shaded, footnotes.

Reuses the helpers of the shared corpus generator (/work/shared/corpus/make_corpus.py, or $GALLEY_CORPUS).
All prose is invented, in British English; domains are example-… domains; phone numbers are in Ofcom's drama
ranges (0113 496 0xxx, 020 7946 0xxx)."""
import html, os, re, subprocess, sys, tempfile
from pathlib import Path

OUT = Path(__file__).resolve().parent
sys.path.insert(0, os.environ.get("GALLEY_CORPUS", "/work/shared/corpus"))
import make_corpus as mc  # noqa: E402
from make_corpus import Truth, table_items, photo, esc_html, css_str, strip_marks, chromium_pdf, tex_pdf  # noqa: E402
import pymupdf  # noqa: E402

mc.OUT = OUT

# A report is a list of items: ("h1"|"h2"|"h3", text), ("p", text), ("note", text), ("fig", caption),
# ("table", caption, rows), ("callout", heading, text), ("list", items), ("page",) for a page break.
# Footnote markers ¹ ² ³ in a paragraph are dropped from the truth, as is the note's leading marker.

TA_TITLE = "Annual Review 2025–26"
TA_SUB = "Millbrook Community Energy Co-operative"
TA_DATE = "Published June 2026 for the annual general meeting"
TA = [
    ("h1", "Our Year in Summary"),
    ("h2", "A Word from the Chair"),
    ("p", "This has been the co-operative's busiest year since the first panels went onto the roof of the primary "
          "school in 2019. We now own solar arrays on nine community buildings, the small hydro scheme at Weir Mill "
          "has run for its first full year, and our members have grown in number from four hundred to almost seven "
          "hundred."),
    ("p", "None of this would have happened without the volunteers who answer the telephone, count the meter "
          "readings and stand at the market stall on wet Saturdays. The board is grateful to every one of them, and "
          "to the members who trusted us with their savings when interest rates elsewhere were rising.¹"),
    ("note", "¹ The share offer closed in October with £412,000 raised from 211 new members."),
    ("h2", "Generation and Savings"),
    ("p", "Between them, the arrays and the turbine generated a little over 610 megawatt hours during the year, "
          "enough to run about two hundred homes. The buildings that host the panels bought electricity from us at "
          "a fixed price well below the market rate, which saved the school, the leisure centre and the village "
          "halls more than £38,000 between them."),
    ("fig", "Figure 1. The new array on the roof of Weir Mill leisure centre, installed in March."),
    ("p", "Output from the hydro scheme was lower than forecast in the dry summer months but well above it from "
          "November onwards, when the river was high for weeks at a time. Over the whole year the two sources "
          "balanced each other better than the business plan had assumed."),
    ("table", "Table 1. Generation by site, 2025–26", [
        ("Site", "Capacity", "Generated"),
        ("Weir Mill hydro", "95 kW", "241 MWh"),
        ("Leisure centre roof", "120 kW", "118 MWh"),
        ("Primary school", "60 kW", "57 MWh"),
        ("Six village halls", "190 kW", "196 MWh")]),
    ("h3", "Maintenance"),
    ("p", "The turbine was stopped for eleven days in August while a worn bearing was replaced, and two inverters "
          "at the leisure centre were changed under warranty. Our maintenance contractor now sends a monthly "
          "report, which members can read on the website."),
    ("callout", "Members' Meeting", "The annual general meeting is on Thursday 16 July at 7pm in Weir Mill "
                "community hall. Members can vote in person or by post; papers are sent out three weeks before."),
    ("page",),
    ("h1", "Projects and Community Fund"),
    ("h2", "The Community Fund"),
    ("p", "Every year a share of our surplus goes into a fund for local groups working on energy saving and fuel "
          "poverty. This year the fund gave out £21,500 in eleven grants, from draught-proofing kits for older "
          "residents to a bicycle trailer that lets the food bank collect donations without a van.²"),
    ("note", "² The full list of grants is in the accounts, available from the secretary."),
    ("p", "Applications for next year's round open in September. Groups do not need to be registered charities, "
          "but they must be based within the parish or serve people who live there, and they should tell us how "
          "they will measure what the money achieves."),
    ("h2", "Projects for the Coming Year"),
    ("h3", "Battery Storage"),
    ("p", "The board is looking at a battery at the leisure centre, which would store power from the roof at "
          "midday and release it in the evening when the pool pumps and lights are busiest. A feasibility study "
          "funded by the county council will report in the autumn."),
    ("h3", "Heat Pumps for Village Halls"),
    ("p", "Three of the village halls that host our panels still heat their main rooms with oil. We have offered "
          "to help them apply for a government grant towards air-source heat pumps, and to lend the balance on "
          "terms that their committees can afford."),
    ("fig", "Figure 2. Volunteers fitting draught-proofing strips at a home in Lower Millbrook."),
    ("h2", "Contact the Co-operative"),
    ("p", "Questions about your shares, the fund or volunteering are always welcome. Ring the office on "
          "0113 496 0582, email hello@example-millbrook-energy.org.uk or read the latest reports at "
          "www.example-millbrook-energy.org.uk/reports before the meeting."),
]
TA_URLS = ["hello@example-millbrook-energy.org.uk", "www.example-millbrook-energy.org.uk/reports"]

TB_TITLE = "Towpath Condition Survey 2026"
TB_SUB = "Harwick Canal Trust, Volunteer Survey Team"
TB_DATE = "Report to the trustees, May 2026"
TB = [
    ("h1", "Introduction"),
    ("p", "Each spring the trust's volunteers walk the whole of the towpath between Harwick Basin and the summit "
          "lock at Coldbrook, noting the state of the surface, the banks, the hedges and the structures. This "
          "report sets out what they found this year and suggests where the trust should spend its small repairs "
          "budget."),
    ("p", "Twenty-three volunteers took part, working in pairs over six weekends in March and April. Each pair "
          "covered about a mile and recorded its findings on the survey app, with photographs of anything that "
          "needed attention.¹"),
    ("note", "¹ The app was written by a member of the team and is free for other canal societies to use."),
    ("h2", "How the Survey Was Done"),
    ("p", "The towpath was divided into forty-one sections, each ending at a bridge, lock or milepost. For every "
          "section the surveyors scored the surface, the edge of the bank and the vegetation from one to five, "
          "where one means that urgent work is needed and five that nothing needs to be done."),
    ("h3", "Scoring"),
    ("p", "Scores were checked by a second pair on a sample of eight sections. The two pairs agreed on the score "
          "in most cases and never differed by more than one point, which gives us some confidence that the "
          "results can be compared from year to year."),
    ("h1", "Findings"),
    ("h2", "Surface and Drainage"),
    ("p", "The surface is in better condition than last year along most of the canal, thanks largely to the "
          "resurfacing near Harwick Basin. The worst sections remain the two miles below Coldbrook, where the "
          "path floods after heavy rain and cyclists have worn deep ruts into the soft ground."),
    ("table", "Surface scores by length of the canal", [
        ("Length", "Sections", "Mean score"),
        ("Basin to Mill Bridge", "9", "4.2"),
        ("Mill Bridge to Ashford Lock", "14", "3.6"),
        ("Ashford Lock to Coldbrook", "18", "2.4")]),
    ("p", "Drainage ditches beside the path have silted up in several places, and the culverts under the path at "
          "Ashford need clearing before the autumn. The trust's work parties can do much of this by hand if the "
          "landowner agrees.²"),
    ("note", "² Two of the ditches belong to the farm at Ashford rather than to the canal."),
    ("h2", "Banks and Hedges"),
    ("p", "Bank erosion is worst on the outside of the bends, where passing boats push water against the edge. At "
          "three places the bank has fallen away close enough to the path to be a hazard, and these have been "
          "reported to the navigation authority as a priority."),
    ("callout", "Volunteer Days", "Work parties meet on the first Saturday of each month at Harwick Basin at "
                "9.30am. Tools, gloves and tea are provided; ring 020 7946 0314 to join the next one."),
    ("p", "The hedges along the offside are in good health, and the laying done by the hedging course two years "
          "ago has thickened well. Brambles are once again spreading across the path near Mill Bridge and should "
          "be cut back before the summer."),
    ("fig", "Figure 1: Bank erosion on the outside of the bend below Ashford Lock."),
    ("h1", "Recommendations"),
    ("p", "The team recommends that the trust spend this year's budget on the drainage at Ashford and on a trial "
          "of a porous surface on the worst quarter mile below Coldbrook. The survey will be repeated next spring, "
          "and the results of the trial reported to members at www.example-harwick-canal.org.uk/survey."),
    ("p", "Comments on this report are welcome and should be sent to survey@example-harwick-canal.org.uk by the "
          "end of June."),
]
TB_URLS = ["www.example-harwick-canal.org.uk/survey", "survey@example-harwick-canal.org.uk"]

TC_TITLE = "Play Areas Review"
TC_SUB = "Elmstead Parish Council"
TC_DATE = "A report for residents, spring 2026"
TC = [
    ("h1", "Why We Reviewed the Play Areas"),
    ("p", "The parish council looks after four play areas, the oldest of which opened in 1987. Last year the "
          "annual safety inspection found that several pieces of equipment were coming to the end of their lives, "
          "and the council agreed to look at all four sites together before deciding what to replace."),
    ("p", "Over the winter we asked residents, the primary school and the youth club what they would like to see. "
          "More than three hundred people replied, and many of them took the trouble to write at length.¹"),
    ("note", "¹ The survey was open from 3 November to 15 December 2025, online and on paper."),
    ("callout", "At a Glance", "Four play areas, 312 survey replies, £86,000 set aside over three years, and new "
                "equipment at Church Green by the summer holidays."),
    ("h2", "What Residents Told Us"),
    ("h3", "Younger children"),
    ("p", "Parents of young children asked above all for seating, shade and a fence that keeps dogs out. Swings "
          "remain the most popular piece of equipment by a wide margin, followed by sand and water play."),
    ("h3", "Older children and teenagers"),
    ("p", "Older children wanted somewhere to meet that does not feel like a toddlers' playground. The most common "
          "suggestions were:"),
    ("list", ["a shelter with seats and a phone charging point", "a basketball hoop on the tennis court",
              "a longer zip wire", "better lighting on the path from the village hall"]),
    ("table", "The four sites", [
        ("Site", "Opened", "Condition"),
        ("Church Green", "1987", "Poor"),
        ("Mill Lane", "1998", "Fair"),
        ("Orchard Close", "2006", "Good"),
        ("Station Field", "2014", "Good")]),
    ("h2", "What Happens Next"),
    ("p", "Church Green will be rebuilt first, with work starting after the spring bank holiday so that the new "
          "equipment is open before the summer holidays. Mill Lane follows next year, and the two newer sites will "
          "have smaller improvements as money allows.²"),
    ("note", "² Orchard Close and Station Field will each get new seating and bins in 2027."),
    ("fig", "Plans for the new play area at Church Green, drawn by the designer in February."),
    ("p", "You can see the plans and comment on them at www.example-elmstead-pc.gov.uk/play or email the clerk at "
          "clerk@example-elmstead-pc.gov.uk. The council will meet to approve the final design on 14 April."),
]
TC_URLS = ["www.example-elmstead-pc.gov.uk/play", "clerk@example-elmstead-pc.gov.uk"]


def build_truth(title, sub, date, items, urls, level_of):
    truth = Truth(title)
    truth.section(title, 1); truth.para(sub); truth.para(date)
    pending_callout = None
    for it in items:
        k = it[0]
        if k in ("h1", "h2", "h3"):
            if pending_callout:
                truth.section(pending_callout[0]); truth.para(pending_callout[1]); pending_callout = None
            truth.section(it[1], level_of[k])
        elif k in ("p", "note"):
            truth.para(strip_marks(it[1]))
        elif k == "fig":
            truth.para(it[1])
        elif k == "table":
            truth.para(it[1]); truth.items(table_items(it[2]))
        elif k == "list":
            truth.items(it[1])
        elif k == "callout":
            pending_callout = (it[1], it[2])
    if pending_callout:
        truth.section(pending_callout[0]); truth.para(pending_callout[1])
    truth.url(*urls)
    return truth


def heading_pages(pdf, items):
    """Printed page of each h1/h2 heading (for the contents page), found in the rendered PDF."""
    doc = pymupdf.open(str(pdf))
    pages = {}
    texts = [re.sub(r"\s+", " ", p.get_text()) for p in doc]
    for it in items:
        if it[0] in ("h1", "h2"):
            for i, t in enumerate(texts[2:], start=2):
                if it[1] in t:
                    pages[it[1]] = i + 1
                    break
    return pages


def html_body(items, urls, img):
    out, in_art = [], False
    for it in items:
        k = it[0]
        if k == "page":
            out.append('<div class="pb"></div>')
        elif k in ("h1", "h2", "h3"):
            out.append(f"<{k}>{html.escape(it[1])}</{k}>")
        elif k == "p":
            out.append(f"<p>{esc_html(it[1], urls, links=urls)}</p>")
        elif k == "note":
            out.append(f'<p class="fn">{esc_html(it[1])}</p>')
        elif k == "fig":
            out.append(f'<figure><img src="{img.name}" alt="Photograph"><figcaption>{html.escape(it[1])}</figcaption></figure>')
        elif k == "table":
            rows = it[2]
            head = "".join(f'<th scope="col">{html.escape(c)}</th>' for c in rows[0])
            body = "".join("<tr>" + "".join(f"<td>{html.escape(c)}</td>" for c in r) + "</tr>" for r in rows[1:])
            out.append(f'<table><caption>{html.escape(it[1])}</caption><thead><tr>{head}</tr></thead>'
                       f'<tbody>{body}</tbody></table>')
        elif k == "list":
            out.append("<ul>" + "".join(f"<li>{html.escape(x)}</li>" for x in it[1]) + "</ul>")
        elif k == "callout":
            out.append(f'<aside class="callout"><h4>{html.escape(it[1])}</h4><p>{html.escape(it[2])}</p></aside>')
    return "\n".join(out)


def toc_html(items, pages, levels=("h1", "h2")):
    rows = []
    for it in items:
        if it[0] in levels:
            rows.append(f'<div class="toc {it[0]}"><span class="t">{html.escape(it[1])}</span>'
                        f'<span class="d">{" ." * 120}</span><span class="n">{pages.get(it[1], 3)}</span></div>')
    return "".join(rows)


def make_chromium(tmp, name, title, sub, date, items, urls, css, page_css, pages=None):
    img = photo(tmp / f"{name.lower()}.jpg", 31 + len(name))
    pages = pages or {}
    body = (f'<section class="cover"><p class="org">{html.escape(sub)}</p><h1 class="title">{html.escape(title)}</h1>'
            f'<p class="date">{html.escape(date)}</p></section>'
            f'<nav class="contents"><h2 class="toch">Contents</h2>{toc_html(items, pages)}</nav>'
            f'<main>{html_body(items, urls, img)}</main>')
    doc = f"""<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><title>{html.escape(title)}</title><style>
@page {{ {page_css}
  @top-left {{ content: {css_str(title + " · " + sub)}; font: italic 8pt 'DejaVu Sans'; color: #555; }}
  @bottom-center {{ content: "Page " counter(page) " of " counter(pages); font: 8pt 'DejaVu Sans'; color: #333; }} }}
@page :first {{ @top-left {{ content: none; }} @bottom-center {{ content: none; }} }}
.cover {{ break-after: page; padding-top: 30%; }}
.cover .title {{ font: bold 30pt 'DejaVu Sans'; margin: 4mm 0; }}
.cover .org {{ font: 13pt 'DejaVu Sans'; margin: 0; }}
.cover .date {{ font: italic 11pt 'DejaVu Serif'; }}
nav.contents {{ break-after: page; font: 10.5pt 'DejaVu Sans'; }}
.toch {{ font: bold 18pt 'DejaVu Sans'; }}
.toc {{ display: flex; margin: 0 0 2mm; }}
.toc.h2 {{ padding-left: 6mm; font-size: 9.5pt; }}
.toc .t {{ white-space: nowrap; padding-right: 1mm; }}
.toc .d {{ flex: 1; overflow: hidden; white-space: nowrap; color: #777; }}
.toc .n {{ padding-left: 1mm; }}
.pb {{ break-before: page; }}
p.fn {{ font-size: 7.5pt; color: #444; border-top: 0.4pt solid #999; padding-top: 0.8mm; }}
sup {{ font-size: 6.5pt; line-height: 0; }}
figure {{ margin: 2mm 0 3mm; break-inside: avoid; }} figure img {{ width: 100%; display: block; }}
figcaption {{ font: italic 8.5pt 'DejaVu Sans'; color: #444; margin-top: 1mm; }}
table {{ border-collapse: collapse; width: 100%; font: 8.5pt 'DejaVu Sans'; margin: 2mm 0 3mm; break-inside: avoid; }}
caption {{ font: bold 8.5pt 'DejaVu Sans'; text-align: left; margin-bottom: 1mm; }}
th {{ background: #234d6b; color: white; text-align: left; padding: 1.2mm; }}
td {{ border-bottom: 0.5pt solid #aaa; padding: 1.2mm; }}
aside.callout {{ border: 1pt solid #234d6b; background: #eaf1f6; padding: 2mm 3mm; font: 9pt/1.3 'DejaVu Sans';
  break-inside: avoid; }}
aside.callout h4 {{ margin: 0 0 1mm; font-size: 10pt; }}
aside.callout p {{ margin: 0; }}
{css}
</style></head><body>{body}</body></html>"""
    src = tmp / f"{name.lower()}.html"
    src.write_text(doc)
    chromium_pdf(src, OUT / f"{name}.pdf")


def page_noise(pdf, title, sub):
    n = pymupdf.open(str(pdf)).page_count
    return [title + " · " + sub] + [f"Page {i} of {n}" for i in range(2, n + 1)]


TA_CSS = """
body { font: 10pt/1.4 'Liberation Serif', serif; color: #1e1e1e; margin: 0; }
main h1 { font: bold 20pt 'DejaVu Sans'; color: #234d6b; margin: 0 0 4mm; column-span: all; }
main { column-count: 2; column-gap: 9mm; text-align: justify; }
main h2 { font: bold 13pt 'DejaVu Sans'; color: #234d6b; margin: 3mm 0 1.5mm; break-after: avoid; }
main h3 { font: bold italic 10.5pt 'DejaVu Sans'; margin: 2.5mm 0 1mm; break-after: avoid; }
main p { margin: 0 0 2mm; }
.pb { column-span: all; }
aside.callout { margin: 3mm 0; }
"""

TC_CSS = """
body { font: 9.5pt/1.4 'DejaVu Serif', serif; color: #1e1e1e; margin: 0; }
main h1 { font: bold 15pt 'DejaVu Sans'; color: #6b2d23; margin: 0 0 3mm; }
main h2 { font: bold 12pt 'DejaVu Sans'; color: #6b2d23; margin: 4mm 0 1.5mm; }
main h3 { font: bold 9.5pt 'DejaVu Sans'; margin: 2.5mm 0 0.5mm; }
main p { margin: 0 0 2mm; text-align: justify; }
aside.callout { float: right; width: 42%; margin: 1mm 0 2mm 4mm; border-color: #6b2d23; background: #f6ece9; }
ul { margin: 0 0 2mm 0; padding-left: 5mm; }
th { background: #f0d9d3; color: #1e1e1e; }
figure img { width: 70%; }
"""


def make_ta(tmp):
    args = (tmp, "TA", TA_TITLE, TA_SUB, TA_DATE, TA, TA_URLS, TA_CSS, "size: A4; margin: 20mm 18mm 20mm 18mm;")
    make_chromium(*args)
    make_chromium(*args, pages=heading_pages(OUT / "TA.pdf", TA))
    t = build_truth(TA_TITLE, TA_SUB, TA_DATE, TA, TA_URLS, {"h1": 1, "h2": 2, "h3": 3})
    t.noise("Contents", *page_noise(OUT / "TA.pdf", TA_TITLE, TA_SUB))
    return t


def make_tc(tmp):
    args = (tmp, "TC", TC_TITLE, TC_SUB, TC_DATE, TC, TC_URLS, TC_CSS, "size: A5; margin: 17mm 14mm 16mm 14mm;")
    make_chromium(*args)
    make_chromium(*args, pages=heading_pages(OUT / "TC.pdf", TC))
    t = build_truth(TC_TITLE, TC_SUB, TC_DATE, TC, TC_URLS, {"h1": 1, "h2": 2, "h3": 3})
    t.noise("Contents", *page_noise(OUT / "TC.pdf", TC_TITLE, TC_SUB))
    return t


def tex_esc(s):
    s = s.replace("\\", r"\textbackslash{}")
    for a, b in (("&", r"\&"), ("%", r"\%"), ("$", r"\$"), ("#", r"\#"), ("_", r"\_"), ("£", r"\pounds{}"),
                 ("–", "--")):
        s = s.replace(a, b)
    return s


def tex_para(s, notes, urls):
    s = tex_esc(s)
    for u in urls:
        s = s.replace(tex_esc(u), r"\url{" + u + "}")
    for m, note in notes.items():
        s = s.replace(m, r"\footnote{" + tex_esc(strip_marks(note)) + "}")
    return s


def make_tb(tmp):
    body, notes = [], {}
    for it in TB:
        if it[0] == "note":
            notes[it[1][0]] = it[1]
    figs = 0
    for it in TB:
        k = it[0]
        if k == "h1":
            body.append(r"\section{" + tex_esc(it[1]) + "}")
        elif k == "h2":
            body.append(r"\subsection{" + tex_esc(it[1]) + "}")
        elif k == "h3":
            body.append(r"\subsubsection*{" + tex_esc(it[1]) + "}")
        elif k == "p":
            body.append(tex_para(it[1], notes, TB_URLS) + "\n")
        elif k == "fig":
            figs += 1
            cap = re.sub(r"^Figure \d+: ", "", it[1])
            body.append(r"\begin{figure}[h]\centering\includegraphics[width=\linewidth]{tb.jpg}"
                        r"\caption{" + tex_esc(cap) + r"}\end{figure}")
        elif k == "table":
            rows = it[2]
            lines = [" & ".join(tex_esc(c) for c in rows[0]) + r" \\ \midrule"]
            lines += [" & ".join(tex_esc(c) for c in r) + r" \\" for r in rows[1:]]
            body.append(r"\begin{table}[h]\centering\small\caption*{" + tex_esc(it[1]) + r"}"
                        r"\begin{tabular}{lrr}\toprule " + "\n".join(lines) + r"\bottomrule\end{tabular}\end{table}")
        elif k == "callout":
            body.append(r"\par\medskip\noindent\fbox{\parbox{\dimexpr\linewidth-2\fboxsep-2\fboxrule}{\sffamily\small"
                        r"\textbf{" + tex_esc(it[1]) + r"}\par " + tex_esc(it[2]) + r"}}\par\medskip" + "\n")
    photo(tmp / "tb.jpg", 47)
    head = tex_esc(TB_TITLE + " · " + TB_SUB)
    src = r"""\DocumentMetadata{testphase=phase-II,lang=en-GB}
\documentclass[a4paper,10pt,twocolumn]{article}
\tagpdfsetup{activate-all,interwordspace}
\usepackage[margin=22mm]{geometry}
\usepackage{fontspec}
\usepackage{graphicx,booktabs,caption,lastpage,fancyhdr,url}
\usepackage{tocloft}
\renewcommand{\cftsecleader}{\cftdotfill{\cftdotsep}}
\renewcommand{\contentsname}{Contents}
\urlstyle{same}
\pagestyle{fancy}\fancyhf{}
\fancyhead[L]{\small\itshape """ + head + r"""}
\fancyfoot[C]{\small Page \thepage\ of \pageref{LastPage}}
\fancypagestyle{plain}{\fancyhf{}\fancyhead[L]{\small\itshape """ + head + r"""}\fancyfoot[C]{\small Page \thepage\ of \pageref{LastPage}}}
\begin{document}
\begin{titlepage}\onecolumn\vspace*{60mm}\sffamily
{\Large """ + tex_esc(TB_SUB) + r"""\par}\vspace{6mm}
{\fontsize{30}{36}\selectfont\bfseries """ + tex_esc(TB_TITLE) + r"""\par}\vspace{6mm}
{\large\itshape """ + tex_esc(TB_DATE) + r"""\par}
\end{titlepage}
\setcounter{page}{2}\onecolumn\tableofcontents\twocolumn
""" + "\n".join(body) + r"""
\end{document}
"""
    pdf = tex_pdf(tmp, "tb", src, engine="lualatex")
    tex_pdf(tmp, "tb", src, engine="lualatex")
    (OUT / "TB.pdf").write_bytes(pdf.read_bytes())
    t = build_truth(TB_TITLE, TB_SUB, TB_DATE, TB, TB_URLS, {"h1": 1, "h2": 2, "h3": 3})
    # LaTeX numbers the sections and subsections: the truth follows the print
    n1 = n2 = 0
    for s in t.t["sections"][1:]:
        h = s["heading"]
        kind = next((it[0] for it in TB if it[0] in ("h1", "h2", "h3") and it[1] == h), None)
        if kind == "h1":
            n1 += 1; n2 = 0; s["heading"] = f"{n1} {h}"
        elif kind == "h2":
            n2 += 1; s["heading"] = f"{n1}.{n2} {h}"
    for s in t.t["sections"]:
        for b in s["blocks"]:
            if b.get("kind") == "paragraph" and b["text"].startswith("Surface scores"):
                pass
    t.noise("Contents", *page_noise(OUT / "TB.pdf", TB_TITLE, TB_SUB))
    return t.curly()


MAKERS = {"TA": make_ta, "TB": make_tb, "TC": make_tc}


def main(ids):
    ids = [i.upper() for i in ids] or list(MAKERS)
    with tempfile.TemporaryDirectory() as d:
        tmp = Path(d)
        for i in ids:
            truth = MAKERS[i](tmp)
            mc.finish(i, truth)
            tagged = subprocess.run(["pdfinfo", str(OUT / f"{i}.pdf")], capture_output=True, text=True).stdout
            print("  ", next((l for l in tagged.splitlines() if l.startswith("Tagged")), "Tagged: ?"))


if __name__ == "__main__":
    main(sys.argv[1:])
