# SPDX-License-Identifier: MIT
"""Child process of test_safety: one thread loads a dataset from a FIFO
while this thread writes it in two halves and, in between, runs Python code.
The loader cannot finish before the second half is written, so the work done
in between happened during the load; if the load held the GIL, this thread
could not run at all and the process would hang (the parent's timeout ends
it). Prints "progress-during-load N" and "loaded COMMITMENTS"."""

from __future__ import annotations

import os
import sys
import tempfile
import threading
from typing import Dict

import camtg


def main() -> None:
    with open(sys.argv[1], "rb") as f:
        data = f.read()
    with tempfile.TemporaryDirectory() as tmp:
        fifo = os.path.join(tmp, "dataset.json")
        os.mkfifo(fifo)
        loaded: Dict[str, camtg.Database] = {}
        loader = threading.Thread(target=lambda: loaded.update(db=camtg.open(fifo)))
        loader.start()
        # Opening the write end waits for the loader to open the read end,
        # i.e. until it is inside camtg_open_file.
        with open(fifo, "wb") as writer:
            writer.write(data[:len(data) // 2])
            writer.flush()
            progress = sum(1 for _ in range(1000))
            during = loader.is_alive()  # always: the loader waits for the rest
            writer.write(data[len(data) // 2:])
        loader.join()
    print("progress-during-load", progress if during else 0)
    print("loaded", len(loaded["db"].commitments()))


if __name__ == "__main__":
    main()
