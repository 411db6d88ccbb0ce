#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Commitments as a pandas DataFrame: who committed to what, by country and
sector, and where each pledge stands. Written as notebook cells (`# %%`):
run it as a script, or open it in Jupyter or VS Code and run cell by cell.

    python3 commitments_dataframe.py [--data FILE] [--csv]

--csv prints only the country x sector table, as CSV. Needs pandas (Debian:
apt-get install python3-pandas).
"""

# %% Load the data
import argparse
import signal

import pandas as pd

import camtg

parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
parser.add_argument("--data", metavar="FILE",
                    help="a dataset file (default: the dataset built into libcamtg)")
parser.add_argument("--csv", action="store_true",
                    help="print only the country x sector table, as CSV")
args, _ = parser.parse_known_args()  # tolerate a notebook kernel's own arguments
if __name__ == "__main__":
    # Stop quietly when the reader of a pipe goes away (`... | head -3`).
    signal.signal(signal.SIGPIPE, signal.SIG_DFL)

db = camtg.open(args.data)
commitments = db.commitments().to_pandas()   # one row per commitment
if not args.csv:
    print(db)
    print(commitments[["id", "kind", "type", "actor_names", "sectors"]].head(10).to_string())

# %% Which countries each commitment involves
# involving=country also matches commitments made by or towards a group the
# country belongs to ("the Central Asian countries"), so ask the library
# rather than reading the actors column.
countries = db.entities(type="country")
involved = pd.DataFrame(
    [(country.id, commitment_id)
     for country in countries
     for commitment_id in db.commitments(involving=country).ids()],
    columns=["country", "id"])
by_country = involved.merge(commitments, on="id")

# %% Commitments by country and sector
# A commitment with two sectors counts once in each.
by_sector = by_country.explode("sectors").rename(columns={"sectors": "sector"})
table = pd.crosstab(by_sector["country"], by_sector["sector"])
# Every country, in the file's order; the sectors that occur, in the vocabulary's order.
used = set(commitments["sectors"].explode())
table = table.reindex(index=[c.id for c in countries],
                      columns=[s for s in camtg.SECTORS if s in used],
                      fill_value=0)
table.index.name, table.columns.name = "country", None
if args.csv:
    print(table.to_csv(), end="")
else:
    print()
    print(table.to_string())

# %% Pledges and where they stand
# `status` is the status on the date up to which follow-ups were researched
# (db.followups_researched); `followups` lists the ids of the dated, cited
# follow-ups it rests on (db.followups().to_pandas() has one row for each).
pledges = commitments[commitments["kind"] == "pledge"].copy()
if not args.csv:
    print()
    print(pledges.groupby("status").size().to_string())
    print(pledges[["id", "actor_names", "status", "summary"]]
          .to_string(index=False, max_colwidth=60))

# %% Where the pledges stood on other dates
# Commitment.status_on(date) takes a datetime.date or a YYYY-MM-DD string.
for day in ("2023-05-01", "2023-12-01"):
    pledges["on " + day] = [db.commitment(i).status_on(day) for i in pledges["id"]]
if not args.csv:
    print()
    print(pledges[["id", "on 2023-05-01", "on 2023-12-01", "status"]].to_string(index=False))

# %% Compliance per party on the research date
# +1 fulfilled, 0 in progress, -1 still only pledged or lapsed; the score is
# the mean (docs/compliance.md says how far to trust it).
scores = pd.DataFrame([{**row.to_dict(), "name": row.entity.name} for row in db.compliance()])
if not args.csv:
    print()
    print(scores.to_string(index=False))
