#!/usr/bin/env python3
"""Writes adversarial inputs for Galley's speed (each stage must stay near-linear whatever the
text looks like) and a large varied newsletter-like dump for the raw-dump rate.

    python3 bench/shapes.py hyphen 1000 out.txt     # every line ends in a hyphen
    python3 bench/shapes.py nostop 1000 out.txt     # paragraphs of word lines, no sentence ends
    python3 bench/shapes.py giant 1000 out.txt      # one paragraph of 1,000 lines
    python3 bench/shapes.py tiny 1000 out.txt       # 1,000 one-line blocks on one page
    python3 bench/shapes.py urls 1000 out.txt       # lines dense with addresses cut at line ends
    python3 bench/shapes.py pdf 200 out.pdf         # 200 two-column pages of plain word lines
    python3 bench/shapes.py varied 20 out.txt       # ~20 MB of varied newsletter dumps

n counts lines (text shapes), pages (pdf) or megabytes (varied). Output is deterministic: the
words come from the sample dumps in Samples/ and every choice from a seeded random generator.
"""
import random
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def sample_texts():
    return [p.read_text(encoding="utf-8", errors="replace") for p in sorted((ROOT / "Samples").glob("*.txt"))]


def vocabulary(printed=False):
    """Words of 3+ letters from the sample dumps, sorted so the list is stable: lower-cased (names
    become unknown lower-case words, the hardest case for the word repairs), or as printed."""
    words = set()
    for text in sample_texts():
        words.update(w if printed else w.lower() for w in re.findall(r"[A-Za-z]{3,}", text))
    return sorted(words)


def word_line(rng, words, count):
    return " ".join(rng.choice(words) for _ in range(count))


def hyphen(n, rng, words):
    # Each line ends in a hyphen after a word's first letters (the next line goes on with other words).
    return "".join(word_line(rng, words, 6) + " " + rng.choice(words)[:3] + "-\n" for _ in range(n))


def nostop(n, rng, words):
    # Paragraphs of ten word lines with no full stop anywhere.
    out = []
    for i in range(n):
        out.append(word_line(rng, words, 8) + "\n")
        if i % 10 == 9:
            out.append("\n")
    return "".join(out)


def giant(n, rng, words):
    # One paragraph: no blank line, no form feed; sentences end mid-line now and then.
    out = []
    for i in range(n):
        line = word_line(rng, words, 8)
        if i % 3 == 0:
            line = line.replace(" ", ". ", 1).capitalize()
        out.append(line + "\n")
    return "".join(out)


def tiny(n, rng, words):
    # Thousands of one-line blocks on a single page.
    return "".join(word_line(rng, words, 2).capitalize() + "\n\n" for _ in range(n))


def urls(n, rng, words):
    # Addresses in most lines, some cut at the line end after a slash or a dot.
    out = []
    for i in range(n):
        host = "www.%s-%s.org.uk" % (rng.choice(words), rng.choice(words))
        if i % 2 == 0:
            out.append("%s %s %s/%s/\n%s\n" % (word_line(rng, words, 3), "visit", host, rng.choice(words),
                                               rng.choice(words) + " " + word_line(rng, words, 4)))
        else:
            out.append("mail %s@%s or see https://%s/%s.\n" % (rng.choice(words), host, host, rng.choice(words)))
    return "".join(out)


def varied(megabytes, rng, words):
    """Newsletter-like dumps: each copy of a sample dump changed (words swapped for others of the
    sample vocabulary, numbers changed, sentences reordered within a paragraph), so that no page is
    a duplicate of another and duplicate-page removal keeps all of it."""
    texts = sample_texts()
    lower = [w for w in vocabulary(printed=True) if w.islower()]
    target = megabytes * 1_000_000
    out = []
    size = 0
    copy = 0
    while size < target:
        for text in texts:
            paragraphs = []
            for paragraph in text.replace("\f", "").split("\n\n"):
                lines = paragraph.split("\n")
                if len(lines) > 2 and rng.random() < 0.5:
                    sentences = re.split(r"(?<=[.!?]) ", " ".join(lines))
                    rng.shuffle(sentences)
                    joined = " ".join(sentences)
                    # Re-wrap at about the original line length.
                    width = max(30, max(len(l) for l in lines))
                    lines, current = [], ""
                    for word in joined.split(" "):
                        if current and len(current) + 1 + len(word) > width:
                            lines.append(current)
                            current = word
                        else:
                            current = (current + " " + word) if current else word
                    lines.append(current)
                changed = []
                for line in lines:
                    line = re.sub(r"\d+", lambda m: str(rng.randrange(1, 10 ** len(m.group())) ), line)
                    # A lower-case word swapped for another lower-case word of the samples.
                    line = re.sub(r"\b[a-z]{4,}\b", lambda m: rng.choice(lower) if rng.random() < 0.15 else m.group(),
                                  line)
                    changed.append(line)
                paragraphs.append("\n".join(changed))
            chunk = "\n\n".join(paragraphs) + "\n\f"
            out.append(chunk)
            size += len(chunk.encode())
        copy += 1
    return "".join(out)


def pdf(pages, path, rng, words):
    """Two columns of plain word lines, a full stop only every 40 lines or so."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas
    c = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    width, height = A4
    margin, gap, size, pitch = 48, 24, 10, 12.5
    column = (width - 2 * margin - gap) / 2
    count = 0
    for _ in range(pages):
        c.setFont("Helvetica", size)
        for col in range(2):
            x = margin + col * (column + gap)
            y = height - margin - size
            while y > margin:
                line = ""
                while True:
                    word = rng.choice(words)
                    trial = (line + " " + word) if line else word
                    if c.stringWidth(trial, "Helvetica", size) > column:
                        break
                    line = trial
                count += 1
                if count % 40 == 0:
                    line += "."
                c.drawString(x, y, line)
                y -= pitch
        c.showPage()
    c.save()


SHAPES = {"hyphen": hyphen, "nostop": nostop, "giant": giant, "tiny": tiny, "urls": urls, "varied": varied}


def main(argv):
    if len(argv) != 3 or argv[0] not in list(SHAPES) + ["pdf"]:
        sys.exit(__doc__)
    shape, n, path = argv[0], int(argv[1]), Path(argv[2])
    rng = random.Random(f"{shape}-{n}")
    words = vocabulary()
    if shape == "pdf":
        pdf(n, path, rng, words)
    else:
        path.write_text(SHAPES[shape](n, rng, words), encoding="utf-8")


if __name__ == "__main__":
    main(sys.argv[1:])
