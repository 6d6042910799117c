# Galley — set-up, tests, goldens and benchmarks.
# On a fresh Debian machine: `make setup` then `make test`.

APT_PACKAGES := pkg-config libpoppler-glib-dev libcairo2-dev libhunspell-dev libjemalloc-dev hunspell-en-gb hunspell-en-us \
	poppler-utils python3 libxml2 python3-yaml chromium
SWIFT ?= swift
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

.PHONY: setup deps build test examples docs golden bench leakcheck fuzz lint clean release-build man completions install uninstall dist dist-check \
	slurm-check kubernetes-check

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
	$(MAKE) examples docs

# The example package uses GalleyKit as a library by path, as a downstream tool would.
examples:
	$(SWIFT) build --package-path Examples

# The DocC catalog (Sources/GalleyKit/GalleyKit.docc), built with every warning an error.
docs:
	$(SWIFT) package generate-documentation --target GalleyKit --warnings-as-errors
	@echo "documentation: .build/plugins/Swift-DocC/outputs/GalleyKit.doccarchive"

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
	@# The tagged document is made afresh only where LibreOffice is installed (not by `make setup`:
	@# too heavy for CI); elsewhere bench.py uses the copies in bench/inputs/.
	@if command -v soffice >/dev/null; then python3 -c "import docx, pikepdf" 2>/dev/null \
	  || python3 -m pip install --quiet python-docx pikepdf; fi
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
## path (PDF bytes through poppler and the stages), both through the public Converter, FUZZ_SECONDS each (default 300), seeded from Samples/.
## New corpus inputs go to Fuzz/corpus/<target>/ (not committed); a crash, a hang (one input
## over FUZZ_TIMEOUT seconds) or a blow-up past FUZZ_RSS_MB is written to Fuzz/findings/ and
## fails the run. Not part of `make test` or .ci/run: it needs the sanitizer runtime and time.
## FUZZ_TIMEOUT (10 s) is per input on this debug ASan build, many times slower than a release
## one (an 800-byte dump taking 0.4 s of CPU in a plain debug build passed 3 s under ASan on a
## loaded machine); a finding is timed with the debug galley before it counts as a hang. Findings
## kept as tests live in Tests/GalleyKitTests/Fixtures/fuzz/ (FuzzFindingsTests), not in the seeds.
FUZZ_SECONDS ?= 300
FUZZ_TIMEOUT ?= 10
FUZZ_RSS_MB ?= 2048
FUZZ_BUILD := $(SWIFT) build --package-path Fuzz -Xswiftc -sanitize=fuzzer,address -Xswiftc -parse-as-library
fuzz:
	$(FUZZ_BUILD)
	@mkdir -p Fuzz/corpus/raw Fuzz/corpus/pdf Fuzz/findings .build/fuzz-seeds/raw .build/fuzz-seeds/pdf
	@cp Samples/*.txt .build/fuzz-seeds/raw/
	@cp Samples/*.pdf .build/fuzz-seeds/pdf/
	$$($(FUZZ_BUILD) --show-bin-path)/FuzzRawDump Fuzz/corpus/raw .build/fuzz-seeds/raw \
	  -max_total_time=$(FUZZ_SECONDS) -timeout=$(FUZZ_TIMEOUT) -rss_limit_mb=$(FUZZ_RSS_MB) \
	  -artifact_prefix=Fuzz/findings/raw- -print_final_stats=1
	$$($(FUZZ_BUILD) --show-bin-path)/FuzzPDFReader Fuzz/corpus/pdf .build/fuzz-seeds/pdf \
	  -max_total_time=$(FUZZ_SECONDS) -timeout=$(FUZZ_TIMEOUT) -rss_limit_mb=$(FUZZ_RSS_MB) \
	  -artifact_prefix=Fuzz/findings/pdf- -print_final_stats=1

## slurm-check: docs/slurm/galley-batch.sbatch end to end on a real single-node Slurm started on this
## machine (docs/slurm/local-cluster.sh installs slurm-wlm and munge with apt-get when missing, starts
## munged, slurmctld and slurmd without systemd, and stops them afterwards, also on failure): an array
## job over 102 inputs, one task cancelled and rerun, the manifests merged, every input converted
## exactly once (docs/slurm/slurm-check.sh). Not part of `make test` or .ci/run: it installs packages
## and runs daemons as root. ~30 s on a 2-core machine after the debug build.
slurm-check:
	$(SWIFT) build --product galley
	GALLEY=$$($(SWIFT) build --show-bin-path)/galley docs/slurm/slurm-check.sh

## kubernetes-check: the manifests in docs/kubernetes/ parse as YAML and agree with each other, the
## Dockerfile and the version (python3-yaml, from APT_PACKAGES); no cluster needed. `make test` runs
## it too (KubernetesManifestTests).
kubernetes-check:
	@python3 -c "import yaml" 2>/dev/null || $(MAKE) --no-print-directory deps
	python3 docs/kubernetes/check.py

lint:
	$(SWIFT) format lint --recursive Sources Tests

clean:
	rm -rf .build

## ---- Install and release tarball -------------------------------------------------------------
## install: the release binary (Swift runtime linked in, so it needs no toolchain), its man page
## (generated from the command definitions by swift-argument-parser's generate-manual plugin) and
## bash/zsh/fish completions, under $(DESTDIR)$(PREFIX). uninstall removes exactly those files.
## dist: galley-VERSION-linux-ARCH.tar.gz in dist/ with a .sha256 beside it, checked by dist-check.
## CONFIGURATION=debug gives the same layout from a debug build (quicker, for trying the targets).
PREFIX ?= /usr/local
DESTDIR ?=
CONFIGURATION ?= release
DIST_SCRATCH := .build-dist
DIST_BUILD := $(SWIFT) build -c $(CONFIGURATION) --static-swift-stdlib --scratch-path $(DIST_SCRATCH)
STAGE := $(DIST_SCRATCH)/stage
VERSION = $(shell sed -n 's/.*static let current = "\(.*\)"/\1/p' Sources/GalleyKit/Version.swift)
ARCH := $(shell uname -m)
DIST_NAME = galley-$(VERSION)-linux-$(ARCH)

BINDIR = $(DESTDIR)$(PREFIX)/bin
MAN1DIR = $(DESTDIR)$(PREFIX)/share/man/man1
BASHDIR = $(DESTDIR)$(PREFIX)/share/bash-completion/completions
ZSHDIR = $(DESTDIR)$(PREFIX)/share/zsh/site-functions
FISHDIR = $(DESTDIR)$(PREFIX)/share/fish/vendor_completions.d
INSTALLED = $(BINDIR)/galley $(MAN1DIR)/galley.1 $(BASHDIR)/galley $(ZSHDIR)/_galley $(FISHDIR)/galley.fish

## release-build: the binary, man page and completions staged in $(STAGE) (what install and dist copy).
## The manual comes from the plugin's generate-manual tool run on the staged binary: letting the
## plugin build the package itself would compile it without --static-swift-stdlib in the same
## folder, and the static link then fails (the modules were built against the shared Foundation).
## `generate-manual --help` builds only the tool (in .build, beside the debug build). The page is
## dated by the last commit, so rebuilding the same commit gives the same page.
release-build:
	$(DIST_BUILD) --product galley
	rm -rf $(STAGE) && mkdir -p $(STAGE)/bin $(STAGE)/share/man/man1 $(STAGE)/completions
	cp $$($(DIST_BUILD) --show-bin-path)/galley $(STAGE)/bin/galley
	strip $(STAGE)/bin/galley 2>/dev/null || true
	$(SWIFT) package generate-manual --help > /dev/null
	tool=$$(find .build -name generate-manual-tool -type f -perm -u+x | head -n 1) && test -n "$$tool" && \
	  date=$$(git log -1 --format=%cs 2>/dev/null || true) && \
	  "$$tool" $(STAGE)/bin/galley $${date:+--date $$date} --output-directory $(STAGE)/share/man/man1
	test -s $(STAGE)/share/man/man1/galley.1
	$(STAGE)/bin/galley --generate-completion-script bash > $(STAGE)/completions/galley.bash
	$(STAGE)/bin/galley --generate-completion-script zsh > $(STAGE)/completions/_galley
	$(STAGE)/bin/galley --generate-completion-script fish > $(STAGE)/completions/galley.fish

install: release-build
	install -d $(BINDIR) $(MAN1DIR) $(BASHDIR) $(ZSHDIR) $(FISHDIR)
	install -m 755 $(STAGE)/bin/galley $(BINDIR)/galley
	install -m 644 $(STAGE)/share/man/man1/galley.1 $(MAN1DIR)/galley.1
	install -m 644 $(STAGE)/completions/galley.bash $(BASHDIR)/galley
	install -m 644 $(STAGE)/completions/_galley $(ZSHDIR)/_galley
	install -m 644 $(STAGE)/completions/galley.fish $(FISHDIR)/galley.fish

uninstall:
	rm -f $(INSTALLED)

## dist: the tarball holds galley-VERSION-linux-ARCH/{bin/galley, share/man/man1/galley.1,
## completions/, README.md, LICENSE when present}; dist-check unpacks it in a fresh folder and runs it.
dist: release-build
	rm -rf dist/$(DIST_NAME) && mkdir -p dist/$(DIST_NAME)
	cp -R $(STAGE)/. dist/$(DIST_NAME)/
	cp README.md dist/$(DIST_NAME)/
	[ ! -f LICENSE ] || cp LICENSE dist/$(DIST_NAME)/
	tar -C dist -czf dist/$(DIST_NAME).tar.gz --owner=0 --group=0 --sort=name $(DIST_NAME)
	rm -rf dist/$(DIST_NAME)
	cd dist && sha256sum $(DIST_NAME).tar.gz > $(DIST_NAME).tar.gz.sha256
	@echo "dist/$(DIST_NAME).tar.gz"
	$(MAKE) --no-print-directory dist-check

dist-check:
	cd dist && sha256sum -c $(DIST_NAME).tar.gz.sha256
	@tmp=$$(mktemp -d) && trap 'rm -rf "$$tmp"' EXIT && \
	  tar -C "$$tmp" -xzf dist/$(DIST_NAME).tar.gz && cp Samples/001_ff7c0782f6439bae.txt "$$tmp/issue.txt" && \
	  cd "$$tmp" && env -u LD_LIBRARY_PATH PATH=/usr/bin:/bin ./$(DIST_NAME)/bin/galley --version && \
	  env -u LD_LIBRARY_PATH PATH=/usr/bin:/bin ./$(DIST_NAME)/bin/galley convert issue.txt --format md -o issue.md && \
	  test -s issue.md && ! ldd ./$(DIST_NAME)/bin/galley | grep -q 'libswift\|libFoundation\|not found' && \
	  echo "dist-check: the binary runs from a fresh folder without the Swift toolchain's libraries"
