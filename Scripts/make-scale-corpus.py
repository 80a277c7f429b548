#!/usr/bin/env python3
"""Writes N distinct small filings for the corpus scale run (python3 stdlib only, deterministic):
the Northwind samples in turn as 10-K PDF, EDGAR HTML, inline XBRL and 10-Q PDF, each under a
registrant name of its own ("Northwind Instruments 0042, Inc."), so every file has its own bytes.

Usage: Scripts/make-scale-corpus.py N FOLDER
"""

import os
import sys

sys.dont_write_bytecode = True  # keep Scripts/samples free of __pycache__
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "samples"))

import markup  # noqa: E402
import northwind as nw  # noqa: E402
import tenk_pdf  # noqa: E402
import tenq_ligatures  # noqa: E402

KINDS = [("10k.pdf", tenk_pdf.build), ("10k.htm", markup.html_document),
         ("10k-ixbrl.htm", markup.ixbrl_document), ("10q.pdf", tenq_ligatures.build)]


def main():
    if len(sys.argv) != 3:
        sys.exit(__doc__.strip())
    count, out = int(sys.argv[1]), sys.argv[2]
    os.makedirs(out, exist_ok=True)
    for number in range(count):
        suffix, build = KINDS[number % len(KINDS)]
        nw.ENTITY = "Northwind Instruments %04d, Inc." % number  # the cover pages read it when built
        with open(os.path.join(out, "northwind-%04d-%s" % (number, suffix)), "wb") as f:
            f.write(build())
    print("wrote %d filings to %s" % (count, out), file=sys.stderr)


if __name__ == "__main__":
    main()
