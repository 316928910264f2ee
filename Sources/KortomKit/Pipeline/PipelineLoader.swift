import Foundation
import Yams

/// Reads and validates pipeline YAML, reporting every problem at once with its key path
/// and line, and suggesting the intended key for a misspelt one.
public enum PipelineLoader {
    /// The result of validating a definition: the definition when there are no errors, and
    /// every diagnostic either way.
    public struct Validation: Sendable {
        public var definition: PipelineDefinition?
        public var diagnostics: [PipelineDiagnostic]

        public var errors: [PipelineDiagnostic] { diagnostics.filter { $0.severity == .error } }
    }

    /// Validates the pipeline file at `path`.
    public static func validate(path: String) -> Validation {
        let bytes: [UInt8]
        do {
            bytes = try InputReader.readFile(atPath: path, origin: TranscriptOrigin(path: path), maximumBytes: 1 << 20)
        } catch {
            return Validation(definition: nil, diagnostics: [PipelineDiagnostic(.error, path: "", line: nil, error.message)])
        }
        guard let text = String(validating: bytes, as: UTF8.self) else {
            return Validation(definition: nil, diagnostics: [PipelineDiagnostic(.error, path: "", line: nil, "\(path): not UTF-8 text")])
        }
        return validate(yaml: text, baseDirectory: (path as NSString).deletingLastPathComponent)
    }

    /// Loads the pipeline file at `path`, or fails with every error in one message.
    public static func load(path: String) -> Result<PipelineDefinition, KortomError> {
        result(validate(path: path), origin: path)
    }

    public static func load(yaml: String, origin: String) -> Result<PipelineDefinition, KortomError> {
        result(validate(yaml: yaml), origin: origin)
    }

    private static func result(_ validation: Validation, origin: String) -> Result<PipelineDefinition, KortomError> {
        if let definition = validation.definition { return .success(definition) }
        let lines = validation.errors.map { "  \($0)" }.joined(separator: "\n")
        return .failure(KortomError(.invalidPipeline, "\(origin): invalid pipeline:\n\(lines)"))
    }

    /// Validates pipeline YAML.
    ///
    /// - Parameter baseDirectory: where relative paths in the definition (a taxonomy file)
    ///   start; the pipeline file's folder, or the working directory when nil or empty.
    public static func validate(yaml: String, baseDirectory: String? = nil) -> Validation {
        var reader = YAMLReader()
        let root: Node?
        do {
            root = try Yams.compose(yaml: yaml)
        } catch let error as YamlError {
            return Validation(definition: nil, diagnostics: [PipelineDiagnostic(.error, path: "", line: nil, "not valid YAML: \(Self.describe(error))")])
        } catch {
            return Validation(definition: nil, diagnostics: [PipelineDiagnostic(.error, path: "", line: nil, "not valid YAML")])
        }
        guard let root, let top = reader.mapping(root, path: "", allowed: ["kortom", "name", "description", "input", "output", "concurrency", "language", "roles", "endpoints", "stages", "sinks"]) else {
            if root == nil { reader.error("", nil, "the file is empty") }
            return Validation(definition: nil, diagnostics: reader.diagnostics)
        }
        var definition = PipelineDefinition(
            name: "pipeline", description: nil, inputPath: nil, maximumFileBytes: PipelineDefinition.defaultMaximumFileBytes,
            outputPath: nil, concurrency: nil, fallbackLanguage: .dutch, stages: [], sinks: [],
            configHash: StableHash.hex64(yaml)
        )
        if let version = top["kortom"] {
            if reader.int(version, path: "kortom") != 1 { reader.error("kortom", version.mark?.line, "only version 1 is known; write `kortom: 1`") }
        } else {
            reader.error("kortom", nil, "missing; write `kortom: 1` at the top")
        }
        if let name = top["name"] { definition.name = reader.string(name, path: "name") ?? definition.name }
        if let description = top["description"] { definition.description = reader.string(description, path: "description") }
        if let input = top["input"], let fields = reader.mapping(input, path: "input", allowed: ["path", "max_file_bytes"]) {
            if let path = fields["path"] { definition.inputPath = reader.string(path, path: "input.path") }
            if let limit = fields["max_file_bytes"], let value = reader.int(limit, path: "input.max_file_bytes") {
                if value < 1024 || value > 1 << 30 { reader.error("input.max_file_bytes", limit.mark?.line, "must be between 1024 and 1073741824") }
                else { definition.maximumFileBytes = value }
            }
        }
        if let output = top["output"], let fields = reader.mapping(output, path: "output", allowed: ["path"]) {
            if let path = fields["path"] { definition.outputPath = reader.string(path, path: "output.path") }
        }
        if let concurrency = top["concurrency"] {
            if concurrency.string == "auto" {
                definition.concurrency = nil
            } else if let value = reader.int(concurrency, path: "concurrency", expected: "`auto` or a number of calls") {
                if value < 1 || value > 1024 { reader.error("concurrency", concurrency.mark?.line, "must be `auto` or between 1 and 1024") }
                else { definition.concurrency = value }
            }
        }
        if let language = top["language"], let tag = reader.string(language, path: "language") {
            let parsed = CallLanguage(tag: tag)
            if parsed == .unknown { reader.error("language", language.mark?.line, "must be `nl` or `en`") }
            else { definition.fallbackLanguage = parsed }
        }
        if let roles = top["roles"] { definition.roleMapping = roleMapping(roles, &reader) }
        if let endpoints = top["endpoints"] { definition.endpoints = Self.endpoints(endpoints, &reader) }
        definition.stages = stages(top["stages"], baseDirectory: baseDirectory, &reader)
        // The taxonomy file is part of the configuration a summary was made with.
        for case .extract(let settings) in definition.stages {
            if let taxonomyHash = settings.taxonomyHash { definition.configHash = StableHash.hex64(yaml + "\n" + taxonomyHash) }
        }
        definition.sinks = sinks(top["sinks"], &reader)
        checkSummariser(definition, top["stages"], &reader)
        return Validation(definition: reader.diagnostics.contains { $0.severity == .error } ? nil : definition, diagnostics: reader.diagnostics)
    }

    private static let stageOrder = ["redact", "extract", "summarise", "guard"]

    /// `roles: {channels: {ch_0: agent}, labels: {SPEAKER_01: customer}, agents: [Femke]}`.
    private static func roleMapping(_ node: Node, _ reader: inout YAMLReader) -> RoleMapping {
        guard let fields = reader.mapping(node, path: "roles", allowed: ["channels", "labels", "agents"]) else { return RoleMapping() }
        var labels: [String: SpeakerRole] = [:]
        for key in ["channels", "labels"] {
            guard let entries = fields[key], let map = reader.mapping(entries, path: "roles.\(key)", allowed: nil) else { continue }
            for (label, value) in map.sorted(by: { $0.key < $1.key }) {
                guard let name = reader.string(value, path: "roles.\(key).\(label)") else { continue }
                guard let role = SpeakerRole(rawValue: name), role != .unknown else {
                    reader.error("roles.\(key).\(label)", value.mark?.line, "must be agent, customer or system")
                    continue
                }
                labels[label] = role
            }
        }
        var agents: [String] = []
        if let list = fields["agents"] {
            for (index, entry) in (reader.sequence(list, path: "roles.agents") ?? []).enumerated() {
                if let name = reader.string(entry, path: "roles.agents[\(index)]") { agents.append(name) }
            }
        }
        return RoleMapping(labels: labels, agentNames: agents)
    }

    private static func stages(_ node: Node?, baseDirectory: String?, _ reader: inout YAMLReader) -> [PipelineDefinition.Stage] {
        guard let node else {
            reader.error("stages", nil, "missing; list redact, extract, summarise and guard")
            return []
        }
        guard let items = reader.sequence(node, path: "stages") else { return [] }
        var stages: [PipelineDefinition.Stage] = []
        for (index, item) in items.enumerated() {
            let path = "stages[\(index)]"
            guard let (kind, settings) = reader.singleKey(item, path: path, allowed: stageOrder) else { continue }
            let stagePath = "\(path).\(kind)"
            switch kind {
            case "redact":
                stages.append(.redact(redactionPolicy(settings, path: stagePath, &reader)))
            case "extract":
                var extract = ExtractSettings()
                if let fields = reader.mapping(settings, path: stagePath, allowed: ["intent_threshold", "taxonomy"]) {
                    if let value = fields["intent_threshold"] {
                        if let number = value.float, number >= 0, number <= 1 { extract.intentThreshold = number }
                        else { reader.error("\(stagePath).intent_threshold", value.mark?.line, "must be a number between 0 and 1") }
                    }
                    if let value = fields["taxonomy"], let file = reader.string(value, path: "\(stagePath).taxonomy") {
                        extract.taxonomyPath = file
                        let resolved = file.hasPrefix("/") || (baseDirectory ?? "").isEmpty ? file : baseDirectory! + "/" + file
                        if let text = try? String(contentsOfFile: resolved, encoding: .utf8) {
                            let (taxonomy, diagnostics) = IntentTaxonomy.validate(yaml: text)
                            for diagnostic in diagnostics {
                                let location = diagnostic.line.map { "line \($0)" } ?? "file"
                                reader.error("\(stagePath).taxonomy", value.mark?.line, "\(file), \(location)\(diagnostic.path.isEmpty ? "" : ", " + diagnostic.path): \(diagnostic.message)")
                            }
                            if let taxonomy {
                                extract.taxonomy = taxonomy
                                extract.taxonomyHash = StableHash.hex64(text)
                            }
                        } else {
                            reader.error("\(stagePath).taxonomy", value.mark?.line, "\(file) cannot be read (paths start in the pipeline file's folder)")
                        }
                    }
                }
                stages.append(.extract(extract))
            case "summarise":
                stages.append(.summarise(summariserSettings(settings, path: stagePath, &reader)))
            default:
                _ = reader.mapping(settings, path: stagePath, allowed: [])
                stages.append(.guardrail)
            }
        }
        let kinds = stages.map(\.kind)
        if kinds != stageOrder, !items.isEmpty {
            for required in stageOrder where !kinds.contains(required) {
                reader.error("stages", node.mark?.line, "the `\(required)` stage is missing")
            }
            if Set(kinds).count != kinds.count {
                reader.error("stages", node.mark?.line, "each stage may appear once")
            } else if kinds.count == stageOrder.count {
                reader.error("stages", node.mark?.line, "stages must run in the order redact, extract, summarise, guard: nothing may read a call before it is redacted, and nothing may leave before the guard")
            }
        }
        return stages
    }

    /// `summarise: {summariser: llm, endpoint: azure-nl, on_failure: extractive, audit_log: audit/llm.jsonl}`.
    private static func summariserSettings(_ settings: Node, path stagePath: String, _ reader: inout YAMLReader) -> SummariserSettings {
        var result = SummariserSettings()
        guard let fields = reader.mapping(settings, path: stagePath, allowed: ["summariser", "endpoint", "on_failure", "audit_log", "output_language", "call_timeout_seconds", "max_input_bytes"]) else { return result }
        if let value = fields["summariser"], let name = reader.string(value, path: "\(stagePath).summariser") {
            if let kind = SummariserSettings.Kind(rawValue: name) { result.kind = kind }
            else { reader.error("\(stagePath).summariser", value.mark?.line, "unknown summariser `\(name)`; this version has `extractive` and `llm`") }
        }
        if let value = fields["endpoint"] { result.endpoint = reader.string(value, path: "\(stagePath).endpoint") }
        if let value = fields["on_failure"], let name = reader.string(value, path: "\(stagePath).on_failure") {
            if let action = LLMSummariser.FailureAction(rawValue: name) { result.onFailure = action }
            else { reader.error("\(stagePath).on_failure", value.mark?.line, "must be `extractive` or `dead_letter`") }
        }
        if let value = fields["audit_log"] { result.auditLog = reader.string(value, path: "\(stagePath).audit_log") }
        if let value = fields["output_language"], let tag = reader.string(value, path: "\(stagePath).output_language") {
            if tag == "call" { result.outputLanguage = nil }
            else if CallLanguage(tag: tag) != .unknown { result.outputLanguage = CallLanguage(tag: tag) }
            else { reader.error("\(stagePath).output_language", value.mark?.line, "must be `call`, `nl` or `en`") }
        }
        if let value = fields["call_timeout_seconds"], let seconds = reader.int(value, path: "\(stagePath).call_timeout_seconds") {
            if seconds < 1 || seconds > 3600 { reader.error("\(stagePath).call_timeout_seconds", value.mark?.line, "must be between 1 and 3600") }
            else { result.callDeadline = .seconds(seconds) }
        }
        if let value = fields["max_input_bytes"], let bytes = reader.int(value, path: "\(stagePath).max_input_bytes") {
            if bytes < 1000 { reader.error("\(stagePath).max_input_bytes", value.mark?.line, "must be at least 1000") }
            else { result.maximumInputBytes = bytes }
        }
        return result
    }

    /// `endpoints: [{name, flavour, url, model, deployment, api_version, api_key_env, contracted, contract, ...}]`.
    private static func endpoints(_ node: Node, _ reader: inout YAMLReader) -> [LLMEndpoint] {
        var endpoints: [LLMEndpoint] = []
        for (index, item) in (reader.sequence(node, path: "endpoints") ?? []).enumerated() {
            let path = "endpoints[\(index)]"
            let line = item.mark?.line
            guard let fields = reader.mapping(item, path: path, allowed: ["name", "flavour", "url", "model", "deployment", "api_version", "api_key_env", "api_key", "contracted", "contract", "timeout_seconds", "concurrency", "max_retries", "requests_per_minute"]) else { continue }
            if fields["api_key"] != nil {
                // The value is not repeated: it may be a real key.
                reader.error("\(path).api_key", fields["api_key"]?.mark?.line, "a key never goes in a pipeline file; put it in an environment variable and name that variable in `api_key_env`")
            }
            let name = fields["name"].flatMap { reader.string($0, path: "\(path).name") }
            let flavourName = fields["flavour"].flatMap { reader.string($0, path: "\(path).flavour") }
            let flavour = flavourName.flatMap(LLMEndpoint.Flavour.init(rawValue:))
            let urlText = fields["url"].flatMap { reader.string($0, path: "\(path).url") }
            let model = fields["model"].flatMap { reader.string($0, path: "\(path).model") }
            let contract = fields["contract"].flatMap { reader.string($0, path: "\(path).contract") }
            let contracted = fields["contracted"]?.bool
            if name == nil { reader.error("\(path).name", line, "missing; every endpoint has a name that the summarise stage refers to") }
            if let name, endpoints.contains(where: { $0.name == name }) { reader.error("\(path).name", line, "`\(name)` is declared twice") }
            if flavour == nil { reader.error("\(path).flavour", fields["flavour"]?.mark?.line ?? line, "must be `openai` or `azure`") }
            if model == nil { reader.error("\(path).model", line, "missing; the model (or, for Azure, the model behind the deployment)") }
            if contracted != true {
                reader.error("\(path).contracted", fields["contracted"]?.mark?.line ?? line, "only contracted GenAI services may be used: declare `contracted: true` for an endpoint under contract")
            }
            if contract?.trimmingCharacters(in: .whitespaces).isEmpty ?? true {
                reader.error("\(path).contract", fields["contract"]?.mark?.line ?? line, "missing; give the reference of the contract that covers this service")
            }
            var url: URL?
            if let urlText {
                url = URL(string: urlText)
                if url == nil || !LLMEndpoint.isAllowedURL(url!) {
                    reader.error("\(path).url", fields["url"]?.mark?.line, "must be an https:// address (plain http:// only to this machine, 127.0.0.1 or localhost)")
                    url = nil
                }
            } else {
                reader.error("\(path).url", line, "missing; the base address of the service")
            }
            let deployment = fields["deployment"].flatMap { reader.string($0, path: "\(path).deployment") }
            if flavour == .azure, deployment == nil { reader.error("\(path).deployment", line, "missing; Azure OpenAI needs the deployment name") }
            let keyVariable = fields["api_key_env"].flatMap { reader.string($0, path: "\(path).api_key_env") }
            if let keyVariable, !keyVariable.utf8.allSatisfy({ ByteClass.isUpper($0) || ByteClass.isDigit($0) || $0 == UInt8(ascii: "_") }) || keyVariable.isEmpty || ByteClass.isDigit(keyVariable.utf8.first!) {
                reader.error("\(path).api_key_env", fields["api_key_env"]?.mark?.line, "must be the name of an environment variable (capitals, digits and `_`), not the key itself")
            }
            func number(_ key: String, _ range: ClosedRange<Int>, _ fallback: Int) -> Int {
                guard let node = fields[key], let value = reader.int(node, path: "\(path).\(key)") else { return fallback }
                guard range.contains(value) else {
                    reader.error("\(path).\(key)", node.mark?.line, "must be between \(range.lowerBound) and \(range.upperBound)")
                    return fallback
                }
                return value
            }
            let timeout = number("timeout_seconds", 1...600, 60)
            let concurrency = number("concurrency", 1...256, 4)
            let retries = number("max_retries", 0...10, 3)
            let perMinute = fields["requests_per_minute"] == nil ? nil : number("requests_per_minute", 1...100_000, 60)
            if let name, let flavour, let url, let model, let contract, contracted == true {
                endpoints.append(LLMEndpoint(
                    name: name, flavour: flavour, url: url, model: model, deployment: deployment,
                    apiVersion: fields["api_version"].flatMap { reader.string($0, path: "\(path).api_version") },
                    keyVariable: keyVariable, contract: contract, timeout: .seconds(timeout), concurrency: concurrency, maximumRetries: retries,
                    requestsPerMinute: perMinute
                ))
            }
        }
        return endpoints
    }

    /// The LLM summariser needs a declared, contracted endpoint, an audit log, and a redaction
    /// stage with detectors before it.
    private static func checkSummariser(_ definition: PipelineDefinition, _ stagesNode: Node?, _ reader: inout YAMLReader) {
        let settings = definition.summariserSettings
        guard settings.kind == .llm else { return }
        let line = stagesNode?.mark?.line
        if let name = settings.endpoint {
            if !definition.endpoints.contains(where: { $0.name == name }) {
                reader.error("stages.summarise.endpoint", line, "`\(name)` is not a declared, contracted endpoint\(YAMLReader.suggestion(name, definition.endpoints.map(\.name)))")
            }
        } else {
            reader.error("stages.summarise.endpoint", line, "missing; the LLM summariser needs the name of a declared endpoint")
        }
        if settings.auditLog == nil {
            reader.error("stages.summarise.audit_log", line, "missing; every LLM request is recorded: give the audit log's path")
        }
        if definition.redactionDetectors.isEmpty || !definition.stages.contains(where: { $0.kind == "redact" }) {
            reader.error("stages.redact", line, "the LLM summariser refuses to run without a redaction stage with detectors before it")
        }
    }

    /// `redact: {detectors: [...], actions: {URL: keep}, allow: {PHONE: [...]}, agent_names: keep}`.
    private static func redactionPolicy(_ settings: Node, path stagePath: String, _ reader: inout YAMLReader) -> RedactionPolicy {
        var policy = RedactionPolicy.standard
        guard let fields = reader.mapping(settings, path: stagePath, allowed: ["detectors", "actions", "allow", "agent_names"]) else { return policy }
        if let list = fields["detectors"] {
            policy.detectors = []
            for (offset, entry) in (reader.sequence(list, path: "\(stagePath).detectors") ?? []).enumerated() {
                guard let name = reader.string(entry, path: "\(stagePath).detectors[\(offset)]") else { continue }
                if Redactor.availableDetectors[name] == nil {
                    reader.error("\(stagePath).detectors[\(offset)]", entry.mark?.line, "unknown detector `\(name)`\(YAMLReader.suggestion(name, Array(Redactor.availableDetectors.keys))); known: \(Redactor.availableDetectors.keys.sorted().joined(separator: ", "))")
                } else {
                    policy.detectors.append(name)
                }
            }
            if policy.detectors.isEmpty { reader.warning("\(stagePath).detectors", list.mark?.line, "no detectors: personal data will not be redacted") }
        }
        let typeNames = PIIType.allCases.map(\.rawValue)
        func type(_ key: String, _ keyPath: String, _ line: Int?) -> PIIType? {
            if let type = PIIType(rawValue: key.uppercased()) { return type }
            reader.error(keyPath, line, "unknown type `\(key)`\(YAMLReader.suggestion(key, typeNames.map { $0.lowercased() })); types: \(typeNames.joined(separator: ", "))")
            return nil
        }
        if let node = fields["actions"], let map = reader.mapping(node, path: "\(stagePath).actions", allowed: nil) {
            for (key, value) in map.sorted(by: { $0.key < $1.key }) {
                let keyPath = "\(stagePath).actions.\(key)"
                guard let piiType = type(key, keyPath, value.mark?.line), let name = reader.string(value, path: keyPath) else { continue }
                guard let action = RedactionPolicy.Action(rawValue: name) else {
                    reader.error(keyPath, value.mark?.line, "unknown action `\(name)`; actions: placeholder, mask, keep")
                    continue
                }
                if action == .keep { reader.warning(keyPath, value.mark?.line, "values of type \(piiType.rawValue) are kept in the text and reach every stage and output; record why in the DPIA") }
                policy.actions[piiType] = action
            }
        }
        if let node = fields["allow"], let map = reader.mapping(node, path: "\(stagePath).allow", allowed: nil) {
            let probe = Redactor(detectorNames: Array(Redactor.availableDetectors.keys))
            for (key, value) in map.sorted(by: { $0.key < $1.key }) {
                let keyPath = "\(stagePath).allow.\(key)"
                guard let piiType = type(key, keyPath, value.mark?.line) else { continue }
                for (offset, entry) in (reader.sequence(value, path: keyPath) ?? []).enumerated() {
                    guard let text = reader.string(entry, path: "\(keyPath)[\(offset)]") else { continue }
                    // The entry itself is not repeated: an allow-list may hold personal data by mistake.
                    if probe.allowListHashes(piiType, text).isEmpty {
                        reader.error("\(keyPath)[\(offset)]", entry.mark?.line, "not recognised as a \(piiType.rawValue) value, so it would never match; write it as it is spoken or written (0800 and 0900 numbers are never redacted and need no entry)")
                    } else {
                        policy.allowList[piiType, default: []].append(text)
                    }
                }
            }
        }
        if let node = fields["agent_names"], let value = reader.string(node, path: "\(stagePath).agent_names") {
            switch value {
            case "redact": policy.redactsAgentNames = true
            case "keep": policy.redactsAgentNames = false
            default: reader.error("\(stagePath).agent_names", node.mark?.line, "must be `redact` or `keep`")
            }
        }
        return policy
    }

    private static func sinks(_ node: Node?, _ reader: inout YAMLReader) -> [PipelineDefinition.Sink] {
        var sinks: [PipelineDefinition.Sink] = []
        var files: Set<String> = []
        if let node, let items = reader.sequence(node, path: "sinks") {
            for (index, item) in items.enumerated() {
                let path = "sinks[\(index)]"
                guard let (kind, settings) = reader.singleKey(item, path: path, allowed: ["markdown", "jsonl", "dead_letter"]) else { continue }
                let sinkPath = "\(path).\(kind)"
                let fields = reader.mapping(settings, path: sinkPath, allowed: kind == "markdown" ? [] : ["file"])
                var file = kind == "jsonl" ? "summaries.jsonl" : "dead-letter.jsonl"
                if let value = fields?["file"], let name = reader.string(value, path: "\(sinkPath).file") {
                    if name.isEmpty || name.contains("/") || name.hasPrefix(".") || name.hasSuffix(".md") {
                        reader.error("\(sinkPath).file", value.mark?.line, "must be a plain file name inside the output folder (no `/`, not hidden, not .md)")
                    } else {
                        file = name
                    }
                }
                switch kind {
                case "markdown": sinks.append(.markdown)
                case "jsonl":
                    if !files.insert(file).inserted { reader.error("\(sinkPath).file", nil, "`\(file)` is already written by another sink") }
                    sinks.append(.jsonl(file: file))
                default:
                    if !files.insert(file).inserted { reader.error("\(sinkPath).file", nil, "`\(file)` is already written by another sink") }
                    sinks.append(.deadLetter(file: file))
                }
            }
        } else if node == nil {
            reader.error("sinks", nil, "missing; list at least one of markdown, jsonl")
        }
        if !sinks.contains(where: { if case .deadLetter = $0 { true } else { false } }) {
            let file = files.contains("dead-letter.jsonl") ? "dead-letters.jsonl" : "dead-letter.jsonl"
            sinks.append(.deadLetter(file: file))
            reader.warning("sinks", node?.mark?.line, "no dead_letter sink listed; failed inputs go to `\(file)`")
        }
        return sinks
    }

    static func describe(_ error: YamlError) -> String {
        let text = "\(error)"
        // Yams quotes the offending line; keep only the first line of its message.
        return text.split(separator: "\n").first.map(String.init) ?? "parse error"
    }
}
