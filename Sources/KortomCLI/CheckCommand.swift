import ArgumentParser
import KortomKit

struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Validate a pipeline definition without running it.",
        discussion: """
            Reports every problem with its key path and line: unknown keys (with the key you \
            probably meant), wrong types, unknown detectors or summarisers, stages out of order \
            (nothing may read a call before redaction, nothing may leave before the guard), and \
            sinks that would write the same file. Exit code 0 when the pipeline is valid (warnings \
            allowed), 78 when it has errors.
            """
    )

    @Argument(help: "The pipeline definition to check.")
    var pipeline: String

    func run() throws {
        let validation = PipelineLoader.validate(path: pipeline)
        for diagnostic in validation.diagnostics {
            print("\(pipeline): \(diagnostic)")
        }
        guard let definition = validation.definition else {
            print("\(pipeline): invalid (\(validation.errors.count) error\(validation.errors.count == 1 ? "" : "s"))")
            throw KortomExit.invalidPipeline
        }
        let stages = definition.stages.map(\.kind).joined(separator: " -> ")
        let settings = definition.summariserSettings
        var summariser = "summariser: \(settings.kind.rawValue)"
        if settings.kind == .llm, let name = settings.endpoint, let endpoint = definition.endpoints.first(where: { $0.name == name }) {
            summariser += " via `\(endpoint.name)` (\(endpoint.flavour.rawValue), \(endpoint.url.host ?? ""), contract: \(endpoint.contract); key from \(endpoint.keyVariable ?? "no key"); on failure: \(settings.onFailure.rawValue))"
        }
        print("\(pipeline): ok: pipeline `\(definition.name)`: \(stages); detectors: \(definition.redactionDetectors.joined(separator: ", ")); \(summariser); config hash \(definition.configHash)")
    }
}
