#!/usr/bin/env python3
"""How often a record's speaker name is right, by its confidence: the curve README.md shows.

usage: confidence_curve.py GOLD.jsonl PRED.jsonl [SCORER.py]

Matches quotations and judges names exactly as the team's scorer does (its norm_span and same_name,
imported from SCORER.py, default ../shared/eval/score.py), then counts the matched quotations whose
gold speaker has a name by the predicted record's confidence. Prints a Markdown table.
"""
import importlib.util
import json
import sys

BANDS = [(0.9, 1.01), (0.6, 0.9), (0.5, 0.6), (0.3, 0.5), (0.0, 0.3)]


def main():
    gold_path, pred_path = sys.argv[1], sys.argv[2]
    scorer_path = sys.argv[3] if len(sys.argv) > 3 else "../shared/eval/score.py"
    spec = importlib.util.spec_from_file_location("score", scorer_path)
    score = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(score)
    gold = {}
    for line in open(gold_path, encoding="utf-8"):
        if line.strip():
            r = json.loads(line)
            gold[r["id"]] = r
    counts = {band: [0, 0] for band in BANDS}
    for line in open(pred_path, encoding="utf-8"):
        if not line.strip():
            continue
        r = json.loads(line)
        g = gold.get(r["id"])
        if g is None:
            continue
        text = g["text"]
        spans = {}
        for q in g["quotes"]:
            if q["kind"] in ("direct", "partial"):
                spans.setdefault(score.norm_span(text, q["start"], q["end"]), q)
        used = set()
        for p in r.get("quotes") or []:
            if p.get("kind") not in ("direct", "partial"):
                continue
            span = score.norm_span(text, int(p["start"]), int(p["end"]))
            q = spans.get(span)
            if q is None or span in used or not q.get("speaker_name"):
                continue
            used.add(span)
            right = score.same_name(q["speaker_name"], p.get("speaker"))
            for band in BANDS:
                if band[0] <= p["confidence"] < band[1]:
                    counts[band][0 if right else 1] += 1
    print("| confidence | records | name right |")
    print("|---|---|---|")
    for (lo, hi), (right, wrong) in counts.items():
        label = f"{lo:.1f} – 1.0" if hi > 1 else f"{lo:.1f} – {hi:.1f}"
        total = right + wrong
        print(f"| {label} | {total:,} | {right / total if total else 0:.3f} |")
    right = sum(c[0] for b, c in counts.items() if b[0] >= 0.6)
    total = sum(c[0] + c[1] for b, c in counts.items() if b[0] >= 0.6)
    print(f"| **0.6 and over** | {total:,} | **{right / total if total else 0:.3f}** |")


if __name__ == "__main__":
    main()
