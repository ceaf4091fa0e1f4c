#!/usr/bin/env python3
"""Prints gold vs predicted agreements and people per document (debug aid for the dev set)."""
import json, os, sys
gold_dir, pred_dir = sys.argv[1], sys.argv[2]
what = sys.argv[3] if len(sys.argv) > 3 else "agreements"
for fn in sorted(os.listdir(gold_dir)):
    doc = fn[:-len(".gold.json")]
    g = json.load(open(os.path.join(gold_dir, fn)))
    p = json.load(open(os.path.join(pred_dir, doc + ".json")))
    names = {x["id"]: x["name"] for x in p["people"]}
    orgs = {x["id"]: x["name"] for x in p["organizations"]}
    print("==", doc)
    if what == "agreements":
        for a in g["agreements"]:
            print("  G", a["type"], a["parties"], a["signatories"], a["date"])
        for a in p["agreements"]:
            parties = [x["code"] or orgs.get(x["organization"]) for x in a["parties"]]
            print("  P", a["type"], parties, [names[s] for s in a["signatories"]], a["date"], a["status"])
    else:
        for x in g["people"]:
            print("  G", x["name"], x["country"], x["roles"])
        for x in p["people"]:
            print("  P", x["name"], x["country"], [r["title"] for r in x["roles"]])
