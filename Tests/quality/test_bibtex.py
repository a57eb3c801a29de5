"""BibTeX as reference managers read it (issue 15): every `cite.bib` and `publications.bib`, through
bibtexparser 2 and biber's datamodel check, says what api/papers.json says about the paper.

- Authors: the printed byline in order and nobody else, `and others` exactly when the byline was
  cut (no author field when no byline was printed); a group name (`Gemini Team`) one name in
  braces, a person `Family, Given`.
- Venue: `@misc` for a preprint (with `eprint`, `archivePrefix = {arXiv}`, `primaryClass` when the
  arXiv id is known; never `journal` or `booktitle`) and for no venue, `@inproceedings` +
  `booktitle`, `@article` + `journal`.
- Identifiers: `eprint`/`archivePrefix`/`url` to arxiv.org for an arXiv id, `doi` for a DOI.
- TeX: BibTeX is TeX, so math stays math as captured and text specials are escaped; nothing is
  escaped twice (`\\textbackslash{}log`, `{\\$`).
- Dates: `year` exactly when the paper has a date, and the right one.
"""
import re
import shutil
import subprocess

import pytest

from conftest import (ARXIV_CLASSES, Problems, arxiv_abs, bib_fields, bib_name, byline, byline_pairs, each_record,
                      latex_text, links, norm, paper_date)

ENTRY_TYPES = {"preprint": "misc", "proceedings": "inproceedings", "journal": "article", None: "misc"}
MONTHS = "jan feb mar apr may jun jul aug sep oct nov dec".split()
MATH = re.compile(r"(?<!\\)\$[^$]+(?<!\\)\$")


def cite_entries(built, problems):
    """(paper, path, entry) for every paper whose cite.bib is one entry (names split)."""
    def read(path):
        library = built.bib(path)
        if library.failed_blocks:
            raise ValueError(f"{len(library.failed_blocks)} blocks bibtexparser cannot read")
        return library.entries
    return each_record(built, problems, "cite.bib", read)


def test_every_bib_file_parses(built):
    problems = Problems(built)
    for path in built.files("papers/*/cite.bib") + built.files("*/*/publications.bib"):
        library = built.raw_bib(path)
        for block in library.failed_blocks:
            problems.add(path, f"bibtexparser cannot read a block ({type(block).__name__}): {block.raw[:120]!r}")
        if not library.entries:
            problems.add(path, "no entry")
    for paper in built.papers:
        entries = built.raw_bib(f"papers/{paper['id']}/cite.bib").entries
        problems.check([e.key for e in entries] == [paper.get("bibtexKey")], f"papers/{paper['id']}/cite.bib",
                       f"entry keys {[e.key for e in entries]}, API bibtexKey {paper.get('bibtexKey')!r}")
    problems.assert_none()


def test_biber_accepts_every_entry(built, tmp_path):
    """biber --tool --validate-datamodel (biblatex's data model) on all cite.bib files at once. Its one
    expected warning is the missing year of a paper with no known date: rule 5 forbids inventing it."""
    if shutil.which("biber") is None:
        pytest.fail("biber is not installed: run `make quality-deps`")
    dateless = {key for key, p in built.paper_by_cite_key().items() if not p.get("date")}
    source = tmp_path / "all.bib"
    source.write_text("\n".join(built.text(path) for path in built.files("papers/*/cite.bib")), encoding="utf-8")
    result = subprocess.run(["biber", "--tool", "--validate-datamodel", "--nolog", "--output-directory", str(tmp_path),
                             "--output-file", str(tmp_path / "out.bib"), str(source)],
                            capture_output=True, text=True, cwd=tmp_path)
    problems = Problems(built)
    problems.check(result.returncode == 0, "biber", f"exit status {result.returncode}: {result.stderr[-500:]}")
    for line in result.stdout.splitlines():
        if not line.startswith(("WARN", "ERROR")):
            continue
        key = re.search(r"Entry '([^']+)'", line)
        if "one of 'date, year' must be defined" in line and key and key.group(1) in dateless:
            continue
        problems.add("papers/*/cite.bib", line)
    problems.assert_none()


def test_authors_are_the_printed_byline(built):
    problems = Problems(built)
    for paper, where, entry in cite_entries(built, problems):
        field = entry.fields_dict.get("author")
        names = list(field.value) if field else []
        cut = bool(names) and bib_name(names[-1]) == "others"
        if cut:
            names = names[:-1]
        # `and others` says the printed byline was cut; with no byline printed at all there is no
        # author field (`author = {others}` would name nobody).
        expected = bool(paper.get("authorsTruncated")) and bool(byline(paper))
        problems.check(cut == expected, where, f"`and others` {'written' if cut else 'missing'}, API authorsTruncated "
                                               f"is {paper.get('authorsTruncated')} with {len(byline(paper))} printed authors")
        for parts, group, author in byline_pairs(problems, where, paper, "author", names, bib_name):
            if group:
                one = not parts.first and not parts.von and not parts.jr and len(parts.last) == 1
                braced = one and parts.last[0].startswith("{") and parts.last[0].endswith("}")
                problems.check(braced, where, f"group {author['name']!r} is not one name in braces: {parts}")
            else:
                problems.check(parts.last and (parts.first or len(author["name"].split()) == 1), where,
                               f"person {author['name']!r} not split into family and given names: {parts}")
    problems.assert_none()


def test_entry_type_and_venue_follow_the_venue_type(built):
    problems = Problems(built)
    for paper, where, entry in cite_entries(built, problems):
        kind, venue, fields = paper.get("venueType"), paper.get("venue"), bib_fields(entry)
        expected = ENTRY_TYPES.get(kind)
        problems.check(entry.entry_type.lower() == expected, where,
                       f"@{entry.entry_type} for venueType {kind!r} (venue {venue!r}); expected @{expected}")
        if kind == "proceedings":
            problems.check("booktitle" in fields and latex_text(fields["booktitle"]) == norm(venue), where,
                           f"booktitle {fields.get('booktitle')!r}, API venue {venue!r}")
            problems.check("journal" not in fields, where, "proceedings with a journal field")
        elif kind == "journal":
            problems.check("journal" in fields and latex_text(fields["journal"]) == norm(venue), where,
                           f"journal {fields.get('journal')!r}, API venue {venue!r}")
            problems.check("booktitle" not in fields, where, "journal article with a booktitle field")
        else:
            for name in ("journal", "booktitle"):
                problems.check(name not in fields, where, f"{name} = {fields.get(name)!r} on a {kind or 'venue-less'} paper")
        if kind == "preprint" and paper.get("arxiv"):
            problems.check("primaryclass" in fields, where, "preprint with an arXiv id but no primaryClass")
            expected_class = ARXIV_CLASSES.get(paper.get("category"))
            if expected_class and "primaryclass" in fields:
                problems.check(fields["primaryclass"] == expected_class, where,
                               f"primaryClass {fields['primaryclass']!r} for category {paper.get('category')}: expected {expected_class}")
    problems.assert_none()


def test_identifiers_reach_bibtex(built):
    problems = Problems(built)
    for paper, where, entry in cite_entries(built, problems):
        fields = bib_fields(entry)
        arxiv, doi = paper.get("arxiv"), paper.get("doi")
        if arxiv:
            problems.check(fields.get("eprint") == arxiv, where, f"eprint {fields.get('eprint')!r}, API arxiv {arxiv!r}")
            problems.check(fields.get("archiveprefix") == "arXiv", where, f"archivePrefix {fields.get('archiveprefix')!r}")
            problems.check(fields.get("url") == arxiv_abs(arxiv), where, f"url {fields.get('url')!r}, expected {arxiv_abs(arxiv)}")
        else:
            problems.check("eprint" not in fields, where, f"eprint {fields.get('eprint')!r} without an API arxiv id")
        if doi:
            problems.check(fields.get("doi") == doi, where, f"doi {fields.get('doi')!r}, API doi {doi!r}")
        else:
            problems.check("doi" not in fields, where, f"doi {fields.get('doi')!r} without an API doi")
        if links(paper).get("pdf") and "pdf" in fields:
            problems.check(fields["pdf"] == links(paper)["pdf"], where, f"pdf {fields['pdf']!r}, API links.pdf {links(paper)['pdf']!r}")
    problems.assert_none()


def tex_problems(raw, source):
    """What is wrong with a BibTeX value `raw` written from the captured `source` (title or abstract)."""
    found = []
    if re.search(r"\\textbackslash(\{\})?\s*[A-Za-z]", raw):
        found.append("a TeX command escaped into text (\\textbackslash{}…)")
    if "{\\$" in raw:
        found.append("math escaped into text ({\\$)")
    if len(re.findall(r"(?<!\\)\$", raw)) % 2:
        found.append("an odd number of unescaped $")
    text = MATH.sub("", raw)
    for special in "%&#_":
        if re.search(r"(?<!\\)" + re.escape(special), text):
            found.append(f"an unescaped {special} outside math")
    for math in MATH.findall(source or ""):
        if math not in raw:
            found.append(f"math {math} not kept as written")
    return found


def test_tex_stays_tex(built):
    problems = Problems(built)
    for paper, where, entry in cite_entries(built, problems):
        fields = bib_fields(built.raw_bib(where).entries[0])
        for name, source in (("title", paper.get("title")), ("abstract", paper.get("abstract"))):
            if name in fields:
                for problem in tex_problems(fields[name], source):
                    problems.add(where, f"{name}: {problem}: {fields[name][:160]!r}")
    problems.assert_none()


def test_year_only_with_a_date(built):
    problems = Problems(built)
    for paper, where, entry in cite_entries(built, problems):
        fields, date = bib_fields(entry), paper_date(paper)
        if date is None:
            for name in ("year", "month", "date"):
                problems.check(name not in fields, where, f"{name} = {fields.get(name)!r} but the API has no date")
            continue
        problems.check(fields.get("year") == str(date[0]), where, f"year {fields.get('year')!r}, API date {paper['date']}")
        month = fields.get("month")
        if month is not None:
            number = MONTHS.index(month.lower()) + 1 if month.lower() in MONTHS else int(month) if month.isdigit() else None
            problems.check(number == date[1], where, f"month {month!r}, API date {paper['date']}")
    problems.assert_none()


def test_bulk_files_repeat_the_papers_entries(built):
    """An author's or category's publications.bib holds the papers' own entries, field for field,
    and an author's holds exactly the papers api/authors.json lists."""
    problems = Problems(built)
    by_key = built.paper_by_cite_key()
    for path in built.files("*/*/publications.bib"):
        library = built.raw_bib(path)
        for entry in library.entries:
            paper = by_key.get(entry.key)
            if paper is None:
                problems.add(path, f"entry {entry.key} is no paper's cite.bib entry")
                continue
            own = built.raw_bib(f"papers/{paper['id']}/cite.bib").entries
            if own and bib_fields(own[0]) != bib_fields(entry):
                problems.add(path, f"entry {entry.key} differs from papers/{paper['id']}/cite.bib")
        if path.startswith("authors/"):
            author = built.author.get(path.split("/")[1])
            listed = {by_key[e.key]["id"] for e in library.entries if e.key in by_key}
            if author is not None and listed != set(author["papers"]):
                problems.add(path, f"{len(listed)} papers, api/authors.json lists {len(author['papers'])} "
                                   f"(missing {sorted(set(author['papers']) - listed)[:3]}, extra {sorted(listed - set(author['papers']))[:3]})")
    problems.assert_none()
