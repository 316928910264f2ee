"""Writes DialogSum or TweetSumm dialogues as labelled calls for `kortom eval redact`, names marked.

The datasets are not in the repository: this reads the copies under ../shared/datasets and
writes the labelled files into a folder outside it. The labels are dialogsum.txt or
tweetsumm.txt: which words are people's names, per split, written by hand.

Usage: python3 label.py <dialogsum.SPLIT.jsonl|tweetsumm_SPLIT.jsonl> <names file> <output folder> [--lowercase]
--lowercase writes every turn in lower case, as some speech-to-text does.
"""
import json
import os
import re
import sys


def read_names(path, split):
    """Name words for the split: everywhere, only in some dialogues, or not in some."""
    everywhere, only, never = set(), {}, {}
    for line in open(path, encoding="utf-8"):
        line = line.split("#", 1)[0].strip()
        if not line:
            continue
        parts = line.split()
        word, dialogues = parts[0], parts[1:]
        exclude = word.startswith("!")
        word = word.lstrip("!")
        dialogues = [d for d in dialogues if d.startswith(split + "_")]
        if exclude:
            for d in dialogues:
                never.setdefault(d, set()).add(word)
        elif parts[1:] and not dialogues:
            continue  # a word listed for the other split only
        elif dialogues:
            for d in dialogues:
                only.setdefault(d, set()).add(word)
        else:
            everywhere.add(word)
    return everywhere, only, never


def label(text, words):
    """Marks every whole-word occurrence of `words`; neighbours joined by a space are one name."""
    if not words:
        return text, 0
    pattern = re.compile(r"(?<![\w'])(" + "|".join(sorted(map(re.escape, words), key=len, reverse=True)) + r")(?![\w])")
    spans = [m.span() for m in pattern.finditer(text)]
    merged = []
    for start, end in spans:
        if merged and text[merged[-1][1]:start] == " ":
            merged[-1] = (merged[-1][0], end)
        else:
            merged.append((start, end))
    out, cursor = [], 0
    for start, end in merged:
        out.append(text[cursor:start])
        out.append("{{NAME:" + text[start:end] + "}}")
        cursor = end
    out.append(text[cursor:])
    return "".join(out), len(merged)


def main():
    source, names_path, folder = sys.argv[1:4]
    lowercase = "--lowercase" in sys.argv[4:]
    base = os.path.basename(source)
    if base.startswith("tweetsumm"):
        split = "test" if "_test" in base else "valid"
    else:
        split = "test" if ".test." in base else "dev"
    everywhere, only, never = read_names(names_path, split)
    os.makedirs(folder, exist_ok=True)
    total = 0
    for line in open(source, encoding="utf-8"):
        row = json.loads(line)
        if "turns" in row:
            # TweetSumm: a conversation's id, shortened, and its tweets as turns.
            name = split + "_" + row["conversation_id"][:8]
            raw_turns = [(turn["speaker"].capitalize(), " ".join(turn["sentences"]).replace("\n", " ")) for turn in row["turns"]]
        else:
            name = row["fname"]
            raw_turns = []
            for raw in row["dialogue"].split("\n"):
                raw = raw.strip()
                match = re.match(r"#(Person\d+)#:\s*(.*)", raw)
                raw_turns.append((match.group(1), match.group(2)) if match else ("Person", raw))
        words = (everywhere | only.get(name, set())) - never.get(name, set())
        turns = []
        for speaker, text in raw_turns:
            text = text.strip()
            if not text:
                continue
            # `{{` would open a marker: DialogSum has none, but keep the file parseable.
            text = text.replace("{{", "{ {")
            labelled, count = label(text, words)
            if lowercase:
                labelled = "".join(part if part.startswith("{{") else part.lower() for part in re.split(r"(\{\{NAME:)", labelled))
            total += count
            turns.append(f"{speaker}: {labelled}")
        with open(os.path.join(folder, name + ".txt"), "w", encoding="utf-8") as out:
            out.write("\n".join(turns) + "\n")
    print(f"label.py: {split}, {total} names marked", file=sys.stderr)


if __name__ == "__main__":
    main()
