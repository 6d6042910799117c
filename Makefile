# Galley — set-up, tests, goldens and benchmarks.
# On a fresh Debian machine: `make setup` then `make test`.

APT_PACKAGES := pkg-config libpoppler-glib-dev libhunspell-dev hunspell-en-gb hunspell-en-us poppler-utils python3
SWIFT ?= swift
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

.PHONY: setup deps build test golden bench leakcheck fuzz lint clean

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
	@git --no-pager status --short -- Golden
	@git --no-pager diff --stat -- Golden || true

## bench: release build (Swift runtime linked in, as shipped), then Galley against pdftotext and
## its own targets; writes bench/results.md. Its own build directory, so a debug build is not disturbed.
BENCH_BUILD := $(SWIFT) build -c release --static-swift-stdlib --scratch-path .build-bench
bench:
	$(BENCH_BUILD)
	@python3 -c "import reportlab" 2>/dev/null || python3 -m pip install --quiet reportlab
	python3 bench/bench.py --galley $$($(BENCH_BUILD) --show-bin-path)/galley

## leakcheck: convert a generated 100-page PDF under valgrind (G_SLICE=always-malloc so glib's
## slices show); fails on any definitely or indirectly lost byte. Needs python3 and valgrind.
## BUILD_FLAGS passes extra flags to swift build (e.g. --scratch-path .build-x).
LEAK_PDF := .build/leakcheck-100.pdf
leakcheck:
	$(SWIFT) build $(BUILD_FLAGS)
	@mkdir -p .build
	python3 Tests/GalleyKitTests/Fixtures/pdf/make_fixtures.py --long 100 $(LEAK_PDF)
	G_SLICE=always-malloc valgrind --leak-check=full --errors-for-leak-kinds=definite,indirect --error-exitcode=1 \
	  --log-file=.build/leakcheck.log $$($(SWIFT) build $(BUILD_FLAGS) --show-bin-path)/galley convert $(LEAK_PDF) \
	  -o .build/leakcheck-100.json; status=$$?; grep -A6 "LEAK SUMMARY" .build/leakcheck.log; exit $$status

## fuzz: libFuzzer (with AddressSanitizer) on the raw-dump pipeline (bytes to JSON) and on the PDF
## reader (bytes to the document model), FUZZ_SECONDS each (default 300), seeded from Samples/.
## New corpus inputs go to Fuzz/corpus/<target>/ (not committed); a crash, a hang (one input
## over FUZZ_TIMEOUT seconds) or a blow-up past FUZZ_RSS_MB is written to Fuzz/findings/ and
## fails the run. Not part of `make test` or .ci/run: it needs the sanitizer runtime and time.
## FUZZ_TIMEOUT (3 s) is per input on this debug ASan build, many times slower than a release one:
## a finding is checked against the debug galley before it counts as a hang.
FUZZ_SECONDS ?= 300
FUZZ_TIMEOUT ?= 3
FUZZ_RSS_MB ?= 2048
FUZZ_BUILD := $(SWIFT) build --package-path Fuzz -Xswiftc -sanitize=fuzzer,address -Xswiftc -parse-as-library
fuzz:
	$(FUZZ_BUILD)
	@mkdir -p Fuzz/corpus/raw Fuzz/corpus/pdf Fuzz/findings .build/fuzz-seeds/raw .build/fuzz-seeds/pdf
	@cp Samples/*.txt Tests/GalleyKitTests/Fixtures/fuzz/raw-* .build/fuzz-seeds/raw/
	@cp Samples/*.pdf .build/fuzz-seeds/pdf/
	$$($(FUZZ_BUILD) --show-bin-path)/FuzzRawDump Fuzz/corpus/raw .build/fuzz-seeds/raw \
	  -max_total_time=$(FUZZ_SECONDS) -timeout=$(FUZZ_TIMEOUT) -rss_limit_mb=$(FUZZ_RSS_MB) \
	  -artifact_prefix=Fuzz/findings/raw- -print_final_stats=1
	$$($(FUZZ_BUILD) --show-bin-path)/FuzzPDFReader Fuzz/corpus/pdf .build/fuzz-seeds/pdf \
	  -max_total_time=$(FUZZ_SECONDS) -timeout=$(FUZZ_TIMEOUT) -rss_limit_mb=$(FUZZ_RSS_MB) \
	  -artifact_prefix=Fuzz/findings/pdf- -print_final_stats=1

lint:
	$(SWIFT) format lint --recursive Sources Tests

clean:
	rm -rf .build
