#!/usr/bin/env bash
# Name recall and precision on dialogues written by others: DialogSum and TweetSumm (issue 3).
# Usage: Benchmarks/names/run.sh <dialogsum.SPLIT.jsonl|tweetsumm_SPLIT.jsonl> [--lowercase] [--mistakes | --peers]
#   e.g. Benchmarks/names/run.sh ../shared/datasets/dialogsum/dialogsum.test.jsonl
#   --mistakes lists every missed name and false positive; --peers runs Kortom, DEDUCE and
#   Presidio side by side on the labelled dialogues (Benchmarks/peers/run.sh); --lowercase
#   writes every turn in lower case first, as some speech-to-text does.
# The dialogues are labelled into a temporary folder, never into the repository.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
if [ $# -lt 1 ] || [ ! -f "$1" ]; then
    echo "run.sh: ${1:-no dataset given}: not a file; give a DialogSum or TweetSumm .jsonl, for example ../shared/datasets/dialogsum/dialogsum.test.jsonl" >&2
    exit 2
fi
source="$(cd "$(dirname "$1")" && pwd)/$(basename "$1")"
shift
lower=""
if [ "${1:-}" = "--lowercase" ]; then lower="--lowercase"; shift; fi
cd "$here/../.."
folder="$(mktemp -d)"
trap 'rm -rf "$folder"' EXIT
case "$(basename "$source")" in
    tweetsumm*) labels="$here/tweetsumm.txt" ;;
    *) labels="$here/dialogsum.txt" ;;
esac
python3 "$here/label.py" "$source" "$labels" "$folder" $lower
if [ "${1:-}" = "--peers" ]; then
    Benchmarks/peers/run.sh "$folder"
else
    swift build -c release --product kortom >/dev/null
    .build/release/kortom eval redact "$folder" "$@"
fi
