"""The extraction record (FORMAT.md), with evidence for the graph.

A :class:`Record` holds one article's facts. ``to_json()`` gives the FORMAT.md object: every
scored field, plus the fields the graph needs (``url``, ``title``, ``era``, each locality's
parents and successor, and for every fact an ``evidence`` pair of character offsets into the
normalised text, ``text`` holding that text).
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

Span = tuple[int, int]


@dataclass
class Position:
    role: str
    body: str | None
    locality: str | None
    evidence: Span | None = None

    def key(self) -> tuple:
        return (self.role, self.body, self.locality)


@dataclass
class Official:
    name: str
    positions: list[Position] = field(default_factory=list)
    evidence: Span | None = None


@dataclass
class Committee:
    body: str
    organ: str | None
    locality: str | None
    level: str | None = None
    code: str | None = None
    evidence: Span | None = None

    def key(self) -> tuple:
        return (self.body, self.organ, self.locality)


@dataclass
class Locality:
    name: str
    level: str
    code: str | None
    parents: list[dict[str, Any]] = field(default_factory=list)
    successor: dict[str, Any] | None = None
    evidence: Span | None = None


@dataclass
class Meeting:
    kind: str
    date: str | None
    chair: list[str] = field(default_factory=list)
    attendees: list[str] = field(default_factory=list)
    locality: str | None = None
    evidence: Span | None = None


@dataclass
class Target:
    indicator: str
    value: Any
    unit: str | None
    comparator: str | None
    period: str | None
    status: str
    locality: str | None
    evidence: Span | None = None


@dataclass
class Directed:
    official: str
    locality: str
    evidence: Span | None = None


@dataclass
class Record:
    id: str
    published: str | None = None
    officials: list[Official] = field(default_factory=list)
    committees: list[Committee] = field(default_factory=list)
    localities: list[Locality] = field(default_factory=list)
    meetings: list[Meeting] = field(default_factory=list)
    targets: list[Target] = field(default_factory=list)
    directed: list[Directed] = field(default_factory=list)
    url: str | None = None
    title: str | None = None
    era: str = "old"
    text: str = ""

    def to_json(self, evidence: bool = True, include_text: bool = False) -> dict[str, Any]:
        """The FORMAT.md object (``evidence`` adds offsets and parents; ``include_text`` the text)."""

        def ev(obj: Any, d: dict[str, Any]) -> dict[str, Any]:
            if evidence and getattr(obj, "evidence", None) is not None:
                d["evidence"] = list(obj.evidence)
            return d

        out: dict[str, Any] = {
            "id": self.id,
            "published": self.published,
            "officials": [
                ev(o, {"name": o.name, "positions": [
                    ev(p, {"role": p.role, "body": p.body, "locality": p.locality}) for p in o.positions]})
                for o in self.officials
            ],
            "committees": [ev(c, {"body": c.body, "organ": c.organ, "locality": c.locality})
                           for c in self.committees],
            "localities": [],
            "meetings": [ev(m, {"kind": m.kind, "date": m.date, "chair": m.chair,
                                "attendees": m.attendees, "locality": m.locality}) for m in self.meetings],
            "targets": [ev(t, {"indicator": t.indicator, "value": t.value, "unit": t.unit,
                               "comparator": t.comparator, "period": t.period, "status": t.status,
                               "locality": t.locality}) for t in self.targets],
            "directed": [ev(d, {"official": d.official, "locality": d.locality}) for d in self.directed],
        }
        for loc in self.localities:
            d = {"name": loc.name, "level": loc.level, "code": loc.code}
            if evidence:
                d["parents"] = loc.parents
                d["successor"] = loc.successor
            out["localities"].append(ev(loc, d))
        if evidence:
            for c, d in zip(self.committees, out["committees"]):
                d["level"] = c.level
                d["code"] = c.code
            out["url"] = self.url
            out["title"] = self.title
            out["era"] = self.era
        if include_text:
            out["text"] = self.text
        return out
