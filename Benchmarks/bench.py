#!/usr/bin/env python3
"""sitegen against Hugo on the same synthetic corpus: wall time, pages/s, peak memory, rebuilds.

    bench.py --sitegen BIN [--sizes "2000 10000"] [--runs 5] [--seed 1] [--shared ../shared]

For each size: generate the corpus once (cached under .build/bench/corpus-<size>-s<seed>/), write
the equivalent Hugo site, then per run, alternating the tools: a clean build, a no-op rebuild
(nothing changed), a rebuild after one source file changed (a sentence added to the first abstract
the site shows, or to the first paper for Hugo) and a second such rebuild (another sentence).
Each rebuild records how many files it wrote (modified since it started). Beside them, each run
measures the same work as Hugo (`sitegen-html`: a clean build with `outputs: [html]`, the pages
the Hugo twin writes) and the floor (`copy`: `cp -a` of sitegen's finished tree). After the runs,
`sitegen serve` on the corpus times the live preview: an edit of each of five abstracts until
the open page of its paper shows it, and until the whole site is written (kind `preview`;
`serve_reload.Preview`), and the build spread over
`SHARDS` machines is timed as its parts, one after another (kind `shards`: `sitegen build --shard
i/N`; the slowest part is the wall time of N machines side by side). Outputs go to
tmpfs (/dev/shm). Prints a Markdown table and the ratios the issues set as goals; writes them to
.build/bench/results.md and the raw numbers to .build/bench/results.json. Python 3 standard
library only.
"""
import argparse
import json
import os
import platform
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

from serve_reload import Preview

CACHE = os.path.join(".build", "bench")
TMPFS = "/dev/shm/sitegen-bench"
SITE_YML = "title: Benchmark corpus\ncaptureYear: 2026\n"
HTML_ONLY = "outputs: [html]\n"  # added to SITE_YML for the same work as Hugo
KINDS = ("clean", "noop", "edit", "edit2")  # the builds of one run, in this order
PREVIEW_EDITS = 5  # abstracts edited under `sitegen serve` once per size, after the runs (kind `preview`)
SHARDS = 4  # parts of `sitegen build --shard i/N`, built in turn once per size (kind `shards`)
TOOLS = ("sitegen", "sitegen-html", "hugo")  # sitegen-html builds clean only
EDITS = {"edit": b" This sentence was added for the benchmark.", "edit2": b" A second sentence, added later."}


def shared_tools(shared):
    """Paths of gen_corpus.py and hugo_site.py in SHARED/bench; exit with a clear message if absent."""
    tools = {name: os.path.join(shared, "bench", name + ".py") for name in ("gen_corpus", "hugo_site")}
    missing = [p for p in tools.values() if not os.path.isfile(p)]
    if missing:
        sys.exit("bench: missing " + ", ".join(missing) + "\n"
                 "bench: the corpus generator and Hugo site writer live outside the repository, in "
                 "SHARED/bench/; run `make bench SHARED=/path/to/shared`.")
    return tools


def corpus(size, seed, tools):
    """Generate (or reuse) the corpus of `size` profiles: sitegen content dir (and its HTML-only
    twin), manifest, Hugo site."""
    root = os.path.abspath(os.path.join(CACHE, f"corpus-{size}-s{seed}"))
    done = os.path.join(root, ".complete")
    if os.path.exists(done):
        print(f"corpus {size}: cached in {root}", flush=True)
        html_only_content(root)
        return root
    shutil.rmtree(root, ignore_errors=True)
    content = os.path.join(root, "content")
    os.makedirs(content)
    with open(os.path.join(content, "site.yml"), "w") as f:
        f.write(SITE_YML)
    manifest = os.path.join(root, "manifest.json")
    print(f"corpus {size}: generating in {root}", flush=True)
    subprocess.run([sys.executable, tools["gen_corpus"], "--profiles", str(size), "--seed", str(seed),
                    "--out", os.path.join(content, "profiles"), "--manifest", manifest], check=True)
    subprocess.run([sys.executable, tools["hugo_site"], manifest, os.path.join(root, "hugo")], check=True)
    html_only_content(root)
    open(done, "w").close()
    return root


def html_only_content(root):
    """`content-html/`: the same profiles (a link) with `outputs: [html]` in site.yml."""
    folder = os.path.join(root, "content-html")
    os.makedirs(folder, exist_ok=True)
    with open(os.path.join(folder, "site.yml"), "w") as f:
        f.write(SITE_YML + HTML_ONLY)
    if not os.path.islink(os.path.join(folder, "profiles")):
        os.symlink(os.path.join("..", "content", "profiles"), os.path.join(folder, "profiles"))


def corpus_facts(root):
    """Profiles, unique papers and input megabytes of a generated corpus (from its manifest)."""
    with open(os.path.join(root, "manifest.json"), encoding="utf-8") as f:
        manifest = json.load(f)
    profiles = os.path.join(root, "content", "profiles")
    size = sum(os.path.getsize(os.path.join(profiles, n)) for n in os.listdir(profiles))
    return {"profiles": len(manifest["profiles"]), "papers": len(manifest["papers"]),
            "input_mb": round(size / 1e6, 1)}


def commands(tool, root, out, sitegen, templates):
    """The command line that builds the corpus at `root` into `out` with `tool`."""
    if tool.startswith("sitegen"):
        content = "content-html" if tool == "sitegen-html" else "content"
        return [sitegen, "build", "--quiet", "--content", os.path.join(root, content),
                "--templates", templates, "--output", out]
    return ["hugo", "--quiet", "--source", os.path.join(root, "hugo"), "--destination", out]


def edited_files(tool, root, out, count=1):
    """(path, line number) of the first `count` source lines the `edit` rebuilds and the preview
    change: for Hugo the body of the first paper; for sitegen abstracts of profiles (in name order,
    each in a different profile) that the built site at `out` shows and no other profile prints.
    An abstract the merge set aside (another copy of the paper won) would change no page, and the
    rebuild would measure nothing."""
    if tool == "hugo":
        folder = os.path.join(root, "hugo", "content", "papers")
        path = os.path.join(folder, sorted(os.listdir(folder))[0])
        with open(path, "rb") as f:
            return [(path, first_long_line(f.read().split(b"\n")))]
    folder = os.path.join(root, "content", "profiles")
    with open(os.path.join(out, "api", "papers.json"), "rb") as f:
        shown = f.read()
    abstracts = {}  # (path, line number) of each abstract, by its probe
    for name in sorted(os.listdir(folder)):
        path = os.path.join(folder, name)
        with open(path, "rb") as f:
            for number, line in enumerate(f.read().split(b"\n")):
                probe = re.search(rb"[A-Za-z0-9 ]{40,}", line) if len(line) > 200 else None
                if probe:
                    abstracts.setdefault(probe.group(0), []).append((path, number))
    # The first abstracts only one page prints (so no other copy can win the merge) that are shown.
    unique = sorted((places[0], probe) for probe, places in abstracts.items() if len(places) == 1)
    chosen, profiles = [], set()
    for (path, number), probe in unique:
        if probe in shown and path not in profiles and len(chosen) < count:
            chosen.append((path, number))
            profiles.add(path)
    return chosen if len(chosen) == count else sys.exit(f"bench: fewer than {count} abstracts of {folder} are shown in {out}")


def first_long_line(lines):
    """The number of the first line of over 200 bytes (a profile's abstract, a Hugo page's body),
    else None."""
    return next((number for number, line in enumerate(lines) if len(line) > 200), None)


def with_sentence(text, line, sentence):
    """`text` with `sentence` added to its line number `line`, or at the end when `line` is None."""
    lines = text.split(b"\n")
    if line is None:
        return text + sentence + b"\n"
    lines[line] += sentence
    return b"\n".join(lines)


def remove_output(out):
    """Deletes `out` and what sitegen keeps beside it (`.<name>.spare`, `.<name>.inputs`, its
    lock): a clean build starts from nothing."""
    parent, name = os.path.split(out)
    siblings = [os.path.join(parent, n) for n in os.listdir(parent) if n.startswith(f".{name}.")] \
        if os.path.isdir(parent) else []
    for path in [out] + siblings:
        if os.path.isdir(path):
            shutil.rmtree(path, ignore_errors=True)
        elif os.path.exists(path):
            os.remove(path)


def files_written_since(folder, start):
    """Files under `folder` modified at or after `start` (seconds since the epoch): what a rebuild wrote."""
    return sum(os.stat(os.path.join(path, name)).st_mtime >= start
               for path, _, names in os.walk(folder) for name in names)


def timed(cmd):
    """Run `cmd` under /usr/bin/time; return (wall seconds, peak RSS in MiB, CPU seconds)."""
    with tempfile.NamedTemporaryFile("r", suffix=".time") as rss:
        start = time.perf_counter()
        proc = subprocess.run(["/usr/bin/time", "-f", "%M %U %S", "-o", rss.name] + cmd,
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        wall = time.perf_counter() - start
        if proc.returncode != 0:
            sys.exit(f"bench: {' '.join(cmd)} failed ({proc.returncode}):\n{proc.stderr[-2000:]}")
        peak_kb, user, system = rss.read().strip().splitlines()[-1].split()
    return wall, int(peak_kb) / 1024, float(user) + float(system)


def copy_floor(out, load):
    """The floor of a build: `cp -a` of its finished tree to a new folder on the same tmpfs."""
    copy = out + ".copy"
    shutil.rmtree(copy, ignore_errors=True)
    wall, rss, cpu = timed(["cp", "-a", out, copy])
    shutil.rmtree(copy, ignore_errors=True)
    print(f"  {'copy':12} {'clean':5} {wall:8.2f} s {cpu:7.1f} s CPU", flush=True)
    return {"tool": "copy", "kind": "clean", "wall_s": round(wall, 3), "rss_mib": round(rss, 1), "cpu_s": round(cpu, 2),
            "pages": 0, "files": 0, "written": 0, "load1": round(load, 2)}


def count_files(folder):
    """(HTML pages, all files) under `folder`: what a build wrote."""
    names = [name for _, _, names in os.walk(folder) for name in names]
    return sum(name.endswith(".html") for name in names), len(names)


def build(tool, kind, root, out, args):
    """One measured build of `kind` (clean, noop or edit) with `tool`; returns its record."""
    if kind == "clean":
        remove_output(out)
    edited, original = None, None
    if kind in EDITS:
        (edited, line), = edited_files(tool, root, out)
        with open(edited, "rb") as f:
            original = f.read()
        with open(edited, "wb") as f:
            f.write(with_sentence(original, line, EDITS[kind]))
    try:
        load = os.getloadavg()[0]
        start = time.time() - 0.01            # file systems keep mtimes in coarser steps than the clock
        wall, rss, cpu = timed(commands(tool, root, out, args.sitegen, args.templates))
    finally:
        if edited:
            with open(edited, "wb") as f:
                f.write(original)             # keep the cached corpus pristine
    pages, files = count_files(out)
    written = files_written_since(out, start)
    record = {"tool": tool, "kind": kind, "wall_s": round(wall, 3), "rss_mib": round(rss, 1), "cpu_s": round(cpu, 2),
              "pages": pages, "files": files, "written": written, "load1": round(load, 2)}
    print(f"  {tool:12} {kind:5} {wall:8.2f} s {cpu:7.1f} s CPU {rss:6.0f} MiB {record['pages']:7} pages "
          f"{written:7} files written  load {load:.1f}", flush=True)
    return record


def paper_page(out, path, line):
    """The path of the paper page (`/papers/slug/`) of the built site at `out` that shows the
    abstract on line `line` of profile `path`."""
    with open(path, "rb") as f:
        probe = re.search(rb"[A-Za-z0-9 ]{40,}", f.read().split(b"\n")[line]).group(0).decode()
    with open(os.path.join(out, "api", "papers.json"), encoding="utf-8") as f:
        papers = json.load(f)["papers"]
    return "/" + next(paper["url"] for paper in papers if probe in (paper["abstract"] or ""))


def preview_latency(root, out, args):
    """Edit-to-page times of `sitegen serve` on the corpus (issue 20's live preview), as a browser
    showing the edited paper's page sees them: a sentence added to each of `PREVIEW_EDITS`
    abstracts in turn, then `PREVIEW_EDITS` edits of `paper.mustache` (an attribute on its
    article), then `PREVIEW_EDITS` writes of the last edited paper's Markdown notes
    (`papers/<slug>.md`), each timed from the write until the page, fetched after a `reload` event,
    shows the edit; and until the server is idle again, the whole site written
    (`Preview.wait_idle`). Each abstract is put back at once, the template and the notes at the end
    (their rebuilds awaited, not timed)."""
    preview = Preview(args.sitegen, os.path.join(root, "content"), args.templates, out)
    times, whole, template_times, template_whole, note_times, note_whole = [], [], [], [], [], []
    template = os.path.join(args.templates, "paper.mustache")
    with open(template, "rb") as f:
        pristine = f.read()
    marker = b'<article class="paper">'
    assert marker in pristine, f"{template} has no {marker!r}"

    def timed_edit(path, edited, page, shown):
        """Writes `edited` to `path`; the seconds until `page` shows `shown`, then until idle."""
        start = time.monotonic()
        with open(path, "wb") as f:
            f.write(edited)
        while True:
            preview.wait_reload()
            if shown in preview.page(page):
                break
        seen = time.monotonic() - start
        return seen, preview.wait_idle() - start

    try:
        page = None
        for path, line in edited_files("sitegen", root, out, PREVIEW_EDITS):
            page = paper_page(out, path, line)
            preview.show(page)
            with open(path, "rb") as f:
                original = f.read()
            try:
                seen, idle = timed_edit(path, with_sentence(original, line, EDITS["edit"]), page, EDITS["edit"].strip())
                times.append(seen)
                whole.append(idle)
            finally:
                with open(path, "wb") as f:
                    f.write(original)         # keep the cached corpus pristine
            preview.wait_reload()
            preview.wait_idle()
        try:
            for number in range(PREVIEW_EDITS):
                attribute = b'data-bench="%d"' % number
                seen, idle = timed_edit(template, pristine.replace(marker, b'<article class="paper" ' + attribute + b'>'), page, attribute)
                template_times.append(seen)
                template_whole.append(idle)
        finally:
            with open(template, "wb") as f:
                f.write(pristine)
        preview.wait_reload()
        preview.wait_idle()
        # The open paper's Markdown file (its notes), written anew each time, removed at the end.
        notes = os.path.join(root, "content", "papers")
        note = os.path.join(notes, page.strip("/").split("/")[-1] + ".md")
        assert not os.path.exists(note), f"{note} is the corpus's own"
        made = not os.path.isdir(notes)
        os.makedirs(notes, exist_ok=True)
        try:
            for number in range(PREVIEW_EDITS):
                text = b"A note written for the benchmark, number %d." % number
                seen, idle = timed_edit(note, b"---\ntags: [benchmark]\n---\n" + text + b"\n", page, text)
                note_times.append(seen)
                note_whole.append(idle)
        finally:
            os.remove(note)
            if made:
                os.rmdir(notes)
        preview.wait_reload()
        preview.wait_idle()
    finally:
        preview.close()
        remove_output(out)
    print(f"  sitegen serve preview: abstract edit in its page {' '.join(f'{t:.2f}' for t in times)} s "
          f"(site written {' '.join(f'{t:.2f}' for t in whole)} s); paper.mustache edit in the page "
          f"{' '.join(f'{t:.2f}' for t in template_times)} s (site written {' '.join(f'{t:.2f}' for t in template_whole)} s); "
          f"paper Markdown note in the page {' '.join(f'{t:.2f}' for t in note_times)} s "
          f"(site written {' '.join(f'{t:.2f}' for t in note_whole)} s)", flush=True)
    return {"tool": "sitegen", "kind": "preview", "wall_s": round(statistics.median(times), 3),
            "edits_s": [round(t, 3) for t in times], "whole_s": round(statistics.median(whole), 3),
            "template_s": round(statistics.median(template_times), 3),
            "template_edits_s": [round(t, 3) for t in template_times], "template_whole_s": round(statistics.median(template_whole), 3),
            "note_s": round(statistics.median(note_times), 3), "note_edits_s": [round(t, 3) for t in note_times],
            "note_whole_s": round(statistics.median(note_whole), 3),
            "load1": round(os.getloadavg()[0], 2)}


def shard_times(root, out, args):
    """`sitegen build --shard i/SHARDS` of the whole corpus for each part in turn (issue 20's build
    spread over machines): each part's time is what one of SHARDS machines would take."""
    parts = []
    for index in range(SHARDS):
        remove_output(out)
        wall, rss, _ = timed(commands("sitegen", root, out, args.sitegen, args.templates) + ["--shard", f"{index}/{SHARDS}"])
        parts.append((wall, rss))
    remove_output(out)
    print(f"  sitegen --shard i/{SHARDS}: parts {' '.join(f'{wall:.2f}' for wall, _ in parts)} s", flush=True)
    return {"tool": "sitegen", "kind": "shards", "wall_s": round(max(wall for wall, _ in parts), 3),
            "parts_s": [round(wall, 3) for wall, _ in parts], "rss_mib": round(max(rss for _, rss in parts), 1),
            "load1": round(os.getloadavg()[0], 2)}


# Memory one profile needs, measured at 10,000 profiles: the outputs on tmpfs (which is RAM;
# sitegen 4.0 GB, its spare shares most files, the copy of its tree for the floor as much again,
# Hugo 0.85 GB) and Hugo's peak (7 GB) while it runs.
BYTES_PER_PROFILE = (4.0e9 + 0.3e9 + 4.0e9 + 0.85e9 + 7.5e9) / 10_000


def warn_if_short_of_memory(size):
    """Says so when the machine lacks the memory a size needs: with too little, Hugo is killed
    (exit 137) or both tools slow down, and the run measures the machine, not the tools. Leftover
    folders on tmpfs are the usual cause, so they are listed."""
    with open("/proc/meminfo") as f:
        available = next(int(line.split()[1]) * 1024 for line in f if line.startswith("MemAvailable:"))
    needed = size * BYTES_PER_PROFILE
    if available < needed:
        leftovers = ", ".join(sorted(os.listdir("/dev/shm"))) or "nothing"
        print(f"bench: warning: {size} profiles need about {needed / 1e9:.0f} GB of memory, "
              f"{available / 1e9:.0f} GB is available; /dev/shm holds: {leftovers}", file=sys.stderr, flush=True)


def bench_size(size, tools, args):
    """Every run of one corpus size, the two tools alternating (and swapping first place each run)."""
    root = corpus(size, args.seed, tools)
    warn_if_short_of_memory(size)
    outs = {tool: os.path.join(TMPFS, str(size), tool) for tool in TOOLS}
    records = []
    for run in range(args.runs):
        print(f"size {size}, run {run + 1}/{args.runs}", flush=True)
        for kind in args.kinds:
            order = TOOLS[run % len(TOOLS):] + TOOLS[:run % len(TOOLS)]
            for tool in order:
                if tool == "sitegen-html" and kind != "clean":
                    continue
                records.append(dict(build(tool, kind, root, outs[tool], args), run=run))
                if tool == "sitegen-html":
                    remove_output(outs[tool])  # tmpfs is memory
            if kind == "clean":
                records.append(dict(copy_floor(outs["sitegen"], os.getloadavg()[0]), run=run))
    if args.preview:
        records.append(preview_latency(root, os.path.join(TMPFS, str(size), "serve"), args))
    if args.shards:
        records.append(shard_times(root, os.path.join(TMPFS, str(size), "shards"), args))
    shutil.rmtree(os.path.join(TMPFS, str(size)), ignore_errors=True)
    return {"size": size, "corpus": corpus_facts(root), "runs": records,
            "date": time.strftime("%Y-%m-%d %H:%M"), "runs_per_build": args.runs}


def summary(records, tool, kind):
    """Median, min and max wall time, median RSS, pages and files written of one tool's builds of one kind."""
    rows = [r for r in records if r["tool"] == tool and r["kind"] == kind]
    if not rows:
        return None
    walls = [r["wall_s"] for r in rows]
    return {"median": statistics.median(walls), "min": min(walls), "max": max(walls),
            "rss": statistics.median(r["rss_mib"] for r in rows), "pages": rows[-1]["pages"], "files": rows[-1].get("files"),
            "written": statistics.median(r.get("written", 0) for r in rows),
            "load": statistics.median(r["load1"] for r in rows), "n": len(rows),
            "cpu": statistics.median(r.get("cpu_s", 0) for r in rows)}


def table(results):
    """The results as a Markdown table: one row per size and tool, then the sitegen/Hugo ratios and
    sitegen's rebuilds as a share of its clean build."""
    lines = ["| profiles | papers | tool | HTML pages | clean build, median (min–max) | pages/s "
             "| CPU (user+sys) | peak RSS | no-op rebuild (files written) | 1-file rebuild (written) "
             "| next 1-file rebuild (written) | files | runs | load (1 min) |",
             "|---:|---:|---|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|"]
    ratios = []
    for res in results:
        s = {(t, k): summary(res["runs"], t, k) for t in TOOLS + ("copy",) for k in KINDS}
        def rebuild(tool, kind):
            row = s[tool, kind]
            return f"{row['median']:.2f} s ({row['written']:,.0f})" if row else "–"
        for tool in TOOLS:
            c = s[tool, "clean"]
            if c is None:
                continue
            files = f"{c['files']:,}" if c["files"] else "–"
            cpu = f"{c['cpu']:.1f} s" if c["cpu"] else "–"
            lines.append(f"| {res['size']:,} | {res['corpus']['papers']:,} | {tool} | {c['pages']:,} "
                         f"| {c['median']:.2f} s ({c['min']:.2f}–{c['max']:.2f}) "
                         f"| {c['pages'] / c['median']:,.0f} | {cpu} | {c['rss'] / 1024:.2f} GiB "
                         f"| {rebuild(tool, 'noop')} | {rebuild(tool, 'edit')} | {rebuild(tool, 'edit2')} "
                         f"| {files} | {c['n']} | {c['load']:.1f} |")
        r = {k: f"{s['sitegen', k]['median'] / s['hugo', k]['median']:.2f}×" if s["sitegen", k] and s["hugo", k] else "–"
             for k in KINDS}
        own = {k: f"{100 * s['sitegen', k]['median'] / s['sitegen', 'clean']['median']:.1f} %" if s["sitegen", k] else "–"
               for k in KINDS}
        rss = s["sitegen", "clean"]["rss"] / s["hugo", "clean"]["rss"]
        def ratio(tool, to):
            a, b = s[tool, "clean"], s[to, "clean"]
            return f"{a['median'] / b['median']:.2f}×" if a and b else "–"
        copy = s["copy", "clean"]
        floor = f"{copy['median']:.2f} s" if copy else "–"
        ratios.append(f"- {res['size']:,} profiles ({res.get('date', '?')}, {res.get('commit', '?')}): the same work as Hugo "
                      f"(`outputs: [html]`) takes {ratio('sitegen-html', 'hugo')} Hugo's time (goal ≤ 0.33×); all outputs "
                      f"{r['clean']} (goal ≤ 0.5×) and {ratio('sitegen', 'copy')} the time to copy the finished tree "
                      f"({floor}; goal ≤ 2×); peak RSS {rss:.2f}× Hugo's; no-op rebuild {r['noop']}, "
                      f"1-file rebuilds {r['edit']} and {r['edit2']}. sitegen's rebuilds against its clean build: "
                      f"no-op {own['noop']} (goal < 1 %), 1-file {own['edit']} then {own['edit2']} (goal < 2 %)."
                      + preview_line(res["runs"]) + shards_line(res["runs"], s["sitegen", "clean"]))
    notes = ["", *ratios, "",
             "Rebuilds follow the clean build in this order; \"written\" counts the output files modified during "
             "the rebuild. Hugo's one-shot `hugo` renders every page on every run (its written column shows what it rewrites).",
             "Outputs on tmpfs; runs alternate the two tools; wall time includes process start."]
    return "\n".join(lines + notes) + "\n"


def preview_line(records):
    """The live preview's figure for a ratio line, or nothing when it was not measured."""
    preview = next((r for r in records if r["kind"] == "preview"), None)
    if preview is None:
        return ""
    each = ", ".join(f"{t:.2f}" for t in preview["edits_s"])
    line = (f" Live preview (`sitegen serve`): an edited abstract is in the page after {preview['wall_s']:.2f} s "
            f"(median of {len(preview['edits_s'])} abstracts: {each} s; goal 0.5 s at 2,000 profiles, 1 s at 10,000)")
    if "template_s" not in preview:  # results recorded before template edits were timed
        return line + "."
    each = ", ".join(f"{t:.2f}" for t in preview["template_edits_s"])
    line += f"; an edited `paper.mustache` after {preview['template_s']:.2f} s (median of {len(preview['template_edits_s'])}: {each} s)"
    if "whole_s" not in preview:  # results recorded before the open page was built first
        return line + "."
    each = ", ".join(f"{t:.2f}" for t in preview["note_edits_s"])
    return line + (f"; the paper's Markdown notes after {preview['note_s']:.2f} s (median of {len(preview['note_edits_s'])}: {each} s). "
                   f"The whole site is written {preview['whole_s']:.2f} s after an abstract edit, "
                   f"{preview['template_whole_s']:.2f} s after a template edit, {preview['note_whole_s']:.2f} s after a note.")


def shards_line(records, clean):
    """The build spread over machines for a ratio line, or nothing when it was not measured."""
    shards = next((r for r in records if r["kind"] == "shards"), None)
    if shards is None or clean is None:
        return ""
    parts = ", ".join(f"{t:.2f}" for t in shards["parts_s"])
    return (f" Spread over {len(shards['parts_s'])} machines (`--shard i/{len(shards['parts_s'])}`, the parts timed one after "
            f"another: {parts} s): the slowest part {shards['wall_s']:.2f} s, {shards['wall_s'] / clean['median']:.2f}× the "
            f"one-machine clean build, each at most {shards['rss_mib'] / 1024:.2f} GiB.")


def snapshot(sitegen, templates):
    """Copy the binary and templates under .build/bench, so a concurrent rebuild cannot change them mid-run."""
    os.makedirs(CACHE, exist_ok=True)
    binary = os.path.abspath(os.path.join(CACHE, "sitegen"))
    shutil.copy2(sitegen, binary)
    copy = os.path.abspath(os.path.join(CACHE, "templates"))
    shutil.rmtree(copy, ignore_errors=True)
    shutil.copytree(templates, copy)
    return binary, copy


def merged(results, path):
    """`results` plus the sizes of an earlier results.json that this session did not measure."""
    try:
        with open(path) as f:
            data = json.load(f)
        earlier, meta = data["results"], data["meta"]
    except (OSError, ValueError, KeyError):
        earlier, meta = [], {}
    for res in earlier:                       # sessions saved before results carried these
        res.setdefault("date", meta.get("date", "?")[:16])
        res.setdefault("commit", meta.get("commit", "?") + ("+dirty" if meta.get("dirty") else ""))
    sizes = {r["size"] for r in results}
    return sorted(results + [r for r in earlier if r["size"] not in sizes], key=lambda r: r["size"])


def machine():
    """What the numbers were measured on: CPU count, load, versions, commit."""
    def out(cmd):
        try:
            return subprocess.run(cmd, capture_output=True, text=True).stdout.strip()
        except OSError:
            return ""
    return {"date": time.strftime("%Y-%m-%d %H:%M:%S %z"), "host": platform.node(),
            "cpus": os.cpu_count(), "loadavg_start": os.getloadavg(),
            "hugo": out(["hugo", "version"]), "commit": out(["git", "rev-parse", "--short", "HEAD"]),
            "dirty": bool(out(["git", "status", "--porcelain", "--untracked-files=no"]))}


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--sitegen", required=True, help="the release sitegen binary")
    ap.add_argument("--templates", default="Templates", help="sitegen's templates folder")
    ap.add_argument("--sizes", default="2000", help='profile counts, e.g. "2000 10000"')
    ap.add_argument("--runs", type=int, default=5, help="runs of each build per tool")
    ap.add_argument("--seed", type=int, default=1, help="corpus seed")
    ap.add_argument("--kinds", default=" ".join(KINDS + ("preview", "shards")),
                    help="builds per run, of: " + " ".join(KINDS) + "; and, once per size, preview (the live preview) "
                         "and shards (the parts of a build spread over machines)")
    ap.add_argument("--shared", default="../shared", help="folder holding bench/gen_corpus.py")
    args = ap.parse_args()
    args.preview = "preview" in args.kinds.split()
    args.shards = "shards" in args.kinds.split()
    args.kinds = [k for k in KINDS if k in args.kinds.split()]
    if "clean" not in args.kinds:
        ap.error("--kinds must include clean")
    tools = shared_tools(args.shared)
    args.sitegen, args.templates = snapshot(args.sitegen, args.templates)
    meta = dict(machine(), runs=args.runs, seed=args.seed)
    print(f"{meta['cpus']} CPUs, load {meta['loadavg_start'][0]:.1f}, {meta['hugo']}", flush=True)
    results = [bench_size(int(size), tools, args) for size in args.sizes.split()]
    meta["loadavg_end"] = os.getloadavg()
    for res in results:
        res["commit"] = meta["commit"] + ("+dirty" if meta["dirty"] else "")
    results = merged(results, os.path.join(CACHE, "results.json"))
    text = table(results)
    header = (f"sitegen vs Hugo on {meta['cpus']} CPUs, corpus seed {args.seed}; each size's session "
              f"(date, sitegen commit) is on its ratio line.\n\n")
    os.makedirs(CACHE, exist_ok=True)
    with open(os.path.join(CACHE, "results.md"), "w") as f:
        f.write(header + text)
    with open(os.path.join(CACHE, "results.json"), "w") as f:
        json.dump({"meta": meta, "results": results}, f, indent=1)
    print("\n" + header + text + f"\nwritten to {CACHE}/results.md and results.json")


if __name__ == "__main__":
    main()
