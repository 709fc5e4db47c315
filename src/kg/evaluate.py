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


# FORMAT.md, positions: a body is compared without a trailing level word (`Công an tỉnh` = `Công an`)
_LEVEL_WORDS = ("tỉnh", "thành phố", "huyện", "quận", "thị xã", "xã", "phường", "thị trấn")


def body_key(body: Any) -> str:
    """Comparison form of a post's body: :func:`compare_key` less one trailing level word."""
    k = K(body)
    for w in _LEVEL_WORDS:
        if k.endswith(" " + w):
            return k[: -len(w) - 1].rstrip()
    return k


def _set_match(gold: set, pred: set, c: Counts, diff: dict | None = None, field: str = "") -> set:
    tp = gold & pred
    c.add(len(tp), len(pred - tp), len(gold - tp))
    if diff is not None and (gold - tp or pred - tp):
        diff[field] = {"missed": sorted(gold - tp), "extra": sorted(pred - tp)}
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


def score_pair(gold: dict, pred: dict, c: dict[str, Counts], acc: dict[str, Accuracy],
               diff: dict | None = None) -> None:
    """Add one article's counts; with ``diff``, also record what was missed and what was extra
    (field → {"missed": [...], "extra": [...]}, and wrong attributes on matched pairs)."""
    # published
    acc["published"].add((gold.get("published") or None) == (pred.get("published") or None))
    # officials
    _set_match({K(o["name"]) for o in gold.get("officials", [])},
               {K(o["name"]) for o in pred.get("officials", [])}, c["officials"], diff, "officials")
    # positions (+ locality on matched pairs with non-null gold locality)
    gpos = {}
    for o in gold.get("officials", []):
        for p in o.get("positions", []):
            gpos.setdefault((K(o["name"]), K(p.get("role")), body_key(p.get("body"))), p.get("locality"))
    ppos = {}
    for o in pred.get("officials", []):
        for p in o.get("positions", []):
            ppos.setdefault((K(o["name"]), K(p.get("role")), body_key(p.get("body"))), p.get("locality"))
    for k in _set_match(set(gpos), set(ppos), c["positions"], diff, "positions"):
        if gpos[k] is not None:
            ok = K(gpos[k]) == K(ppos[k])
            acc["position_locality"].add(ok)
            if not ok and diff is not None:
                diff.setdefault("position_locality", []).append((k, gpos[k], ppos[k]))
    # committees
    _set_match({(K(x.get("body")), K(x.get("organ")), K(x.get("locality"))) for x in gold.get("committees", [])},
               {(K(x.get("body")), K(x.get("organ")), K(x.get("locality"))) for x in pred.get("committees", [])},
               c["committees"], diff, "committees")
    # localities (+ code)
    gl = {K(x["name"]): x.get("code") for x in gold.get("localities", [])}
    pl = {K(x["name"]): x.get("code") for x in pred.get("localities", [])}
    for k in _set_match(set(gl), set(pl), c["localities"], diff, "localities"):
        if gl[k] is not None:
            ok = str(gl[k]) == str(pl[k])
            acc["locality_code"].add(ok)
            if not ok and diff is not None:
                diff.setdefault("locality_code", []).append((k, gl[k], pl[k]))
    # meetings: each gold item matched at most once
    gm, pm = list(gold.get("meetings", [])), list(pred.get("meetings", []))
    used = set()
    hit = set()
    tp = 0
    for gi, g in enumerate(gm):
        for i, p in enumerate(pm):
            if i not in used and _meeting_match(g, p):
                used.add(i)
                hit.add(gi)
                tp += 1
                break
    c["meetings"].add(tp, len(pm) - tp, len(gm) - tp)
    if diff is not None and (len(pm) > tp or len(gm) > tp):
        short = lambda m: (m.get("kind"), m.get("date"), m.get("locality"))
        diff["meetings"] = {"missed": [short(g) for gi, g in enumerate(gm) if gi not in hit],
                            "extra": [short(p) for i, p in enumerate(pm) if i not in used]}
    # meeting roles
    def roles(rec):
        out = set()
        for m in rec.get("meetings", []):
            for n in m.get("chair", []) or []:
                out.add((K(m.get("kind")), K(n), "chair"))
            for n in m.get("attendees", []) or []:
                out.add((K(m.get("kind")), K(n), "attendee"))
        return out
    _set_match(roles(gold), roles(pred), c["meeting_roles"], diff, "meeting_roles")
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
            if diff is not None and (K(g.get("status")) != K(p.get("status")) or K(g.get("period")) != K(p.get("period"))):
                diff.setdefault("target_attrs", []).append(
                    (_target_text(g), g.get("value"), f"{g.get('status')}/{g.get('period')}", f"{p.get('status')}/{p.get('period')}"))
        elif diff is not None:
            diff.setdefault("targets", {"missed": [], "extra": []})["missed"].append((_target_text(g), g.get("value")))
    c["targets"].add(tp, len(pt) - tp, len(gt) - tp)
    if diff is not None and len(pt) > tp:
        diff.setdefault("targets", {"missed": [], "extra": []})["extra"] = [
            (_target_text(p), p.get("value")) for i, p in enumerate(pt) if i not in used]
    # directed
    _set_match({(K(x["official"]), K(x["locality"])) for x in gold.get("directed", [])},
               {(K(x["official"]), K(x["locality"])) for x in pred.get("directed", [])}, c["directed"],
               diff, "directed")


def score(gold: Iterable[dict], pred: Iterable[dict], *, diffs: bool = False) -> dict[str, Any]:
    """Score predicted records against gold records (matched by ``id``).

    With ``diffs``, the result also has ``"diffs"``: article id → field → what was missed and
    what was extra (see :func:`format_diffs`)."""
    counts = {f: Counts() for f in FIELDS}
    acc = {a: Accuracy() for a in ("published", "position_locality", "locality_code", "target_status", "target_period")}
    pred_by_id = {p["id"]: p for p in pred}
    missing = []
    n = 0
    per_article: dict[str, dict] = {}
    for g in gold:
        n += 1
        p = pred_by_id.get(g["id"])
        if p is None:
            missing.append(g["id"])
            p = {"id": g["id"], "published": None}
        d: dict | None = {} if diffs else None
        score_pair(g, p, counts, acc, d)
        if d:
            if (g.get("published") or None) != (p.get("published") or None):
                d["published"] = (g.get("published"), p.get("published"))
            per_article[g["id"]] = d
    out = {"articles": n, "missing": missing,
           "fields": {f: counts[f].prf() for f in FIELDS},
           "accuracy": {a: v.value() for a, v in acc.items()}}
    if diffs:
        out["diffs"] = per_article
    return out


def _show(item: Any) -> str:
    if isinstance(item, tuple):
        return " | ".join("∅" if x is None or x == "" else (_show(x) if isinstance(x, tuple) else str(x)) for x in item)
    return str(item)


# the attribute errors of matched pairs are shown with their field (``--field targets``)
_ATTRIBUTE_OF = {"position_locality": "positions", "locality_code": "localities", "target_attrs": "targets"}


def format_diffs(result: dict[str, Any], fields: Iterable[str] | None = None) -> str:
    """Readable errors, article by article: ``- missed`` (in gold only), ``+ extra`` (predicted
    only), ``~ wrong`` (a matched pair with a wrong attribute: gold → predicted)."""
    keep = set(fields) if fields else None
    lines = []
    for aid, d in result.get("diffs", {}).items():
        block = []
        for field, v in d.items():
            if keep and field not in keep and _ATTRIBUTE_OF.get(field) not in keep:
                continue
            if isinstance(v, dict):
                block += [f"  {field:<14} - {_show(x)}" for x in v["missed"]]
                block += [f"  {field:<14} + {_show(x)}" for x in v["extra"]]
            elif isinstance(v, list):
                block += [f"  {field:<14} ~ {_show(x[:-2])}: {x[-2]} → {x[-1]}" for x in v]
            else:
                block.append(f"  {field:<14} ~ {v[0]} → {v[1]}")
        if block:
            lines.append(aid)
            lines += block
    return "\n".join(lines)


def format_report(result: dict[str, Any]) -> str:
    lines = [f"articles: {result['articles']}" + (f"  (no prediction for: {', '.join(result['missing'])})" if result["missing"] else "")]
    lines.append(f"{'field':<16}{'P':>8}{'R':>8}{'F1':>8}{'tp':>6}{'fp':>6}{'fn':>6}")
    for f, v in result["fields"].items():
        lines.append(f"{f:<16}{v['precision']:>8.3f}{v['recall']:>8.3f}{v['f1']:>8.3f}{v['tp']:>6}{v['fp']:>6}{v['fn']:>6}")
    for a, v in result["accuracy"].items():
        val = "n/a" if v["accuracy"] is None else f"{v['accuracy']:.3f}"
        lines.append(f"{a + ' accuracy':<24}{val:>8}  ({v['right']}/{v['total']})")
    return "\n".join(lines)
