#!/usr/bin/env bash
# Name recall and precision on DialogSum, dialogues written by others (issue 3).
# Usage: Benchmarks/dialogsum-names/run.sh ../shared/datasets/dialogsum/dialogsum.test.jsonl [--mistakes]
# The dialogues are labelled into a temporary folder, never into the repository.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
source="$(cd "$(dirname "$1")" && pwd)/$(basename "$1")"
shift
cd "$here/../.."
swift build -c release --product kortom >/dev/null
folder="$(mktemp -d)"
trap 'rm -rf "$folder"' EXIT
python3 "$here/label.py" "$source" "$here/names.txt" "$folder"
.build/release/kortom eval redact "$folder" "$@"
