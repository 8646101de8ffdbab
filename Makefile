# CivicQuiz: `make run` and `make test` set themselves up on a fresh clone.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-stamp
SRC    := src tests bench scripts

.PHONY: run test lint typecheck imports pytest bench system-deps postgres-deps a11y-deps packaging-tools \
        generate translations update-translations clean dist dist-deps deb test-dist repro lock lock-upgrade icons

QM := resources/translations/civicquiz_en.qm resources/translations/civicquiz_ru.qm \
      resources/translations/civicquiz_kk.qm

run: $(STAMP) system-deps translations
	$(BIN)/civicquiz

test: $(STAMP) system-deps postgres-deps a11y-deps packaging-tools translations lint typecheck imports pytest

$(STAMP): pyproject.toml
	@$(PYTHON) -c 'import sys; sys.exit(sys.version_info < (3, 11))' || \
	  { echo "CivicQuiz needs Python 3.11 or newer (found $$($(PYTHON) --version))."; exit 1; }
	@$(PYTHON) -m venv $(VENV) || \
	  { echo "Could not create a virtual environment: install python3-venv (sudo apt-get install python3-venv)."; exit 1; }
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e ".[test]"
	@touch $@

# Qt needs a few system libraries (X11/xcb, EGL, fontconfig, fonts); installs them as root
# on Debian/Ubuntu, otherwise says which packages to install.
system-deps: $(STAMP)
	$(BIN)/python -m civicquiz.preflight --install

# The screen-reader test (tests/gui/test_screen_reader.py) runs the app on a real AT-SPI
# bus: Debian's at-spi2-core, pyatspi for the system python3, D-Bus, Xvfb and xdotool.
# Installed as root on Debian/Ubuntu; otherwise that test is skipped and says what is missing.
A11Y_PACKAGES := at-spi2-core python3-pyatspi dbus xvfb xdotool espeak-ng
a11y-deps:
	@if [ -x /usr/libexec/at-spi-bus-launcher ] && /usr/bin/python3 -c 'import pyatspi' 2>/dev/null \
	  && command -v dbus-run-session >/dev/null && command -v Xvfb >/dev/null \
	  && command -v xdotool >/dev/null && command -v espeak-ng >/dev/null; then :; \
	elif [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
	  echo "installing the screen-reader test's tools: $(A11Y_PACKAGES)"; \
	  export DEBIAN_FRONTEND=noninteractive; \
	  apt-get install -y -qq $(A11Y_PACKAGES) >/dev/null 2>&1 || \
	    { apt-get update -qq && apt-get install -y -qq $(A11Y_PACKAGES) >/dev/null; } || \
	    echo "could not install $(A11Y_PACKAGES): the screen-reader test will be skipped"; \
	else \
	  echo "The screen-reader test needs: sudo apt-get install $(A11Y_PACKAGES) (skipped until then)"; \
	fi

# The tests run the database tests on a throwaway PostgreSQL server too (initdb in a
# temporary folder): its server programs are installed as root on Debian/Ubuntu,
# otherwise named.
postgres-deps:
	@if ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null; then :; \
	elif [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
	  echo "installing the PostgreSQL server for the tests: postgresql"; \
	  export DEBIAN_FRONTEND=noninteractive; \
	  apt-get install -y -qq postgresql >/dev/null 2>&1 || \
	    { apt-get update -qq && apt-get install -y -qq postgresql; } || exit 1; \
	else \
	  echo "The tests need PostgreSQL's server programs: sudo apt-get install postgresql"; exit 1; \
	fi

# Interface translations: .ts sources (Qt Linguist) compiled to .qm. The .ts files are the
# source: `make update-translations` adds new interface text to them (lupdate keeps every
# translation made); translate in Qt Linguist. civicquiz_en.ts holds only "%n" plurals.
translations: $(QM)

GUI_SOURCES = $(shell find src/civicquiz/gui -name '*.py' | sort)
update-translations: $(STAMP)
	$(BIN)/pyside6-lupdate $(GUI_SOURCES) -no-obsolete -locations relative \
	  -ts resources/translations/civicquiz_ru.ts resources/translations/civicquiz_kk.ts
	$(BIN)/pyside6-lupdate $(GUI_SOURCES) -pluralonly -no-obsolete -locations relative \
	  -ts resources/translations/civicquiz_en.ts

resources/translations/%.qm: resources/translations/%.ts $(STAMP)
	$(BIN)/pyside6-lrelease -silent $< -qm $@

lint: $(STAMP)
	$(BIN)/ruff check $(SRC)
	$(BIN)/ruff format --check $(SRC)

# Strict mypy (pyproject's [tool.mypy]) over the whole package.
typecheck: $(STAMP)
	$(BIN)/mypy src/civicquiz

# The layer contracts in pyproject's [tool.importlinter] (see ARCHITECTURE.md).
imports: $(STAMP)
	$(BIN)/lint-imports

pytest: $(STAMP) translations
	CIVICQUIZ_REQUIRE_POSTGRES=1 QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q

bench: $(STAMP) translations
	$(BIN)/python bench/run_all.py

# The one-folder app in dist/civicquiz/, a zip of it, and the source archive that goes with
# them (see docs/packaging.md). Built in .venv-dist/, which holds exactly the versions
# pinned in requirements.lock: two builds a month apart bundle the same libraries.
dist: dist-deps translations
	$(DIST_BIN)/pyinstaller --noconfirm --clean --log-level WARN build.spec
	$(DIST_BIN)/python scripts/make_zip.py dist/civicquiz dist/civicquiz.zip
	$(DIST_BIN)/python scripts/make_source.py dist

# The Debian package dist/civicquiz_VERSION_ARCH.deb of the bundle (installs to /opt).
deb: dist
	$(DIST_BIN)/python scripts/make_deb.py dist/civicquiz dist

# Build the bundle and the .deb; run the self-test from the folder, the zip and the
# package installed in a throwaway root (also without a network, where unshare allows).
test-dist: dist-deps translations packaging-tools
	CIVICQUIZ_TEST_DIST=1 CIVICQUIZ_DIST_PYTHON=$(CURDIR)/$(DIST_BIN)/python QT_QPA_PLATFORM=offscreen \
	  $(BIN)/python -m pytest -q -m slow tests/test_dist.py

# Two builds with SOURCE_DATE_EPOCH and PYTHONHASHSEED=0 must give the same files.
repro: dist-deps translations
	$(DIST_BIN)/python scripts/check_reproducible.py

# requirements.lock: pyproject's dependencies and the `dist` extra (PyInstaller) resolved
# for every system, with hashes. `make lock` after changing a dependency in pyproject.toml
# (keeps the other pins); `make lock-upgrade` moves every pin to the newest release.
LOCK        := requirements.lock
LOCK_FLAGS  ?=
lock: $(STAMP)
	$(BIN)/python -m pip install --quiet "uv>=0.5"
	$(BIN)/uv pip compile pyproject.toml --extra dist --universal --python-version 3.11 \
	  --generate-hashes --annotation-style line --quiet -o $(LOCK) $(LOCK_FLAGS)

lock-upgrade:
	$(MAKE) lock LOCK_FLAGS=--upgrade

DIST_VENV  := .venv-dist
DIST_BIN   := $(DIST_VENV)/bin
DIST_STAMP := $(DIST_VENV)/.installed-stamp
$(DIST_STAMP): $(LOCK)
	rm -rf $(DIST_VENV)
	$(PYTHON) -m venv $(DIST_VENV)
	$(DIST_BIN)/python -m pip install --quiet --require-hashes --no-deps -r $(LOCK)
	@touch $@

# The icons in packaging/icons/ drawn again from resources/icons/civicquiz.svg (they are
# committed; a test fails when they no longer match the SVG).
icons: $(STAMP)
	$(BIN)/python -m pip install --quiet "pillow>=10"
	QT_QPA_PLATFORM=offscreen $(BIN)/python scripts/make_icons.py

# The validators the packaging tests run on the menu entry and the AppStream data:
# installed as root on Debian/Ubuntu, otherwise named (the tests skip, saying why).
packaging-tools:
	@if ! command -v desktop-file-validate >/dev/null || ! command -v appstreamcli >/dev/null; then \
	  if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
	    echo "installing the packaging validators: desktop-file-utils appstream"; \
	    export DEBIAN_FRONTEND=noninteractive; \
	    apt-get install -y -qq desktop-file-utils appstream >/dev/null 2>&1 || \
	      { apt-get update -qq && apt-get install -y -qq desktop-file-utils appstream; } || exit 1; \
	  else \
	    echo "The packaging tests need: sudo apt-get install desktop-file-utils appstream"; \
	  fi; \
	fi

# The build environment (.venv-dist, from the lock) and the tools the build uses: binutils
# (PyInstaller reads and strips the libraries with it), ICU's icupkg (trims ICU's data),
# and libpq5, whose Debian copyright files are the licences of the libpq, OpenSSL,
# Kerberos and LDAP libraries psycopg's wheel brings. Installed as root on Debian/Ubuntu,
# otherwise named.
BUILD_TOOLS    := objdump objcopy strip as ld icupkg
BUILD_PACKAGES := binutils icu-devtools libpq5
dist-deps: $(DIST_STAMP)
	@for tool in $(BUILD_TOOLS); do command -v $$tool >/dev/null || missing="$$missing $$tool"; done; \
	[ -e /usr/share/doc/libpq5/copyright ] || ! command -v dpkg >/dev/null || missing="$$missing libpq5"; \
	if [ -n "$$missing" ]; then \
	  if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
	    echo "installing the build tools (missing:$$missing): $(BUILD_PACKAGES)"; \
	    export DEBIAN_FRONTEND=noninteractive; \
	    apt-get install -y -qq $(BUILD_PACKAGES) >/dev/null 2>&1 || \
	      { apt-get update -qq && apt-get install -y -qq $(BUILD_PACKAGES); } || exit 1; \
	  else \
	    echo "Building the bundle needs$$missing: sudo apt-get install $(BUILD_PACKAGES)"; exit 1; \
	  fi; \
	fi

generate: $(STAMP)
	$(BIN)/civicquiz generate

clean:
	rm -rf $(VENV) $(DIST_VENV) build dist .pytest_cache .mypy_cache .ruff_cache
