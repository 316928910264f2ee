import Testing
@testable import KortomKit

@Suite("The redact stage's policy in a pipeline file")
struct RedactionPolicyLoaderTests {
    func yaml(_ redact: String) -> String {
        """
        kortom: 1
        stages:
          - redact:
        \(redact)
          - extract: {}
          - summarise: {}
          - guard: {}
        sinks: [markdown, dead_letter]
        """
    }

    @Test func readsActionsAllowListsAndAgentNames() throws {
        let validation = PipelineLoader.validate(yaml: yaml("""
                  detectors: [phone, iban, name, network]
                  actions: {URL: keep, phone: mask}
                  allow:
                    PHONE: ["020 555 0100"]
                    IBAN: [NL91 ABNA 0417 1643 00]
                  agent_names: keep
            """))
        let policy = try #require(validation.definition).redactionPolicy
        #expect(policy.detectors == ["phone", "iban", "name", "network"])
        #expect(policy.actions == [.url: .keep, .phone: .mask])
        #expect(policy.redactsAgentNames == false)
        #expect(policy.allowList == [.iban: ["NL91 ABNA 0417 1643 00"], .phone: ["020 555 0100"]])
        #expect(validation.diagnostics.contains { $0.severity == .warning && $0.description.contains("URL are kept") })
    }

    @Test func refusesAllowListEntriesThatCouldNeverMatchWithoutRepeatingThem() {
        // `14 020` is a service number, never redacted, so the entry would do nothing.
        let errors = PipelineLoader.validate(yaml: yaml("""
                  allow:
                    PHONE: ["14 020"]
            """)).errors.map(\.description)
        #expect(errors.contains { $0.contains("allow.PHONE[0]") && $0.contains("not recognised as a PHONE value") })
        #expect(!errors.contains { $0.contains("14 020") }, "allow-list entries are never repeated in messages")
    }

    @Test func reportsUnknownTypesAndActions() {
        let errors = PipelineLoader.validate(yaml: yaml("""
                  actions: {PHOEN: mask, EMAIL: hide}
                  agent_names: maybe
            """)).errors.map(\.description)
        #expect(errors.contains { $0.contains("unknown type `PHOEN`") && $0.contains("did you mean `phone`?") })
        #expect(errors.contains { $0.contains("unknown action `hide`") })
        #expect(errors.contains { $0.contains("must be `redact` or `keep`") })
    }
}
