#!/usr/bin/env python3
"""Precision and recall of person->country and agreements when items below a confidence threshold are dropped.

usage: calibration-curve.py GOLD_DIR PRED_DIR [THRESHOLD ...] [--png OUT.png]   (default thresholds 0 0.3 0.5 0.7 0.9)

Items are judged with ../shared/devset/calibration.py's matching; recall counts the gold people with a country and
the gold agreements. Prints a Markdown table; with --png, also draws precision (y, 0.5 to 1) against recall (x, 0 to 1),
with a grid every 0.1, one line per field over thresholds 0..0.99 (blue person_country, orange agreements),
with a dot at each listed threshold. Written with the standard library only (zlib), so no plotting package is needed.
"""
import os
import struct
import sys
import zlib

here = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(here, "..", "..", "shared", "devset"))
from calibration import judge  # noqa: E402
from score import load  # noqa: E402

FIELDS = {"person_country": lambda g: sum(1 for p in g.get("people", []) if p.get("country")),
          "agreements": lambda g: len(g.get("agreements", []))}


def main():
    args = sys.argv[1:]
    png = None
    if "--png" in args:
        i = args.index("--png")
        png = args[i + 1]
        args = args[:i] + args[i + 2:]
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
    if png:
        draw(png, items, totals, thresholds)


def point(items, total, t):
    kept = [ok for c, ok in items if c >= t]
    return (sum(kept) / total if total else 0.0, sum(kept) / len(kept) if kept else 1.0)


COLORS = {"person_country": (31, 119, 180), "agreements": (255, 127, 14)}


def draw(path, items, totals, thresholds, w=480, h=480, margin=40):
    pixels = [[(255, 255, 255)] * w for _ in range(h)]

    def xy(recall, precision):
        # recall from 0 to 1, precision from 0.5 to 1
        x = margin + min(max(recall, 0.0), 1.0) * (w - 2 * margin)
        y = h - margin - (min(max(precision, 0.5), 1.0) - 0.5) / 0.5 * (h - 2 * margin)
        return int(round(x)), int(round(y))

    def put(x, y, color):
        if 0 <= x < w and 0 <= y < h:
            pixels[y][x] = color

    def line(a, b, color, thick=1):
        (x0, y0), (x1, y1) = a, b
        steps = max(abs(x1 - x0), abs(y1 - y0), 1)
        for k in range(steps + 1):
            x = x0 + (x1 - x0) * k / steps
            y = y0 + (y1 - y0) * k / steps
            for dx in range(-thick + 1, thick):
                for dy in range(-thick + 1, thick):
                    put(int(round(x)) + dx, int(round(y)) + dy, color)

    for g in range(11):
        line(xy(g * 0.1, 0.5), xy(g * 0.1, 1.0), (220, 220, 220))
    for g in range(6):
        line(xy(0.0, 0.5 + g * 0.1), xy(1.0, 0.5 + g * 0.1), (220, 220, 220))
    line(xy(0.0, 0.5), xy(1.0, 0.5), (0, 0, 0))
    line(xy(0.0, 0.5), xy(0.0, 1.0), (0, 0, 0))
    for f, color in COLORS.items():
        curve = [xy(*point(items[f], totals[f], t / 100)) for t in range(100)]
        for a, b in zip(curve, curve[1:]):
            line(a, b, color, thick=2)
        for t in thresholds:
            cx, cy = xy(*point(items[f], totals[f], t))
            for dx in range(-4, 5):
                for dy in range(-4, 5):
                    if dx * dx + dy * dy <= 16:
                        put(cx + dx, cy + dy, color)
    raw = b"".join(b"\x00" + bytes(c for px in row for c in px) for row in pixels)

    def chunk(kind, data):
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body) & 0xFFFFFFFF)

    with open(path, "wb") as out:
        out.write(b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0))
                  + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b""))


if __name__ == "__main__":
    main()
