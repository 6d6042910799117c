#!/usr/bin/env python3
"""Writes three newsletters made by LibreOffice (not reportlab) to test Galley on unseen layouts.

    python3 Samples/unseen/make_unseen.py            # rewrite Samples/unseen-*.pdf

Each newsletter is a flat ODT (.fodt) document, so LibreOffice lays it out with its own engine:
real multi-column sections, running headers and footers with page-number fields, text boxes,
an embedded picture with a caption, hyperlinks, bulleted and numbered lists and a table.
(a) unseen-school.pdf: a primary school newsletter in two columns;
(b) unseen-charity.pdf: a charity bulletin with a banner, three columns and a contacts box;
(c) unseen-council.pdf: a single-column council update with lists and a contact table.
All names, places and addresses are invented. Needs LibreOffice (soffice). Output is
deterministic: dates, document ID and checksum in the PDF are overwritten. The tests read the
committed PDFs and never run this script; EXPECTED.md gives each one's intended reading order.
"""
import base64
import os
import re
import shutil
import struct
import subprocess
import sys
import tempfile
import zlib
from xml.sax.saxutils import escape

HERE = os.path.dirname(os.path.abspath(__file__))
SAMPLES = os.path.dirname(HERE)

HEAD = """<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
 xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"
 xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0"
 xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"
 xmlns:xlink="http://www.w3.org/1999/xlink"
 xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"
 xmlns:loext="urn:org:documentfoundation:names:experimental:office:xmlns:loext:1.0"
 office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
 <office:font-face-decls>
  <style:font-face style:name="Liberation Serif" svg:font-family="'Liberation Serif'" style:font-family-generic="roman"/>
  <style:font-face style:name="Liberation Sans" svg:font-family="'Liberation Sans'" style:font-family-generic="swiss"/>
 </office:font-face-decls>
 <office:styles>
  <style:default-style style:family="paragraph">
   <style:paragraph-properties fo:hyphenation-ladder-count="no-limit"/>
   <style:text-properties fo:language="en" fo:country="GB" fo:hyphenate="false"/>
  </style:default-style>
  <style:style style:name="Standard" style:family="paragraph">
   <style:paragraph-properties fo:margin-top="0cm" fo:margin-bottom="0.18cm"/>
   <style:text-properties style:font-name="%(body)s" fo:font-size="10.5pt"/>
  </style:style>
  <style:style style:name="Justified" style:family="paragraph" style:parent-style-name="Standard">
   <style:paragraph-properties fo:text-align="justify"/>
  </style:style>
  <style:style style:name="Title" style:family="paragraph">
   <style:paragraph-properties fo:margin-bottom="0.1cm"/>
   <style:text-properties style:font-name="Liberation Sans" fo:font-size="24pt" fo:font-weight="bold"/>
  </style:style>
  <style:style style:name="Subtitle" style:family="paragraph">
   <style:paragraph-properties fo:margin-bottom="0.4cm"/>
   <style:text-properties style:font-name="Liberation Sans" fo:font-size="11pt" fo:font-style="italic"/>
  </style:style>
  <style:style style:name="Heading_20_2" style:display-name="Heading 2" style:family="paragraph">
   <style:paragraph-properties fo:margin-top="0.3cm" fo:margin-bottom="0.12cm" fo:keep-with-next="always"/>
   <style:text-properties style:font-name="Liberation Sans" fo:font-size="13pt" fo:font-weight="bold"/>
  </style:style>
  <style:style style:name="Heading_20_1" style:display-name="Heading 1" style:family="paragraph">
   <style:paragraph-properties fo:margin-top="0.2cm" fo:margin-bottom="0.3cm" fo:keep-with-next="always"/>
   <style:text-properties style:font-name="Liberation Sans" fo:font-size="20pt" fo:font-weight="bold"/>
  </style:style>
  <style:style style:name="Small" style:family="paragraph" style:parent-style-name="Standard">
   <style:paragraph-properties fo:margin-bottom="0.05cm"/>
   <style:text-properties style:font-name="Liberation Sans" fo:font-size="8.5pt"/>
  </style:style>
  <style:style style:name="Caption" style:family="paragraph" style:parent-style-name="Standard">
   <style:text-properties fo:font-size="8.5pt" fo:font-style="italic"/>
  </style:style>
  <style:style style:name="Header" style:family="paragraph">
   <style:paragraph-properties fo:text-align="end"/>
   <style:text-properties style:font-name="Liberation Sans" fo:font-size="8.5pt"/>
  </style:style>
  <style:style style:name="Footer" style:family="paragraph">
   <style:paragraph-properties fo:text-align="center"/>
   <style:text-properties style:font-name="Liberation Sans" fo:font-size="8.5pt"/>
  </style:style>
  <text:list-style style:name="Bullets">
   <text:list-level-style-bullet text:level="1" text:bullet-char="•">
    <style:list-level-properties text:list-level-position-and-space-mode="label-alignment">
     <style:list-level-label-alignment text:label-followed-by="listtab" text:list-tab-stop-position="0.6cm" fo:text-indent="-0.4cm" fo:margin-left="0.6cm"/>
    </style:list-level-properties>
   </text:list-level-style-bullet>
  </text:list-style>
  <text:list-style style:name="Numbers">
   <text:list-level-style-number text:level="1" style:num-suffix="." style:num-format="1">
    <style:list-level-properties text:list-level-position-and-space-mode="label-alignment">
     <style:list-level-label-alignment text:label-followed-by="listtab" text:list-tab-stop-position="0.7cm" fo:text-indent="-0.5cm" fo:margin-left="0.7cm"/>
    </style:list-level-properties>
   </text:list-level-style-number>
  </text:list-style>
 </office:styles>
 <office:automatic-styles>
  <style:style style:name="Cols2" style:family="section">
   <style:section-properties><style:columns fo:column-count="2" fo:column-gap="0.7cm"/></style:section-properties>
  </style:style>
  <style:style style:name="Cols3" style:family="section">
   <style:section-properties><style:columns fo:column-count="3" fo:column-gap="0.5cm"/></style:section-properties>
  </style:style>
  <style:style style:name="Banner" style:family="paragraph" style:parent-style-name="Title">
   <style:paragraph-properties fo:background-color="#1f3b66" fo:padding="0.25cm" fo:text-align="center"/>
   <style:text-properties fo:color="#ffffff" fo:font-size="26pt"/>
  </style:style>
  <style:style style:name="BannerSub" style:family="paragraph" style:parent-style-name="Subtitle">
   <style:paragraph-properties fo:background-color="#1f3b66" fo:padding="0.12cm" fo:text-align="center" fo:margin-bottom="0.4cm"/>
   <style:text-properties fo:color="#ffffff"/>
  </style:style>
  <style:style style:name="Box" style:family="graphic">
   <style:graphic-properties style:wrap="none" style:vertical-pos="top" style:horizontal-pos="from-left"
     style:vertical-rel="paragraph" style:horizontal-rel="paragraph"
     fo:background-color="#e4ebf4" fo:border="0.5pt solid #1f3b66" fo:padding="0.2cm"/>
  </style:style>
  <style:style style:name="Picture" style:family="graphic">
   <style:graphic-properties style:wrap="none" style:vertical-pos="top" style:horizontal-pos="center" style:horizontal-rel="paragraph"/>
  </style:style>
  <style:style style:name="Table" style:family="table">
   <style:table-properties style:width="16cm" table:align="left"/>
  </style:style>
  <style:style style:name="Cell" style:family="table-cell">
   <style:table-cell-properties fo:padding="0.08cm" fo:border="0.5pt solid #999999"/>
  </style:style>
  <style:page-layout style:name="A4">
   <style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm"
     fo:margin-top="1.2cm" fo:margin-bottom="1.2cm" fo:margin-left="2cm" fo:margin-right="2cm"/>
   <style:header-style><style:header-footer-properties fo:min-height="0.6cm" fo:margin-bottom="0.4cm"/></style:header-style>
   <style:footer-style><style:header-footer-properties fo:min-height="0.6cm" fo:margin-top="0.4cm"/></style:footer-style>
  </style:page-layout>
 </office:automatic-styles>
 <office:master-styles>
  <style:master-page style:name="Standard" style:page-layout-name="A4">
%(furniture)s
  </style:master-page>
 </office:master-styles>
 <office:body><office:text>
"""

TAIL = """ </office:text></office:body>
</office:document>
"""


def x(text):
    return escape(text, {"'": "&apos;", '"': "&quot;"})


def p(text, style="Standard"):
    return '<text:p text:style-name="%s">%s</text:p>\n' % (style, text)


def h(text, level=2):
    return '<text:h text:style-name="Heading_20_%d" text:outline-level="%d">%s</text:h>\n' % (level, level, x(text))


def a(anchor, url):
    return '<text:a xlink:type="simple" xlink:href="%s">%s</text:a>' % (x(url), x(anchor))


def items(entries, style="Bullets"):
    body = "".join('<text:list-item><text:p text:style-name="Standard">%s</text:p></text:list-item>' % e for e in entries)
    return '<text:list text:style-name="%s">%s</text:list>\n' % (style, body)


def header_footer(header, footer_prefix="Page "):
    parts = []
    if header:
        parts.append('<style:header><text:p text:style-name="Header">%s</text:p></style:header>' % x(header))
    parts.append('<style:footer><text:p text:style-name="Footer">%s<text:page-number text:select-page="current">1</text:page-number></text:p></style:footer>'
                 % x(footer_prefix))
    return "\n".join(parts)


def png(width, height):
    """A small picture (a sky-blue field with a green hill), as PNG bytes, without any library."""
    rows = []
    for y in range(height):
        row = bytearray([0])
        for col in range(width):
            hill = y > height * 0.6 + 0.15 * height * ((col - width / 2) / (width / 2)) ** 2
            row += bytes((70, 140, 60) if hill else (150, 200, 235))
        rows.append(bytes(row))

    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)

    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(b"".join(rows), 9)) + chunk(b"IEND", b""))


def picture(name, width_cm, height_cm):
    data = base64.b64encode(png(96, 64)).decode("ascii")
    return ('<text:p text:style-name="Standard"><draw:frame draw:style-name="Picture" draw:name="%s" text:anchor-type="as-char" '
            'svg:width="%.2fcm" svg:height="%.2fcm"><draw:image><office:binary-data>%s</office:binary-data></draw:image>'
            '</draw:frame></text:p>\n' % (name, width_cm, height_cm, data))


# ---------------------------------------------------------------------------------------------
# (a) A primary school newsletter: school name in the header, "Page N" in the footer, two columns.

def school():
    body = p(x("Oakfield Primary School"), "Title")
    body += p(x("Newsletter · Spring Term · Issue 4 · Friday 14 March 2025"), "Subtitle")
    body += '<text:section text:style-name="Cols2" text:name="Columns">\n'
    body += h("A Message from the Head")
    body += p(x("What a busy and happy half term it has been. Our pupils have worked hard in every class, and "
                "the teachers have been delighted by the care they take over their writing. Thank you to all "
                "the families who came to the open afternoon last week: more than two hundred visitors toured "
                "the new library and listened to the choir. We are very proud of the way the older children "
                "looked after our guests and answered their questions."), "Justified")
    body += p(x("As the weather improves, please make sure your child brings a named water bottle and a sun hat "
                "to school every day. Lost property is kept in the hall and anything left at the end of term "
                "will be given to charity."), "Justified")
    body += h("Dates for Your Diary")
    body += items([x(e) for e in [
        "Monday 17 March: Year 5 trip to the county museum",
        "Thursday 20 March: parents' evening, 3.30pm to 7pm",
        "Friday 28 March: spring fair in the playground",
        "Tuesday 1 April: Easter service at St Mary's church",
        "Friday 4 April: term ends at 1.30pm",
    ]])
    body += h("After-School Clubs")
    body += p(x("Places are still available in the football, coding and gardening clubs for the summer term. "
                "Clubs run from 3.15pm until 4.30pm and cost three pounds a session. ") +
              a("Click here to book", "https://www.oakfieldprimary.example.org/clubs/booking") +
              x(" or ask at the school office."), "Justified")
    body += h("Reading Challenge")
    body += p(x("Our reading challenge continues until Easter. Every child who reads at home five times a week "
                "earns a stamp on their card, and a full card wins a book token. Class 4 are currently in the "
                "lead with an astonishing three hundred and twelve stamps between them, but Class 2 are close "
                "behind. Please sign your child's reading record each evening so that we can count every "
                "session, and do come and see the reading corner that the parents' association built."),
              "Justified")
    body += h("School Lunches")
    body += p(x("From April the lunch menu will change to the summer menu, with more salads and a jacket potato "
                "option every day. Menus are sent home in book bags and are also on the website. If your "
                "child has an allergy, please make sure the office has an up-to-date care plan."), "Justified")
    body += h("Attendance")
    body += p(x("Attendance this term is 96.2 per cent, which is above the national average. Well done to Class 6 "
                "who reached 99 per cent in February. Please remember that holidays cannot be authorised in "
                "term time, and let the office know by 9am if your child is unwell."), "Justified")
    body += h("Sports News")
    body += p(x("The netball team won their league match against Brookside on Wednesday, and the cross-country "
                "runners all finished the county race in the snow. Thank you to the parents who drove the "
                "teams and cheered them on from the touchline."), "Justified")
    body += h("Parents' Association")
    body += p(x("The parents' association raised four hundred and sixty pounds at the quiz night, which will pay "
                "for new playground games. The next meeting is on Tuesday 25 March at 7pm in the staff room; "
                "everyone is welcome, and there will be tea and biscuits."), "Justified")
    body += h("Music and Drama")
    body += p(x("Rehearsals for the summer production are under way, and the costume team would welcome any "
                "old curtains, hats or scarves. The Year 4 recorder group will play at the spring fair, and "
                "peripatetic violin and guitar lessons have a few places left for next term."), "Justified")
    body += h("Eco Council")
    body += p(x("Our eco council has planted forty hedge whips along the back fence and started a scheme to "
                "collect used pens and crisp packets for recycling. Please send clean packets in with your "
                "child; the collection box is beside the office door. The council meets every other Thursday "
                "lunchtime and reports to the governors each term."), "Justified")
    body += h("Uniform")
    body += p(x("Second-hand uniform is available from the parents' association stall every Friday after school, "
                "for a small donation. Please label every item of clothing with your child's name, including "
                "coats and PE kit, so that lost items find their way home."), "Justified")
    body += h("Safeguarding")
    body += p(x("If you have any concern about the safety or welfare of a child, please speak to our designated "
                "safeguarding lead, Mrs Ellen Hartley, or to any member of staff. Outside school hours you can "
                "call the local children's services team, whose number is on the noticeboard by the gate."),
              "Justified")
    body += "</text:section>\n"
    return body, header_footer("Oakfield Primary School · Spring Newsletter")


# ---------------------------------------------------------------------------------------------
# (b) A charity bulletin: a reversed-out banner, three columns, a shaded contacts box, a picture.

def charity():
    body = p(x("Riverbank Family Trust"), "Banner")
    body += p(x("Community Bulletin · Winter 2025"), "BannerSub")
    body += '<text:section text:style-name="Cols3" text:name="Columns">\n'
    body += h("Welcome")
    body += p(x("Welcome to our winter bulletin. This season we have supported more families than ever before, "
                "and our volunteers have given over four thousand hours of their time. Their well-being matters "
                "to us as much as the well-being of the families they help, so we have started a monthly "
                "volunteers' coffee morning where everyone can share ideas and concerns."), "Justified")
    body += picture("Photo", 4.8, 3.2)
    body += p(x("Volunteers at the autumn fun day in Willow Park."), "Caption")
    body += h("After-School Support")
    body += p(x("Our after-school homework club now meets three times a week at the Hawthorn Centre. Children "
                "aged eight to fourteen get help with reading, maths and science from trained tutors, and a "
                "hot meal before they go home. Parents tell us the club has made a real difference to family "
                "life, with fewer arguments over homework and more time together in the evenings."), "Justified")
    body += h("Winter Warmth Packs")
    body += p(x("Thanks to a grant from the county community fund, we will hand out two hundred warmth packs this "
                "winter. Each pack holds a blanket, a hot-water bottle, thermal socks and advice on keeping "
                "energy bills down. Families can ask for a pack through any of our drop-in sessions or by "
                "phoning the office."), "Justified")
    body += h("Training for Volunteers")
    body += p(x("New volunteers are always welcome. Our next induction course starts in January and covers "
                "safeguarding, first aid and listening skills. Full details and an application form are on "
                "our website at ") + a("https://www.riverbankfamilytrust.example.org.uk/get-involved/volunteering/induction-course-january",
                                       "https://www.riverbankfamilytrust.example.org.uk/get-involved/volunteering/induction-course-january")
              + x("."), "Standard")
    body += h("Food Bank Partnership")
    body += p(x("We now work with the Eastfield food bank to deliver parcels to families who cannot get to a "
                "distribution point. Drivers are needed on Thursday mornings; a clean driving licence and a "
                "couple of free hours are all it takes. Parcels are packed the day before at the church hall "
                "on Quarry Street."), "Justified")
    body += h("Thank You")
    body += p(x("A big thank-you to the local businesses, schools and faith groups who supported the toy appeal. "
                "Over six hundred presents were wrapped by volunteers and delivered before the holidays, and "
                "every child on our list received a gift chosen for their age."), "Justified")
    body += h("Useful Contacts")
    contacts = [
        "<text:span>Family support line</text:span>",
        x("0300 555 0192 (Monday to Friday, 9am to 5pm)"),
        x("Email: hello@riverbankfamilytrust.example.org.uk"),
        x("Website: www.riverbankfamilytrust.example.org.uk"),
        x("Drop-in: Hawthorn Centre, Mill Lane, Tuesdays 10am to noon"),
    ]
    box = "".join(p(c, "Small") for c in contacts)
    body += ('<text:p text:style-name="Standard"><draw:frame draw:style-name="Box" draw:name="Contacts" '
             'text:anchor-type="paragraph" svg:x="0cm" svg:y="0cm" svg:width="5.0cm" draw:z-index="1">'
             '<draw:text-box fo:min-height="3cm">%s</draw:text-box></draw:frame></text:p>\n' % box)
    body += "</text:section>\n"
    return body, header_footer(None, "Riverbank Family Trust · registered charity 1234567 · page ")


# ---------------------------------------------------------------------------------------------
# (c) A council update: one column, numbered and bulleted lists, a contact table, a long heading.

def council():
    body = p(x("Ashcombe District Council"), "Title")
    body += p(x("Residents' Update · February 2025"), "Subtitle")
    body += h("New Waste and Recycling Collection Days Across the District from April", 1)
    body += p(x("From Monday 7 April the council will collect household waste and recycling on new days. "
                "Most homes will keep the same bins, but the day of collection may change. Every household "
                "will receive a letter with its new collection calendar during March."))
    body += p(x("What you need to do:"))
    body += items([x(e) for e in [
        "Check the letter for your new collection day.",
        "Put your bins out by 7am on the day of collection, with the lids closed.",
        "Keep food waste in the small brown caddy, not in the general waste bin.",
        "Tell us if you need help moving your bins because of age or disability.",
    ]], "Numbers")
    body += h("Council Tax Support")
    body += p(x("If you are on a low income you may be able to get help with your council tax. You can apply if:"))
    body += items([x(e) for e in [
        "you receive Universal Credit or Pension Credit;",
        "your savings are below sixteen thousand pounds;",
        "you live in the district and pay council tax on your home.",
    ]])
    body += p(x("Apply online through the council website or call the customer contact centre."))
    body += h("Road Repairs This Spring")
    body += p(x("The following roads will be resurfaced between March and May. Signs will give the exact dates "
                "two weeks before work starts, and access for residents will be kept open at all times."))
    body += items([x(e) for e in [
        "Station Road, between the level crossing and the library;",
        "Orchard Way and Meadow Close;",
        "the High Street car park entrance;",
        "Church Lane, from the school to the war memorial.",
    ]])
    body += h("How to Report a Problem")
    body += items([x(e) for e in [
        "Go to the Report It page on the council website.",
        "Choose the kind of problem: a pothole, a broken street light, fly-tipping or graffiti.",
        "Mark the place on the map and add a photograph if you can.",
        "You will get a reference number by email so that you can follow our progress.",
    ]], "Numbers")
    body += h("Warm Spaces")
    body += p(x("Libraries and community centres across the district are open as warm spaces this winter, with "
                "free hot drinks, wifi and somewhere comfortable to sit. No booking is needed and everyone is "
                "welcome. A list of venues and opening times is on the council website."))
    body += h("Contact the Council")
    rows = [
        ("Customer contact centre", "01632 960 400"),
        ("Waste and recycling", "01632 960 411"),
        ("Council tax and benefits", "01632 960 422"),
        ("Email", "contact@ashcombe.example.gov.uk"),
        ("Website", "www.ashcombe.example.gov.uk"),
    ]
    body += '<table:table table:name="Contacts" table:style-name="Table"><table:table-column table:number-columns-repeated="2"/>\n'
    for label, value in rows:
        body += ('<table:table-row><table:table-cell table:style-name="Cell" office:value-type="string">%s</table:table-cell>'
                 '<table:table-cell table:style-name="Cell" office:value-type="string">%s</table:table-cell></table:table-row>\n'
                 % (p(x(label)), p(x(value))))
    body += "</table:table>\n"
    body += p(x("Our offices at the Civic Centre, Market Street, are open Monday to Friday from 9am to 5pm."))
    return body, header_footer("Ashcombe District Council · Residents' Update", "Page ")


NEWSLETTERS = {
    "unseen-school.pdf": (school, "Liberation Serif"),
    "unseen-charity.pdf": (charity, "Liberation Sans"),
    "unseen-council.pdf": (council, "Liberation Sans"),
}


def export(name, build, body_font, soffice):
    body, furniture = build()
    stem = name[:-4]
    with tempfile.TemporaryDirectory() as work:
        source = os.path.join(work, stem + ".fodt")
        with open(source, "w", encoding="utf-8") as f:
            f.write(HEAD % {"body": body_font, "furniture": furniture} + body + TAIL)
        subprocess.run([soffice, "--headless", "-env:UserInstallation=file://%s/profile" % work,
                        "--convert-to", "pdf", "--outdir", work, source],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        with open(os.path.join(work, stem + ".pdf"), "rb") as f:
            data = f.read()
    # Same-length overwrites keep the cross-reference offsets valid.
    data = re.sub(rb"D:\d{14}[^)]*", lambda m: b"D:20250101000000"[:len(m.group(0))].ljust(len(m.group(0)), b"0"), data)
    data = re.sub(rb"<[0-9A-Fa-f]{32}>", b"<" + b"0" * 32 + b">", data)
    data = re.sub(rb"/DocChecksum /[0-9A-Fa-f]{32}", b"/DocChecksum /" + b"0" * 32, data)
    with open(os.path.join(SAMPLES, name), "wb") as f:
        f.write(data)


def main(argv):
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if not soffice:
        sys.exit("LibreOffice (soffice) is not installed: apt-get install -y libreoffice-writer-nogui")
    names = argv[1:] or list(NEWSLETTERS)
    for name in names:
        build, font = NEWSLETTERS[name]
        export(name, build, font, soffice)
        print("wrote", os.path.join("Samples", name))


if __name__ == "__main__":
    main(sys.argv)
