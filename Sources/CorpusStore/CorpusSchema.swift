import GRDB

/// The corpus tables, created by numbered migrations so that a corpus written by any earlier
/// version opens and upgrades in place. Documented table by table in the README ("The corpus").
enum CorpusSchema {
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1-documents-statements-facts-tables", migrate: createV1)
        migrator.registerMigration("v2-quarantined-documents") { db in
            // document.status gains `quarantined` (its worker crashed, hung or ran out of memory).
            try db.execute(sql: "ALTER TABLE build ADD COLUMN documents_quarantined INTEGER NOT NULL DEFAULT 0")
        }
        migrator.registerMigration("v3-passages", migrate: createV3)
        migrator.registerMigration("v4-fact-magnitude-index") { db in
            // `cite find-value` looks numbers up by magnitude: an index on the same expression
            // as its query turns a scan of every fact into a range search.
            try db.execute(sql: "CREATE INDEX fact_magnitude ON fact(\(magnitude)) WHERE value IS NOT NULL")
        }
        return migrator
    }

    /// A fact's value without its sign, as a number: the expression `fact_magnitude` indexes.
    /// A query uses the index only when it spells the expression exactly so.
    static let magnitude = "abs(CAST(value AS REAL))"

    private static func createV1(_ db: Database) throws {
        try db.execute(sql: """
            CREATE TABLE document (
                id TEXT PRIMARY KEY,            -- citation ID: first 12 hex digits of sha256
                sha256 TEXT NOT NULL UNIQUE,
                source_path TEXT NOT NULL,      -- path given to ingest when first read
                file TEXT NOT NULL,
                format TEXT,                    -- pdf, html, ixbrl, xbrl (null when unreadable)
                entity_name TEXT, ticker TEXT, cik TEXT, form TEXT,
                fiscal_year INTEGER, period_end TEXT, page_count INTEGER,
                companions TEXT NOT NULL,       -- JSON [{file, sha256}] read beside the document
                warnings TEXT NOT NULL,         -- JSON [{code, message}]
                generator TEXT NOT NULL,        -- extractor version that wrote the rows
                status TEXT NOT NULL,           -- ok | failed
                error TEXT                      -- why a failed document failed
            );
            CREATE TABLE statement (
                id TEXT PRIMARY KEY,
                document_id TEXT NOT NULL REFERENCES document(id) ON DELETE CASCADE,
                ordinal INTEGER NOT NULL,       -- printed order in the document
                kind TEXT NOT NULL, title TEXT NOT NULL, pages TEXT NOT NULL,
                currency TEXT, scale INTEGER NOT NULL,
                periods TEXT NOT NULL           -- JSON [{key, type, start, end, fiscalYear, header}]
            );
            CREATE INDEX statement_document ON statement(document_id);
            CREATE TABLE statement_check (
                statement_id TEXT NOT NULL REFERENCES statement(id) ON DELETE CASCADE,
                ordinal INTEGER NOT NULL,
                rule TEXT NOT NULL, period TEXT, status TEXT NOT NULL,
                expected TEXT, actual TEXT,     -- exact decimal text
                lines TEXT NOT NULL,            -- JSON [line ID]
                note TEXT,
                PRIMARY KEY (statement_id, ordinal)
            );
            CREATE TABLE line (
                id TEXT PRIMARY KEY,
                statement_id TEXT NOT NULL REFERENCES statement(id) ON DELETE CASCADE,
                ordinal INTEGER NOT NULL,
                label TEXT NOT NULL, section TEXT NOT NULL, depth INTEGER NOT NULL, is_total INTEGER NOT NULL,
                concept TEXT, xbrl_concept TEXT, xbrl_dimensions TEXT NOT NULL
            );
            CREATE INDEX line_statement ON line(statement_id);
            CREATE TABLE fact (
                id TEXT PRIMARY KEY,
                line_id TEXT NOT NULL REFERENCES line(id) ON DELETE CASCADE,
                document_id TEXT NOT NULL,
                ordinal INTEGER NOT NULL,
                period TEXT NOT NULL,           -- period key: FY2018, 3M-2023-07-01, 2018-12-31
                value TEXT,                     -- exact decimal text, as presented; null for a dash
                printed TEXT,
                xbrl_value TEXT,
                unit TEXT,
                page INTEGER,
                locator TEXT NOT NULL,          -- JSON locator (page + bbox, HTML path, XBRL fact)
                cell_id TEXT,                   -- the table cell it was printed in
                flags TEXT NOT NULL             -- JSON [failing rule | unchecked]
            );
            CREATE INDEX fact_line ON fact(line_id);
            CREATE INDEX fact_document ON fact(document_id);
            CREATE INDEX fact_value ON fact(value);
            CREATE TABLE source_table (
                id TEXT PRIMARY KEY,
                document_id TEXT NOT NULL REFERENCES document(id) ON DELETE CASCADE,
                ordinal INTEGER NOT NULL,
                pages TEXT NOT NULL, locator TEXT NOT NULL
            );
            CREATE INDEX source_table_document ON source_table(document_id);
            CREATE TABLE cell (
                id TEXT PRIMARY KEY,
                table_id TEXT NOT NULL REFERENCES source_table(id) ON DELETE CASCADE,
                row INTEGER NOT NULL, col INTEGER NOT NULL, span INTEGER NOT NULL,
                text TEXT NOT NULL, locator TEXT NOT NULL
            );
            CREATE INDEX cell_table ON cell(table_id);
            CREATE TABLE alias (
                old_id TEXT PRIMARY KEY,        -- an ID a rubric may cite that a rebuild renamed
                new_id TEXT NOT NULL,
                reason TEXT NOT NULL
            );
            CREATE TABLE source_file (
                path TEXT PRIMARY KEY,          -- as given to ingest
                size INTEGER NOT NULL,
                modified REAL NOT NULL,         -- seconds since 1970
                sha256 TEXT NOT NULL            -- digest of the bytes at that size and time
            );
            CREATE TABLE build (
                id INTEGER PRIMARY KEY,
                kind TEXT NOT NULL,             -- ingest | rebuild
                generator TEXT NOT NULL,
                started_at TEXT NOT NULL, finished_at TEXT,
                documents_added INTEGER NOT NULL DEFAULT 0, documents_skipped INTEGER NOT NULL DEFAULT 0,
                documents_failed INTEGER NOT NULL DEFAULT 0
            );
            CREATE VIRTUAL TABLE search USING fts5(
                text,                           -- label, title, concept or passage text
                kind UNINDEXED,                 -- line | statement
                ref_id UNINDEXED,               -- the line or statement ID
                document_id UNINDEXED,
                tokenize = 'porter unicode61'
            );
            """)
    }

    /// Narrative passages, searchable through the `search` table (kind `passage`).
    private static func createV3(_ db: Database) throws {
        try db.execute(sql: """
            CREATE TABLE passage (
                id TEXT PRIMARY KEY,            -- citation ID: document ":text:" anchor
                document_id TEXT NOT NULL REFERENCES document(id) ON DELETE CASCADE,
                ordinal INTEGER NOT NULL,       -- reading order in the document
                page INTEGER,                   -- PDF page (null for HTML)
                text TEXT NOT NULL,
                locator TEXT NOT NULL           -- JSON locator (page + bbox, HTML path)
            );
            CREATE INDEX passage_document ON passage(document_id);
            """)
    }
}
