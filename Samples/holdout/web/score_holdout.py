#!/usr/bin/env python3
"""Score Galley on the held-out newsletters of this folder, with the shared corpus's scorer.

usage: python3 score_holdout.py GALLEY_BINARY           # Galley on each X.pdf
       python3 score_holdout.py GALLEY_BINARY --dump    # Galley on each pdftotext dump X.txt
       python3 score_holdout.py --raw                   # baseline: the dump X.txt scored as it is
       add --keep DIR to keep Galley's JSON output, and ids (W1 X2 …) to score only those.

Same table as /work/shared/corpus/run_galley.py (its score.py is imported from $GALLEY_CORPUS,
default /work/shared/corpus); a failed conversion scores 0 and is marked."""
import os, sys
from pathlib import Path

CORPUS = Path(os.environ.get("GALLEY_CORPUS", "/work/shared/corpus"))
sys.path.insert(0, str(CORPUS))
import run_galley  # noqa: E402

run_galley.HERE = Path(__file__).resolve().parent  # score the truths of this folder

if __name__ == "__main__":
    run_galley.main(sys.argv[1:])
