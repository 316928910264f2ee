import KortomKit

/// The `--pipeline FILE` option the inspection and evaluation commands share.
enum PipelineOption {
    /// The definition at `path`, or the embedded default without one.
    ///
    /// - Throws: ``KortomExit/invalidPipeline`` after printing every problem.
    static func definition(_ path: String?) throws -> PipelineDefinition {
        guard let path else { return PipelineDefinition.embeddedDefault() }
        switch PipelineLoader.load(path: path) {
        case .success(let definition):
            return definition
        case .failure(let error):
            BatchExecution.printError(error.message)
            throw KortomExit.invalidPipeline
        }
    }
}
