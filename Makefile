# Galley — set-up, tests, goldens and benchmarks.
# On a fresh Debian machine: `make setup` then `make test`.

APT_PACKAGES := pkg-config libpoppler-glib-dev libhunspell-dev hunspell-en-gb hunspell-en-us poppler-utils
SWIFT ?= swift
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

.PHONY: setup deps build test golden bench leakcheck lint clean

## setup: install the C libraries and dictionaries when missing, then build.
setup: deps build

deps:
	@missing=""; for p in $(APT_PACKAGES); do \
	  dpkg-query -W -f='$${Status}' $$p 2>/dev/null | grep -q "install ok installed" || missing="$$missing $$p"; \
	done; \
	if [ -n "$$missing" ]; then \
	  echo "installing:$$missing"; \
	  $(SUDO) apt-get update -qq && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq $$missing; \
	else echo "system packages present"; fi

build:
	$(SWIFT) build

## test: the whole suite (unit, golden, property, end-to-end).
test:
	$(SWIFT) test

## golden: rewrite Golden/ from the current build; read `git diff Golden` before committing.
golden:
	GALLEY_UPDATE_GOLDEN=1 $(SWIFT) test --filter GoldenTests || true
	@git --no-pager diff --stat -- Golden || true

## bench: release build, then Galley against pdftotext and its own targets; writes bench/results.md.
bench:
	$(SWIFT) build -c release
	@python3 -c "import reportlab" 2>/dev/null || python3 -m pip install --quiet reportlab
	python3 bench/bench.py

lint:
	$(SWIFT) format lint --recursive Sources Tests

clean:
	rm -rf .build
