#!/usr/bin/env bash
# mypy over models, skill and web under their installed names (trust_tracker.*).
# The editable install maps those names with an import hook mypy cannot follow, so a
# folder of links gives mypy the same layout.
#
#   infra/typecheck.sh .venv/bin/mypy
set -euo pipefail
cd "$(dirname "$0")/.."
links=build/typecheck/trust_tracker
mkdir -p "$links"
for package in models skill web; do
  ln -sfn "../../../$package" "$links/$package"
done
MYPYPATH=build/typecheck exec "$1" -p trust_tracker.models -p trust_tracker.skill -p trust_tracker.web
