/// An error Kortom reports about an input, a pipeline definition or the run itself.
///
/// Messages name the file and the reason and never quote transcript content, so they are
/// safe to log and to write into dead-letter records.
public struct KortomError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The kinds of failure, stable across releases and written into dead-letter records.
    public struct Code: Hashable, Sendable, CustomStringConvertible {
        /// The identifier written to records, for example `invalid_encoding`.
        public let rawValue: String

        private init(_ rawValue: String) { self.rawValue = rawValue }

        public var description: String { rawValue }

        /// The input disappeared between listing and reading.
        public static let inputVanished = Code("input_vanished")
        /// The input could not be opened or read (permissions, I/O error).
        public static let unreadable = Code("unreadable")
        /// The input is not a regular file (a FIFO, a device, a socket).
        public static let notARegularFile = Code("not_a_regular_file")
        /// The input is larger than the configured limit.
        public static let tooLarge = Code("too_large")
        /// The input is empty or holds only white space.
        public static let empty = Code("empty")
        /// The input holds binary data, not text.
        public static let binaryContent = Code("binary_content")
        /// The input's text encoding could not be decoded.
        public static let invalidEncoding = Code("invalid_encoding")
        /// No parser recognised the input's format.
        public static let unrecognisedFormat = Code("unrecognised_format")
        /// A parser recognised the format but the content breaks its rules.
        public static let malformed = Code("malformed")
        /// The transcript parsed but holds no turn with text.
        public static let noTurns = Code("no_turns")
        /// The pipeline definition is invalid.
        public static let invalidPipeline = Code("invalid_pipeline")
        /// Writing output failed.
        public static let outputFailed = Code("output_failed")
        /// A stage failed in a way Kortom did not anticipate.
        public static let stageFailed = Code("stage_failed")
        /// The LLM endpoint could not be reached or kept failing after its retries.
        public static let llmUnavailable = Code("llm_unavailable")
        /// The LLM endpoint refused the request (a 4xx answer, a content filter, no quota).
        public static let llmRefused = Code("llm_refused")
        /// The LLM answered with something that is not a valid summary.
        public static let llmInvalidOutput = Code("llm_invalid_output")
        /// An environment variable the pipeline names for a secret is not set.
        public static let missingSecret = Code("missing_secret")
    }

    public let code: Code
    /// A sentence for people: what went wrong and where, without transcript content.
    public let message: String

    public init(_ code: Code, _ message: String) {
        self.code = code
        self.message = message
    }

    public var description: String { "\(message) [\(code)]" }
}
