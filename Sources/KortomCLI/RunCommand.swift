import ArgumentParser
import KortomKit

struct RunCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "Run a pipeline described in a YAML file.",
        discussion: """
            The file says which stages and sinks run and with which settings (see \
            Docs/pipeline.md). Its input.path and output.path are relative to the current \
            folder; --input and --out override them. The pipeline is validated first, exactly as \
            `kortom check` does, and nothing runs when it has errors (exit code 78).
            """
    )

    @Argument(help: "The pipeline definition, for example Pipelines/batch-extractive.yaml.")
    var pipeline: String

    @Option(name: .shortAndLong, help: "The input folder, or `-` for standard input; overrides input.path.")
    var input: String?

    @Option(name: .shortAndLong, help: "The output folder; overrides output.path.")
    var out: String?

    @Option(name: .shortAndLong, help: "Calls processed at once; overrides the file's concurrency.")
    var concurrency: Int?

    @OptionGroup var logging: LoggingOptions

    func run() async throws {
        let definition: PipelineDefinition
        switch PipelineLoader.load(path: pipeline) {
        case .success(let loaded): definition = loaded
        case .failure(let error):
            BatchExecution.printError(error.message)
            throw error.code == .invalidPipeline ? KortomExit.invalidPipeline : KortomExit.inputUnreadable
        }
        guard let inputPath = input ?? definition.inputPath else {
            BatchExecution.printError("\(pipeline): no input: set input.path in the file or pass --input")
            throw KortomExit.usage
        }
        let batch = BatchRun(
            definition: definition,
            input: inputPath == "-" ? .standardInput : .directory(inputPath),
            outputPath: out ?? definition.outputPath ?? "out",
            concurrency: concurrency
        )
        try await BatchExecution.execute(batch, logging: logging)
    }
}
