#!/usr/bin/env python3
"""Score Galley on the other-producer holdout newsletters (OG OC OI OL: groff, ConTeXt, Inkscape, LibreOffice) with the shared corpus scorer.

usage: python3 score_holdout.py GALLEY_BINARY [--pymupdf] [--keep DIR] [ids …]

Prints the corpus tables: Galley on X.pdf, Galley on the pdftotext dumps X.txt, the dumps as they are (--raw)
and, with --pymupdf, pymupdf4llm's Markdown. The scorer is /work/shared/corpus/score.py (or $GALLEY_CORPUS/score.py)."""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from holdout_scoring import main  # noqa: E402

if __name__ == "__main__":
    main(sys.argv[1:], HERE, frozenset(), __doc__)
