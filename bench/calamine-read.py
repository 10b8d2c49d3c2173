"""Reads every cell of a workbook with python-calamine (Rust calamine) and prints {"seconds", "cells", "maxRssMiB"} as JSON.

Usage: python3 bench/calamine-read.py <file.xlsx>
The calamine-equivalent figure for `npm run bench`, when python-calamine is installed; the time
covers opening the workbook and turning every sheet into Python values.
"""
import json
import resource
import sys
import time

from python_calamine import CalamineWorkbook


def main(path: str) -> None:
    started = time.perf_counter()
    wb = CalamineWorkbook.from_path(path)
    cells = 0
    for name in wb.sheet_names:
        for row in wb.get_sheet_by_name(name).to_python():
            for value in row:
                if value is not None and value != "":
                    cells += 1
    seconds = time.perf_counter() - started
    max_rss_mib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps({"seconds": seconds, "cells": cells, "maxRssMiB": max_rss_mib}))


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit("usage: calamine-read.py <file.xlsx>")
    main(sys.argv[1])
