# sitegen: `make site` builds the site into Site/, `make test` runs the whole test suite.
# Both first install the system libraries sitegen links against, if they are missing.

SWIFT        ?= swift
APT_PACKAGES := libcmark-gfm-dev libcmark-gfm-extensions-dev pkgconf
SUDO         := $(shell [ "$$(id -u)" -eq 0 ] || echo sudo)

.PHONY: all deps build site test clean

all: site

## deps: install cmark-gfm (both -dev packages: libcmark-gfm.pc links the extensions) and pkg-config
deps:
	@missing=""; \
	for p in $(APT_PACKAGES); do dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	if [ -n "$$missing" ]; then \
	  echo "Installing system packages:$$missing"; \
	  $(SUDO) apt-get update -qq && \
	  DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq --no-install-recommends $$missing; \
	fi

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

clean:
	rm -rf .build Site
