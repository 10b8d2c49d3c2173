"""Reads every cell of a workbook with openpyxl and prints {"seconds", "cells", "maxRssMiB"} as JSON.

Usage: python3 bench/openpyxl-read.py <file.xlsx> full|readonly
The comparison figure for `npm run bench`; the time covers loading and touching every cell.
"""
import json
import resource
import sys
import time

import openpyxl


def main(path: str, mode: str) -> None:
    started = time.perf_counter()
    wb = openpyxl.load_workbook(path, read_only=(mode == "readonly"))
    cells = 0
    for ws in wb.worksheets:
        for row in ws.iter_rows(values_only=True):
            for value in row:
                if value is not None and value != "":
                    cells += 1
    seconds = time.perf_counter() - started
    max_rss_mib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps({"mode": mode, "seconds": seconds, "cells": cells, "maxRssMiB": max_rss_mib, "version": openpyxl.__version__}))


if __name__ == "__main__":
    if len(sys.argv) != 3 or sys.argv[2] not in ("full", "readonly"):
        sys.exit("usage: openpyxl-read.py <file.xlsx> full|readonly")
    main(sys.argv[1], sys.argv[2])
