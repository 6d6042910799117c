#!/usr/bin/env python3
"""Writes a tagged newsletter PDF of 30-odd pages, and the same PDF with its tags stripped.

The .docx is generated with python-docx from a fixed seed (same text on every run): a masthead,
running header and page-number footer, sections with Heading 1 and Heading 2 titles, some of them
in two columns, bulleted and numbered lists, an events table and varied prose with addresses and
hyphenated compounds. LibreOffice converts it to PDF with tagged-PDF export on, and a copy is made
with pikepdf with the catalog's /StructTreeRoot and /MarkInfo removed: the same pages, untagged.

    python3 bench/make_tagged_doc.py OUT_DIR      # writes OUT_DIR/tagged-newsletter{,-untagged}.pdf

Needs python-docx and pikepdf (pip) and soffice (Debian: libreoffice-writer-nogui). Exits 3 when
soffice is missing, so a caller can fall back to the committed copies in bench/inputs/.
"""
import datetime
import random
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

SEED = 11
SECTIONS = 14
TAGGED = "tagged-newsletter.pdf"
UNTAGGED = "tagged-newsletter-untagged.pdf"
# LibreOffice's PDF filter takes its options as JSON since 7.4; older ones take `Name=value`.
FILTERS = (
    'pdf:writer_pdf_Export:{"UseTaggedPDF":{"type":"boolean","value":"true"}}',
    "pdf:writer_pdf_Export:UseTaggedPDF=true",
)

SECTION_TITLES = [
    "Community News", "From the Parish Council", "Schools and Young People", "Health and Wellbeing",
    "Environment and Green Spaces", "Clubs and Societies", "Local History", "Sport", "Arts and Culture",
    "Roads and Transport", "Housing and Planning", "Volunteering", "Faith and Fellowship", "Business Directory",
]
NOUNS = [
    "village hall", "library", "playing field", "allotment", "committee", "footpath", "churchyard", "bus route",
    "primary school", "youth club", "food bank", "charity shop", "parish council", "community garden", "market",
    "health centre", "surgery", "recycling centre", "cycle lane", "bridleway", "heritage trail", "newsletter",
    "volunteer group", "coffee morning", "jumble sale", "planning application", "speed survey", "litter pick",
    "summer fete", "carol service", "bowls club", "choir", "drama group", "walking group", "book club",
]
VERBS = [
    "welcomed", "organised", "repaired", "supported", "reviewed", "approved", "discussed", "launched", "opened",
    "funded", "improved", "celebrated", "visited", "collected", "planted", "restored", "surveyed", "hosted",
]
ADJECTIVES = [
    "new", "local", "annual", "popular", "well-attended", "long-awaited", "free", "busy", "friendly", "historic",
    "family-friendly", "weekly", "monthly", "successful", "small", "generous", "community-led", "quiet",
]
PEOPLE = ["Mrs Patel", "Mr Jones", "Dr Okafor", "the Reverend Hughes", "Cllr Brennan", "Ms Novak", "Mr Hamid",
          "Mrs Whitfield", "the head teacher", "the clerk", "our chairman", "the treasurer"]
PLACES = ["Church Lane", "the High Street", "Mill Road", "Station Approach", "the Green", "Orchard Close",
          "Forge Lane", "Bridge Street", "the recreation ground", "Meadow View"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "September", "October", "November"]


def sentence(rng):
    kind = rng.randrange(8)
    noun, other = rng.sample(NOUNS, 2)
    if kind == 0:
        return (f"The {rng.choice(ADJECTIVES)} {noun} {rng.choice(VERBS)} more than {rng.randrange(12, 400)} "
                f"residents this year, and thanks go to everyone who helped.")
    if kind == 1:
        return (f"{rng.choice(PEOPLE)} {rng.choice(VERBS)} the plans for the {other} on {rng.choice(PLACES)}, "
                f"which will be {rng.choice(ADJECTIVES)} by the end of {rng.choice(MONTHS)}.")
    if kind == 2:
        return (f"Meetings are held every {rng.choice(DAYS)} at {rng.randrange(1, 12)}.{rng.choice(['00', '30'])} "
                f"in the {noun}; new members are always welcome.")
    if kind == 3:
        slug = noun.replace(" ", "-")
        return (f"More details are on our website at www.example-parish.org.uk/{slug} or by email from "
                f"{slug.split('-')[0]}@example-parish.org.uk.")
    if kind == 4:
        return (f"After a {rng.choice(ADJECTIVES)} year the {noun} is looking for volunteers to help with the "
                f"{other}, even for an hour or two a month.")
    if kind == 5:
        return (f"The {other} raised £{rng.randrange(100, 5000):,} for the {noun}, a record since "
                f"{rng.randrange(1987, 2020)}.")
    if kind == 6:
        return (f"Residents of {rng.choice(PLACES)} asked whether the {noun} could stay open later on "
                f"{rng.choice(DAYS)} evenings, and the committee agreed to look into it.")
    return (f"Please remember that the {noun} will be closed on {rng.randrange(1, 28)} {rng.choice(MONTHS)} "
            f"while the {other} is {rng.choice(VERBS)}.")


def paragraph(rng):
    return " ".join(sentence(rng) for _ in range(rng.randrange(3, 7)))


def set_columns(section, count):
    """Sets a section's column count (python-docx has no API for it: the w:cols element)."""
    from docx.oxml.ns import qn
    sect = section._sectPr
    for old in sect.findall(qn("w:cols")):
        sect.remove(old)
    cols = sect.makeelement(qn("w:cols"), {qn("w:num"): str(count), qn("w:space"): "720"})
    sect.append(cols)


def add_page_number(paragraph_):
    """A PAGE field in the footer."""
    from docx.oxml.ns import qn
    run = paragraph_.add_run()
    field = run._r.makeelement(qn("w:fldSimple"), {qn("w:instr"): "PAGE"})
    inner = field.makeelement(qn("w:r"), {})
    text = inner.makeelement(qn("w:t"), {})
    text.text = "1"
    inner.append(text)
    field.append(inner)
    paragraph_._p.append(field)


def write_docx(path):
    from docx import Document
    from docx.enum.section import WD_SECTION
    from docx.shared import Pt

    rng = random.Random(SEED)
    doc = Document()
    doc.core_properties.created = datetime.datetime(2026, 3, 1)
    doc.core_properties.modified = datetime.datetime(2026, 3, 1)
    doc.core_properties.title = "Ashby Parva Parish News"
    doc.styles["Normal"].font.size = Pt(10)
    first = doc.sections[0]
    first.header.paragraphs[0].text = "Ashby Parva Parish News · Spring 2026"
    footer = first.footer.paragraphs[0]
    footer.text = "Page "
    add_page_number(footer)

    doc.add_heading("Ashby Parva Parish News", level=0)
    doc.add_paragraph("Spring 2026 · Issue 112 · Free to every household")
    doc.add_paragraph(paragraph(rng))
    for index, title in enumerate(SECTION_TITLES[:SECTIONS]):
        two_columns = index % 2 == 1
        section = doc.add_section(WD_SECTION.NEW_PAGE if index % 3 == 0 else WD_SECTION.CONTINUOUS)
        set_columns(section, 2 if two_columns else 1)
        doc.add_heading(title, level=1)
        for article in range(rng.randrange(3, 5)):
            noun = rng.choice(NOUNS)
            doc.add_heading(f"{rng.choice(ADJECTIVES).capitalize()} {noun} {rng.choice(VERBS)}", level=2)
            for _ in range(rng.randrange(2, 5)):
                doc.add_paragraph(paragraph(rng))
            if article == 1:
                for _ in range(rng.randrange(3, 6)):
                    doc.add_paragraph(sentence(rng), style="List Bullet")
            if article == 2 and index % 4 == 0:
                for _ in range(rng.randrange(3, 5)):
                    doc.add_paragraph(sentence(rng), style="List Number")
        if index % 5 == 2:
            doc.add_heading("Dates for your diary", level=2)
            table = doc.add_table(rows=1, cols=3)
            table.style = "Table Grid"
            for cell, text in zip(table.rows[0].cells, ("Date", "Event", "Where")):
                cell.text = text
            for _ in range(8):
                cells = table.add_row().cells
                cells[0].text = f"{rng.choice(DAYS)} {rng.randrange(1, 28)} {rng.choice(MONTHS)}"
                cells[1].text = f"{rng.choice(ADJECTIVES).capitalize()} {rng.choice(NOUNS)}"
                cells[2].text = rng.choice(PLACES).replace("the ", "The ", 1)
            doc.add_paragraph(paragraph(rng))
    doc.save(path)


def convert(soffice, docx, out_dir):
    """The tagged PDF, from the first filter spelling this LibreOffice accepts that gives a tagged file."""
    import pikepdf
    for filter_ in FILTERS:
        subprocess.run([soffice, "--headless", "--convert-to", filter_, "--outdir", str(out_dir), str(docx)],
                       check=True, capture_output=True)
        pdf = out_dir / (docx.stem + ".pdf")
        if pdf.exists():
            with pikepdf.open(pdf) as check:
                if "/StructTreeRoot" in check.Root:
                    print(f"make_tagged_doc: tagged with {filter_}", file=sys.stderr)
                    return pdf
            pdf.unlink()
    sys.exit("make_tagged_doc: LibreOffice wrote no tagged PDF with either filter option")


def strip_tags(tagged, untagged):
    import pikepdf
    with pikepdf.open(tagged) as pdf:
        for key in ("/StructTreeRoot", "/MarkInfo"):
            if key in pdf.Root:
                del pdf.Root[key]
        pdf.save(untagged)


def main():
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    out_dir = Path(sys.argv[1])
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        print("make_tagged_doc: soffice not found", file=sys.stderr)
        sys.exit(3)
    out_dir.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="galley-tagged-") as tmp:
        tmp = Path(tmp)
        docx = tmp / "tagged-newsletter.docx"
        write_docx(docx)
        pdf = convert(soffice, docx, tmp)
        shutil.move(str(pdf), out_dir / TAGGED)
    strip_tags(out_dir / TAGGED, out_dir / UNTAGGED)
    print(f"{out_dir / TAGGED}\n{out_dir / UNTAGGED}")


if __name__ == "__main__":
    main()
