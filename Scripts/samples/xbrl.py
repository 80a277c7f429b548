"""XBRL facts for the Northwind statements: contexts, units, the instance document and its
schema, presentation and label linkbases."""

from decimal import Decimal
from html import escape

import northwind as nw

CONTEXTS = {
    "FY2024": ("2024-01-01", "2024-12-31"),
    "FY2023": ("2023-01-01", "2023-12-31"),
    "I2024": ("2024-12-31",),
    "I2023": ("2023-12-31",),
    "I2022": ("2022-12-31",),
}
UNITS = {  # unit id → (measure, denominator measure or None)
    "usd": ("iso4217:USD", None),
    "usdPerShare": ("iso4217:USD", "xbrli:shares"),
    "shares": ("xbrli:shares", None),
}
MEASURES = {  # row "unit" option → (unit id, scale, decimals)
    "money": ("usd", 6, "-6"),
    "perShare": ("usdPerShare", 0, "2"),
    "shares": ("shares", 6, "-5"),
}
ROLE = "http://northwind.example/role/"
LINK_ROLES = {"income": "ConsolidatedStatementsOfIncome", "balance": "ConsolidatedBalanceSheets",
              "cash_flow": "ConsolidatedStatementsOfCashFlows"}
LABEL_ROLE = "http://www.xbrl.org/2003/role/"


def context_of(statement, row, column):
    if statement["kind"] == "balance" or row.get("instant") == "end":
        return ("I2024", "I2023")[column]
    if row.get("instant") == "start":
        return ("I2023", "I2022")[column]
    return ("FY2024", "FY2023")[column]


def fact_for(statement, row, column):
    """The XBRL view of one printed value: context, unit, scale, decimals and value."""
    unit, scale, decimals = MEASURES[row.get("unit", "money")]
    printed = row["values"][column]
    if printed == "\u2014":
        value = Decimal(0)
    else:
        value = Decimal(printed.strip("()").replace(",", "")).scaleb(scale)
        if printed.startswith("(") != bool(row.get("negate")):
            value = -value
    text = str(int(value)) if scale > 0 else format(value, "f")
    return {"context": context_of(statement, row, column), "unit": unit, "scale": scale, "decimals": decimals,
            "negative": value < 0, "value": text, "dash": printed == "\u2014"}


def contexts_and_units(contexts=CONTEXTS, cik=nw.CIK):
    out = []
    for cid, dates in contexts.items():
        period = ("<xbrli:instant>%s</xbrli:instant>" % dates[0] if len(dates) == 1 else
                  "<xbrli:startDate>%s</xbrli:startDate><xbrli:endDate>%s</xbrli:endDate>" % dates)
        out.append('<xbrli:context id="%s"><xbrli:entity><xbrli:identifier scheme="http://www.sec.gov/CIK">%s'
                   "</xbrli:identifier></xbrli:entity><xbrli:period>%s</xbrli:period></xbrli:context>"
                   % (cid, cik, period))
    for uid, (measure, denominator) in UNITS.items():
        if denominator:
            body = ("<xbrli:divide><xbrli:unitNumerator><xbrli:measure>%s</xbrli:measure></xbrli:unitNumerator>"
                    "<xbrli:unitDenominator><xbrli:measure>%s</xbrli:measure></xbrli:unitDenominator></xbrli:divide>"
                    % (measure, denominator))
        else:
            body = "<xbrli:measure>%s</xbrli:measure>" % measure
        out.append('<xbrli:unit id="%s">%s</xbrli:unit>' % (uid, body))
    return "\n".join(out)


def instance_facts():
    """(concept, context, unit, decimals, value), each once, in statement order; dashes left out."""
    seen = set()
    facts = []
    for statement in nw.STATEMENTS:
        for row in statement["rows"]:
            if row["values"] is None:
                continue
            for column in (0, 1):
                fact = fact_for(statement, row, column)
                key = (row["concept"], fact["context"])
                if fact["dash"] or key in seen:
                    continue
                seen.add(key)
                facts.append((row["concept"], fact["context"], fact["unit"], fact["decimals"], fact["value"]))
    return facts


NAMESPACES = ('xmlns:xbrli="http://www.xbrl.org/2003/instance" xmlns:link="http://www.xbrl.org/2003/linkbase" '
              'xmlns:xlink="http://www.w3.org/1999/xlink" xmlns:iso4217="http://www.xbrl.org/2003/iso4217" '
              'xmlns:us-gaap="http://fasb.org/us-gaap/2024" xmlns:dei="http://xbrl.sec.gov/dei/2024" '
              'xmlns:nwin="http://northwind.example/20241231"')


def instance():
    dei = [("dei:DocumentType", "10-K"), ("dei:DocumentPeriodEndDate", "2024-12-31"),
           ("dei:DocumentFiscalYearFocus", "2024"), ("dei:CurrentFiscalYearEndDate", "--12-31"),
           ("dei:EntityRegistrantName", nw.ENTITY), ("dei:EntityCentralIndexKey", nw.CIK),
           ("dei:TradingSymbol", nw.TICKER), ("dei:AmendmentFlag", "false")]
    lines = ['<?xml version="1.0" encoding="utf-8"?>', "<xbrli:xbrl %s>" % NAMESPACES,
             '<link:schemaRef xlink:type="simple" xlink:href="nwin-20241231.xsd"/>', contexts_and_units()]
    lines += ['<%s contextRef="FY2024">%s</%s>' % (name, escape(value), name) for name, value in dei]
    lines += ['<%s contextRef="%s" unitRef="%s" decimals="%s">%s</%s>' % (c, ctx, unit, dec, value, c)
              for c, ctx, unit, dec, value in instance_facts()]
    lines.append("</xbrli:xbrl>")
    return ("\n".join(lines) + "\n").encode("utf-8")


def heading_concept(label):
    words = "".join(ch if ch.isalnum() else " " for ch in label.replace("\u2019", "")).split()
    return "nwin:" + "".join(w[:1].upper() + w[1:].lower() for w in words) + "Abstract"


def tree(statement):
    """(parent, child, preferred label role, label) arcs in printed order, headings as abstracts."""
    root = "nwin:" + LINK_ROLES[statement["kind"]] + "Abstract"
    arcs = []
    stack = []  # (depth, concept) of open headings
    for row in statement["rows"]:
        while stack and stack[-1][0] >= row["depth"]:
            stack.pop()
        parent = stack[-1][1] if stack else root
        if row["kind"] == "heading":
            concept = heading_concept(row["label"])
            arcs.append((parent, concept, "label", row["label"]))
            stack.append((row["depth"], concept))
            continue
        role = {"start": "periodStartLabel", "end": "periodEndLabel"}.get(row.get("instant"))
        role = role or ("totalLabel" if row["kind"] in ("total", "bare") else "label")
        label = row["label"] or "Net cash used in investing activities"
        arcs.append((parent, row["concept"], role, label))
    return root, arcs


def labels_by_concept():
    """concept → {role: label}; the first printed label of a concept is its standard label."""
    labels = {}
    for statement in nw.STATEMENTS:
        root, arcs = tree(statement)
        labels.setdefault(root, {})["label"] = statement["title"].title()
        for _, concept, role, label in arcs:
            roles = labels.setdefault(concept, {})
            roles.setdefault("label", label)
            if roles["label"] != label:
                roles.setdefault(role if role != "label" else "terseLabel", label)
    return labels


def schema(prefix):
    custom = sorted(c for c in labels_by_concept() if c.startswith("nwin:"))
    elements = []
    for concept in custom:
        name = concept.split(":")[1]
        abstract = name.endswith("Abstract")
        elements.append('<xs:element name="%s" id="nwin_%s" substitutionGroup="xbrli:item" nillable="true" '
                        'xbrli:periodType="%s" type="%s"%s/>' % (
                            name, name, "duration", "xbrli:stringItemType" if abstract else "xbrli:monetaryItemType",
                            ' abstract="true"' if abstract else ""))
    roles = "".join('<link:roleType roleURI="%s%s" id="%s"><link:definition>%s</link:definition>'
                    "<link:usedOn>link:presentationLink</link:usedOn></link:roleType>"
                    % (ROLE, name, name, name) for name in LINK_ROLES.values())
    return ('<?xml version="1.0" encoding="utf-8"?>\n'
            '<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema" %s targetNamespace="http://northwind.example/20241231" '
            'elementFormDefault="qualified">\n<xs:annotation><xs:appinfo>\n'
            '<link:linkbaseRef xlink:type="simple" xlink:href="%s_pre.xml" '
            'xlink:role="http://www.xbrl.org/2003/role/presentationLinkbaseRef" xlink:arcrole="http://www.w3.org/1999/xlink/properties/linkbase"/>\n'
            '<link:linkbaseRef xlink:type="simple" xlink:href="%s_lab.xml" '
            'xlink:role="http://www.xbrl.org/2003/role/labelLinkbaseRef" xlink:arcrole="http://www.w3.org/1999/xlink/properties/linkbase"/>\n'
            "%s\n</xs:appinfo></xs:annotation>\n"
            '<xs:import namespace="http://www.xbrl.org/2003/instance" schemaLocation="http://www.xbrl.org/2003/xbrl-instance-2003-12-31.xsd"/>\n'
            "%s\n</xs:schema>\n" % (NAMESPACES, prefix, prefix, roles, "\n".join(elements))).encode("utf-8")


def href(prefix, concept):
    namespace, name = concept.split(":")
    if namespace == "nwin":
        return "%s.xsd#nwin_%s" % (prefix, name)
    if namespace == "us-gaap":
        return "https://xbrl.fasb.org/us-gaap/2024/elts/us-gaap-2024.xsd#us-gaap_%s" % name
    return "https://xbrl.sec.gov/dei/2024/dei-2024.xsd#dei_%s" % name


def loc_label(concept):
    return "loc_" + concept.replace(":", "_")


def presentation(prefix):
    links = []
    for statement in nw.STATEMENTS:
        root, arcs = tree(statement)
        concepts = [root] + [child for _, child, _, _ in arcs]
        locs = ['<link:loc xlink:type="locator" xlink:href="%s" xlink:label="%s"/>' % (href(prefix, c), loc_label(c))
                for c in sorted(set(concepts))]
        order = {}
        body = []
        for parent, child, role, _ in arcs:
            order[parent] = order.get(parent, 0) + 1
            preferred = ' preferredLabel="%s%s"' % (LABEL_ROLE, role) if role != "label" else ""
            body.append('<link:presentationArc xlink:type="arc" xlink:arcrole="http://www.xbrl.org/2003/arcrole/parent-child" '
                        'xlink:from="%s" xlink:to="%s" order="%d"%s/>' % (loc_label(parent), loc_label(child),
                                                                           order[parent], preferred))
        links.append('<link:presentationLink xlink:type="extended" xlink:role="%s%s">\n%s\n%s\n</link:presentationLink>'
                     % (ROLE, LINK_ROLES[statement["kind"]], "\n".join(locs), "\n".join(body)))
    return ('<?xml version="1.0" encoding="utf-8"?>\n<link:linkbase %s>\n%s\n</link:linkbase>\n'
            % (NAMESPACES, "\n".join(links))).encode("utf-8")


def labels(prefix):
    parts = []
    for concept, roles in sorted(labels_by_concept().items()):
        parts.append('<link:loc xlink:type="locator" xlink:href="%s" xlink:label="%s"/>' % (href(prefix, concept),
                                                                                              loc_label(concept)))
        for role, text in sorted(roles.items()):
            label_id = "lab_%s_%s" % (concept.replace(":", "_"), role)
            parts.append('<link:label xlink:type="resource" xlink:label="%s" xlink:role="%s%s" xml:lang="en-US">%s'
                         "</link:label>" % (label_id, LABEL_ROLE, role, escape(text)))
            parts.append('<link:labelArc xlink:type="arc" xlink:arcrole="http://www.xbrl.org/2003/arcrole/concept-label" '
                         'xlink:from="%s" xlink:to="%s"/>' % (loc_label(concept), label_id))
    return ('<?xml version="1.0" encoding="utf-8"?>\n<link:linkbase %s>\n<link:labelLink xlink:type="extended" '
            'xlink:role="http://www.xbrl.org/2003/role/link">\n%s\n</link:labelLink>\n</link:linkbase>\n'
            % (NAMESPACES, "\n".join(parts))).encode("utf-8")
