#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""The source's own words for every commitment in one sector.

    python3 sector_quotes.py [--data FILE] SECTOR
"""

import argparse
import signal
import sys

import camtg


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("sector", help="one of: " + ", ".join(camtg.SECTORS))
    parser.add_argument("--data", metavar="FILE",
                        help="a dataset file (default: the dataset built into libcamtg)")
    args = parser.parse_args()

    with camtg.open(args.data) as db:
        try:
            commitments = db.commitments(sector=args.sector)
        except ValueError as error:
            sys.exit(f"sector_quotes: {error}")
        print(f"{len(commitments)} commitments in {args.sector}")
        for c in commitments:
            # The quote is the slice of the source text the offsets point at.
            assert c.source.text[c.start:c.end] == c.quote
            who = ", ".join(a.name for a in c.actors)
            print(f"{c.id} ({who}): \u201c{c.quote}\u201d")


if __name__ == "__main__":
    # Like other Unix tools, stop quietly when the reader of a pipe goes
    # away (`... | head -3`) instead of printing a BrokenPipeError.
    signal.signal(signal.SIGPIPE, signal.SIG_DFL)
    main()
