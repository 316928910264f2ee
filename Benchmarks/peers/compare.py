"""Runs Kortom, DEDUCE and Presidio side by side on one labelled corpus.

Reports, for each tool in the same run: megabytes per second on one thread, and per type of
labelled value the share that the tool redacted (any finding overlapping the value counts,
whatever type the tool gave it: a redacted value is protected), plus how many hard negatives
({{NOT:...}}) each tool redacted and how many of its spans overlap no labelled value (on a
corpus with only some types labelled, such as names in DialogSum, these include values of the
other types). See README.md.
"""
import argparse, json, logging, os, re, subprocess, sys, tempfile, time

MARKER = re.compile(r"\{\{([A-Z]+):(.*?)\}\}", re.S)

# What each peer was built to find, by Kortom's type names; recall on other types is printed
# too, but a peer is only held to the types it covers.
DEDUCE_COVERS = {"NAME", "ADDRESS", "POSTCODE", "DOB", "AGE", "PHONE", "EMAIL", "BSN", "URL"}
PRESIDIO_COVERS = {"EMAIL", "PHONE", "IBAN", "CARD", "IP", "URL", "DOB", "BSN", "POSTCODE", "PLATE"}


def load(corpus):
    documents = []
    for name in sorted(os.listdir(corpus)):
        if not name.endswith(".txt") or name.startswith("."):
            continue
        with open(os.path.join(corpus, name), "rb") as handle:
            raw = handle.read()
        try:
            labelled = raw.decode("utf-8-sig")
        except UnicodeDecodeError:
            labelled = raw.decode("cp1252")
        text, gold, negatives, cursor = [], [], [], 0
        last = 0
        for match in MARKER.finditer(labelled):
            text.append(labelled[last:match.start()])
            cursor += match.start() - last
            value = match.group(2)
            span = (cursor, cursor + len(value))
            (negatives if match.group(1) == "NOT" else gold).append((match.group(1), span))
            text.append(value)
            cursor += len(value)
            last = match.end()
        text.append(labelled[last:])
        documents.append({"name": name, "text": "".join(text), "gold": gold, "negatives": negatives})
    return documents


def best_of(repeat, work):
    best, result = float("inf"), None
    for _ in range(repeat):
        start = time.perf_counter()
        found = work()
        best = min(best, time.perf_counter() - start)
        result = found if result is None else result
    return best, result


def run_kortom(kortom, corpus, documents, repeat):
    with tempfile.TemporaryDirectory() as scratch:
        findings_path = os.path.join(scratch, "findings.jsonl")
        completed = subprocess.run([kortom, "bench", "redact", corpus, "--repeat", str(repeat), "--findings", findings_path],
                                   check=True, capture_output=True, text=True)
        rate = float(re.search(r"([0-9.]+) MB/s", completed.stdout).group(1))
        by_name = {}
        with open(findings_path, encoding="utf-8") as handle:
            for line in handle:
                record = json.loads(line)
                by_name[record["file"]] = record["findings"]
    spans = []
    for document in documents:
        encoded = document["text"].encode("utf-8")
        # Kortom reports UTF-8 byte offsets; the labels are in characters.
        to_char = lambda offset: len(encoded[:offset].decode("utf-8", errors="ignore"))
        spans.append([(to_char(f["start"]), to_char(f["end"])) for f in by_name.get(document["name"], [])])
    return rate, spans


def run_deduce(documents, repeat):
    import deduce
    engine = deduce.Deduce()
    def work():
        return [[(a.start_char, a.end_char) for a in engine.deidentify(d["text"]).annotations] for d in documents]
    seconds, spans = best_of(repeat, work)
    return sum(len(d["text"].encode("utf-8")) for d in documents) / seconds / 1e6, spans


def presidio_recognizers():
    from presidio_analyzer import Pattern, PatternRecognizer
    from presidio_analyzer.predefined_recognizers import (CreditCardRecognizer, DateRecognizer, EmailRecognizer,
                                                          IbanRecognizer, IpRecognizer, PhoneRecognizer, UrlRecognizer)

    class BSNRecognizer(PatternRecognizer):
        def validate_result(self, pattern_text):
            digits = [int(c) for c in pattern_text if c.isdigit()]
            if len(digits) == 8:
                digits = [0] + digits
            if len(digits) != 9:
                return False
            total = sum(d * (9 - i) for i, d in enumerate(digits[:8])) - digits[8]
            return total % 11 == 0 and total != 0

    bsn = BSNRecognizer(supported_entity="NL_BSN", supported_language="nl", patterns=[
        Pattern("bsn", r"\b[0-9]{3}[ .-]?[0-9]{2}[ .-]?[0-9]{2}[ .-]?[0-9]{2}\b|\b[0-9]{3}[ .-]?[0-9]{3}[ .-]?[0-9]{3}\b|\b[0-9]{8,9}\b", 0.5)],
        context=["bsn", "burgerservicenummer", "sofinummer"])
    postcode = PatternRecognizer(supported_entity="NL_POSTCODE", supported_language="nl", patterns=[
        Pattern("postcode", r"\b[1-9][0-9]{3} ?(?!SA|SD|SS)[A-Za-z]{2}\b", 0.6)], context=["postcode"])
    letter, digit = "[BDFGHJKLMNPRSTVXZ]", "[0-9]"
    sidecodes = ["LL-DD-DD", "DD-DD-LL", "DD-LL-DD", "LL-DD-LL", "LL-LL-DD", "DD-LL-LL", "DD-LLL-D", "D-LLL-DD",
                 "LL-DDD-L", "L-DDD-LL", "LLL-DD-L", "L-DD-LLL", "D-LL-DDD", "DDD-LL-D"]
    def plate_regex(code, dashes):
        body = "".join(letter if c == "L" else digit if c == "D" else ("-" if dashes else "") for c in code)
        return r"\b" + body + r"\b"
    plate = PatternRecognizer(supported_entity="NL_LICENSE_PLATE", supported_language="nl", patterns=[
        Pattern("kenteken-" + code, plate_regex(code, dashes), 0.6 if dashes else 0.3)
        for code in sidecodes for dashes in (True, False)], context=["kenteken", "registration", "plate"])
    return [EmailRecognizer(supported_language="nl"), PhoneRecognizer(supported_language="nl", supported_regions=("NL", "GB", "BE", "DE")),
            IbanRecognizer(supported_language="nl"), CreditCardRecognizer(supported_language="nl"), IpRecognizer(supported_language="nl"),
            UrlRecognizer(supported_language="nl"), DateRecognizer(supported_language="nl"), bsn, postcode, plate]


def run_presidio(documents, repeat):
    recognizers = presidio_recognizers()
    def work():
        found = []
        for document in documents:
            spans = []
            for recognizer in recognizers:
                for result in recognizer.analyze(document["text"], recognizer.supported_entities, None) or []:
                    spans.append((result.start, result.end))
            found.append(spans)
        return found
    seconds, spans = best_of(repeat, work)
    return sum(len(d["text"].encode("utf-8")) for d in documents) / seconds / 1e6, spans


def score(documents, spans_per_document):
    found, total, negatives_hit, negatives, outside = {}, {}, 0, 0, 0
    for document, spans in zip(documents, spans_per_document):
        overlaps = lambda span: any(start < span[1] and span[0] < end for start, end in spans)
        for kind, span in document["gold"]:
            total[kind] = total.get(kind, 0) + 1
            found[kind] = found.get(kind, 0) + (1 if overlaps(span) else 0)
        negatives += len(document["negatives"])
        negatives_hit += sum(1 for _, span in document["negatives"] if overlaps(span))
        outside += sum(1 for start, end in spans if not any(start < gold[1] and gold[0] < end for _, gold in document["gold"]))
    return {kind: found[kind] / total[kind] for kind in total}, total, negatives_hit, negatives, outside


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--corpus", default="Fixtures/pii")
    parser.add_argument("--kortom", default=".build/release/kortom")
    parser.add_argument("--repeat", type=int, default=3)
    arguments = parser.parse_args()
    logging.disable(logging.INFO)
    documents = load(arguments.corpus)
    size = sum(len(d["text"].encode("utf-8")) for d in documents)
    results = {}
    results["kortom"] = run_kortom(arguments.kortom, arguments.corpus, documents, arguments.repeat)
    results["deduce"] = run_deduce(documents, arguments.repeat)
    results["presidio"] = run_presidio(documents, arguments.repeat)
    scores = {tool: score(documents, spans) for tool, (_, spans) in results.items()}
    print(f"corpus: {arguments.corpus}, {len(documents)} files, {size} bytes, one thread, best of {arguments.repeat}")
    print(f"{'':15}" + "".join(f"{tool:>12}" for tool in results))
    print(f"{'MB/s':15}" + "".join(f"{results[tool][0]:>12.2f}" for tool in results))
    kortom_rate = results["kortom"][0]
    print(f"{'Kortom faster':15}" + "".join(f"{kortom_rate / results[tool][0]:>11.0f}x" for tool in results))
    totals = scores["kortom"][1]
    if not totals:
        return 0
    print("recall by labelled type (values redacted / labelled; * = a type the peer was not built for)")
    for kind in sorted(totals):
        cells = ""
        for tool in results:
            covers = tool == "kortom" or kind in (DEDUCE_COVERS if tool == "deduce" else PRESIDIO_COVERS)
            cells += f"{scores[tool][0][kind]:>11.3f}" + (" " if covers else "*")
        print(f"{kind + ' (' + str(totals[kind]) + ')':15}" + cells)
    print(f"{'hard negatives':15}" + "".join(f"{str(scores[tool][2]) + '/' + str(scores[tool][3]):>12}" for tool in results) + "  (hard negatives redacted)")
    print(f"{'unlabelled':15}" + "".join(f"{scores[tool][4]:>12}" for tool in results) + "  (spans redacted that overlap no labelled value)")


if __name__ == "__main__":
    sys.exit(main())
