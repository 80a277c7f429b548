import Foundation
import HTTPTypes
import Hummingbird

/// A request answered with a 4xx (or 5xx) page — or JSON error under `/api` — and its reason.
struct PageError: Error {
    var status: HTTPResponse.Status
    var message: String

    static func badRequest(_ message: String) -> PageError { PageError(status: .badRequest, message: message) }
    static func notFound(_ message: String) -> PageError { PageError(status: .notFound, message: message) }
}

/// The bodies and headers every answer of the server is built with.
enum Respond {
    /// The policy of our own pages: our stylesheet and script only, frames and images of this server.
    static let pagePolicy = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; frame-src 'self'; "
        + "base-uri 'none'; form-action 'self'"
    /// The policy of a served filing: no script at all, its own inline styles and embedded images.
    static let filingPolicy = "default-src 'none'; img-src 'self' data:; style-src 'unsafe-inline'; sandbox allow-same-origin"

    static let policyHeader = HTTPField.Name("Content-Security-Policy")!
    static let sniffHeader = HTTPField.Name("X-Content-Type-Options")!
    static let referrerHeader = HTTPField.Name("Referrer-Policy")!

    static func html(_ text: String, status: HTTPResponse.Status = .ok) -> Response {
        body(text, type: "text/html; charset=utf-8", status: status)
    }

    static func body(_ text: String, type: String, status: HTTPResponse.Status = .ok, headers extra: HTTPFields = [:]) -> Response {
        var headers = extra
        headers[.contentType] = type
        return Response(status: status, headers: headers, body: ResponseBody(byteBuffer: ByteBuffer(string: text)))
    }

    static func json(_ value: some Encodable, status: HTTPResponse.Status = .ok) throws -> Response {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let data = try encoder.encode(value)
        return Response(status: status, headers: [.contentType: "application/json; charset=utf-8"],
                        body: ResponseBody(byteBuffer: ByteBuffer(bytes: data)))
    }

    /// What a failed request gets: a page with the status and reason, or `{"error", "status"}` under `/api`.
    static func error(_ error: PageError, api: Bool) -> Response {
        if api, let response = try? json(["error": error.message, "status": "\(error.status.code)"], status: error.status) {
            return response
        }
        let title = "\(error.status.code) \(error.status.reasonPhrase)"
        return html(HTML.page(title: title, body: "<h1>\(HTML.escape(title))</h1><p class=\"tm-error\">\(HTML.escape(error.message))</p>"),
                    status: error.status)
    }
}

/// Turns every error into a clear page (or JSON under `/api`), never a crash or a bare status,
/// and sets the security headers on every answer: our strict policy unless a route set its own
/// (a served filing), no MIME sniffing, no referrer.
struct PageMiddleware<Context: RequestContext>: RouterMiddleware {
    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        let api = request.uri.path.hasPrefix("/api/")
        var response: Response
        do {
            response = try await next(request, context)
        } catch let error as PageError {
            response = Respond.error(error, api: api)
        } catch let error as HTTPError {
            let message = error.status == .contentTooLarge ? "The upload is larger than the server takes." : (error.body ?? error.status.reasonPhrase)
            response = Respond.error(PageError(status: error.status, message: message), api: api)
        } catch {
            context.logger.error("\(request.method) \(request.uri.path): \(error)")
            response = Respond.error(PageError(status: .internalServerError, message: "The server could not answer this request."), api: api)
        }
        if response.headers[Respond.policyHeader] == nil { response.headers[Respond.policyHeader] = Respond.pagePolicy }
        response.headers[Respond.sniffHeader] = "nosniff"
        response.headers[Respond.referrerHeader] = "no-referrer"
        return response
    }
}

/// A query string (or a form body) as a browser sends it: `+` is a space, `%XX` a byte, the first
/// value of each name.
struct FormValues {
    private var values: [String: String] = [:]

    init(_ encoded: String?) {
        for pair in (encoded ?? "").split(separator: "&") {
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            guard let name = Self.decode(parts[0]), values[name] == nil else { continue }
            values[name] = parts.count > 1 ? Self.decode(parts[1]) ?? "" : ""
        }
    }

    private static func decode(_ text: Substring) -> String? {
        text.replacingOccurrences(of: "+", with: " ").removingPercentEncoding
    }

    /// The value of `name`, trimmed; nil when absent or empty.
    subscript(_ name: String) -> String? {
        guard let value = values[name]?.trimmingCharacters(in: .whitespacesAndNewlines), !value.isEmpty else { return nil }
        return value
    }
}
