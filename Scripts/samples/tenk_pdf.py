"""Lays out the Northwind 10-K as PDF pages: a cover page and the three statements, the cash
flow statement continued on a second page."""

import northwind as nw
from pdfwriter import Page, write_pdf, text_width

LEFT = 72
COLUMN_RIGHTS = (452, 540)  # right edge of each value column's digits
DOLLAR_OFFSET = 62  # the "$" printed apart sits this far left of the digits' right edge
LINE_HEIGHT = 13
INDENT = 10


def cover_page():
    page = Page()
    center = Page.WIDTH / 2
    lines = [
        (70, "UNITED STATES", 11, "bold"),
        (84, "SECURITIES AND EXCHANGE COMMISSION", 11, "bold"),
        (98, "Washington, D.C. 20549", 9, "regular"),
        (130, "FORM 10-K", 16, "bold"),
        (160, "[X] ANNUAL REPORT PURSUANT TO SECTION 13 OR 15(d) OF THE SECURITIES EXCHANGE ACT OF 1934", 8, "regular"),
        (178, "For the fiscal year ended " + nw.FISCAL_YEAR_END, 10, "regular"),
        (196, "Commission File Number 001-99999", 9, "regular"),
        (236, nw.ENTITY, 18, "bold"),
        (254, "(Exact name of registrant as specified in its charter)", 8, "regular"),
        (284, "Delaware                                        94-0000000", 9, "regular"),
        (296, "(State of incorporation)                 (I.R.S. Employer Identification No.)", 8, "regular"),
        (322, "1200 Harbor Way, Portland, Oregon 97209", 9, "regular"),
        (350, "Securities registered pursuant to Section 12(b) of the Act:", 9, "bold"),
    ]
    for y, text, size, weight in lines:
        page.text_center(center, y, text, size, weight)
    columns = (72, 290, 390)
    for x, text in zip(columns, ("Title of each class", "Trading Symbol(s)", "Name of each exchange on which registered")):
        page.text(x, 372, text, 8, "bold")
    page.rule(72, 540, 376)
    for x, text in zip(columns, ("Common Stock, $0.01 par value", nw.TICKER, "The Nasdaq Stock Market LLC")):
        page.text(x, 388, text, 8)
    page.text(72, 430, "Indicate by check mark whether the registrant is a well-known seasoned issuer. Yes [X] No [ ]", 8)
    page.text(72, 444, "As of February 14, 2025, 174,215,408 shares of the registrant\u2019s common stock were outstanding.", 8)
    return page


def statement_header(page, statement, continued, entity=nw.ENTITY, draw=Page.text):
    """The title block and the column headers: a spanning header (if any) over each column's
    stacked lines (default: the years). Returns the y of the first row."""
    title = statement["title"] + (" (continued)" if continued else "")
    page.text_center(Page.WIDTH / 2, 60, entity.upper(), 10, "bold")
    width = text_width(title, 10, "bold")
    draw(page, Page.WIDTH / 2 - width / 2, 74, title, 10, "bold")
    page.text_center(Page.WIDTH / 2, 88, statement["scale"], 8)
    columns = statement.get("columns") or [[year] for year in nw.YEARS]
    depth = max(len(lines) for lines in columns)
    bottom = max(131, 96 + 10 * depth)  # the last header line's baseline, clear of the title block
    top = bottom - 10 * (depth - 1)
    if statement.get("header"):
        center = (COLUMN_RIGHTS[0] - 30 + COLUMN_RIGHTS[1]) / 2
        page.text_center(center, top - 15, statement["header"], 8, "bold")
        page.rule(COLUMN_RIGHTS[0] - 60, COLUMN_RIGHTS[1], top - 11)
    for right, lines in zip(COLUMN_RIGHTS, columns):
        for n, line in enumerate(lines):
            page.text_right(right, top + 10 * n, line, 8, "bold")
        width = max([50] + [text_width(line, 8, "bold") + 4 for line in lines])
        page.rule(right - width, right + 4, bottom + 4)
    return bottom + 21


def value_cell(page, right, y, text, dollar, weight):
    # A closing parenthesis hangs past the column edge, as in typeset filings.
    if text.endswith(")"):
        page.text(right - text_width(text[:-1], 9, weight), y, text, 9, weight)
    elif text == "\u2014":
        page.text_right(right - 2, y, text, 9, weight)
    else:
        page.text_right(right, y, text, 9, weight)
    if dollar:
        page.text(right - DOLLAR_OFFSET, y, "$", 9, weight)


def statement_row(page, y, row, draw=Page.text):
    weight = "bold" if row["kind"] in ("total", "heading") and row["depth"] == 0 else "regular"
    x = LEFT + INDENT * row["depth"]
    if row["label"]:
        draw(page, x, y, row["label"], 9, weight)
    if row["values"] is None:
        return
    if row["kind"] in ("total", "bare"):
        for right in COLUMN_RIGHTS:
            page.rule(right - 55, right + 4, y - 10)
    for right, text in zip(COLUMN_RIGHTS, row["values"]):
        value_cell(page, right, y, text, row.get("dollar", False), weight)


def statement_pages(statement, entity=nw.ENTITY, draw=Page.text):
    """The statement's pages; `draw` writes titles and labels (e.g. `Page.text_without_ligatures`)."""
    pages = [Page()]
    y = statement_header(pages[0], statement, continued=False, entity=entity, draw=draw)
    for row in statement["rows"]:
        if row["label"] == statement.get("break_before"):
            pages[-1].text_center(Page.WIDTH / 2, 740, "(continued on next page)", 8)
            pages.append(Page())
            y = statement_header(pages[-1], statement, continued=True, entity=entity, draw=draw)
        statement_row(pages[-1], y, row, draw)
        y += LINE_HEIGHT
    return pages


def page_number(page, number):
    page.text_center(Page.WIDTH / 2, 760, str(number), 8)


def build():
    """The PDF's bytes."""
    pages = [cover_page()]
    for statement in nw.STATEMENTS:
        pages += statement_pages(statement)
    for number, page in enumerate(pages[1:], start=40):
        page_number(page, number)
    return write_pdf(pages, nw.ENTITY + " Form 10-K 2024")
