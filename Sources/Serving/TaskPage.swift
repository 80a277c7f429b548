import Citing
import Foundation
import Hummingbird
import NIOCore

/// `/tasks`: paste a task YAML, get every criterion with its check (`cite check`), each citation
/// linking to its fact page; `/api/tasks` takes the YAML and answers the report as JSON.
struct TaskPage: Encodable {
    /// The largest upload read; a larger one is answered 413.
    static let uploadLimit = 256 * 1024

    var task: TaskFile
    var passed: Bool
    var report: TaskChecker.Report

    /// The task a request carries: a form's `yaml` field, else the body itself as YAML.
    init(request: Request, site: Site) async throws {
        let body: ByteBuffer
        do {
            body = try await request.body.collect(upTo: Self.uploadLimit)
        } catch is NIOTooManyBytesError {
            throw PageError(status: .contentTooLarge, message: "The task is larger than \(Self.uploadLimit / 1024) KB.")
        }
        let bytes = String(buffer: body)
        let form = request.headers[.contentType]?.hasPrefix("application/x-www-form-urlencoded") == true
        let text = (form ? FormValues(bytes)["yaml"] : nil) ?? bytes
        guard !text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else { throw PageError.badRequest("No task was given: paste a task YAML.") }
        do {
            task = try TaskFile.decode(text, name: "the task")
        } catch {
            throw PageError.badRequest(error.description)
        }
        report = try TaskChecker(counterparts: site.counterparts).check(task)
        passed = report.passed
    }

    static var form: String {
        HTML.page(title: "Check a task", body: """
            <h1>Check a task</h1>
            <p>Paste a task file (YAML, as in <code>SampleFilings/tasks</code>): every criterion is checked against the corpus as <code>cite check</code> does.</p>
            <form action="/tasks" method="post" class="tm-task-form"><textarea name="yaml" rows="24" cols="100" spellcheck="false" required></textarea>
            <p><button>Check</button></p></form>
            """)
    }

    var html: String {
        var body = "<h1>\(HTML.escape(report.task)): <span class=\"\(passed ? "tm-pass" : "tm-fail")\">\(passed ? "all right" : "FAILS")</span></h1>"
        body += "<p class=\"tm-prompt\">\(HTML.escape(task.prompt))</p>"
        body += report.problems.map { "<p class=\"tm-fail\">✗ \(HTML.escape($0.message))</p>" }.joined()
        body += "<ol class=\"tm-criteria\">"
        for criterion in report.criteria {
            let citations = task.criteria.indices.contains(criterion.index - 1) ? task.criteria[criterion.index - 1].citations ?? [:] : [:]
            body += "<li class=\"\(criterion.passed ? "tm-pass" : "tm-fail")\"><p>\(criterion.passed ? "✓" : "✗") \(HTML.escape(criterion.text))"
                + (criterion.result.map { " <span class=\"tm-muted\">[= \(HTML.escape($0))]</span>" } ?? "") + "</p>"
            body += "<ul class=\"tm-citations\">" + citations.sorted { $0.key < $1.key }.map { name, citation in
                "<li>\(HTML.escape(name)): \(HTML.link(Paths.fact(citation.id), citation.id))"
                    + (citation.value.map { " <span class=\"tm-muted\">expects \(HTML.escape($0))</span>" } ?? "") + "</li>"
            }.joined() + "</ul>"
            body += criterion.problems.map { "<p class=\"tm-problem\">✗ \(HTML.escape($0.kind.rawValue)): \(HTML.escape($0.message))</p>" }.joined()
            body += criterion.notes.map { "<p class=\"tm-note\">· \(HTML.escape($0))</p>" }.joined()
            body += "</li>"
        }
        body += "</ol><p><a href=\"/tasks\">Check another task</a></p>"
        return HTML.page(title: "Task \(report.task)", body: body)
    }
}
