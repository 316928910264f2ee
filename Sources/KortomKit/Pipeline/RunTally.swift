/// What a run did, counted as results leave the pipeline.
public struct RunTally: Sendable, Hashable {
    /// Inputs taken from the source.
    public var read = 0
    public var summarised = 0
    public var deadLettered = 0
    /// Seconds since the run started.
    public var elapsed = 0.0

    public init() {}

    mutating func count(_ result: CallResult) {
        switch result {
        case .summarised: summarised += 1
        case .deadLettered: deadLettered += 1
        }
    }

    /// `tally.json`: the counts without the time, so a re-run writes the same file.
    public var json: [UInt8] {
        var writer = JSONWriter()
        writer.beginObject()
        writer.field("schema", "kortom.tally/1")
        writer.field("read", read)
        writer.field("summarised", summarised)
        writer.field("dead_lettered", deadLettered)
        writer.endObject()
        return writer.bytes + [0x0A]
    }
}
