"""What a first search transfers: the manifest, one shard per query word and the document chunks
of the first page of results, found exactly the way Templates/assets/search.js finds them.

    python3 Tests/quality/search_transfer.py SITE_DIR [--queries 200] [--seed 1]

Queries are drawn from the site itself (deterministic for a seed): one or two title words of a
random paper, an author's family name, a title word plus a family name, and a three-letter
prefix (the last word of a query also matches longer words). Prints bytes per query kind:
median, 95th percentile and maximum, uncompressed (gzip on the host only makes it smaller).
"""
import argparse
import json
import os
import random
import re
import statistics
import sys
import unicodedata


def read_call(path):
    """The JSON inside `sitegenSearch("name", …);` and the file's size in bytes."""
    with open(path, encoding="utf-8") as handle:
        text = handle.read()
    start = text.index(",") + 1
    return json.loads(text[start:text.rindex(")")]), len(text.encode("utf-8"))


def tokens(text, stop):
    text = "".join(c for c in unicodedata.normalize("NFD", text) if not unicodedata.category(c).startswith("M")).lower()
    words, seen, current = [], set(), []
    for c in text + " ":
        if unicodedata.category(c)[0] in "LN":
            current.append(c)
            continue
        word = "".join(current)
        current = []
        if 2 <= len(word) <= 40 and word not in stop and word not in seen:
            seen.add(word)
            words.append(word)
    return words


class Index:
    def __init__(self, folder):
        self.folder = folder
        self.manifest, self.manifest_bytes = read_call(os.path.join(folder, "manifest.js"))
        self.keys = dict(zip(self.manifest["shards"], self.manifest["shardFiles"]))
        self.stop = set(self.manifest["stopWords"])
        self.cache = {}

    def load(self, name):
        if name not in self.cache:
            self.cache[name] = read_call(os.path.join(self.folder, name + ".js"))
        return self.cache[name]

    def shard_key(self, word):
        for n in range(min(len(word), 8), 1, -1):
            if word[:n] in self.keys:
                return word[:n]
        return None

    def first_query(self, query):
        """(bytes transferred, number of results) for a first query, as search.js runs it."""
        size = self.manifest_bytes
        words = tokens(query, self.stop)
        if not words:
            return size, 0
        total = None
        loaded = set()
        for index, word in enumerate(words):
            key = self.shard_key(word)
            if key is None:
                return size, 0
            prefix = index == len(words) - 1 and not any(len(k) > len(word) and k.startswith(word) for k in self.keys)
            name = self.keys[key]
            shard, shard_bytes = self.load(name)
            if name not in loaded:
                loaded.add(name)
                size += shard_bytes
            scores = {}
            for token, (strong, weak) in shard.items():
                exact = token == word
                if not exact and not (prefix and token.startswith(word)):
                    continue
                for gaps, points in ((strong, 3 if exact else 2), (weak, 1)):
                    number = 0
                    for gap in gaps:
                        number += gap
                        scores[number] = max(scores.get(number, 0), points)
            total = scores if total is None else {n: s + scores[n] for n, s in total.items() if n in scores}
        papers = self.manifest["papers"]
        ranked = sorted(total, key=lambda n: (-total[n], -(n >= papers), n))
        chunks = {n // self.manifest["chunk"] for n in ranked[:10]}
        for chunk in chunks:
            size += self.load("docs-%d" % chunk)[1]
        return size, len(ranked)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("site")
    parser.add_argument("--queries", type=int, default=200)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    index = Index(os.path.join(args.site, "search"))
    with open(os.path.join(args.site, "api", "papers.json"), encoding="utf-8") as handle:
        papers = json.load(handle)["papers"]
    rng = random.Random(args.seed)
    kinds = {"title words": [], "family name": [], "title word + name": [], "prefix": []}
    for _ in range(args.queries):
        paper = rng.choice(papers)
        title = paper.get("titleText") or paper["title"]
        words = [w for w in re.split(r"\W+", title) if len(w) > 3] or [title]
        first = (paper["authors"] or paper["knownAuthors"] or ["x"])[0]
        name = (first["name"] if isinstance(first, dict) else first).split()[-1]  # API version 2: {"name", "id"}
        kinds["title words"].append(" ".join(rng.sample(words, min(2, len(words)))))
        kinds["family name"].append(name)
        kinds["title word + name"].append(rng.choice(words) + " " + name)
        kinds["prefix"].append(rng.choice(words)[:3])
    print("%d papers, %d authors, %d shards; manifest %d bytes" % (
        index.manifest["papers"], index.manifest["authors"], len(index.keys), index.manifest_bytes))
    worst = 0
    for kind, queries in kinds.items():
        results = [index.first_query(q) for q in queries]
        sizes = sorted(r[0] for r in results)
        hits = sum(1 for r in results if r[1] > 0)
        worst = max(worst, sizes[-1])
        print("%-18s median %7.1f KB  p95 %7.1f KB  max %7.1f KB  (%d/%d queries found something)" % (
            kind, statistics.median(sizes) / 1000, sizes[int(len(sizes) * 0.95) - 1] / 1000, sizes[-1] / 1000,
            hits, len(results)))
    print("largest first query: %.1f KB" % (worst / 1000))
    return 0


if __name__ == "__main__":
    sys.exit(main())
