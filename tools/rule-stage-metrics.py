#!/usr/bin/env python3
"""Counts French string literals and long methods in the C# of the rule stages (issue 10's bars).
usage: tools/rule-stage-metrics.py [--list]
A literal counts when it holds a letter and is not a resource path, a format string, the name of a word set (a `set`
cell of a Resources table), a signal suffix ("-far") or one of the English keys of the output contract and the
confidence table (field, kind, basis and type names: ENGLISH_KEYS below); --list prints what counts."""
import re, sys, pathlib
root = pathlib.Path(__file__).resolve().parent.parent / "src" / "Extraction"
set_names = set()
for tsv in (root / "Resources").rglob("*.tsv"):
    lines = [l for l in tsv.read_text(encoding="utf-8").split("\n") if l and not l.startswith("#")]
    if lines and lines[0].split("\t")[0] in ("set", "name"):
        set_names.update(l.split("\t")[0] for l in lines[1:])
ENGLISH_KEYS = set("""people roles countries dates agreements person_country recognized intergovernmental norole name role bare
country implied organization other other-role set signed unsigned single absolute anchored relative none day month year""".split())
files = sorted(list((root / "Entities").glob("*.cs")) + list((root / "Relations").glob("*.cs")) + [root / "ExtractionPipeline.cs"])
lit = re.compile(r'(?<!\\)@?"((?:[^"\\\n]|\\.)*)"')
def is_french(s):
    if not re.search(r"[A-Za-zÀ-ÿ]", s): return False
    if re.search(r"\.(tsv|bin|gz)$", s) or s.startswith("Lexicons/") or "{" in s: return False
    if s in set_names or s in ENGLISH_KEYS or re.fullmatch(r"-[a-z]+", s): return False
    return True
total = 0; per = {}; items = []
for f in files:
    text = f.read_text(encoding="utf-8")
    # strip comments
    text_nc = re.sub(r"//[^\n]*", "", text)
    n = 0
    for m in lit.finditer(text_nc):
        if is_french(m.group(1)):
            n += 1; items.append((f.name, m.group(1)))
    per[f.name] = n; total += n
print(f"French literals in rule stages: {total}")
for k, v in sorted(per.items(), key=lambda kv: -kv[1]):
    if v: print(f"  {v:4d} {k}")
# long methods: a member starting at 4 or 8 spaces indentation with '(' and a body; count lines to its closing brace at the same indentation
long = []
for f in files:
    lines = f.read_text(encoding="utf-8").split("\n")
    i = 0
    while i < len(lines):
        m = re.match(r"^(\s{4,8})(?:(?:public|private|internal|protected|static|override|sealed|async|readonly|unsafe|partial)\s+)+[^=;]*\(", lines[i])
        if m and not lines[i].rstrip().endswith(";") and " class " not in lines[i] and " record " not in lines[i] and " struct " not in lines[i]:
            ind = m.group(1)
            j = i + 1
            if "=>" in lines[i] and not lines[i].rstrip().endswith("=>"):
                i += 1; continue
            while j < len(lines) and not (lines[j].startswith(ind + "}") and not lines[j].startswith(ind + " ")):
                if j > i + 1 and re.match(rf"^{ind}(?:public|private|internal|protected|static)\s", lines[j]): break
                j += 1
            length = j - i + 1
            if length > 60: long.append((length, f.name, lines[i].strip()[:90]))
            i = j
        i += 1
print(f"Methods over 60 lines: {len(long)}")
for l in sorted(long, reverse=True): print(f"  {l[0]:4d} {l[1]}: {l[2]}")
if "--list" in sys.argv:
    for f, s in items: print(f"{f}\t{s}")
