import ArgumentParser
import KortomKit

struct BatchCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "batch",
        abstract: "Summarise every transcript in a folder with the embedded default pipeline.",
        discussion: """
            Walks INPUT recursively in a stable order (hidden files are skipped) and writes, into \
            the output folder: <call-id>.md per summarised call, summaries.jsonl (one line per \
            call), dead-letter.jsonl (one line per input that failed, with the stage and reason) \
            and tally.json. Re-running into the same folder replaces these files; it never \
            appends duplicates. Give `-` as INPUT to read one transcript from standard input.

            The embedded pipeline is Pipelines/batch-extractive.yaml: local, extractive, no network.
            """
    )

    @Argument(help: "A folder of transcripts, or `-` for one transcript on standard input.")
    var input: String

    @Option(name: .shortAndLong, help: "The output folder (created if missing).")
    var out: String = "out"

    @Option(name: .shortAndLong, help: "Calls processed at once (default: the number of cores).")
    var concurrency: Int?

    @OptionGroup var logging: LoggingOptions

    func validate() throws {
        if let concurrency, concurrency < 1 || concurrency > 1024 {
            throw ValidationError("--concurrency must be between 1 and 1024")
        }
    }

    func run() async throws {
        let batch = BatchRun(
            definition: PipelineDefinition.embeddedDefault(),
            input: input == "-" ? .standardInput : .directory(input),
            outputPath: out,
            concurrency: concurrency
        )
        try await BatchExecution.execute(batch, logging: logging)
    }
}
