import ArgumentParser
import Foundation
import KortomKit

struct SummariesEvalCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "summaries",
        abstract: "ROUGE of Kortom's summaries and a LEAD baseline against reference summaries.",
        discussion: """
            Reads a TweetSumm or DialogSum JSONL file (for example ../shared/datasets/tweetsumm/\
            tweetsumm_test.jsonl), runs every dialogue through the pipeline's redact, extract, \
            summarise and guard stages, and compares the summary with the references, beside \
            LEAD-N (the dialogue's first N sentences), in one run. ROUGE-1, ROUGE-2 and ROUGE-L \
            F1, times 100, averaged over dialogues; with several references, the mean over them. \
            Tokens: lower-case ASCII letters and digits, everything else separates; tokens longer \
            than three letters are Porter-stemmed, as rouge-score does with use_stemmer=True (the \
            setting behind the published baselines); --no-stem compares them as written. See \
            Docs/quality.md.
            """
    )

    @Argument(help: "A TweetSumm or DialogSum JSONL file.")
    var dataset: String

    @Option(help: "Sentences in the LEAD baseline.")
    var lead: Int = 3

    @Option(help: "A pipeline definition whose stages make the summaries.")
    var pipeline: String?

    @Option(help: "Only the first N dialogues.")
    var limit: Int?

    @Flag(inversion: .prefixedNo, help: "Porter-stem tokens longer than three letters before comparing them.")
    var stem = true

    @Option(help: "Print the summary and the references of the first N dialogues before the scores.")
    var show: Int = 0

    func run() async throws {
        let definition = try PipelineOption.definition(pipeline)
        let processor = try definition.makeProcessor()
        let data: SummaryDataset
        do {
            let text = try String(contentsOfFile: dataset, encoding: .utf8)
            data = try SummaryDataset(jsonLines: text, origin: dataset)
        } catch let error as KortomError {
            BatchExecution.printError(error.message)
            throw KortomExit.someDeadLettered
        }
        let items = limit.map { Array(data.items.prefix($0)) } ?? data.items
        var kortom = RougeScore(), baseline = RougeScore()
        var summaryWords = 0
        var shown = 0
        for item in items {
            let redacted = processor.redactor.redact(item.transcript)
            let extraction = processor.extractor.extract(from: redacted)
            let draft = try await processor.summariser.summarise(redacted, extraction: extraction)
            let summary = processor.outputGuard.check(draft, call: redacted, extraction: extraction)
            let score = RougeScore(candidate: summary.summary, references: item.references, stemmed: stem)
            let leadScore = RougeScore(candidate: item.sentences.prefix(lead).joined(separator: " "), references: item.references, stemmed: stem)
            kortom.rouge1 += score.rouge1; kortom.rouge2 += score.rouge2; kortom.rougeL += score.rougeL
            baseline.rouge1 += leadScore.rouge1; baseline.rouge2 += leadScore.rouge2; baseline.rougeL += leadScore.rougeL
            summaryWords += RougeScore.tokens(summary.summary).count
            if shown < show {
                shown += 1
                print("\(item.id)  R-1 \(String(format: "%.1f", score.rouge1 * 100))\n  kortom: \(summary.summary)")
                for reference in item.references { print("  reference: \(reference)") }
            }
        }
        let count = Double(max(1, items.count))
        func row(_ name: String, _ score: RougeScore) -> String {
            name.padding(toLength: 12, withPad: " ", startingAt: 0) + String(format: "%7.1f  %7.1f  %7.1f", score.rouge1 / count * 100, score.rouge2 / count * 100, score.rougeL / count * 100)
        }
        print("kortom eval summaries: \((dataset as NSString).lastPathComponent), \(items.count) dialogues, summaries of \(summaryWords / max(1, items.count)) words on average, \(stem ? "Porter-stemmed" : "unstemmed") tokens")
        print("            ROUGE-1  ROUGE-2  ROUGE-L")
        print(row("kortom", kortom))
        print(row("LEAD-\(lead)", baseline))
    }
}
