#!/usr/bin/env python3
"""Writes the samples for a LaTeX two-column page whose gutter is one type size wide (\\columnsep 10 pt,
LaTeX's default, beside 10 pt Latin Modern), on a short A4-wide page so that both columns are full:

    pdf-tex-narrow-gutter.pdf     pdflatex (Type 1 fonts): poppler runs the two columns' lines together,
                                  the gap between them a little under an em and only 2-3 of TeX's
                                  stretched word spaces; the line builder must cut them apart.
    pdf-luatex-narrow-gutter.pdf  lualatex (OpenType fonts): poppler's line boxes are the font's
                                  bounding box, 1.4 sizes tall, so the gutter is under 0.8 line heights;
                                  XY-cut must still see it.

    python3 Samples/pdf/make_tex_gutter_samples.py

Needs pdflatex and lualatex (texlive-latex-base, texlive-latex-recommended, texlive-fonts-recommended). Samples/pdf/EXPECTED.md
gives the reading order.
"""
import os
import shutil
import subprocess
import sys
import tempfile

SAMPLES = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

PARAS = [
    ("Towpath Repairs", [
        "The trust's volunteers walked the towpath this spring and scored every section for its surface, its "
        "banks and its hedges. Most of the path is in better condition than last year, thanks to the new "
        "surface laid near the basin in the autumn.",
        "The worst stretch remains the two miles below the summit lock, where the path floods after heavy rain "
        "and bicycles have worn deep ruts into the soft ground. A trial of a porous surface is planned there.",
    ]),
    ("Work Parties", [
        "Work parties meet on the first Saturday of each month at the basin. Tools, gloves and tea are provided, "
        "and nobody is asked to lift more than they want to. New volunteers are always welcome.",
        "This summer the parties will clear the ditches beside the path at the middle lock, cut back the "
        "brambles near the mill bridge and paint the benches along the long straight pound.",
    ]),
    ("Boat Trips", [
        "The trip boat runs every Sunday afternoon from Easter to the end of September, leaving the basin at two "
        "and returning at half past three. Tickets are sold on the boat and children travel free.",
        "Private charters for birthdays and school groups can be booked through the office; the boat takes "
        "twelve passengers and has a small galley for tea and cake on the way.",
    ]),
    ("Annual Meeting", [
        "The annual meeting will be held in the village hall on the second Thursday of October. Members will "
        "elect three trustees and hear the treasurer's report on the year's accounts.",
        "Papers will be posted three weeks before the meeting, and members who cannot attend may vote by post "
        "or appoint a proxy using the form enclosed with them.",
    ]),
    ("Lock Keepers", [
        "Two volunteer lock keepers will be on duty at the flight on summer weekends, helping crews through the "
        "seven locks and answering questions from walkers about how the gates and paddles work.",
        "Anyone who would like to train as a lock keeper should speak to the office; training takes two "
        "afternoons and covers safety on the lockside, working the paddles and talking to the public.",
        "Keepers wear the trust's green tabards and carry a radio, so that help is never far away if a boat gets "
        "stuck or somebody falls in, which thankfully has not happened for many years.",
    ]),
]


def tex_narrow_gutter(path, engine="pdflatex"):
    body = []
    for head, paras in PARAS:
        body.append(r"\section*{" + head + "}")
        body += [p + "\n" for p in paras]
    src = (r"""\documentclass[a4paper,10pt,twocolumn]{article}
""" + (r"\usepackage[T1]{fontenc}\usepackage{lmodern}" if engine == "pdflatex" else r"\usepackage{fontspec}") + r"""
\usepackage[paperwidth=210mm,paperheight=170mm,margin=20mm]{geometry}
\pagestyle{empty}
""" + (r"\pdfinfoomitdate=1 \pdftrailerid{} \pdfsuppressptexinfo=-1" if engine == "pdflatex"
       else r"\pdfvariable suppressoptionalinfo 1023 \pdfvariable trailerid {}") + r"""
\begin{document}
""" + "\n".join(body) + "\n\\end{document}\n")
    with tempfile.TemporaryDirectory() as tmp:
        with open(os.path.join(tmp, "s.tex"), "w") as f:
            f.write(src)
        subprocess.run([engine, "-interaction=nonstopmode", "s.tex"], cwd=tmp, check=True, capture_output=True)
        shutil.copy(os.path.join(tmp, "s.pdf"), path)


SAMPLES_BY_NAME = {"pdf-tex-narrow-gutter.pdf": tex_narrow_gutter,
                   "pdf-luatex-narrow-gutter.pdf": lambda path: tex_narrow_gutter(path, "lualatex")}


def main(argv):
    for name in argv or list(SAMPLES_BY_NAME):
        SAMPLES_BY_NAME[name](os.path.join(SAMPLES, name))


if __name__ == "__main__":
    main(sys.argv[1:])
