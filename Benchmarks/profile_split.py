#!/usr/bin/env python3
"""Where a sitegen build's CPU time goes, from `perf script` output on stdin.

    perf record -F 499 -g -o perf.data -- sitegen build ...
    perf script -i perf.data -F tid,time,ip,sym | python3 Benchmarks/profile_split.py

Each sample is charged to the stage of the innermost sitegen frame on its stack (SitegenLoad =
load, SitegenMarkdown = markdown, SitegenRender = render, SitegenOutput = write, ...), so time
spent in the Swift runtime, Foundation or the kernel on behalf of a stage counts for that stage.
Prints each stage's share of samples and the wall-clock window its samples span.
"""
import collections
import re
import sys

STAGES = [("SitegenLoad", "load"), ("SitegenMarkdown", "markdown"), ("SitegenRender", "render"),
          ("SitegenOutput", "write"), ("SitegenBuild", "build"), ("SitegenSupport", "support"),
          ("SitegenModel", "model"), ("ArgumentParser", "cli")]
HEADER = re.compile(r"^\s*(\d+)\s+([\d.]+):")


def samples(lines):
    """(time, [frames, innermost first]) for each sample of `perf script -F tid,time,ip,sym`."""
    when, frames = None, []
    for line in lines:
        head = HEADER.match(line)
        if head:
            if when is not None:
                yield when, frames
            when, frames = float(head.group(2)), []
        elif line.strip() and when is not None:
            frames.append(line.split(None, 1)[-1])
    if when is not None:
        yield when, frames


def stage(frames):
    """The stage of the innermost frame that belongs to a sitegen module ('other' if none)."""
    for frame in frames:
        for module, name in STAGES:
            if module in frame:
                return name
    return "other"


def main():
    counts, first, last = collections.Counter(), {}, {}
    for when, frames in samples(sys.stdin):
        name = stage(frames)
        counts[name] += 1
        first.setdefault(name, when)
        last[name] = when
    total = sum(counts.values()) or 1
    start = min(first.values(), default=0)
    print(f"{total} samples")
    for name, n in counts.most_common():
        print(f"{name:9} {100 * n / total:5.1f} %   samples from {first[name] - start:6.1f} s "
              f"to {last[name] - start:6.1f} s")


if __name__ == "__main__":
    main()
