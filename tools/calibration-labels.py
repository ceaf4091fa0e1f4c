#!/usr/bin/env python3
"""Right/wrong label of every item that ../shared/devset/calibration.py judges, keyed by its confidence code.

usage: calibration-labels.py GOLD_DIR PRED_DIR

PRED_DIR holds outputs whose confidences are item codes (k * 1e-6, written by `Extraction.Training
fit-confidence`); prints one `DOC<TAB>FIELD<TAB>CODE<TAB>0|1` line per judged item, with calibration.py's own
matching, so the calibrator is fitted on exactly what the report measures.
"""
import os
import sys

here = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(here, "..", "..", "shared", "devset"))
from calibration import judge  # noqa: E402
from score import load  # noqa: E402


def main():
    if len(sys.argv) != 3:
        print(__doc__)
        sys.exit(2)
    gold_dir, pred_dir = sys.argv[1:]
    for fn in sorted(os.listdir(gold_dir)):
        if not fn.endswith(".gold.json"):
            continue
        doc = fn[: -len(".gold.json")]
        gold = load(os.path.join(gold_dir, fn)) or {}
        pred = load(os.path.join(pred_dir, doc + ".json")) or {}
        for field, c, ok in judge(gold, pred):
            print(f"{doc}\t{field}\t{round(c * 1e6)}\t{int(bool(ok))}")


if __name__ == "__main__":
    main()
