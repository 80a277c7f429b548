import Foundation
import Testing

/// statements.json output validates against the published JSON Schema
/// (`Sources/TickmarkModel/Schema/statements.schema.json`), checked with python3's `jsonschema`.
@Suite struct SchemaTests {
    static let schemaPath = SampleFilings.packageRoot
        .appendingPathComponent("Sources/TickmarkModel/Schema/statements.schema.json").path

    /// Validates each file; prints one line per error. Exit 3 when jsonschema is missing.
    static let validator = """
        import json, sys
        try:
            import jsonschema
        except ImportError:
            sys.exit(3)
        schema = json.load(open(sys.argv[1]))
        jsonschema.Draft202012Validator.check_schema(schema)
        validator = jsonschema.Draft202012Validator(schema)
        bad = 0
        for path in sys.argv[2:]:
            for error in sorted(validator.iter_errors(json.load(open(path))), key=lambda e: list(map(str, e.path))):
                bad += 1
                print(path, "/".join(map(str, error.path)), error.message)
        sys.exit(1 if bad else 0)
        """

    /// Runs the validator; returns its exit status and output, or nil when python3 cannot run.
    static func validate(_ paths: [String]) -> (status: Int32, output: String)? {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", validator, schemaPath] + paths
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        do { try process.run() } catch { return nil }
        let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        // env exits 127 when python3 is not installed.
        return process.terminationStatus == 127 ? nil : (process.terminationStatus, output)
    }

    /// Fails with the fix when python3 or its jsonschema module is missing.
    private func requireValidator(_ result: (status: Int32, output: String)?) throws -> (status: Int32, output: String) {
        let result = try #require(result, "python3 is missing: run Scripts/bootstrap")
        try #require(result.status != 3, "python3 module jsonschema is missing: run Scripts/bootstrap")
        return result
    }

    private func temporaryFile(_ data: Data) throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("tickmark-schema-\(UUID().uuidString).json")
        try data.write(to: url)
        return url
    }

    @Test func sampleOutputsValidate() throws {
        var files: [URL] = []
        defer { for file in files { try? FileManager.default.removeItem(at: file) } }
        for name in SampleFilings.names {
            files.append(try temporaryFile(try SampleFilings.statementsJSON(name)))
        }
        try #require(!files.isEmpty)
        let result = try requireValidator(Self.validate(files.map(\.path)))
        #expect(result.status == 0, "\(result.output)")
    }

    @Test func schemaRejectsADocumentWithoutID() throws {
        let output = try SampleFilings.statementsJSON(SampleFilings.pdf)
        var root = try #require(try JSONSerialization.jsonObject(with: output) as? [String: Any])
        var documents = try #require(root["documents"] as? [[String: Any]])
        documents[0].removeValue(forKey: "id")
        root["documents"] = documents
        let broken = try temporaryFile(try JSONSerialization.data(withJSONObject: root))
        defer { try? FileManager.default.removeItem(at: broken) }
        let result = try requireValidator(Self.validate([broken.path]))
        #expect(result.status == 1)
        #expect(result.output.contains("'id' is a required property"), "\(result.output)")
    }
}
