"""Scoring extraction records against gold annotations, exactly as FORMAT.md says.

Strings are compared through :func:`kg.normalize.compare_key`. Each field gets precision,
recall and F1 over all articles (micro-averaged); attribute accuracies (position locality,
locality code, target status and period, published) are computed on matched pairs.

>>> gold = [{"id": "a", "published": None, "officials": [{"name": "Nguyễn Tăng", "positions": []}],
...          "committees": [], "localities": [], "meetings": [], "targets": [], "directed": []}]
>>> score(gold, [dict(gold[0])])["fields"]["officials"]["f1"]
1.0
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Iterable

from .normalize import compare_key as K

FIELDS = ("officials", "positions", "committees", "localities", "meetings", "meeting_roles", "targets", "directed")


@dataclass
class Counts:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, tp: int, fp: int, fn: int) -> None:
        self.tp += tp
        self.fp += fp
        self.fn += fn

    def prf(self) -> dict[str, float]:
        p = self.tp / (self.tp + self.fp) if self.tp + self.fp else (1.0 if not self.fn else 0.0)
        r = self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4),
                "tp": self.tp, "fp": self.fp, "fn": self.fn}


@dataclass
class Accuracy:
    right: int = 0
    total: int = 0

    def add(self, ok: bool) -> None:
        self.total += 1
        self.right += int(ok)

    def value(self) -> dict[str, Any]:
        return {"accuracy": round(self.right / self.total, 4) if self.total else None,
                "right": self.right, "total": self.total}


def _set_match(gold: set, pred: set, c: Counts) -> set:
    tp = gold & pred
    c.add(len(tp), len(pred - tp), len(gold - tp))
    return tp


def _val_key(v: Any) -> Any:
    if isinstance(v, list):
        return tuple(_val_key(x) for x in v)
    if isinstance(v, (int, float)):
        return round(float(v), 6)
    return v


def syllable_jaccard(a: str, b: str) -> float:
    sa, sb = set(K(a).replace("/", " ").split()), set(K(b).replace("/", " ").split())
    if not sa and not sb:
        return 1.0
    return len(sa & sb) / len(sa | sb)


def _target_text(t: dict) -> str:
    return f"{t.get('indicator') or ''} {t.get('unit') or ''}"


def _meeting_match(g: dict, p: dict) -> bool:
    if K(g.get("kind")) != K(p.get("kind")):
        return False
    gd, pd = g.get("date"), p.get("date")
    gl, pl = g.get("locality"), p.get("locality")
    if gd is None and gl is None:
        return True
    if gd is not None and pd is not None and gd == pd:
        return True
    if gl is not None and pl is not None and K(gl) == K(pl):
        return True
    return False


def score_pair(gold: dict, pred: dict, c: dict[str, Counts], acc: dict[str, Accuracy]) -> None:
    # published
    acc["published"].add((gold.get("published") or None) == (pred.get("published") or None))
    # officials
    _set_match({K(o["name"]) for o in gold.get("officials", [])},
               {K(o["name"]) for o in pred.get("officials", [])}, c["officials"])
    # positions (+ locality on matched pairs with non-null gold locality)
    gpos = {}
    for o in gold.get("officials", []):
        for p in o.get("positions", []):
            gpos.setdefault((K(o["name"]), K(p.get("role")), K(p.get("body"))), p.get("locality"))
    ppos = {}
    for o in pred.get("officials", []):
        for p in o.get("positions", []):
            ppos.setdefault((K(o["name"]), K(p.get("role")), K(p.get("body"))), p.get("locality"))
    for k in _set_match(set(gpos), set(ppos), c["positions"]):
        if gpos[k] is not None:
            acc["position_locality"].add(K(gpos[k]) == K(ppos[k]))
    # committees
    _set_match({(K(x.get("body")), K(x.get("organ")), K(x.get("locality"))) for x in gold.get("committees", [])},
               {(K(x.get("body")), K(x.get("organ")), K(x.get("locality"))) for x in pred.get("committees", [])},
               c["committees"])
    # localities (+ code)
    gl = {K(x["name"]): x.get("code") for x in gold.get("localities", [])}
    pl = {K(x["name"]): x.get("code") for x in pred.get("localities", [])}
    for k in _set_match(set(gl), set(pl), c["localities"]):
        if gl[k] is not None:
            acc["locality_code"].add(str(gl[k]) == str(pl[k]))
    # meetings: each gold item matched at most once
    gm, pm = list(gold.get("meetings", [])), list(pred.get("meetings", []))
    used = set()
    tp = 0
    for g in gm:
        for i, p in enumerate(pm):
            if i not in used and _meeting_match(g, p):
                used.add(i)
                tp += 1
                break
    c["meetings"].add(tp, len(pm) - tp, len(gm) - tp)
    # meeting roles
    def roles(rec):
        out = set()
        for m in rec.get("meetings", []):
            for n in m.get("chair", []) or []:
                out.add((K(m.get("kind")), K(n), "chair"))
            for n in m.get("attendees", []) or []:
                out.add((K(m.get("kind")), K(n), "attendee"))
        return out
    _set_match(roles(gold), roles(pred), c["meeting_roles"])
    # targets: equal values, Jaccard ≥ 0.5 on indicator + unit; status and period on matched pairs
    gt, pt = list(gold.get("targets", [])), list(pred.get("targets", []))
    used = set()
    tp = 0
    for g in gt:
        best, best_j = None, 0.5
        for i, p in enumerate(pt):
            if i in used or _val_key(g.get("value")) != _val_key(p.get("value")):
                continue
            j = syllable_jaccard(_target_text(g), _target_text(p))
            if j >= best_j:
                best, best_j = i, j
                if j == 1.0:
                    break
        if best is not None:
            used.add(best)
            tp += 1
            p = pt[best]
            acc["target_status"].add(K(g.get("status")) == K(p.get("status")))
            acc["target_period"].add(K(g.get("period")) == K(p.get("period")))
    c["targets"].add(tp, len(pt) - tp, len(gt) - tp)
    # directed
    _set_match({(K(x["official"]), K(x["locality"])) for x in gold.get("directed", [])},
               {(K(x["official"]), K(x["locality"])) for x in pred.get("directed", [])}, c["directed"])


def score(gold: Iterable[dict], pred: Iterable[dict]) -> dict[str, Any]:
    """Score predicted records against gold records (matched by ``id``)."""
    counts = {f: Counts() for f in FIELDS}
    acc = {a: Accuracy() for a in ("published", "position_locality", "locality_code", "target_status", "target_period")}
    pred_by_id = {p["id"]: p for p in pred}
    missing = []
    n = 0
    for g in gold:
        n += 1
        p = pred_by_id.get(g["id"])
        if p is None:
            missing.append(g["id"])
            p = {"id": g["id"], "published": None}
        score_pair(g, p, counts, acc)
    return {"articles": n, "missing": missing,
            "fields": {f: counts[f].prf() for f in FIELDS},
            "accuracy": {a: v.value() for a, v in acc.items()}}


def format_report(result: dict[str, Any]) -> str:
    lines = [f"articles: {result['articles']}" + (f"  (no prediction for: {', '.join(result['missing'])})" if result["missing"] else "")]
    lines.append(f"{'field':<16}{'P':>8}{'R':>8}{'F1':>8}{'tp':>6}{'fp':>6}{'fn':>6}")
    for f, v in result["fields"].items():
        lines.append(f"{f:<16}{v['precision']:>8.3f}{v['recall']:>8.3f}{v['f1']:>8.3f}{v['tp']:>6}{v['fp']:>6}{v['fn']:>6}")
    for a, v in result["accuracy"].items():
        val = "n/a" if v["accuracy"] is None else f"{v['accuracy']:.3f}"
        lines.append(f"{a + ' accuracy':<24}{val:>8}  ({v['right']}/{v['total']})")
    return "\n".join(lines)
