#!/usr/bin/env python3
"""Writes the sample filings of SampleFilings/ (python3 stdlib only, deterministic):
the fictional Northwind Instruments, Inc. 10-K for fiscal 2024 as PDF, EDGAR-style HTML,
inline XBRL and an XBRL instance with its presentation and label linkbases.

Usage: Scripts/make-samples.py [output-folder]   (default: SampleFilings next to Scripts/)
"""

import os
import sys

sys.dont_write_bytecode = True  # keep Scripts/samples free of __pycache__
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "samples"))

import markup  # noqa: E402
import stub_periods  # noqa: E402
import tenk_pdf  # noqa: E402
import tenq_ligatures  # noqa: E402


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(HERE), "SampleFilings")
    os.makedirs(out, exist_ok=True)
    files = {"northwind-10k-2024.pdf": tenk_pdf.build(), "northwind-10q-2025-q1-ligatures.pdf": tenq_ligatures.build()}
    files.update(markup.build())
    files.update(stub_periods.build())
    for name, data in sorted(files.items()):
        with open(os.path.join(out, name), "wb") as f:
            f.write(data)
        print(f"wrote {os.path.join(out, name)} ({len(data)} bytes)")


if __name__ == "__main__":
    main()
