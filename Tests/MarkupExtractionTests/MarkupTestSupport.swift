@testable import MarkupExtraction
import TickmarkModel

/// Extracts markup written in a test.
func extract(_ markup: String, as format: FileFormat, limits: MarkupLimits = MarkupLimits()) throws(IngestError) -> SourceDocument {
    try MarkupExtractor(limits: limits).extract(SourceFile(path: "test-input", bytes: Array(markup.utf8), sha256: "", format: format))
}

/// The document's tables, in order.
func tables(_ document: SourceDocument) -> [Table] {
    document.blocks.compactMap { if case .table(let table) = $0 { table } else { nil } }
}

/// The document's text blocks, in order.
func texts(_ document: SourceDocument) -> [String] {
    document.blocks.compactMap { if case .text(let block) = $0 { block.text } else { nil } }
}

/// A row's cell texts by column.
func cellTexts(_ row: TableRow) -> [Int: String] {
    Dictionary(uniqueKeysWithValues: row.cells.map { ($0.column, $0.text) })
}

/// Wraps inline XBRL body content in a minimal, well-formed XHTML document with one context
/// per period and the usual units.
func inlineDocument(body: String, hidden: String = "") -> String {
    """
    <?xml version="1.0" encoding="utf-8"?>
    <html xmlns="http://www.w3.org/1999/xhtml" xmlns:ix="http://www.xbrl.org/2013/inlineXBRL"
      xmlns:xbrli="http://www.xbrl.org/2003/instance" xmlns:xbrldi="http://xbrl.org/2006/xbrldi"
      xmlns:iso4217="http://www.xbrl.org/2003/iso4217" xmlns:us-gaap="http://fasb.org/us-gaap/2023"
      xmlns:dei="http://xbrl.sec.gov/dei/2023" xmlns:ixt="http://www.xbrl.org/inlineXBRL/transformation/2020-02-12"
      xmlns:ixt-sec="http://www.sec.gov/inlineXBRL/transformation/2015-08-31"
      xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
    <body>
    <div style="display:none"><ix:header><ix:hidden>\(hidden)</ix:hidden><ix:resources>
      <xbrli:context id="c2024"><xbrli:entity><xbrli:identifier scheme="http://www.sec.gov/CIK">0001045810</xbrli:identifier></xbrli:entity>
        <xbrli:period><xbrli:startDate>2023-01-30</xbrli:startDate><xbrli:endDate>2024-01-28</xbrli:endDate></xbrli:period></xbrli:context>
      <xbrli:context id="i2024"><xbrli:entity><xbrli:identifier scheme="http://www.sec.gov/CIK">0001045810</xbrli:identifier></xbrli:entity>
        <xbrli:period><xbrli:instant>2024-01-28</xbrli:instant></xbrli:period></xbrli:context>
      <xbrli:context id="i2024seg"><xbrli:entity><xbrli:identifier scheme="http://www.sec.gov/CIK">0001045810</xbrli:identifier>
        <xbrli:segment><xbrldi:explicitMember dimension="us-gaap:StatementBusinessSegmentsAxis">nvda:ComputeMember</xbrldi:explicitMember></xbrli:segment></xbrli:entity>
        <xbrli:period><xbrli:instant>2024-01-28</xbrli:instant></xbrli:period></xbrli:context>
      <xbrli:unit id="usd"><xbrli:measure>iso4217:USD</xbrli:measure></xbrli:unit>
      <xbrli:unit id="usdPerShare"><xbrli:divide><xbrli:unitNumerator><xbrli:measure>iso4217:USD</xbrli:measure></xbrli:unitNumerator>
        <xbrli:unitDenominator><xbrli:measure>xbrli:shares</xbrli:measure></xbrli:unitDenominator></xbrli:divide></xbrli:unit>
    </ix:resources></ix:header></div>
    \(body)
    </body></html>
    """
}
