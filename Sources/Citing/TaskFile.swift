import Foundation
import Yams

/// A task for an AI model and its rubric, as a task writer keeps it in YAML (format in the
/// README, "Task files"): the prompt, the source documents, the assumptions, and criteria that
/// name the values they rely on by citation ID.
public struct TaskFile: Sendable, Codable, Equatable {
    public var id: String
    public var prompt: String
    public var sources: [Source]
    public var assumptions: [String]?
    public var criteria: [Criterion]

    public init(id: String, prompt: String, sources: [Source], assumptions: [String]?, criteria: [Criterion]) {
        self.id = id
        self.prompt = prompt
        self.sources = sources
        self.assumptions = assumptions
        self.criteria = criteria
    }

    /// A source document: by document ID, or by file name as ingested.
    public struct Source: Sendable, Codable, Equatable {
        public var id: String?
        public var file: String?

        public init(id: String?, file: String?) {
            self.id = id
            self.file = file
        }
    }

    /// One criterion of the rubric.
    public struct Criterion: Sendable, Codable, Equatable {
        public var text: String
        /// Named citations: `cfo: <ID>` or `cfo: {id: <ID>, value: 1239000000}` (the value the task expects, full units).
        public var citations: [String: Citation]?
        /// Arithmetic over the citation names (`cfo + capex`, `(rev - rev_prior) / rev_prior * 100`, `abs(capex)`).
        public var expression: String?
        /// The expected result as written, in `scale` units (`827`, `0.1234`).
        public var expected: String?
        /// `ones` (default), `thousands`, `millions` or `billions`: what `expected` and `tolerance` are counted in.
        public var scale: String?
        /// `USD` (any currency code), `shares`, `USD/shares`, `ratio` or `percent`.
        public var unit: String?
        /// Allowed difference, in `scale` units (default: half a unit of the last digit of `expected`).
        public var tolerance: String?
        /// Traps the criterion relies on knowingly: `contradicted`, `ambiguous`, `flagged`.
        public var accept: [String]?

        public init(text: String, citations: [String: Citation]?, expression: String?, expected: String?, scale: String?,
                    unit: String?, tolerance: String?, accept: [String]?) {
            self.text = text
            self.citations = citations
            self.expression = expression
            self.expected = expected
            self.scale = scale
            self.unit = unit
            self.tolerance = tolerance
            self.accept = accept
        }
    }

    /// A citation: its ID and, optionally, the value the task expects it to hold.
    public struct Citation: Sendable, Codable, Equatable {
        public var id: String
        public var value: String?

        public init(id: String, value: String? = nil) {
            self.id = id
            self.value = value
        }

        public init(from decoder: any Decoder) throws {
            if let id = try? decoder.singleValueContainer().decode(String.self) {
                self.init(id: id)
                return
            }
            let keyed = try decoder.container(keyedBy: CodingKeys.self)
            self.init(id: try keyed.decode(String.self, forKey: .id), value: try keyed.decodeIfPresent(String.self, forKey: .value))
        }
    }

    /// Reads a task file.
    public static func load(path: String) throws -> TaskFile {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw TaskFileError(path: path, reason: "cannot be read")
        }
        return try decode(String(decoding: data, as: UTF8.self), name: path)
    }

    /// Reads a task file's text (an upload), naming it `name` in the error.
    public static func decode(_ text: String, name: String) throws(TaskFileError) -> TaskFile {
        do {
            return try YAMLDecoder().decode(TaskFile.self, from: text)
        } catch {
            throw TaskFileError(path: name, reason: "not a task file: \(error)")
        }
    }

    /// The task files of a folder (`.yaml`, `.yml`), in name order.
    public static func paths(in folder: String) -> [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
        return names.filter { $0.hasSuffix(".yaml") || $0.hasSuffix(".yml") }.sorted().map { folder + "/" + $0 }
    }

    /// The factor a `scale` word stands for; nil for an unknown word.
    public static func factor(of scale: String?) -> Decimal? {
        switch scale?.lowercased() {
        case nil, "ones", "units", "1": 1
        case "thousands": 1_000
        case "millions": 1_000_000
        case "billions": 1_000_000_000
        default: nil
        }
    }
}

/// A task file that cannot be read, naming it.
public struct TaskFileError: Error, CustomStringConvertible {
    public var path: String
    public var reason: String
    public var description: String { "\(path): \(reason)" }
}
