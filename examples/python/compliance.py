#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Did they keep their word? Each pledge's status on chosen dates, with the
dated follow-ups and the pages that report them, then each party's
compliance score in the manner of the G7 and G20 Research Groups.

    python3 compliance.py [--data FILE] [--at DATE]... [--on DATE] [ID ...]

IDs are commitment ids (default: every pledge). --at picks the dates of the
status columns (default: 2023-05-01 and 2023-12-01); --on the date of the
scores (default: the date up to which the follow-ups were researched).
Dates are written YYYY-MM-DD.
"""

import argparse
import signal
from typing import List, Optional

import camtg

# How a follow-up's date is shown when only its month or year is known.
_SHOWN = {"day": 10, "month": 7, "year": 4}


def timeline(commitment: camtg.Commitment, dates: List[str]) -> List[str]:
    """A commitment's status on each date, then its follow-ups and their sources."""
    statuses = " -> ".join(f"{day} {commitment.status_on(day)}" for day in dates)
    lines = [f"{commitment.id}: {statuses}", f"    {commitment.summary}"]
    for followup in commitment.followups:
        when = followup.date.isoformat()[:_SHOWN[followup.date_precision]]
        lines.append(f"    {when:<10} {followup.status:<11} {followup.summary}")
        for citation in followup.citations:
            lines.append(f"               {citation.publisher}, {citation.url}")
    return lines


def compliance(db: camtg.Database, on: Optional[str]) -> List[str]:
    """The score table: one line per party."""
    rows = db.compliance(on=on)
    researched = db.followups_researched
    as_of = on or (researched.isoformat() if researched else "the last follow-up")
    lines = [f"Compliance on {as_of} (fulfilled +1, in progress 0, pledged or lapsed -1):",
             f"  {'party':<16} {'pledges':>7} {'fulfilled':>9} {'in progress':>11} "
             f"{'pledged':>7} {'lapsed':>6} {'score':>6}"]
    for row in rows:
        score = "" if row.score is None else f"{row.score:+.2f}"
        lines.append(f"  {row.entity.name:<16} {row.pledges:>7} {row.fulfilled:>9} "
                     f"{row.in_progress:>11} {row.pledged:>7} {row.lapsed:>6} {score:>6}")
    return lines


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("ids", nargs="*", metavar="ID",
                        help="commitment ids (default: every pledge)")
    parser.add_argument("--data", metavar="FILE",
                        help="a dataset file (default: the dataset built into libcamtg)")
    parser.add_argument("--at", action="append", metavar="DATE",
                        help="a date for the status columns; repeat for several "
                             "(default: 2023-05-01 and 2023-12-01)")
    parser.add_argument("--on", metavar="DATE",
                        help="the date of the scores (default: the research date)")
    args = parser.parse_args()
    dates = args.at or ["2023-05-01", "2023-12-01"]

    with camtg.open(args.data) as db:
        # Everything is worked out before anything is printed, so that an
        # unknown id or a date that is not a day stops the script cleanly.
        try:
            commitments = [db.commitment(i) for i in args.ids] or db.commitments(kind="pledge")
            timelines = [timeline(c, dates) for c in commitments]
            scores = compliance(db, args.on)
        except (KeyError, ValueError) as e:
            parser.error(str(e))
        researched = db.followups_researched
        print(f"Follow-ups researched up to {researched or 'a date the dataset does not give'}"
              f" (schema version {db.schema_version}).")
        for lines in timelines:
            print()
            print("\n".join(lines))
        print()
        print("\n".join(scores))

if __name__ == "__main__":
    # Like other Unix tools, stop quietly when the reader of a pipe goes
    # away (`... | head -3`) instead of printing a BrokenPipeError.
    signal.signal(signal.SIGPIPE, signal.SIG_DFL)
    main()
