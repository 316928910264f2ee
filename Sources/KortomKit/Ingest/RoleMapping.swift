/// A pipeline's own rules for roles: which channel or speaker label is the agent or the
/// customer, and the names of the organisation's agents.
///
/// The mapping overrides role words in labels and text cues, but not roles a file states
/// explicitly.
public struct RoleMapping: Sendable, Hashable {
    /// Speaker or channel label (as the file writes it, compared without case) to role.
    public var labels: [String: SpeakerRole]
    /// Names of agents; a speaker whose label is one of them is an agent.
    public var agentNames: [String]

    public init(labels: [String: SpeakerRole] = [:], agentNames: [String] = []) {
        self.labels = Dictionary(labels.map { ($0.key.lowercased(), $0.value) }, uniquingKeysWith: { first, _ in first })
        self.agentNames = agentNames.map { $0.lowercased() }
    }

    public var isEmpty: Bool { labels.isEmpty && agentNames.isEmpty }

    /// The role the mapping gives a label, if any.
    public func role(forLabel label: String) -> SpeakerRole? {
        let lowered = label.lowercased()
        if let role = labels[lowered] { return role }
        if agentNames.contains(lowered) { return .agent }
        return nil
    }

    func apply(to turns: inout [Turn]) {
        guard !isEmpty else { return }
        for index in turns.indices where turns[index].speaker.roleSource != .explicit {
            if let role = role(forLabel: turns[index].speaker.label) {
                turns[index].speaker.role = role
                turns[index].speaker.roleSource = .mapping
            }
        }
    }
}
