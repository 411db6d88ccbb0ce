#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""A country x sector table: how many commitments involve each country in
each sector (a commitment by a group counts for its members).

    python3 country_sector_table.py [--data FILE] [--csv]
"""

import argparse
import csv
import signal
import sys

import camtg


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", metavar="FILE",
                        help="a dataset file (default: the dataset built into libcamtg)")
    parser.add_argument("--csv", action="store_true", help="write CSV instead of a text table")
    args = parser.parse_args()

    with camtg.open(args.data) as db:
        countries = db.entities(type="country")
        # Only the sectors that occur, in the vocabulary's order.
        used = {s for c in db.commitments() for s in c.sectors}
        sectors = [s for s in camtg.SECTORS if s in used]
        rows = [[country.id] + [len(db.commitments(involving=country, sector=s)) for s in sectors]
                for country in countries]

    header = ["country"] + sectors
    if args.csv:
        writer = csv.writer(sys.stdout)
        writer.writerow(header)
        writer.writerows(rows)
        return
    widths = [max(len(str(row[i])) for row in [header] + rows) for i in range(len(header))]
    for row in [header] + rows:
        print("  ".join(str(cell).rjust(width) if i else str(cell).ljust(width)
                        for i, (cell, width) in enumerate(zip(row, widths))))


if __name__ == "__main__":
    # Like other Unix tools, stop quietly when the reader of a pipe goes
    # away (`... | head -3`) instead of printing a BrokenPipeError.
    signal.signal(signal.SIGPIPE, signal.SIG_DFL)
    main()
