#!/usr/bin/env bash
# Name recall and precision on DialogSum, dialogues written by others (issue 3).
# Usage: Benchmarks/dialogsum-names/run.sh <dialogsum.SPLIT.jsonl> [--lowercase] [--mistakes | --peers]
#   e.g. Benchmarks/dialogsum-names/run.sh ../shared/datasets/dialogsum/dialogsum.test.jsonl
#   --mistakes lists every missed name and false positive; --peers runs Kortom, DEDUCE and
#   Presidio side by side on the labelled dialogues (Benchmarks/peers/run.sh); --lowercase
#   writes every turn in lower case first, as some speech-to-text does.
# The dialogues are labelled into a temporary folder, never into the repository.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
source="$(cd "$(dirname "$1")" && pwd)/$(basename "$1")"
shift
case=""
if [ "${1:-}" = "--lowercase" ]; then case="--lowercase"; shift; fi
cd "$here/../.."
folder="$(mktemp -d)"
trap 'rm -rf "$folder"' EXIT
python3 "$here/label.py" "$source" "$here/names.txt" "$folder" $case
if [ "${1:-}" = "--peers" ]; then
    Benchmarks/peers/run.sh "$folder"
else
    swift build -c release --product kortom >/dev/null
    .build/release/kortom eval redact "$folder" "$@"
fi
