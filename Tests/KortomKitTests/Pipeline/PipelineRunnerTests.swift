import KortomTesting
import Logging
import Testing
@testable import KortomKit

@Suite("Pipeline runner")
struct PipelineRunnerTests {
    static let logger = Logger(label: "test", factory: { _ in SwiftLogNoOpLogHandler() })

    func processor(summariser: any Summariser = DelayedSummariser()) -> CallProcessor {
        // The embedded default needs no secret, so assembling it cannot fail.
        var processor = try! PipelineDefinition.embeddedDefault().makeProcessor()
        processor.summariser = summariser
        return processor
    }

    func texts(_ count: Int) -> [String] {
        (0..<count).map { "Klant: Mijn container \($0) is niet geleegd.\nMedewerker: Ik zet een melding door, u wordt binnen twee dagen teruggebeld." }
    }

    @Test(arguments: [1, 3, 8])
    func deliversEveryResultInInputOrder(concurrency: Int) async throws {
        let sink = RecordingSink()
        let runner = PipelineRunner(processor: processor(), sinks: [sink], concurrency: concurrency)
        let tally = try await runner.run(ArraySource(texts: texts(40)), logger: Self.logger)
        #expect(await sink.callIDs == (0..<40).map { "call-\($0)" })
        #expect(tally.read == 40 && tally.summarised == 40 && tally.deadLettered == 0)
        #expect(await sink.finished)
    }

    @Test func deadLettersFailuresAtTheirStageAndCarriesOn() async throws {
        let sink = RecordingSink()
        var inputs = ArraySource(texts: texts(3)).items
        inputs.append(SourceInput(callID: "empty", origin: TranscriptOrigin(path: "empty.txt"), content: .bytes([])))
        inputs.append(SourceInput(callID: "refused-by-summariser", origin: TranscriptOrigin(path: "r.txt"), content: .bytes(Array(texts(1)[0].utf8))))
        inputs.append(SourceInput(callID: "gone", origin: TranscriptOrigin(path: "gone.txt"), content: .file(path: "/nonexistent/kortom/gone.txt")))
        inputs.append(SourceInput(callID: "listing", origin: TranscriptOrigin(path: "d"), content: .failed(KortomError(.unreadable, "d: directory cannot be read"))))
        let runner = PipelineRunner(processor: processor(summariser: FailingSummariser(failingMarker: "refused")), sinks: [sink], concurrency: 2)
        let tally = try await runner.run(ArraySource(inputs), logger: Self.logger)
        #expect(tally.read == 7 && tally.summarised == 3 && tally.deadLettered == 4)
        let stages = await sink.results.compactMap { result -> PipelineStage? in
            if case .deadLettered(let letter) = result { letter.stage } else { nil }
        }
        #expect(stages == [.parse, .summarise, .read, .source])
    }

    @Test func abortsTheSinksWhenOneFails() async throws {
        let failing = RecordingSink(failAfter: 5)
        let other = RecordingSink()
        let runner = PipelineRunner(processor: processor(), sinks: [other, failing], concurrency: 2)
        await #expect(throws: KortomError.self) { try await runner.run(ArraySource(texts: texts(20)), logger: Self.logger) }
        let failingAborted = await failing.aborted
        let otherAborted = await other.aborted
        let otherFinished = await other.finished
        #expect(failingAborted && otherAborted)
        #expect(!otherFinished)
    }

    @Test func stopsWhenCancelled() async throws {
        let sink = RecordingSink()
        let runner = PipelineRunner(processor: processor(summariser: DelayedSummariser(maximumDelay: .milliseconds(200))), sinks: [sink], concurrency: 2)
        let source = ArraySource(texts: texts(200))
        let task = Task { try await runner.run(source, logger: Self.logger) }
        try await Task.sleep(for: .milliseconds(50))
        task.cancel()
        await #expect(throws: (any Error).self) { try await task.value }
        #expect(await sink.aborted)
        #expect(await sink.results.count < 200)
    }
}
