"""RIS as EndNote, Zotero and Mendeley import it (issue 15): every `cite.ris`, read by rispy, says what
api/papers.json says about the paper.

- One record, only tags rispy knows.
- Authors: one `AU` per printed author, in order, nobody else; a person `Family, Given`, a group
  (`Gemini Team`) its name as printed, never inverted.
- `TY`: `UNPB` for a preprint and for a paper with no venue, `CPAPER` for proceedings, `JOUR` for a
  journal, the venue as `T2` for the last two only.
- Identifiers: `UR` to arxiv.org/abs for an arXiv id, `DO` for a DOI, `L1` for the PDF.
- RIS is plain text: no TeX in any value; the title and abstract are the API's plain ones.
- Dates: `PY` and `DA` exactly when the paper has a date, and the right ones.
"""
import rispy

from conftest import (Problems, arxiv_abs, byline_pairs, check_plain_text, each_record, inverted_name, links, norm,
                      paper_date)

TYPES = {"preprint": "UNPB", "proceedings": "CPAPER", "journal": "JOUR", None: "UNPB"}


def records(built, problems):
    return each_record(built, problems, "cite.ris", built.ris)


def test_every_ris_file_reads_as_one_known_record(built):
    problems = Problems(built)
    for paper, where, record in records(built, problems):
        problems.check("unknown_tag" not in record, where, f"tags rispy does not know: {record.get('unknown_tag')}")
        problems.check(record.get("type_of_reference") in rispy.config.TYPE_OF_REFERENCE_MAPPING, where,
                       f"TY {record.get('type_of_reference')!r} is no RIS type")
    problems.assert_none()


def test_authors_are_the_printed_byline(built):
    problems = Problems(built)
    for paper, where, record in records(built, problems):
        written = record.get("authors", []) + record.get("first_authors", [])
        for name, group, author in byline_pairs(problems, where, paper, "AU", written, inverted_name):
            if group:
                problems.check(norm(name) == norm(author["name"]), where, f"group {author['name']!r} written as {name!r}")
            else:
                problems.check("," in name or len(name.split()) == 1, where, f"person {name!r} not written `Family, Given`")
    problems.assert_none()


def test_type_follows_the_venue_type(built):
    problems = Problems(built)
    for paper, where, record in records(built, problems):
        kind, venue = paper.get("venueType"), paper.get("venue")
        expected = TYPES.get(kind)
        problems.check(record.get("type_of_reference") == expected, where,
                       f"TY {record.get('type_of_reference')!r} for venueType {kind!r} (venue {venue!r}); expected {expected}")
        container = record.get("secondary_title")
        if kind in ("proceedings", "journal"):
            problems.check(norm(container or "") == norm(venue), where, f"T2 {container!r}, API venue {venue!r}")
        else:
            problems.check(container is None, where, f"T2 {container!r} for venueType {kind!r}")
    problems.assert_none()


def test_identifiers_reach_ris(built):
    problems = Problems(built)
    for paper, where, record in records(built, problems):
        arxiv, doi, pdf = paper.get("arxiv"), paper.get("doi"), links(paper).get("pdf")
        if arxiv:
            problems.check(arxiv_abs(arxiv) in record.get("urls", []), where, f"UR {record.get('urls')}, no {arxiv_abs(arxiv)}")
        problems.check(record.get("doi") == doi, where, f"DO {record.get('doi')!r}, API doi {doi!r}")
        problems.check(record.get("file_attachments1") == pdf, where, f"L1 {record.get('file_attachments1')!r}, API links.pdf {pdf!r}")
    problems.assert_none()


def test_plain_text_without_tex(built):
    problems = Problems(built)
    for paper, where, record in records(built, problems):
        check_plain_text(problems, where, paper, record, record.get("title"), record.get("abstract"))
    problems.assert_none()


def test_dates_only_when_known(built):
    problems = Problems(built)
    for paper, where, record in records(built, problems):
        date = paper_date(paper)
        if date is None:
            for tag, key in (("PY", "year"), ("DA", "date"), ("Y1", "publication_year")):
                problems.check(key not in record, where, f"{tag} {record.get(key)!r} but the API has no date")
            continue
        problems.check(record.get("year") == str(date[0]), where, f"PY {record.get('year')!r}, API date {paper['date']}")
        expected = "%04d/%02d/%02d" % date
        problems.check((record.get("date") or "").startswith(expected), where, f"DA {record.get('date')!r}, expected {expected}")
    problems.assert_none()
