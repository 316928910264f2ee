import Logging

/// Carries one input through parse, redact, extract, summarise and guard.
///
/// It never throws: every failure becomes a ``DeadLetter`` naming the stage, so the pipeline
/// cannot lose a call.
public struct CallProcessor: Sendable {
    public var parsers: ParserRegistry
    public var redactor: any RedactionStage
    public var extractor: any ExtractionStage
    public var summariser: any Summariser
    public var outputGuard: OutputGuard
    public var maximumInputBytes: Int

    public init(parsers: ParserRegistry, redactor: any RedactionStage, extractor: any ExtractionStage, summariser: any Summariser, outputGuard: OutputGuard, maximumInputBytes: Int) {
        self.parsers = parsers
        self.redactor = redactor
        self.extractor = extractor
        self.summariser = summariser
        self.outputGuard = outputGuard
        self.maximumInputBytes = maximumInputBytes
    }

    public func process(_ input: SourceInput, logger: Logger) async -> CallResult {
        func deadLetter(_ stage: PipelineStage, _ error: KortomError) -> CallResult {
            logger.debug("input dead-lettered", metadata: ["call_id": "\(input.callID)", "stage": "\(stage.rawValue)", "code": "\(error.code)"])
            return .deadLettered(DeadLetter(callID: input.callID, source: input.origin, stage: stage, error: error))
        }
        let bytes: [UInt8]
        switch input.content {
        case .failed(let error):
            return deadLetter(.source, error)
        case .bytes(let content):
            bytes = content
            if bytes.count > maximumInputBytes {
                return deadLetter(.read, KortomError(.tooLarge, "\(input.origin): \(bytes.count) bytes is over the limit of \(maximumInputBytes) bytes (input.max_file_bytes)"))
            }
        case .file(let path):
            do {
                bytes = try InputReader.readFile(atPath: path, origin: input.origin, maximumBytes: maximumInputBytes)
            } catch {
                return deadLetter(.read, error)
            }
        }
        let transcript: Transcript
        do {
            let text = try TextDecoding.decode(bytes, origin: input.origin)
            transcript = try parsers.transcript(from: TranscriptDocument(text: text, origin: input.origin), callID: input.callID)
        } catch {
            return deadLetter(.parse, error)
        }
        let redacted = redactor.redact(transcript)
        let extraction = extractor.extract(from: redacted)
        let draft: SummaryDraft
        do {
            draft = try await summariser.summarise(redacted, extraction: extraction)
        } catch {
            return deadLetter(.summarise, error)
        }
        return .summarised(outputGuard.check(draft, call: redacted, extraction: extraction))
    }
}
