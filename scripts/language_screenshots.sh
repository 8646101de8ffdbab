#!/bin/sh
# Pictures of the app in Kazakh and Russian, taken of the real window on a virtual screen
# with ../shared/tools/screenshot (issue 14): a Kazakh lesson, a Russian quiz with its
# feedback, and the glossary. Run from the repository after `make .venv/.installed-stamp
# translations`; retake after the translations change.
set -e
cd "$(dirname "$0")/.."
TOOL=${SCREENSHOT_TOOL:-../shared/tools/screenshot}
for name in lesson-kazakh quiz-russian-feedback glossary; do
  "$TOOL" --out "docs/screenshots/$name.png" --wait 6 --size 1280x800 -- \
    .venv/bin/python scripts/screenshots.py --show "$name"
done
