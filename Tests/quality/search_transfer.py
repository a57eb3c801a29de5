"""What a first search transfers: the manifest, the shards (and for a word that finds nothing, the
tail file and typo shards) and the document chunks of the first page of results, found and
ranked exactly the way Templates/assets/search.js finds and ranks them.

    python3 Tests/quality/search_transfer.py SITE_DIR [--queries 200] [--seed 1]

Queries are drawn from the site itself (deterministic for a seed): one or two title words of a
random paper, an author's family name, a title word plus a family name, a three-letter prefix
(the last word of a query also matches longer words), and a title word of five letters or more
with one typo. Prints bytes per query kind: median, 95th percentile and maximum, uncompressed
(gzip on the host only makes it smaller).

`Search` is also what Tests/quality/test_search_browser.py checks the browser's results against.
"""
import argparse
import json
import os
import random
import re
import statistics
import sys
import unicodedata

PAGE_SIZE = 10
TYPO_LENGTH = 5
TYPO_SHARDS = 2
QUOTES = {'"', "\u201c", "\u201d", "\u201e"}
DIGITS = {c: i for i, c in enumerate(chr(c) for c in range(0x23, 0x7F) if chr(c) not in "&<>\\")}


def read_call(path):
    """The JSON inside `sitegenSearch("name", …);` and the file's size in bytes."""
    with open(path, encoding="utf-8") as handle:
        text = handle.read()
    start = text.index(",") + 1
    return json.loads(text[start:text.rindex(")")]), len(text.encode("utf-8"))


def is_word_char(c):
    return unicodedata.category(c)[0] in "LN"


def has_digit(word):
    return any(unicodedata.category(c)[0] == "N" for c in word)


def key_list(text):
    """SearchFiles.keyList read back: "0ab 2c 1c" → {"ab", "abc", "ac"}."""
    keys, previous = set(), ""
    for entry in text.split(" "):
        if entry:
            previous = previous[:int(entry[0])] + entry[1:]
            keys.add(previous)
    return keys


def file_name(kind, key):
    if all(ord(c) < 0x80 for c in key):
        return kind + "-" + key
    return kind + "-u-" + key.encode("utf-8").hex()


def key_of(word, keys, end=False):
    for n in range(min(len(word), 8), 1, -1):
        key = word[-n:] if end else word[:n]
        if key in keys:
            return key
    return None


def postings(code):
    """(number, position, strong) of each document of a token (SearchFiles, SearchNumbers)."""
    numbers, value = [], 0
    for c in code:
        digit = DIGITS[c]
        if digit < 44:
            numbers.append(value * 44 + digit)
            value = 0
        else:
            value = value * 44 + digit - 44
    number = 0
    for k in range((len(numbers) - 1) // 2):
        if k == numbers[0]:
            number = 0
        number += numbers[2 * k + 1]
        yield number, numbers[2 * k + 2], k < numbers[0]


def one_typo(a, b):
    """Damerau-Levenshtein distance 1."""
    if abs(len(a) - len(b)) > 1 or a == b:
        return False
    i = 0
    while i < len(a) and i < len(b) and a[i] == b[i]:
        i += 1
    if len(a) == len(b):
        return a[i + 1:] == b[i + 1:] or (i + 1 < len(a) and a[i] == b[i + 1] and a[i + 1] == b[i] and a[i + 2:] == b[i + 2:])
    return a[i + 1:] == b[i:] if len(a) > len(b) else a[i:] == b[i + 1:]


def typo_target(token):
    return len(token) >= 4 and not has_digit(token)


class Query:
    """A query as search.js parses it: `words` [(text, position, exact)] and `phrases` [[index…]]."""

    def __init__(self, text, rules):
        text = "".join(c for c in unicodedata.normalize("NFD", text) if not unicodedata.category(c).startswith("M")).lower()
        text = "".join(rules["fold"].get(c, c) for c in text)
        self.words, self.phrases = [], []
        self.found = {}
        self.rules = rules
        self.position, self.current, self.quoted, self.quotation = 0, "", False, []
        self.compound, self.compound_words, self.after_joiner, self.after_separator = [], 0, False, False
        for c in text:
            if is_word_char(c):
                self.current += c
                continue
            self.end_word()
            if c in QUOTES:
                self.end_compound()
                if self.quoted:
                    self.phrases.append(self.quotation)
                self.quoted, self.quotation, self.after_separator = not self.quoted, [], True
            elif c in rules["joiners"] and not self.after_separator:
                self.after_joiner = self.after_separator = True
            else:
                self.end_compound()
                self.after_separator = True
        self.end_word()
        self.end_compound()
        if self.quoted:
            self.phrases.append(self.quotation)
        self.phrases = [p for p in self.phrases if len(p) > 1]

    def end_compound(self):
        if self.compound_words > 1 and not self.quoted:
            self.phrases.append(self.compound)
        self.compound, self.compound_words, self.after_joiner = [], 0, False

    def end_word(self):
        if not self.current:
            return
        if self.after_joiner and self.compound_words > 0:
            self.compound_words += 1
        else:
            self.end_compound()
            self.compound_words = 1
        self.after_joiner = self.after_separator = False
        word = self.current
        if 2 <= len(word) <= self.rules["maxLength"] and word not in self.rules["stop"]:
            if word not in self.found:
                self.found[word] = len(self.words)
                self.words.append((word, self.position, self.quoted))
            self.compound.append(self.found[word])
            if self.quoted:
                self.quotation.append(self.found[word])
        self.position += 1
        self.current = ""


class Search:
    """A site's search index, read file by file as search.js reads it, counting the bytes."""

    def __init__(self, folder):
        self.folder = folder
        manifest, self.manifest_bytes = read_call(os.path.join(folder, "manifest.js"))
        self.manifest = manifest
        self.rules = {"stop": set(manifest["stopWords"]), "fold": manifest["fold"], "joiners": set(manifest["joiners"]),
                      "maxLength": manifest["maxLength"]}
        self.shards = key_list(manifest["shards"])
        self.tails = key_list(manifest["tails"])
        self.cache = {}

    def file(self, name, loaded):
        """A file's contents, its bytes added to `loaded` (name → bytes) the first time a query asks."""
        if name not in self.cache:
            self.cache[name] = read_call(os.path.join(self.folder, name + ".js"))
        data, size = self.cache[name]
        loaded[name] = size
        return data

    def matching(self, plan, shard):
        found = []
        for token in shard:
            if token == plan["word"]:
                found.append((token, "exact", shard))
            elif plan["prefix"] and token.startswith(plan["word"]):
                found.append((token, "prefix", shard))
            elif plan["typos"] and typo_target(token) and one_typo(plan["word"], token):
                found.append((token, "typo", shard))
        return found

    def look_up(self, plan, loaded):
        shard = {} if plan["key"] is None else self.file(file_name("shard", plan["key"]), loaded)
        found = self.matching(plan, shard)
        tail = key_of(plan["word"], self.tails, end=True) if plan["typos"] and not found else None
        if tail is None:
            return found
        keys = []
        for token in self.file(file_name("tail", tail), loaded).split(" "):
            key = key_of(token, self.shards)
            if key is not None and one_typo(plan["word"], token) and key not in keys and len(keys) < TYPO_SHARDS:
                keys.append(key)
        for key in keys:
            found += self.matching(plan, self.file(file_name("shard", key), loaded))
        return found

    @staticmethod
    def by_document(found):
        best = {}
        for token, kind, shard in found:
            for number, position, strong in postings(shard[token]):
                match = ((3 if kind == "exact" else 2) if strong else 1, kind == "typo", strong, position)
                old = best.get(number)
                if old is None or (old[1] if old[1] != match[1] else old[0] < match[0]):
                    best[number] = match
        return best

    def search(self, text):
        """(ranked document numbers, files loaded: name → bytes) of a first query, chunks of the
        first page of results included."""
        loaded = {"manifest": self.manifest_bytes}
        query = Query(text, self.rules)
        if not query.words:
            return [], loaded
        plans = []
        for i, (word, _, exact) in enumerate(query.words):
            plans.append({
                "word": word, "key": key_of(word, self.shards),
                "prefix": i == len(query.words) - 1 and not exact and not any(len(k) > len(word) and k.startswith(word) for k in self.shards),
                "typos": not exact and len(word) >= TYPO_LENGTH and not has_digit(word),
            })
        by_word = [self.by_document(self.look_up(plan, loaded)) for plan in plans]
        ranked = self.rank(query, by_word)
        chunk = self.manifest["chunk"]
        for number in ranked[:PAGE_SIZE]:
            self.file("docs-%d" % (number // chunk), loaded)
        return ranked, loaded

    def rank(self, query, by_word):
        words = query.words

        def adjacent(m, i, j):
            return m[i][2] == m[j][2] and m[j][3] - m[i][3] == words[j][1] - words[i][1]

        results = []
        for number in by_word[0]:
            m = [found.get(number) for found in by_word]
            if any(match is None for match in m):
                continue
            points = sum(match[0] + (2 if match[2] else 1) * (i > 0 and adjacent(m, i - 1, i)) for i, match in enumerate(m))
            typos = sum(match[1] for match in m)
            phrases = sum(all(adjacent(m, p[k - 1], p[k]) for k in range(1, len(p))) for p in query.phrases)
            results.append((-phrases, typos, -points, 0 if number >= self.manifest["papers"] else 1, number))
        return [r[-1] for r in sorted(results)]

    def document(self, number):
        """A document's record, [title, slug, detail, year]."""
        chunk = self.manifest["chunk"]
        return self.file("docs-%d" % (number // chunk), {})[number % chunk]


def with_typo(word, rng):
    """`word` with one letter changed, added, left out, or two neighbours swapped."""
    p = rng.randrange(len(word) - 1)
    letter = rng.choice([c for c in "abcdefghijklmnopqrstuvwxyz" if c != word[p]])
    return rng.choice([
        word[:p] + letter + word[p + 1:], word[:p] + letter + word[p:], word[:p] + word[p + 1:],
        word[:p] + word[p + 1] + word[p] + word[p + 2:],
    ])


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("site")
    parser.add_argument("--queries", type=int, default=200)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    index = Search(os.path.join(args.site, "search"))
    with open(os.path.join(args.site, "api", "papers.json"), encoding="utf-8") as handle:
        papers = json.load(handle)["papers"]
    rng = random.Random(args.seed)
    kinds = {"title words": [], "family name": [], "title word + name": [], "prefix": [], "typo": []}
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
        long_words = [w for w in words if len(w) >= TYPO_LENGTH and w.isalpha()] or ["transformer"]
        kinds["typo"].append(with_typo(rng.choice(long_words).lower(), rng))
    print("%d papers, %d authors, %d shards, %d tail files; manifest %d bytes" % (
        index.manifest["papers"], index.manifest["authors"], len(index.shards), len(index.tails), index.manifest_bytes))
    worst = 0
    for kind, queries in kinds.items():
        results = [index.search(q) for q in queries]
        sizes = sorted(sum(loaded.values()) for _, loaded in results)
        hits = sum(1 for ranked, _ in results if ranked)
        worst = max(worst, sizes[-1])
        print("%-18s median %7.1f KB  p95 %7.1f KB  max %7.1f KB  (%d/%d queries found something)" % (
            kind, statistics.median(sizes) / 1000, sizes[int(len(sizes) * 0.95) - 1] / 1000, sizes[-1] / 1000,
            hits, len(results)))
    print("largest first query: %.1f KB" % (worst / 1000))
    return 0


if __name__ == "__main__":
    sys.exit(main())
