import Testing
@testable import KortomKit

@Suite("Role mapping")
struct RoleMappingTests {
    func transcript(_ text: String, mapping: RoleMapping) throws -> Transcript {
        let registry = ParserRegistry(parsers: ParserRegistry.standard.parsers, roleMapping: mapping)
        return try registry.transcript(from: TranscriptDocument(text: text, origin: TranscriptOrigin(path: "call.txt")), callID: "call")
    }

    @Test func mapsLabelsAndChannelsAndOverridesRoleWords() throws {
        let call = try transcript("Operator: Hallo\nSPEAKER_01: Dag", mapping: RoleMapping(labels: ["operator": .customer, "speaker_01": .agent]))
        #expect(call.turns.map(\.speaker.role) == [.customer, .agent])
        #expect(call.turns.allSatisfy { $0.speaker.roleSource == .mapping && $0.speaker.roleSource.confidence == 1 })
    }

    @Test func knowsAgentsByNameAndInfersTheOtherParty() throws {
        let call = try transcript("Femke: Goedemorgen\nHenk Jansen: Dag", mapping: RoleMapping(agentNames: ["femke"]))
        #expect(call.turns.map(\.speaker.role) == [.agent, .customer])
        #expect(call.turns.map(\.speaker.roleSource) == [.mapping, .inferred])
    }

    @Test func neverOverridesRolesTheFileStates() throws {
        let json = #"{"turns": [{"speaker": "A", "role": "customer", "text": "Hallo"}, {"speaker": "B", "text": "Dag"}]}"#
        let call = try transcript(json, mapping: RoleMapping(labels: ["a": .agent]))
        #expect(call.turns[0].speaker.role == .customer)
        #expect(call.turns[0].speaker.roleSource == .explicit)
    }

    @Test func isReadFromThePipeline() throws {
        let yaml = """
            kortom: 1
            roles:
              channels: {ch_0: agent, ch_1: customer}
              labels: {SPEAKER_00: agent}
              agents: [Femke, Anna de Wit]
            stages: [redact, extract, summarise, guard]
            sinks: [markdown]
            """
        let definition = try #require(PipelineLoader.validate(yaml: yaml).definition)
        #expect(definition.roleMapping == RoleMapping(labels: ["ch_0": .agent, "ch_1": .customer, "SPEAKER_00": .agent], agentNames: ["Femke", "Anna de Wit"]))
        let errors = PipelineLoader.validate(yaml: yaml.replacingOccurrences(of: "ch_1: customer", with: "ch_1: boss")).errors
        #expect(errors.count == 1 && errors[0].path == "roles.channels.ch_1")
    }

    /// The labels web chats and messaging give the two sides.
    @Test(arguments: [("Visitor", SpeakerRole.customer), ("Bezoeker", .customer), ("User", .customer), ("Chatbot", .system), ("Helpdesk", .agent), ("Tolk", .customer), ("Interpreter", .customer),
                      ("Chat", .agent), ("Webchat", .agent)])
    func knowsChatLabels(label: String, role: SpeakerRole) {
        #expect(RoleVocabulary.role(forLabel: label) == role)
    }

    /// Someone who calls with or for the caller speaks on the caller's side.
    @Test(arguments: ["Wijkcoach", "Begeleider", "Mantelzorger", "Bewindvoerder", "Maatschappelijk werker", "Carer", "Daughter", "Zoon"])
    func readsAThirdPartyOnTheCallersSide(label: String) {
        #expect(RoleVocabulary.role(forLabel: label) == .customer)
    }

    /// A message left on an answering machine, transcribed, is the caller's.
    @Test(arguments: ["Voicemail", "Voicemailbericht", "Answerphone", "Inspreekbericht"])
    func readsAVoicemailAsTheCallers(label: String) {
        #expect(RoleVocabulary.role(forLabel: label) == .customer)
    }

    /// An e-mail's or letter's headers are no speakers, and name nobody.
    @Test func tellsMessageHeadersFromSpeakers() {
        #expect(["Subject", "Onderwerp", "From", "Van", "Aan", "Cc", "Transcript", "Voicemail"].allSatisfy(RoleVocabulary.isMessageHeader))
        #expect(!["Henk", "Klant", "Subject line", "Person1"].contains(where: RoleVocabulary.isMessageHeader))
    }
}
