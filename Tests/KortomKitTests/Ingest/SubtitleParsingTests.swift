import Testing
@testable import KortomKit

@Suite("Subtitle cues")
struct SubtitleParsingTests {
    @Test(arguments: [("00:00:01.500", 1.5), ("01:02:03,250", 3723.25), ("0:0:1.5", 1.5), ("02:05.000", 125.0)])
    func readsTimestamps(text: String, seconds: Double) {
        #expect(SubtitleCue.seconds(Substring(text)) == seconds)
    }

    @Test(arguments: ["0x:00:01.000", "00:61.000", "1e3", "00:00:01.0.0", ""])
    func refusesBadTimestamps(text: String) {
        #expect(SubtitleCue.seconds(Substring(text)) == nil)
    }

    @Test func decodesEntities() {
        #expect(SubtitleCue.decodeEntities("A &amp; B &lt;3&gt; &quot;ok&quot; &#8211; &#x27;t &unknown; &") == "A & B <3> \"ok\" – 't &unknown; &")
    }

    @Test func readsVoiceTagsWithAndWithoutClosingTags() {
        #expect(WebVTTTranscriptParser.voice(in: "<v Jan de Vries>Hallo <i>daar</i></v>") == ("Jan de Vries", "Hallo daar"))
        #expect(WebVTTTranscriptParser.voice(in: "<v.loud Klant>Waarom?") == ("Klant", "Waarom?"))
        #expect(WebVTTTranscriptParser.voice(in: "Geen stem") == (nil, "Geen stem"))
    }

    @Test func groupsTeamsCueIdsByUtterance() {
        #expect(WebVTTTranscriptParser.utteranceGroup("6f0b2c1e-4d3a/12-0") == "6f0b2c1e-4d3a/12")
        #expect(WebVTTTranscriptParser.utteranceGroup("3") == nil)
    }

    @Test func mergesConsecutiveCuesOfOneSpeaker() {
        let cues = [
            SubtitleCue(start: 0, end: 1, speaker: "Agent", text: "Hallo.", group: nil),
            SubtitleCue(start: 1.5, end: 2, speaker: "Agent", text: "Zegt u het maar.", group: nil),
            SubtitleCue(start: 9, end: 10, speaker: "Agent", text: "Bent u er nog?", group: nil),
            SubtitleCue(start: 10, end: 11, speaker: "Klant", text: "Ja.", group: nil),
        ]
        let turns = SubtitleCue.turns(from: cues)
        #expect(turns.map(\.text) == ["Hallo. Zegt u het maar.", "Bent u er nog?", "Ja."])
        #expect(turns.map(\.end) == [2, 10, 11])
    }

    @Test(arguments: [("[SPEAKER_00]: Hallo", "SPEAKER_00"), ("Klant: Dag", "Klant"), ("Jan de Vries: Ja", "Jan de Vries"), ("- Caller: Hi", "Caller")])
    func splitsSpeakerPrefixes(text: String, label: String) {
        #expect(SpeakerPrefix.split(text)?.label == label)
    }

    @Test(arguments: ["Let op: dit is geen spreker", "om 10:30 uur", "http://example.org"])
    func leavesOrdinaryColonsAlone(text: String) {
        #expect(SpeakerPrefix.split(text) == nil)
    }

    @Test func findsTheAgentByTheGreetingWhenLabelsSayNothing() {
        var turns = [
            Turn(index: 0, speaker: Speaker(role: .unknown, label: "SPEAKER_00", roleSource: .none), text: "Goedemiddag, gemeente Zwolle, u spreekt met Mark."),
            Turn(index: 1, speaker: Speaker(role: .unknown, label: "SPEAKER_01", roleSource: .none), text: "Hallo, ik heb een vraag."),
        ]
        ParserRegistry.inferRolesFromTextCues(&turns)
        #expect(turns.map(\.speaker.role) == [.agent, .customer])
        #expect(turns.allSatisfy { $0.speaker.roleSource == .textCue })
    }
}

@Suite("Roles from what speakers say")
struct RolesFromConductTests {
    @Test func theSpeakerWhoAsksForIdentificationIsTheAgent() {
        var turns = [
            Turn(index: 0, speaker: Speaker(role: .unknown, label: "A", roleSource: .none), text: "Hallo, ik heb een vraag over mijn aanslag."),
            Turn(index: 1, speaker: Speaker(role: .unknown, label: "B", roleSource: .none), text: "Dat zoek ik op. Mag ik uw postcode?"),
            Turn(index: 2, speaker: Speaker(role: .unknown, label: "A", roleSource: .none), text: "Ja hoor."),
            Turn(index: 3, speaker: Speaker(role: .unknown, label: "B", roleSource: .none), text: "Ik bel u terug als ik meer weet."),
        ]
        ParserRegistry.inferRolesFromTextCues(&turns)
        #expect(turns.map(\.speaker.role) == [.customer, .agent, .customer, .agent])
    }
}
