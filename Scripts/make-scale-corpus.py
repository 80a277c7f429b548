#!/usr/bin/env python3
"""Writes N distinct small filings for the corpus scale run (python3 stdlib only, deterministic):
the Northwind samples in turn as 10-K PDF, EDGAR HTML, inline XBRL and 10-Q PDF, each under a
registrant of its own (name "Northwind Instruments 0042, Inc.", ticker NW0042, CIK), so every file
has its own bytes and the corpus holds 2,000 filers, as a real one does.

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

SAMPLE_CIK = nw.CIK
KINDS = [("10k.pdf", tenk_pdf.build), ("10k.htm", markup.html_document),
         ("10k-ixbrl.htm", markup.ixbrl_document), ("10q.pdf", tenq_ligatures.build)]


def main():
    if len(sys.argv) != 3:
        sys.exit(__doc__.strip())
    count, out = int(sys.argv[1]), sys.argv[2]
    os.makedirs(out, exist_ok=True)
    for number in range(count):
        suffix, build = KINDS[number % len(KINDS)]
        # The cover pages read these when built; the contexts' identifiers keep the sample CIK,
        # which is replaced in the bytes (same length).
        cik = "%010d" % (9000000 + number)
        nw.ENTITY, nw.TICKER, nw.CIK = "Northwind Instruments %04d, Inc." % number, "NW%04d" % number, cik
        with open(os.path.join(out, "northwind-%04d-%s" % (number, suffix)), "wb") as f:
            f.write(build().replace(SAMPLE_CIK.encode(), cik.encode()))
    print("wrote %d filings to %s" % (count, out), file=sys.stderr)


if __name__ == "__main__":
    main()
