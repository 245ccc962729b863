#!/usr/bin/env python3
"""Validate the blind-test stories' gold.json files against their article texts.

usage: validate.py [STORY_DIR ...]     (default: every folder next to this script holding gold.json)

Checks (errors make the exit status non-zero; warnings are printed only):
  - gold.json loads and has the keys of the dev example (story, articles, events, slots, findings,
    not_conflicts, date_checks, traps)
  - every listed article exists under articles/, and every file under articles/ is listed;
    a front-matter header, when present, agrees with the listed outlet/published/language
  - every event has an id, a valid [start, end] date interval and at least one mention;
    every mention surface occurs in its article's text (as the scorer reads it: utf-8, BOM dropped)
  - every slot claim surface occurs in its article, its first occurrence is not glued to a letter or
    digit (the scorer locates a surface by its FIRST occurrence), min <= max, modality/approx valid
  - findings / not_conflicts refer to claims defined in some slot; verdicts valid
  - date checks: surface found, ISO dates, from <= to
  Warnings: a surface occurring more than once, overlapping mentions of different events,
  article length outside 250-600 words.
"""
import datetime
import json
import os
import re
import sys

KEYS = ["story", "articles", "events", "slots", "findings", "not_conflicts", "date_checks", "traps"]
MODALITIES = {"reported", "estimate", "projection", "denial", "claim-by-party"}
VERDICTS = {"agree", "conflict", "evolved", "different-scope", "projection"}
LANGS = {"id", "en", "ms"}


def read_text(path):
    with open(path, encoding="utf-8-sig", errors="strict") as f:
        return f.read()


def iso(s):
    try:
        datetime.date.fromisoformat(s)
        return True
    except (TypeError, ValueError):
        return False


def front_matter(text):
    m = re.match(r"---\n(.*?)\n---\n", text, re.S)
    if not m:
        return None
    out = {}
    for line in m.group(1).splitlines():
        k, _, v = line.partition(":")
        out[k.strip()] = v.strip()
    return out


def validate(story_dir):
    errors, warnings = [], []
    err, warn = errors.append, warnings.append
    gpath = os.path.join(story_dir, "gold.json")
    try:
        gold = json.load(open(gpath, encoding="utf-8"))
    except Exception as e:  # noqa: BLE001
        return [f"gold.json does not load: {e}"], []
    for k in KEYS:
        if k not in gold:
            err(f"missing top-level key {k!r}")
    extra = set(gold) - set(KEYS)
    if extra:
        warn(f"extra top-level keys {sorted(extra)}")

    adir = os.path.join(story_dir, "articles")
    texts = {}
    listed = gold.get("articles", {})
    for name, meta in listed.items():
        p = os.path.join(adir, name)
        if not os.path.isfile(p):
            err(f"article {name} listed but missing")
            continue
        t = read_text(p)
        texts[name] = t
        for k in ("published", "outlet", "language"):
            if k not in meta:
                err(f"article {name}: no {k!r}")
        if not iso(meta.get("published")):
            err(f"article {name}: bad published {meta.get('published')!r}")
        if meta.get("language") not in LANGS:
            err(f"article {name}: unexpected language {meta.get('language')!r}")
        fm = front_matter(t)
        if fm:
            for k in ("outlet", "published", "language"):
                if k in fm and fm[k] != meta.get(k):
                    err(f"article {name}: front matter {k}={fm[k]!r} but gold says {meta.get(k)!r}")
        else:
            # raw style: the outlet name should be visible somewhere in the page
            if meta.get("outlet") and meta["outlet"].lower().replace(" ", "") not in t.lower().replace(" ", ""):
                warn(f"article {name}: outlet {meta['outlet']!r} not visible in the raw page")
        n = len(t.split())
        if not 250 <= n <= 600:
            warn(f"article {name}: {n} words (outside 250-600)")
    on_disk = sorted(f for f in os.listdir(adir)) if os.path.isdir(adir) else []
    for f in on_disk:
        if f not in listed:
            err(f"file articles/{f} is not listed in gold.articles")

    def find(article, surface, what, boundary=False):
        t = texts.get(article)
        if t is None:
            err(f"{what}: unknown article {article!r}")
            return None
        i = t.find(surface)
        if i < 0:
            err(f"{what}: surface not found in {article}: {surface!r}")
            return None
        cnt = t.count(surface)
        if cnt > 1:
            warn(f"{what}: surface occurs {cnt}x in {article} (scorer uses the first): {surface!r}")
        if boundary:
            before = t[i - 1] if i > 0 else " "
            after = t[i + len(surface)] if i + len(surface) < len(t) else " "
            if before.isalnum() or after.isalnum():
                err(f"{what}: first occurrence of {surface!r} in {article} is glued to a word "
                    f"({t[max(0, i - 15):i + len(surface) + 15]!r})")
        return (i, i + len(surface))

    # events
    ids = set()
    spans = {}
    n_mentions = 0
    for e in gold.get("events", []):
        eid = e.get("id")
        if eid in ids:
            err(f"duplicate event id {eid}")
        ids.add(eid)
        d = e.get("date", [])
        if len(d) != 2 or not all(iso(x) for x in d) or d[0] > d[1]:
            err(f"event {eid}: bad date {d}")
        if not e.get("label"):
            err(f"event {eid}: no label")
        if not e.get("mentions"):
            err(f"event {eid}: no mentions")
        for m in e.get("mentions", []):
            n_mentions += 1
            sp = find(m.get("article"), m.get("surface", ""), f"event {eid} mention")
            if sp:
                for (oid, osp) in spans.get(m["article"], []):
                    if oid != eid and osp[0] < sp[1] and sp[0] < osp[1]:
                        warn(f"mentions of {eid} and {oid} overlap in {m['article']}")
                    if oid == eid and osp == sp:
                        err(f"event {eid}: duplicate mention {m['surface']!r}")
                spans.setdefault(m["article"], []).append((eid, sp))

    # slots
    claims = {}
    slot_ids = set()
    n_claims = 0
    for s in gold.get("slots", []):
        sid = s.get("id")
        if sid in slot_ids:
            err(f"duplicate slot id {sid}")
        slot_ids.add(sid)
        for k in ("label", "unit", "claims"):
            if k not in s:
                err(f"slot {sid}: no {k!r}")
        for c in s.get("claims", []):
            n_claims += 1
            key = (c.get("article"), c.get("surface"))
            if key in claims:
                err(f"claim {key} appears in two slots ({claims[key]} and {sid})")
            claims[key] = sid
            find(c.get("article"), c.get("surface", ""), f"slot {sid} claim", boundary=True)
            for k in ("min", "max", "approx", "unit", "source", "modality", "as_of"):
                if k not in c:
                    err(f"slot {sid} claim {c.get('surface')!r}: no {k!r}")
            mn, mx = c.get("min"), c.get("max")
            if mn is None and mx is None:
                err(f"slot {sid} claim {c.get('surface')!r}: both bounds null")
            if mn is not None and mx is not None and mn > mx:
                err(f"slot {sid} claim {c.get('surface')!r}: min > max")
            if c.get("modality") not in MODALITIES:
                err(f"slot {sid} claim {c.get('surface')!r}: bad modality {c.get('modality')!r}")
            if not isinstance(c.get("approx"), bool):
                err(f"slot {sid} claim {c.get('surface')!r}: approx must be a boolean")
            if c.get("approx") and mn is not None and mn == mx and c.get("tol"):
                warn(f"slot {sid} claim {c.get('surface')!r}: approx point with tol (tol is ignored)")
            a = c.get("as_of", [])
            if len(a) != 2 or not all(iso(x) for x in a) or a[0] > a[1]:
                err(f"slot {sid} claim {c.get('surface')!r}: bad as_of {a}")

    # findings
    for i, f in enumerate(gold.get("findings", [])):
        if f.get("slot") not in slot_ids:
            err(f"finding {i}: unknown slot {f.get('slot')}")
        if f.get("verdict") not in VERDICTS:
            err(f"finding {i}: bad verdict {f.get('verdict')}")
        cl = f.get("claims", [])
        if len(cl) < 2:
            err(f"finding {i}: fewer than two claims")
        for a, s in cl:
            if (a, s) not in claims:
                err(f"finding {i}: claim ({a}, {s!r}) is not defined in any slot")
        in_slot = [claims.get((a, s)) == f.get("slot") for a, s in cl]
        if f.get("verdict") != "different-scope" and not all(in_slot):
            err(f"finding {i} ({f.get('verdict')}): claims not all in slot {f.get('slot')}")
        if f.get("verdict") == "different-scope" and len({claims.get((a, s)) for a, s in cl}) < 2:
            warn(f"finding {i}: different-scope claims all in one slot")
        if not f.get("why"):
            warn(f"finding {i}: no 'why'")
    for i, nc in enumerate(gold.get("not_conflicts", [])):
        if len(nc) < 2:
            err(f"not_conflict {i}: malformed")
            continue
        for a, s in nc[:2]:
            if (a, s) not in claims:
                err(f"not_conflict {i}: claim ({a}, {s!r}) is not defined in any slot")

    # date checks
    for dc in gold.get("date_checks", []):
        find(dc.get("article"), dc.get("surface", ""), "date_check", boundary=True)
        if not iso(dc.get("from")) or not iso(dc.get("to")) or dc["from"] > dc["to"]:
            err(f"date_check {dc.get('surface')!r}: bad interval {dc.get('from')}..{dc.get('to')}")

    if not isinstance(gold.get("traps"), list) or not gold.get("traps"):
        warn("no traps listed")

    stats = {"articles": len(listed), "events": len(gold.get("events", [])), "event_mentions": n_mentions,
             "slots": len(gold.get("slots", [])), "claims": n_claims, "findings": len(gold.get("findings", [])),
             "not_conflicts": len(gold.get("not_conflicts", [])), "date_checks": len(gold.get("date_checks", []))}
    return errors, warnings, stats


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    dirs = sys.argv[1:] or sorted(os.path.join(here, d) for d in os.listdir(here)
                                  if os.path.isfile(os.path.join(here, d, "gold.json")))
    bad = 0
    for d in dirs:
        res = validate(d)
        errors, warnings = res[0], res[1]
        stats = res[2] if len(res) > 2 else {}
        print(f"== {d}: {len(errors)} error(s), {len(warnings)} warning(s) {stats}")
        for e in errors:
            print("  ERROR", e)
        for w in warnings:
            print("  warn ", w)
        bad += bool(errors)
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
