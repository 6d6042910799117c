"""The scoring shared by the held-out sets' score_holdout.py scripts (office, dtp, typeset, tagged):
Galley on each X.pdf (and, for the tagged files, with --structure on), on each pdftotext dump X.txt,
the dumps as they are and, with --pymupdf, pymupdf4llm's Markdown, each scored against X.truth.json
by the shared corpus scorer, /work/shared/corpus/score.py (or $GALLEY_CORPUS/score.py)."""
import os, subprocess, sys, tempfile, warnings
from pathlib import Path
warnings.filterwarnings("ignore")

sys.path.insert(0, os.environ.get("GALLEY_CORPUS", "/work/shared/corpus"))
from score import load_truth, score  # noqa: E402

KEYS = ["order", "url", "noise", "dup", "heading", "hyphen", "overall"]


def table(title, rows):
    print(f"### {title}\n")
    print("| file | " + " | ".join(KEYS) + " |")
    print("|---" * (len(KEYS) + 1) + "|")
    for stem, res in rows:
        print(f"| {stem} | " + " | ".join(f"{res[k]:.3f}" for k in KEYS) + " |")
    if rows:
        m = {k: sum(r[k] for _, r in rows) / len(rows) for k in KEYS}
        print("| **mean** | " + " | ".join(f"{m[k]:.3f}" for k in KEYS) + " |")
    print()


def run(galley, src, out, extra=()):
    r = subprocess.run([galley, "convert", str(src), "--format", "json", "-o", str(out), *extra],
                       capture_output=True, text=True)
    return r.returncode == 0 and out.exists()


def main(argv, here, tagged=frozenset(), doc=""):
    keep = None
    if "--keep" in argv:
        i = argv.index("--keep"); keep = Path(argv[i + 1]); keep.mkdir(parents=True, exist_ok=True)
        argv = argv[:i] + argv[i + 2:]
    pymu = "--pymupdf" in argv
    args = [a for a in argv if not a.startswith("--")]
    if not args:
        sys.exit(doc)
    galley = args.pop(0)
    ids = {a.upper() for a in args}
    truths = sorted(p for p in here.glob("*.truth.json") if not ids or p.name.split(".")[0] in ids)
    out = keep or Path(tempfile.mkdtemp(prefix="galley-holdout-"))
    zero = {k: 0.0 for k in KEYS}
    modes = [("Galley on X.pdf (--structure auto)", "pdf", ())]
    if tagged:
        modes.append(("Galley on the tagged PDFs with --structure on", "pdf", ("--structure", "on")))
    modes.append(("Galley on the dump X.txt", "txt", ()))
    for title, ext, extra in modes:
        rows = []
        for t in truths:
            stem = t.name.split(".")[0]
            if extra and stem not in tagged:
                continue
            dst = out / f"{stem}{'.on' if extra else ''}{'.dump' if ext == 'txt' else ''}.json"
            ok = run(galley, here / f"{stem}.{ext}", dst, extra)
            rows.append((stem if ok else f"{stem} (failed)", score(load_truth(t), dst) if ok else zero))
        table(title, rows)
    table("pdftotext dump as is", [(t.name.split(".")[0], score(load_truth(t), here / t.name.replace(".truth.json", ".txt")))
                                   for t in truths])
    if pymu:
        import pymupdf4llm
        rows = []
        for t in truths:
            stem = t.name.split(".")[0]
            md = out / f"{stem}.pymu.md"
            md.write_text(pymupdf4llm.to_markdown(str(here / f"{stem}.pdf")))
            rows.append((stem, score(load_truth(t), md)))
        table("pymupdf4llm", rows)

