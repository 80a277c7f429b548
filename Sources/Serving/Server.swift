import CorpusStore
import Foundation
import Hummingbird
import Logging
import NIOCore

/// `cite serve`: the corpus as web pages and the same as JSON under `/api`, read-only — search,
/// documents, facts with their source highlighted, task checks (routes in the README, "Citing").
public enum Server {
    /// The page image cache beside a corpus when none is given: `corpus.sqlite.pages/`.
    public static func defaultCacheDirectory(corpus path: String) -> URL { URL(fileURLWithPath: path + ".pages") }

    /// The application serving `corpus` (opened read-only by the caller), caching rendered pages
    /// in `cacheDirectory`.
    public static func application(corpus: SQLiteCorpus, cacheDirectory: URL, configuration: ApplicationConfiguration = .init(),
                                   onServerRunning: @escaping @Sendable (any Channel) async -> Void = { _ in }, logger: Logger? = nil)
        throws -> some ApplicationProtocol {
        let site = try Site(corpus: corpus, cacheDirectory: cacheDirectory)
        return Application(router: router(site), configuration: configuration, onServerRunning: onServerRunning, logger: logger)
    }

    static func router(_ site: Site) -> Router<BasicRequestContext> {
        let router = Router()
        router.add(middleware: PageMiddleware())
        router.get("/") { request, _ in Respond.html(try SearchPage(form: FormValues(request.uri.query), site: site).html) }
        router.get("/search") { request, _ in Respond.html(try SearchPage(form: FormValues(request.uri.query), site: site).html) }
        router.get("/api/search") { request, _ in try Respond.json(SearchPage(form: FormValues(request.uri.query), site: site).hits) }

        router.get("/documents/:document") { _, context in
            Respond.html(try DocumentPage(id: context.parameters.require("document"), site: site).html)
        }
        router.get("/api/documents/:document") { _, context in
            try Respond.json(DocumentPage(id: context.parameters.require("document"), site: site))
        }
        router.get("/documents/:document/pages/{page}.png") { request, context in
            try SourceRoutes.pageImage(document: context.parameters.require("document"), page: context.parameters.require("page"),
                                       form: FormValues(request.uri.query), site: site)
        }
        router.get("/documents/:document/source") { request, context in
            try SourceRoutes.filing(document: context.parameters.require("document"), form: FormValues(request.uri.query), site: site)
        }

        router.get("/facts/**") { _, context in Respond.html(try FactPage(id: factID(context), site: site).html) }
        router.get("/api/facts/**") { _, context in try Respond.json(FactPage(id: factID(context), site: site)) }

        router.get("/tasks") { _, _ in Respond.html(TaskPage.form) }
        router.post("/tasks") { request, _ in Respond.html(try await TaskPage(request: request, site: site).html) }
        router.post("/api/tasks") { request, _ in try Respond.json(await TaskPage(request: request, site: site)) }

        router.get("/static/tickmark.css") { _, _ in
            Respond.body(StaticAssets.css, type: "text/css; charset=utf-8", headers: [.cacheControl: "public, max-age=3600"])
        }
        router.get("/static/tickmark.js") { _, _ in
            Respond.body(StaticAssets.script, type: "text/javascript; charset=utf-8", headers: [.cacheControl: "public, max-age=3600"])
        }
        return router
    }

    /// The fact ID of a `/facts/…` path: its segments joined and percent-decoded (an ID holds `/`).
    private static func factID(_ context: BasicRequestContext) throws -> String {
        let raw = context.parameters.getCatchAll().joined(separator: "/")
        guard let id = raw.removingPercentEncoding, !id.isEmpty else { throw PageError.badRequest("“\(raw)” is not a citation ID.") }
        return id
    }
}
