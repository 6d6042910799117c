#!/usr/bin/env python3
"""Galley's benchmark: one run, the same inputs, Galley against its references.

Times (median of several runs) `galley convert` on every PDF sample and a generated 200-page
newsletter against `pdftotext` on the same files, with the poppler-glib floor (bench/poppler_floor.c:
the library calls Galley's reader makes, in C) beside them for context; the raw-dump path on a large concatenated
dump of varied text (MB/s on one core, and the per-stage split); adversarial shapes at n and 8n
(near-linear: 8× the input in ≤ 10× the time); `galley batch` with --jobs 1 and --jobs 2 over 200 PDFs and over
~80 text dumps of varied text; and the peak
resident memory of `galley convert` on 50- and 200-page PDFs; and a tagged 34-page newsletter
(bench/make_tagged_doc.py) against the same file with its tags stripped and against pdftotext.
Also a mixed shelf of 120 files, `galley batch --jobs 2` against `xargs -P 2 pdftotext`; and long documents,
2,000 pages against 200 in each output format (peak RSS, and time linear in pages). Prints a table
and writes it to bench/results.md with the machine it ran on. `--only tagged,shelf,batch,long` (any of them)
runs those rows alone, printed, and written only when --out is given. Notes below the marker line
NOTES_MARKER in bench/results.md are kept when the file is rewritten.
"""
import argparse
import datetime
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
NOTES_MARKER = "<!-- Notes below this line are written by hand and kept by bench.py. -->"


def run_once(argv, cpu=None):
    """Runs argv, returns (wall seconds, peak RSS in MiB). Fails loudly on a non-zero exit."""
    if cpu is not None and shutil.which("taskset"):
        argv = ["taskset", "-c", str(cpu)] + argv
    start = time.perf_counter()
    proc = subprocess.Popen(argv, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - start
    stderr = proc.stderr.read().decode(errors="replace")
    proc.stderr.close()
    code = os.waitstatus_to_exitcode(status)
    if code != 0:
        sys.exit(f"bench: {' '.join(argv)} exited {code}: {stderr.strip()[:300]}")
    return wall, usage.ru_maxrss / 1024.0


def median_time(argv, runs, cpu=None):
    times = []
    for _ in range(runs):
        times.append(run_once(argv, cpu)[0])
    return statistics.median(times)


def paired_medians(command_sets, runs):
    """Median over runs of the summed wall time of each list of commands (one pass = all files).
    The lists take turns within every run, so a burst of load on a shared machine falls on all
    of them rather than on whichever happened to be timed then."""
    totals = [[] for _ in command_sets]
    for _ in range(runs):
        for index, commands in enumerate(command_sets):
            totals[index].append(sum(run_once(argv)[0] for argv in commands))
    return [statistics.median(t) for t in totals]


def timed_stages(argv, cpu=None, ends=None):
    """One run of a `galley convert --timings` command: (wall seconds, [(stage, ms)] slowest first).
    The stages of the pipeline only: loading, reading and writing are left out of the split; when
    `ends` (a dict) is given, the reader's and the writer's times go into it, in ms."""
    if cpu is not None and shutil.which("taskset"):
        argv = ["taskset", "-c", str(cpu)] + argv
    start = time.perf_counter()
    proc = subprocess.run(argv + ["--timings"], capture_output=True, text=True)
    wall = time.perf_counter() - start
    if proc.returncode != 0:
        sys.exit(f"bench: {' '.join(argv)} exited {proc.returncode}: {proc.stderr.strip()[:300]}")
    split = []
    for line in (proc.stderr + proc.stdout).splitlines():
        parts = line.split()
        if len(parts) == 3 and parts[2] == "ms" and parts[0][:1].isupper():
            split.append((parts[0], float(parts[1])))
        elif ends is not None and len(parts) >= 3 and parts[-1] == "ms" and parts[0] in ("read", "write"):
            ends[parts[0]] = float(parts[-2])
    return wall, sorted(split, key=lambda item: -item[1])


def build_poppler_floor(work):
    """Compiles bench/poppler_floor.c (the poppler-glib calls Galley makes, in C); None when no
    C compiler is installed."""
    compiler = shutil.which("cc") or shutil.which("gcc") or shutil.which("clang")
    if compiler is None:
        return None
    flags = subprocess.run(["pkg-config", "--cflags", "--libs", "poppler-glib"], capture_output=True, text=True,
                           check=True).stdout.split()
    binary = work / "poppler_floor"
    subprocess.run([compiler, "-O2", "-o", str(binary), str(ROOT / "bench/poppler_floor.c")] + flags, check=True)
    return binary


def machine_description():
    model = "unknown CPU"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    mem = ""
    try:
        kb = int(Path("/proc/meminfo").read_text().split()[1])
        mem = f", {kb / 1024 / 1024:.0f} GiB"
    except (OSError, ValueError, IndexError):
        pass
    return f"{platform.system()} {platform.release()}, {os.cpu_count()} cores ({model}){mem}"


def tagged_inputs(work):
    """The tagged newsletter and its untagged copy: made afresh by bench/make_tagged_doc.py where
    LibreOffice is installed, else the committed copies in bench/inputs/. Returns (tagged,
    untagged, where they came from)."""
    if (work / "tagged" / "tagged-newsletter-untagged.pdf").exists():
        return (work / "tagged/tagged-newsletter.pdf", work / "tagged/tagged-newsletter-untagged.pdf",
                "generated by bench/make_tagged_doc.py")
    made = subprocess.run([sys.executable, str(ROOT / "bench/make_tagged_doc.py"), str(work / "tagged")],
                          capture_output=True, text=True)
    if made.returncode == 0:
        folder, origin = work / "tagged", "generated by bench/make_tagged_doc.py"
    else:
        folder, origin = ROOT / "bench/inputs", "bench/inputs/, committed"
        print(f"bench: tagged document not generated ({made.stderr.strip()[-200:]}); using {folder}",
              file=sys.stderr)
    return folder / "tagged-newsletter.pdf", folder / "tagged-newsletter-untagged.pdf", origin


def tagged_rows(galley, work, runs):
    """Galley on a tagged PDF of ≥ 30 pages against Galley on the same file with its tags stripped
    and against pdftotext on it, for --structure auto (the default; the targets) and on (reported).
    All four commands take turns within each of the runs (medians), so the ratios share the load."""
    tagged, untagged, origin = tagged_inputs(work)
    pages = subprocess.run(["pdfinfo", str(tagged)], capture_output=True, text=True).stdout
    count = next((line.split()[-1] for line in pages.splitlines() if line.startswith("Pages:")), "?")

    def convert(pdf, structure):
        return [[galley, "convert", str(pdf), "-o", str(work / "tagged.json"), "--structure", structure]]
    sets = [convert(tagged, "auto"), convert(untagged, "auto"), [["pdftotext", str(tagged), str(work / "tagged.txt")]],
            convert(tagged, "on")]
    auto, stripped, poppler, on = paired_medians(sets, max(runs, 5))
    label = f"tagged PDF ({count} pages, {origin})"

    def ms(t):
        return f"{t * 1000:.0f} ms"
    return [
        (f"{label}, --structure auto vs tags stripped", ms(auto), ms(stripped), auto / stripped, "≤ 1.3×"),
        (f"{label}, --structure auto vs pdftotext", ms(auto), ms(poppler), auto / poppler, "≤ 2×"),
        (f"{label}, --structure on vs tags stripped (reported)", ms(on), ms(stripped), on / stripped, "—"),
        (f"{label}, --structure on vs pdftotext (reported)", ms(on), ms(poppler), on / poppler, "—"),
    ]


def shelf_rows(galley, work, runs, sample_pdfs):
    """A mixed shelf of ≥ 100 files: the tagged newsletter and its untagged copy, every PDF sample
    (one of them tagged) and every text-dump sample, repeated to 120 files. `galley batch --jobs 2`
    over all of them against `xargs -P 2 pdftotext` over its PDFs (to standard output, discarded),
    taking turns within each run."""
    tagged, untagged, _ = tagged_inputs(work)
    dumps = sorted((ROOT / "Samples").glob("*.txt"))
    # The newsletters weigh most: a tagged and an untagged 34-page issue in every ten files.
    cycle = [tagged, untagged] + sample_pdfs[:6] + dumps[:2]
    rest = sample_pdfs[6:] + dumps[2:]
    shelf = work / "shelf"
    shutil.rmtree(shelf, ignore_errors=True)
    shelf.mkdir()
    count = 120
    for i in range(count):
        source = cycle[(i // 2) % len(cycle)] if i % 2 == 0 or not rest else rest[(i // 2) % len(rest)]
        shutil.copy(source, shelf / f"item{i:03}{source.suffix}")
    pdfs = sorted(shelf.glob("*.pdf"))
    tagged_count = sum(1 for p in pdfs if p.stat().st_size == tagged.stat().st_size)
    untagged_count = sum(1 for p in pdfs if p.stat().st_size == untagged.stat().st_size)
    out = work / "shelf-out"
    galley_runs, poppler_times = [], []
    for _ in range(max(3, runs // 2)):
        shutil.rmtree(out, ignore_errors=True)
        galley_runs.append(run_split([galley, "batch", str(shelf), "-o", str(out), "--jobs", "2", "--quiet"]))
        poppler_times.append(run_once(["sh", "-c", f"printf '%s\\n' {shelf}/*.pdf | xargs -P 2 -I{{}} pdftotext {{}} -"])[0])
    t_galley, t_poppler = statistics.median(r[0] for r in galley_runs), statistics.median(poppler_times)
    own, children = statistics.median(r[1] for r in galley_runs), statistics.median(r[2] for r in galley_runs)
    label = (f"mixed shelf ({count} files: {len(pdfs)} PDFs, {tagged_count} of them the tagged newsletter and "
             f"{untagged_count} its untagged copy; {count - len(pdfs)} text dumps), "
             f"batch --jobs 2 vs xargs -P 2 pdftotext (CPU: batch {own:.2f} s, workers {children:.2f} s)")
    return [(label, f"{t_galley:.2f} s", f"{t_poppler:.2f} s", t_galley / t_poppler, "≤ 1.2×")]


def run_split(argv):
    """Runs argv and returns (wall seconds, its own CPU seconds, its children's CPU seconds): the
    process is read in /proc while a zombie, before it is reaped, for the split between a batch
    and its workers."""
    start = time.perf_counter()
    proc = subprocess.Popen(argv, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    os.waitid(os.P_PID, proc.pid, os.WEXITED | os.WNOWAIT)
    wall = time.perf_counter() - start
    fields = Path(f"/proc/{proc.pid}/stat").read_text().rsplit(")", 1)[1].split()
    tick = os.sysconf("SC_CLK_TCK")
    own, children = (int(fields[11]) + int(fields[12])) / tick, (int(fields[13]) + int(fields[14])) / tick
    _, status, _ = os.wait4(proc.pid, 0)
    stderr = proc.stderr.read().decode(errors="replace")
    proc.stderr.close()
    if os.waitstatus_to_exitcode(status) != 0:
        sys.exit(f"bench: {' '.join(argv)} failed: {stderr.strip()[:300]}")
    return wall, own, children


def batch_rows(galley, work, runs, sample_pdfs):
    """`galley batch` with --jobs 1 and --jobs 2, taking turns, over 200 small PDFs (the samples,
    repeated) and over ~80 newsletter-sized text dumps of varied text (4 MB, each ~40 KB of whole
    pages of `bench/shapes.py varied`); each label gives the CPU of the batch process and of its
    workers (medians, --jobs 2)."""
    batch_in = work / "batch"
    shutil.rmtree(batch_in, ignore_errors=True)
    batch_in.mkdir()
    # The sample cycle of the full run, whose 200-page PDF is replaced by the first sample.
    pdfs = sample_pdfs + sample_pdfs[:1]
    for i in range(200):
        shutil.copy(pdfs[i % len(pdfs)], batch_in / f"issue{i:03}.pdf")
    dumps_in = work / "batch-dumps"
    shutil.rmtree(dumps_in, ignore_errors=True)
    dumps_in.mkdir()
    varied = work / "varied-4.txt"
    subprocess.run([sys.executable, str(ROOT / "bench/shapes.py"), "varied", "4", str(varied)], check=True)
    issue, size, count = [], 0, 0
    for page in varied.read_text().split("\f"):
        issue.append(page)
        size += len(page)
        if size >= 40_000:
            (dumps_in / f"issue{count:03}.txt").write_text("\f".join(issue))
            issue, size, count = [], 0, count + 1
    return [batch_speedup(galley, work, runs, batch_in, "batch 200 PDFs"),
            batch_speedup(galley, work, runs, dumps_in, f"batch {count} text dumps (4 MB of varied text)")]


def batch_speedup(galley, work, runs, folder, label):
    """The row of --jobs 2's speed-up over --jobs 1 on the files of `folder`."""
    out = work / "batch-out"

    def batch(jobs):
        return [galley, "batch", str(folder), "-o", str(out), "--jobs", str(jobs), "--quiet"]
    j1, j2 = [], []
    for _ in range(max(3, runs // 2)):  # turn about, as for the PDF rows
        shutil.rmtree(out, ignore_errors=True)
        j1.append(run_split(batch(1)))
        shutil.rmtree(out, ignore_errors=True)
        j2.append(run_split(batch(2)))
    t_j1, t_j2 = statistics.median(r[0] for r in j1), statistics.median(r[0] for r in j2)
    own, children = statistics.median(r[1] for r in j2), statistics.median(r[2] for r in j2)
    return (f"{label}, --jobs 2 speed-up over --jobs 1 (--jobs 2 CPU: batch {own:.2f} s, workers "
            f"{children:.2f} s)", f"{t_j2:.2f} s", f"{t_j1:.2f} s", t_j1 / t_j2, "≥ 1.9×")


LONG_FORMATS = ("json", "markdown", "text")


def long_rows(galley, work):
    """2,000 pages against 200, for each output format: the peak RSS of the 2,000-page conversion
    (target ≤ 200 MiB) and its time as a multiple of the 200-page one (≤ 11×: linear, with a margin).
    The 2,000 pages are converted once; the 200 pages three times, their median taken: a burst of
    load on a shared machine stretches the 0.4 s of the short run far more than the 4 s of the long
    one, and the short run divides. Two documents: the newsletter of `make_samples.py --long` and the
    two-column plain word lines of `shapes.py pdf` (the shape whose memory grew with the text)."""
    generator = ROOT / "Samples/pdf/make_samples.py"
    shapes = ROOT / "bench/shapes.py"
    made = {}
    for pages in (200, 2000):
        made[("newsletter", pages)] = work / f"long{pages}.pdf"
        subprocess.run([sys.executable, str(generator), "--long", str(pages), str(made[("newsletter", pages)])],
                       check=True)
        made[("plain lines", pages)] = work / f"lines{pages}.pdf"
        subprocess.run([sys.executable, str(shapes), "pdf", str(pages), str(made[("plain lines", pages)])], check=True)
    def run(argv):
        """(wall seconds, CPU seconds of all threads, peak RSS in MiB): the CPU time is the
        figure a loaded shared machine disturbs least."""
        start = time.perf_counter()
        proc = subprocess.Popen(argv, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        _, status, usage = os.wait4(proc.pid, 0)
        wall = time.perf_counter() - start
        stderr = proc.stderr.read().decode(errors="replace")
        proc.stderr.close()
        if os.waitstatus_to_exitcode(status) != 0:
            sys.exit(f"bench: {' '.join(argv)} failed: {stderr.strip()[:300]}")
        return wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024.0

    rows = []
    for name in ("newsletter", "plain lines"):
        for fmt in LONG_FORMATS:
            def convert(pages):
                return [galley, "convert", str(made[(name, pages)]), "--format", fmt,
                        "-o", str(work / f"long.{fmt}")]
            short = [run(convert(200)) for _ in range(3)]
            t200, cpu200 = statistics.median(r[0] for r in short), statistics.median(r[1] for r in short)
            t2000, cpu2000, rss2000 = run(convert(2000))
            rows.append((f"2,000 pages ({name}, {fmt}): peak RSS", f"{rss2000:.1f} MiB", "200 MiB",
                         rss2000 / 200.0, "≤ 200 MiB"))
            rows.append((f"2,000 pages ({name}, {fmt}): time vs 200 pages (CPU {cpu2000:.2f} s vs "
                         f"{cpu200:.2f} s, {cpu2000 / cpu200:.1f}×)", f"{t2000:.2f} s", f"{t200:.2f} s",
                         t2000 / t200, "≤ 11×"))
    return rows


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--galley", default=str(ROOT / ".build-bench/release/galley"))
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--out", default=None, help="where to write the results (default bench/results.md)")
    parser.add_argument("--only", help="run only these rows: tagged, shelf, batch, long (or several, comma-separated)")
    args = parser.parse_args()
    if args.only:
        # Some rows alone, with their own stamp and load: for a section added to results.md by hand.
        load_start = os.getloadavg()[0]
        work = Path(tempfile.mkdtemp(prefix="galley-bench-"))
        rows = []
        for part in args.only.split(","):
            if part == "tagged":
                rows += tagged_rows(args.galley, work, args.runs)
            elif part in ("shelf", "batch"):
                samples = [p for p in sorted((ROOT / "Samples").glob("*.pdf")) if subprocess.run(
                    [args.galley, "convert", str(p), "-o", os.devnull], capture_output=True).returncode == 0]
                rows += (shelf_rows if part == "shelf" else batch_rows)(args.galley, work, args.runs, samples)
            elif part == "long":
                rows += long_rows(args.galley, work)
            else:
                sys.exit(f"bench: --only takes tagged, shelf, batch and long, not {part}")
        stamp = datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
        long_note = " (2,000 pages: one run each, 200 pages: three)" if "long" in args.only.split(",") else ""
        table = (f"Run {stamp} on {machine_description()} (`bench/bench.py --only {args.only}`); medians of "
                 f"{max(args.runs, 5)} runs (shelf, batch: {max(3, args.runs // 2)}){long_note}. Load average (1 min) {load_start:.2f} "
                 f"at the start, {os.getloadavg()[0]:.2f} at the end.\n\n"
                 "| measurement | Galley | reference | ratio | target |\n|---|---|---|---|---|\n" + "".join(
                     f"| {r[0]} | {r[1]} | {r[2]} | {r[3]:.2f} | {r[4]} |\n" for r in rows))
        print(table)
        if args.out:
            Path(args.out).write_text(table)
        shutil.rmtree(work, ignore_errors=True)
        return
    args.out = args.out or str(ROOT / "bench/results.md")
    galley = args.galley
    load_start = os.getloadavg()[0]
    runs = args.runs
    work = Path(tempfile.mkdtemp(prefix="galley-bench-"))
    generator = ROOT / "Samples/pdf/make_samples.py"

    long_pdfs = {}
    for pages in (50, 200):
        path = work / f"long{pages}.pdf"
        subprocess.run([sys.executable, str(generator), "--long", str(pages), str(path)], check=True)
        long_pdfs[pages] = path
    sample_pdfs = sorted((ROOT / "Samples").glob("*.pdf"))
    # Damaged or password-protected samples exist to test errors, not speed.
    sample_pdfs = [p for p in sample_pdfs if subprocess.run(
        [galley, "convert", str(p), "-o", os.devnull], capture_output=True).returncode == 0]
    pdfs = sample_pdfs + [long_pdfs[200]]
    rows = []

    def galley_convert(pdf):
        return [galley, "convert", str(pdf), "-o", str(work / "out.json")]

    def pdftotext(pdf):
        return ["pdftotext", str(pdf), str(work / "out.txt")]

    # 1. PDF path against pdftotext, per file set; and the floor: poppler-glib's own cost for the
    #    calls Galley makes, which no amount of work in Galley can go below.
    floor = build_poppler_floor(work)

    def poppler_floor(pdf):
        return [str(floor), str(pdf)]

    # The two-column plain word lines of bench/shapes.py (issue 11: few sentence ends, many
    # non-words, the shape that cost 5.8× pdftotext), against its own target of 2×.
    plain_lines = work / "plain-lines-200.pdf"
    subprocess.run([sys.executable, str(ROOT / "bench/shapes.py"), "pdf", "200", str(plain_lines)], check=True)
    for label, files, target in ((f"PDF samples ({len(sample_pdfs)} files)", sample_pdfs, "≤ 1.5×"),
                                 ("200-page PDF", [long_pdfs[200]], "≤ 1.5×"),
                                 ("200-page PDF of plain word lines", [plain_lines], "≤ 2×")):
        sets = [[galley_convert(p) for p in files], [pdftotext(p) for p in files]]
        if floor:
            sets.append([poppler_floor(p) for p in files])
        times = paired_medians(sets, runs)
        rows.append((f"{label}, galley convert vs pdftotext", f"{times[0] * 1000:.0f} ms",
                     f"{times[1] * 1000:.0f} ms", times[0] / times[1], target))
        if floor:
            rows.append((f"{label}, poppler-glib floor vs pdftotext (context)", f"{times[2] * 1000:.0f} ms",
                         f"{times[1] * 1000:.0f} ms", times[2] / times[1], "—"))

    # 2. Raw path: ~20 MB of varied newsletter dumps (each copy of a sample dump changed, so that
    #    duplicate-page removal keeps it all; bench/shapes.py), one core, with the per-stage split.
    shapes = ROOT / "bench/shapes.py"
    dump = work / "varied.txt"
    subprocess.run([sys.executable, str(shapes), "varied", "20", str(dump)], check=True)
    mb = dump.stat().st_size / 1e6
    ends = {}
    t_raw, split = timed_stages([galley, "convert", str(dump), "-o", str(work / "big.json")], cpu=0, ends=ends)
    rows.append((f"raw dump {mb:.1f} MB of varied text, one core", f"{t_raw:.2f} s", "50 MB/s", (mb / t_raw) / 50.0,
                 f"{mb / t_raw:.1f} MB/s ≥ 50"))
    # The same run's reading and writing alone (decoding, hashing, splitting into lines; encoding
    # and saving the JSON): what the dump would cost with no stage between them.
    if "read" in ends and "write" in ends:
        t_ends = (ends["read"] + ends["write"]) / 1000
        rows.append((f"raw dump {mb:.1f} MB, reading and writing alone, same run (context)", f"{t_ends:.2f} s",
                     "50 MB/s", (mb / t_ends) / 50.0, f"{mb / t_ends:.1f} MB/s"))
    stage_rows = [f"| {name} | {ms:.0f} ms |" for name, ms in split[:8]]

    # 2b. Adversarial shapes at n and 8n (bench/shapes.py): every stage near-linear, whatever the
    #     text looks like; the slowest stage at 8n is named with its own growth.
    shape_rows = []
    for shape, n, suffix in (("hyphen", 500, "txt"), ("nostop", 500, "txt"), ("giant", 500, "txt"),
                             ("tiny", 1000, "txt"), ("urls", 500, "txt"), ("pdf", 25, "pdf")):
        times, splits = [], []
        for size in (n, 8 * n):
            path = work / f"{shape}-{size}.{suffix}"
            subprocess.run([sys.executable, str(shapes), shape, str(size), str(path)], check=True)
            t, sp = timed_stages([galley, "convert", str(path), "-o", str(work / "shape.json")], cpu=0)
            times.append(t)
            splits.append(dict(sp))
        worst = max(splits[1], key=splits[1].get)
        growth = splits[1][worst] / max(splits[0].get(worst, 0.0), 0.01)
        unit = "pages" if shape == "pdf" else "lines"
        rows.append((f"shape {shape}: {8 * n} {unit} vs {n}", f"{times[1]:.2f} s", f"{times[0]:.2f} s",
                     times[1] / times[0], "≤ 10×"))
        shape_rows.append(f"| {shape} | {times[0]:.2f} s | {times[1]:.2f} s | {times[1] / times[0]:.1f}× | "
                          f"{worst} {splits[1][worst]:.0f} ms ({growth:.1f}×) |")

    # 3. Batch over 200 PDFs and over ~80 text dumps, --jobs 1 against --jobs 2.
    rows += batch_rows(galley, work, runs, sample_pdfs)

    # 4. Peak memory on 50 and 200 pages.
    rss50 = max(run_once(galley_convert(long_pdfs[50]))[1] for _ in range(3))
    rss200 = max(run_once(galley_convert(long_pdfs[200]))[1] for _ in range(3))
    rows.append(("peak RSS, 200-page PDF", f"{rss200:.1f} MiB", "150 MiB", rss200 / 150.0, "< 150 MiB"))
    rows.append(("peak RSS, 200 pages vs 50 pages", f"{rss200:.1f} MiB", f"{rss50:.1f} MiB", rss200 / rss50, "≤ 1.2×"))

    # 5. A tagged document against itself untagged and against pdftotext.
    rows += tagged_rows(galley, work, runs)
    # 6. A mixed shelf: tagged and untagged PDFs and text dumps, batch against parallel pdftotext.
    rows += shelf_rows(galley, work, runs, sample_pdfs)
    # 7. Long documents: 2,000 pages against 200, peak memory and linearity, per output format.
    rows += long_rows(galley, work)

    header = "| measurement | Galley | reference | ratio | target |\n|---|---|---|---|---|\n"
    table = header + "".join(f"| {r[0]} | {r[1]} | {r[2]} | {r[3]:.2f} | {r[4]} |\n" for r in rows)
    table += ("\nPer-stage split of the raw dump (slowest first):\n\n| stage | time |\n|---|---|\n"
              + "\n".join(stage_rows) + "\n")
    table += ("\nAdversarial shapes (one run each, one core): time at n and 8n, and the slowest stage at 8n with "
              "its own growth.\n\n| shape | n | 8n | ratio | slowest stage at 8n (growth) |\n|---|---|---|---|---|\n"
              + "\n".join(shape_rows) + "\n")
    stamp = datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
    load_end = os.getloadavg()[0]
    report = (f"# Galley benchmark results\n\nRun {stamp} on {machine_description()}; "
              f"medians of {runs} runs (batch: {max(3, runs // 2)}; 200 pages against 2,000: three; raw dump, shapes and "
              f"2,000 pages: one run each, "
              f"shapes with --timings). "
              f"Produced by `make bench`.\n"
              f"Load average (1 min) {load_start:.2f} at the start, {load_end:.2f} at the end: other work on "
              f"the machine slows both Galley and pdftotext.\n\n{table}")
    print(table)
    # Notes written by hand after a run (context, profiles, what changed) live below a marker
    # line and are kept across runs; only the measured part above it is rewritten.
    out = Path(args.out)
    if out.exists() and NOTES_MARKER in out.read_text():
        report += "\n" + NOTES_MARKER + out.read_text().split(NOTES_MARKER, 1)[1]
    out.write_text(report)
    shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
