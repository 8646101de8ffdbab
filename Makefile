# CivicQuiz: `make run` and `make test` set themselves up on a fresh clone.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-stamp
SRC    := src tests bench scripts

.PHONY: run test lint typecheck pytest bench system-deps postgres-deps a11y-deps generate translations clean dist dist-deps test-dist repro

QM := resources/translations/civicquiz_ru.qm resources/translations/civicquiz_kk.qm

run: $(STAMP) system-deps translations
	$(BIN)/civicquiz

test: $(STAMP) system-deps postgres-deps a11y-deps translations lint typecheck pytest

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

# Interface translations: .ts sources (Qt Linguist) compiled to .qm.
translations: $(QM)

resources/translations/%.qm: resources/translations/%.ts $(STAMP)
	$(BIN)/pyside6-lrelease -silent $< -qm $@

lint: $(STAMP)
	$(BIN)/ruff check $(SRC)
	$(BIN)/ruff format --check $(SRC)

typecheck: $(STAMP)
	$(BIN)/mypy src/civicquiz/core src/civicquiz/facts src/civicquiz/formats

pytest: $(STAMP) translations
	CIVICQUIZ_REQUIRE_POSTGRES=1 QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q

bench: $(STAMP) translations
	$(BIN)/python bench/run_all.py

# The one-folder app in dist/civicquiz/ and a zip of it (see docs/packaging.md).
dist: dist-deps translations
	$(BIN)/pyinstaller --noconfirm --clean --log-level WARN build.spec
	$(BIN)/python scripts/make_zip.py dist/civicquiz dist/civicquiz.zip

# Build the bundle and run its self-test (also without a network, where unshare allows).
test-dist: dist-deps translations
	CIVICQUIZ_TEST_DIST=1 QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q -m slow tests/test_dist.py

# Two builds with SOURCE_DATE_EPOCH and PYTHONHASHSEED=0 must give the same files.
repro: dist-deps translations
	$(BIN)/python scripts/check_reproducible.py

# PyInstaller, and the tools the build uses: binutils (PyInstaller reads and strips the
# libraries with it) and ICU's icupkg (trims ICU's data). Installed as root on
# Debian/Ubuntu, otherwise named.
BUILD_TOOLS := objdump objcopy strip as ld icupkg
dist-deps: $(STAMP)
	$(BIN)/python -m pip install --quiet "pyinstaller>=6.5"
	@for tool in $(BUILD_TOOLS); do command -v $$tool >/dev/null || missing="$$missing $$tool"; done; \
	if [ -n "$$missing" ]; then \
	  if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
	    echo "installing the build tools (missing:$$missing): binutils icu-devtools"; \
	    export DEBIAN_FRONTEND=noninteractive; \
	    apt-get install -y -qq binutils icu-devtools >/dev/null 2>&1 || \
	      { apt-get update -qq && apt-get install -y -qq binutils icu-devtools; } || exit 1; \
	  else \
	    echo "Building the bundle needs$$missing: sudo apt-get install binutils icu-devtools"; exit 1; \
	  fi; \
	fi

generate: $(STAMP)
	$(BIN)/civicquiz generate

clean:
	rm -rf $(VENV) build dist .pytest_cache .mypy_cache .ruff_cache
