#!/usr/bin/env python3
"""Writes COUNT news articles (default 2,720) as .txt files into FOLDER, for timing the `extract` tool on a folder.

Article i is dev text i % N (the texts of ../shared/devset/texts, in name order) with its paragraphs rotated by
i // N places: the same news language and size as the dev set, no two files alike, deterministic.
Usage: make-corpus.py FOLDER [COUNT] [TEXTS]
"""
import os
import sys

here = os.path.dirname(os.path.abspath(__file__))
folder = sys.argv[1]
count = int(sys.argv[2]) if len(sys.argv) > 2 else 2720
texts_dir = sys.argv[3] if len(sys.argv) > 3 else os.path.join(here, "..", "..", "..", "shared", "devset", "texts")
texts = []
for name in sorted(os.listdir(texts_dir)):
    if name.endswith(".txt"):
        with open(os.path.join(texts_dir, name), encoding="utf-8") as f:
            texts.append([p for p in f.read().split("\n\n") if p.strip()])
os.makedirs(folder, exist_ok=True)
words = 0
for i in range(count):
    paragraphs = texts[i % len(texts)]
    shift = (i // len(texts)) % len(paragraphs)
    body = "\n\n".join(paragraphs[shift:] + paragraphs[:shift]) + "\n"
    words += len(body.split())
    with open(os.path.join(folder, f"article-{i:05d}.txt"), "w", encoding="utf-8", newline="\n") as f:
        f.write(body)
print(f"{count} articles, {words} words in {folder}")
