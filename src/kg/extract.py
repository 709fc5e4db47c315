"""``extract``: one article in, one extraction record (FORMAT.md) out.

The stages run in order on a prepared :class:`~kg.document.Doc`: context (era, publisher,
named units, focus units) → officials (title grammar) → committees → localities → meetings and
directed pairs → targets.

>>> rec = extract("Đồng chí Nguyễn Văn A, Bí thư Huyện ủy Chợ Lách chủ trì Hội nghị.", id="x")
>>> rec.officials[0].name, rec.officials[0].positions[0].role, rec.officials[0].positions[0].locality
('Nguyễn Văn A', 'Bí thư', 'huyện Chợ Lách')
"""
from __future__ import annotations

from .committees import SHARED_UNIT_BODIES, find_committees
from .document import Doc, prepare
from .gazetteer import gazetteer
from .localities import Context, listed_names
from .meetings import find_meetings
from .officials import find_officials
from .reading import Article
from .record import Locality, Record
from .targets import find_targets
from .titles import TitleParser


def extract(article: Article | str, *, id: str | None = None, url: str | None = None) -> Record:
    """Extract the record of one article (an :class:`~kg.reading.Article` or its text)."""
    if isinstance(article, str):
        article = Article(id=id or "article", text=article, url=url)
    doc = prepare(article)
    return extract_doc(doc)


def extract_doc(doc: Doc) -> Record:
    ctx = Context(doc)
    ctx.resolve_all(listed_names(ctx))
    officials, people = find_officials(ctx)
    parser = TitleParser(ctx)
    committees, _named = find_committees(ctx, parser, officials)
    localities = _localities(ctx)
    anchors = _anchors(ctx, committees, doc)
    meetings, directed = find_meetings(ctx, officials, people, anchors)
    targets = find_targets(ctx)
    seen = set()
    uniq_directed = []
    for d in directed:
        if (d.official, d.locality) not in seen:
            seen.add((d.official, d.locality))
            uniq_directed.append(d)
    return Record(
        id=doc.id, published=doc.published, officials=officials, committees=committees,
        localities=localities, meetings=meetings, targets=targets, directed=uniq_directed,
        url=doc.url, title=doc.title, era=ctx.era, text=doc.text,
    )


def _localities(ctx: Context) -> list[Locality]:
    gz = gazetteer()
    out: dict[str, Locality] = {}
    for m in ctx.mentions:
        if m.foreign or m.level == "cell":
            continue
        label = m.label
        if label in out:
            continue
        level = m.level if m.level in ("province", "district", "commune", "village") else "village"
        code = ctx.code_of(m) if level != "village" else None
        parents, successor = [], None
        unit = m.unit if ctx.era == "old" else (m.unit_new or m.unit)
        if unit is not None:
            parents = [{"name": a.label, "level": a.level, "code": a.code} for a in gz.ancestors(unit)]
            if unit.era == "old" and unit.successor:
                succ = gz.get("new", unit.successor) if unit.level != "district" else None
                if succ is not None:
                    successor = {"name": succ.label, "level": succ.level, "code": succ.code}
        out[label] = Locality(label, level, code, parents, successor, ctx.doc.sentence_of(m.start))
    return list(out.values())


def _anchors(ctx: Context, committees, doc: Doc) -> list[tuple[int, int, str, str]]:
    """Places a meeting can be held at: named units, and bodies with a bare level word."""
    import re

    out = [(m.start, m.end, m.label, m.level) for m in ctx.mentions if not m.foreign]
    for m in re.finditer(r"(UBND|HĐND|Ủy ban nhân dân|Hội đồng nhân dân|Tỉnh ủy|Huyện ủy|Đảng ủy|Thành ủy)(?: (tỉnh|huyện|xã|thị trấn|phường))?(?![\w])", doc.text):
        word = m.group(2)
        body = m.group(1)
        level = {"tỉnh": "province", "huyện": "district", "xã": "commune", "thị trấn": "commune", "phường": "commune"}.get(word or "")
        if level is None:
            level = {"Tỉnh ủy": "province", "Huyện ủy": "district", "Đảng ủy": "commune"}.get(body)
        if level is None:
            continue
        if any(s <= m.end() + 1 < e or s == m.end() + 1 for s, e, _, _ in out):
            continue
        shared = SHARED_UNIT_BODIES.match(doc.text, m.end()) if word is None else None
        if shared is not None and any(s == shared.end() for s, _e, _l, _v in out):
            continue  # "Đảng ủy, UBND phường A": the body of the unit named after it
        label = ctx.focus_label(level)
        if label:
            out.append((m.start(), m.end(), label, level))
    return out
