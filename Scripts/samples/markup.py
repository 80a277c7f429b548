"""The Northwind statements as EDGAR-style HTML, inline XBRL, and an XBRL instance with its
schema, presentation and label linkbases. Same values as the PDF."""

from html import escape

import northwind as nw
import xbrl

PREFIX = "nwin-20241231"


def amount_cells(text, dollar, tag=None):
    """The cells EDGAR prints for one value: "$" apart, the number, ")" apart."""
    negative = text.startswith("(")
    digits = text.strip("()")
    shown = tag(digits) if tag else escape(digits)
    cells = '<td style="text-align:left">%s</td>' % ("$" if dollar else "")
    cells += '<td style="text-align:right">%s%s</td>' % ("(" if negative else "", shown)
    cells += '<td style="text-align:left">%s</td>' % (")" if negative else "")
    return cells


def column_header_rows(statement):
    """A spanning header over the years, or one row per stacked line of each column's header."""
    if not statement.get("columns"):
        return ['<tr><td></td><td colspan="6" style="text-align:center;font-weight:bold">%s</td></tr>'
                % escape(statement["header"]),
                '<tr><td></td>' + "".join('<td></td><td style="text-align:right;font-weight:bold">%s</td><td></td>' % y
                                          for y in nw.YEARS) + "</tr>"]
    columns = statement["columns"]
    return ['<tr><td></td>' + "".join('<td colspan="3" style="text-align:center;font-weight:bold">%s</td>'
                                      % escape(lines[n] if n < len(lines) else "") for lines in columns) + "</tr>"
            for n in range(max(len(lines) for lines in columns))]


def statement_table(statement, tagger=None, entity=nw.ENTITY):
    out = ['<p style="text-align:center;font-weight:bold">%s</p>' % escape(entity.upper()),
           '<p style="text-align:center;font-weight:bold">%s</p>' % escape(statement["title"]),
           '<p style="text-align:center">%s</p>' % escape(statement["scale"]),
           '<table style="width:100%;border-collapse:collapse">'] + column_header_rows(statement)
    for row in statement["rows"]:
        indent = "padding-left:%dpt" % (10 * row["depth"])
        weight = ";font-weight:bold" if row["kind"] in ("total", "heading") and row["depth"] == 0 else ""
        label = '<td style="%s%s">%s</td>' % (indent, weight, escape(row["label"]))
        if row["values"] is None:
            out.append('<tr>%s<td colspan="6"></td></tr>' % label)
            continue
        cells = ""
        for column, text in enumerate(row["values"]):
            tag = (lambda digits, c=column: tagger(statement, row, c, digits)) if tagger else None
            cells += amount_cells(text, row.get("dollar", False), tag)
        out.append("<tr>%s%s</tr>" % (label, cells))
    out.append("</table>")
    return "\n".join(out)


COVER_LINES = [
    "UNITED STATES", "SECURITIES AND EXCHANGE COMMISSION", "Washington, D.C. 20549", "FORM {form}",
    "[X] ANNUAL REPORT PURSUANT TO SECTION 13 OR 15(d) OF THE SECURITIES EXCHANGE ACT OF 1934",
    "For the fiscal year ended {period}", "Commission File Number 001-99999", "{name}",
    "(Exact name of registrant as specified in its charter)",
]


def cover(tag=lambda name, text: escape(text)):
    form = tag("dei:DocumentType", "10-K")
    period = tag("dei:DocumentPeriodEndDate", nw.FISCAL_YEAR_END)
    name = tag("dei:EntityRegistrantName", nw.ENTITY)
    lines = ["<p style=\"text-align:center\">%s</p>" % line.format(form=form, period=period, name=name)
             if "{" in line else "<p style=\"text-align:center\">%s</p>" % escape(line) for line in COVER_LINES]
    lines.append("<table><tr><td>Title of each class</td><td>Trading Symbol(s)</td>"
                 "<td>Name of each exchange on which registered</td></tr>"
                 "<tr><td>Common Stock, $0.01 par value</td><td>%s</td><td>The Nasdaq Stock Market LLC</td></tr></table>"
                 % tag("dei:TradingSymbol", nw.TICKER))
    return "\n".join(lines)


def html_document():
    """Plain ASCII with numeric character references (&#8212;), as EDGAR documents print dashes."""
    body = [cover()] + ['<hr style="page-break-after:always"/>\n' + statement_table(s) for s in nw.STATEMENTS]
    return ("<html>\n<head><title>Northwind Instruments, Inc. 10-K 2024</title></head>\n<body>\n%s\n</body>\n</html>\n"
            % "\n".join(body)).encode("ascii", "xmlcharrefreplace")


def ixbrl_document():
    counter = [0]

    def next_id():
        counter[0] += 1
        return "f%d" % counter[0]

    def tag_value(statement, row, column, digits):
        fact = xbrl.fact_for(statement, row, column)
        attributes = 'name="%s" contextRef="%s" unitRef="%s" id="%s"' % (
            row["concept"], fact["context"], fact["unit"], next_id())
        if digits == "\u2014":
            return '<ix:nonFraction %s format="ixt:fixed-zero">%s</ix:nonFraction>' % (attributes, digits)
        sign = ' sign="-"' if fact["negative"] else ""
        return ('<ix:nonFraction %s decimals="%s" scale="%d" format="ixt:num-dot-decimal"%s>%s</ix:nonFraction>'
                % (attributes, fact["decimals"], fact["scale"], sign, digits))

    def tag_cover(name, text):
        if name == "dei:DocumentPeriodEndDate":
            return ('<ix:nonNumeric name="%s" contextRef="FY2024" id="%s" format="ixt:date-monthname-day-year-en">%s'
                    "</ix:nonNumeric>" % (name, next_id(), escape(text)))
        return '<ix:nonNumeric name="%s" contextRef="FY2024" id="%s">%s</ix:nonNumeric>' % (name, next_id(), escape(text))

    body = [cover(tag_cover)] + ['<hr style="page-break-after:always"/>\n' + statement_table(s, tag_value)
                                 for s in nw.STATEMENTS]
    header = ('<div style="display:none"><ix:header><ix:hidden>'
              '<ix:nonNumeric name="dei:EntityCentralIndexKey" contextRef="FY2024" id="h1">%s</ix:nonNumeric>'
              '<ix:nonNumeric name="dei:DocumentFiscalYearFocus" contextRef="FY2024" id="h2">2024</ix:nonNumeric>'
              '<ix:nonNumeric name="dei:AmendmentFlag" contextRef="FY2024" id="h3">false</ix:nonNumeric>'
              '</ix:hidden><ix:references><link:schemaRef xlink:type="simple" xlink:href="%s.xsd"/></ix:references>'
              "<ix:resources>%s</ix:resources></ix:header></div>" % (nw.CIK, PREFIX, xbrl.contexts_and_units()))
    return ('<?xml version="1.0" encoding="utf-8"?>\n'
            '<html xmlns="http://www.w3.org/1999/xhtml" xmlns:ix="http://www.xbrl.org/2013/inlineXBRL" '
            'xmlns:ixt="http://www.xbrl.org/inlineXBRL/transformation/2020-02-12" '
            'xmlns:xbrli="http://www.xbrl.org/2003/instance" xmlns:link="http://www.xbrl.org/2003/linkbase" '
            'xmlns:xlink="http://www.w3.org/1999/xlink" xmlns:iso4217="http://www.xbrl.org/2003/iso4217" '
            'xmlns:xbrldi="http://xbrl.org/2006/xbrldi" '
            'xmlns:us-gaap="http://fasb.org/us-gaap/2024" xmlns:dei="http://xbrl.sec.gov/dei/2024" '
            'xmlns:nwin="http://northwind.example/20241231">\n'
            "<head><title>Northwind Instruments, Inc. 10-K 2024</title></head>\n<body>\n%s\n%s\n</body>\n</html>\n"
            % (header, "\n".join(body))).encode("utf-8")


def build():
    """File name → bytes for every markup sample."""
    return {
        "northwind-10k-2024-html.htm": html_document(),
        "northwind-10k-2024-ixbrl.htm": ixbrl_document(),
        PREFIX + ".xml": xbrl.instance(),
        PREFIX + ".xsd": xbrl.schema(PREFIX),
        PREFIX + "_pre.xml": xbrl.presentation(PREFIX),
        PREFIX + "_lab.xml": xbrl.labels(PREFIX),
    }
