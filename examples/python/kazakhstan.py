#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Everything a country (Kazakhstan unless told otherwise) takes part in:
the meetings its people attended and the commitments that involve it,
directly or through a group it belongs to, each with the source's words.

    python3 kazakhstan.py [--data FILE] [KEY]
"""

import argparse
import signal

import camtg


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("key", nargs="?", default="Kazakhstan",
                        help="an entity id, name or alias (default: Kazakhstan)")
    parser.add_argument("--data", metavar="FILE",
                        help="a dataset file (default: the dataset built into libcamtg)")
    args = parser.parse_args()

    with camtg.open(args.data) as db:
        country = db.entity(args.key)
        print(f"{country.name} ({country.id}), {country.type}")
        if country.groups:
            print("member of:", ", ".join(group.name for group in country.groups))

        print("\nMeetings:")
        for meeting in db.meetings:
            people = [p for p in meeting.participants if p == country or p.country == country]
            if people:
                names = ", ".join(p.name for p in people)
                print(f"  {meeting.date} {meeting.id}: {meeting.title} (present: {names})")

        commitments = db.commitments(involving=country)
        print(f"\nCommitments ({len(commitments)}):")
        for c in commitments:
            actors = ", ".join(a.name for a in c.actors)
            print(f"  [{c.kind} {c.type}] {c.id}: {c.summary}")
            print(f"      by {actors}; sectors: {', '.join(c.sectors)}")
            print(f"      \"{c.quote}\" ({c.source.id}, characters {c.start}-{c.end})")


if __name__ == "__main__":
    # Like other Unix tools, stop quietly when the reader of a pipe goes
    # away (`... | head -3`) instead of printing a BrokenPipeError.
    signal.signal(signal.SIGPIPE, signal.SIG_DFL)
    main()
