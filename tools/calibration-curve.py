#!/usr/bin/env python3
"""Precision and recall of person->country and agreements when items below a confidence threshold are dropped.

usage: calibration-curve.py GOLD_DIR PRED_DIR [THRESHOLD ...]   (default thresholds 0 0.3 0.5 0.7 0.9)

Items are judged with ../shared/devset/calibration.py's matching; recall counts the gold people with a country and
the gold agreements. Prints a Markdown table.
"""
import os
import sys

here = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(here, "..", "..", "shared", "devset"))
from calibration import judge  # noqa: E402
from score import load  # noqa: E402

FIELDS = {"person_country": lambda g: sum(1 for p in g.get("people", []) if p.get("country")),
          "agreements": lambda g: len(g.get("agreements", []))}


def main():
    args = sys.argv[1:]
    if len(args) < 2:
        print(__doc__)
        sys.exit(2)
    gold_dir, pred_dir = args[:2]
    thresholds = [float(t) for t in args[2:]] or [0, 0.3, 0.5, 0.7, 0.9]
    items = {f: [] for f in FIELDS}
    totals = {f: 0 for f in FIELDS}
    for fn in sorted(os.listdir(gold_dir)):
        if not fn.endswith(".gold.json"):
            continue
        gold = load(os.path.join(gold_dir, fn)) or {}
        pred = load(os.path.join(pred_dir, fn[: -len(".gold.json")] + ".json")) or {}
        for f, count in FIELDS.items():
            totals[f] += count(gold)
        for field, c, ok in judge(gold, pred):
            if field in items:
                items[field].append((c, ok))
    print("| field | threshold | kept | precision | recall |")
    print("|---|---|---|---|---|")
    for f in FIELDS:
        for t in thresholds:
            kept = [ok for c, ok in items[f] if c >= t]
            right = sum(kept)
            precision = right / len(kept) if kept else float("nan")
            recall = right / totals[f] if totals[f] else float("nan")
            print(f"| {f} | {t:g} | {len(kept)} | {precision:.3f} | {recall:.3f} |")


if __name__ == "__main__":
    main()
