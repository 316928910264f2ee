import ArgumentParser

@main
struct Kortom: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "kortom",
        abstract: "Turn call-centre transcripts into short, redacted case notes.",
        discussion: """
            Kortom reads call transcripts, removes personal data, finds why the citizen called and \
            what was agreed, and writes a case note per call (Markdown and JSONL). The default \
            pipeline runs locally and uses no network.

            Exit codes:
              0   every input was summarised
              1   the run failed (output could not be written, internal error)
              2   the run finished, but some inputs were dead-lettered (see dead-letter.jsonl)
              64  usage error (unknown option, missing argument)
              66  the input folder or file cannot be read
              78  the pipeline definition is invalid, or a key variable it names is not set
              130 interrupted (Ctrl-C or SIGTERM); the previous run's files are left in place
            """,
        version: "0.1.0",
        subcommands: [BatchCommand.self, RunCommand.self, CheckCommand.self, ParseCommand.self, RedactCommand.self, EvalCommand.self, BenchCommand.self]
    )
}
