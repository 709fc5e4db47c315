"""Stored SPARQL queries (``queries/*.rq``) and the formatting of results.

A stored query is a SPARQL file whose leading comment says what it is::

    # title: Officials who directed communes
    # description: Which official directed which commune, with post and date.
    # param: name optional Words of the official's name (case and accents ignored).
    # narrow: name ?p

Parameters are SPARQL variables bound through pyoxigraph's ``substitutions`` (SEP-0007): a
value is always an RDF literal, never pasted into the query text, so a value such as
``x" } ; DROP ALL ; #`` is matched as plain text. An optional parameter left out stays
unbound; the queries test it as ``COALESCE(?param, "")`` (Oxigraph folds ``BOUND`` of a variable
only a substitution binds to false, so ``!BOUND(?param)`` cannot be used).

A ``narrow`` line makes a parameter a search by words through the ``kg:searchKey`` index
instead: ``# narrow: name ?p`` puts ``?p kg:searchKey "nguyen tang" .`` (the words of the
value, lower case, no accents, in runs of up to three: the keys the mapping stores, see
:func:`kg.rdf.search_chunks`) where the query has the comment line ``# kg:narrow``, and
``# narrow: place ?m kg:locality/kg:parent*`` puts ``?m kg:locality/kg:parent* ?_place .
?_place kg:searchKey ... .``; a trailing ``words`` looks up single words (for indicators, whose
phrases are not stored). Only ``[a-z0-9 ]`` keys are ever written into the text. On 100,000
articles such a look-up takes milliseconds where a ``FILTER(CONTAINS(...))`` over every name
takes seconds.

When a page size is given (:func:`prepare` ``limit``), the query runs without its final
``ORDER BY`` and with ``LIMIT``, so that Oxigraph stops after the first rows instead of
sorting the whole graph; the page is then sorted in Python by the same keys. A page that is
not full holds every answer, in the same order SPARQL gives; a full page is marked truncated.

A stored query may have a whole-answer form beside it, ``NAME.whole.rq``: the same rows with
no parameter, written so that every row comes fast rather than the first page (each property
read by one scan, the scans hash-joined on their shared node). :meth:`kg.store.Graph.stream`
(``kg query NAME --stream``) runs it when no parameter is given; a test checks that both forms
give the same rows.

>>> q = parse_stored("x", "# title: T\\n# description: D\\n# param: name required A name.\\nSELECT ?name {}")
>>> q.title, [(p.name, p.required) for p in q.params]
('T', [('name', True)])
"""
from __future__ import annotations

import csv
import io
import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable

from pyoxigraph import BlankNode, Literal, NamedNode, QueryBoolean, QuerySolutions, Variable

from .normalize import normalize_text
from .resources import query_dirs


DEFAULT_PAGE = 100  # rows a stored query shows unless asked for more (CLI --limit, HTTP ?limit=)


class QueryError(ValueError):
    """A stored query that does not exist, a bad parameter, or SPARQL that does not parse."""


@dataclass
class Param:
    name: str
    required: bool
    description: str


@dataclass
class StoredQuery:
    name: str
    title: str
    description: str
    params: list[Param] = field(default_factory=list)
    text: str = ""
    path: Path | None = None
    narrow: dict[str, tuple[str, str, bool]] = field(default_factory=dict)  # param → (variable, path, phrases)
    whole: str | None = None  # the form for every row with no parameter (``NAME.whole.rq``), if any

    @property
    def hidden(self) -> set[str]:
        """Columns not shown: parameters are projected only so that Oxigraph binds them."""
        return {p.name for p in self.params}


# ``NAME.whole.rq`` beside ``NAME.rq``: the same rows as NAME with no parameter, written to give
# every row fast (one scan per property, hash-joined) rather than the first page fast; used by
# :meth:`kg.store.Graph.stream` when no parameter is given
WHOLE_SUFFIX = ".whole"
_HEADER = re.compile(r"^#\s*(title|description|param|narrow):\s*(.*)$")
NARROW_MARK = re.compile(r"^[ \t]*# kg:narrow[ \t]*$", re.M)
_ORDER_BY = re.compile(r"\n\s*ORDER\s+BY\s+((?:(?:ASC|DESC)\s*\(\s*\?\w+\s*\)|\?\w+)(?:\s+(?:(?:ASC|DESC)\s*\(\s*\?\w+\s*\)|\?\w+))*)\s*$", re.I)


def parse_stored(name: str, text: str, path: Path | None = None) -> StoredQuery:
    """Read the header comment of a stored query."""
    q = StoredQuery(name=name, title=name, description="", text=text, path=path)
    desc: list[str] = []
    last = None
    for line in text.splitlines():
        if not line.startswith("#"):
            if line.strip():
                break
            continue
        m = _HEADER.match(line)
        if not m:
            if last == "description" and line.lstrip("#").strip():  # the description goes on
                desc.append(line.lstrip("#").strip())
            continue
        last, value = m.group(1), m.group(2).strip()
        if last == "title":
            q.title = value
        elif last == "description":
            desc = [value]
        elif last == "narrow":
            words_only = value.endswith(" words")  # keys of single words only (long texts: indicators)
            parts = value.removesuffix(" words").split(None, 2)
            if len(parts) < 2 or not re.fullmatch(r"\?\w+", parts[1]):
                raise QueryError(f"{path or name}: bad narrow line {line!r} (want: # narrow: PARAM ?VAR [PATH] [words])")
            q.narrow[parts[0]] = (parts[1][1:], parts[2].strip() if len(parts) > 2 else "", not words_only)
        else:
            parts = value.split(None, 2)
            if parts:
                required = len(parts) > 1 and parts[1] == "required"
                q.params.append(Param(parts[0], required, parts[2] if len(parts) > 2 else ""))
    q.description = " ".join(desc)
    return q


def stored_queries() -> dict[str, StoredQuery]:
    """Every stored query by name (the user's ``KG_QUERIES`` folder wins over the bundled one)."""
    out: dict[str, StoredQuery] = {}
    for folder in reversed(query_dirs()):
        for path in sorted(folder.glob("*.rq")):
            if not path.stem.endswith(WHOLE_SUFFIX):
                out[path.stem] = parse_stored(path.stem, path.read_text(encoding="utf-8"), path)
        for path in sorted(folder.glob(f"*{WHOLE_SUFFIX}.rq")):
            base = out.get(path.stem.removesuffix(WHOLE_SUFFIX))
            if base is not None and base.path is not None and base.path.parent == folder:
                base.whole = path.read_text(encoding="utf-8")
    return dict(sorted(out.items()))


def get_query(name: str) -> StoredQuery:
    queries = stored_queries()
    if name not in queries:
        raise QueryError(f"no stored query called {name!r}; `kg queries` lists them: {', '.join(queries)}")
    return queries[name]


@dataclass
class Prepared:
    """A stored query made ready to run: text, substitutions, the Python sort of a page."""

    text: str
    substitutions: dict[Variable, Any]
    order: list[tuple[str, bool]]  # (column, descending) to sort a page by, in Python
    limit: int | None

    def page(self, rows: list[Any], value=lambda v: v) -> tuple[list[Any], bool]:
        """The answer's rows as the page to show, sorted, and whether more matched."""
        if self.limit is None:
            return rows, False
        return sort_rows(rows[: self.limit], self.order, value), len(rows) > self.limit


def prepare(query: StoredQuery, params: dict[str, Any], limit: int | None = None,
            unordered: bool = False) -> Prepared:
    """Check the parameters, narrow through the search keys, and page the query (see above);
    ``unordered``: every row, in the order the store finds them (no ORDER BY, no LIMIT)."""
    from .rdf import search_chunks

    params = {k: v for k, v in params.items() if v is not None and v != ""}
    if unordered and not params and query.whole:
        return Prepared(query.whole, {}, [], None)
    narrowed = {k: v for k, v in params.items() if k in query.narrow}
    subs = {var: value for var, value in bind_params(query, params).items() if var.value not in query.narrow}
    text = query.text
    if narrowed:
        lines = []
        for key, value in sorted(narrowed.items()):
            var, path, phrases = query.narrow[key]
            words = search_chunks(normalize_text(str(value)), phrases)
            if not words:
                raise QueryError(f"{query.name}: --param {key}={value!r} has no words to look for")
            target = f"?{var}"
            if path:
                target = f"?_kg_{key}"
                lines.append(f"  ?{var} {path} {target} .")
            lines.append(f"  {target} kg:searchKey {', '.join(chr(34) + w + chr(34) for w in words)} .")
        if not NARROW_MARK.search(text):
            raise QueryError(f"{query.name}: narrowed parameters but no '# kg:narrow' line in the query")
        text = NARROW_MARK.sub(lambda m: "\n".join(lines), text, count=1)
    order: list[tuple[str, bool]] = []
    if unordered:
        m = _ORDER_BY.search(text)
        if m:
            text = text[: m.start()] + "\n"
        return Prepared(text, subs, order, None)
    if limit is not None and not re.search(r"\bLIMIT\s+\d+\s*$", text, re.I):
        m = _ORDER_BY.search(text)
        if m:
            for key in re.findall(r"(?:(ASC|DESC)\s*\(\s*)?\?(\w+)", m.group(1), re.I):
                order.append((key[1], key[0].upper() == "DESC"))
            text = text[: m.start()] + "\n"
        text = text.rstrip() + f"\nLIMIT {limit + 1}\n"
    return Prepared(text, subs, order, limit)


def sort_rows(rows: list[dict[str, Any]], order: list[tuple[str, bool]], value=lambda v: v) -> list[dict[str, Any]]:
    """Sort rows as SPARQL ``ORDER BY`` would: unbound first, numbers before text (``value``
    turns a cell into a Python value, e.g. :func:`term_value` for raw terms)."""
    def key(col):
        def k(row):
            v = value(row.get(col))
            if v is None:
                return (0, 0, 0)
            if isinstance(v, bool) or not isinstance(v, (int, float)):
                return (1, 1, str(v))
            return (1, 0, v)
        return k

    for col, desc in reversed(order):
        rows = sorted(rows, key=key(col), reverse=desc)
    return rows


def bind_params(query: StoredQuery | None, params: dict[str, Any]) -> dict[Variable, Any]:
    """Check the parameters against the query's header and make the substitutions."""
    if query is not None:
        known = {p.name for p in query.params}
        unknown = sorted(set(params) - known)
        if unknown:
            raise QueryError(f"{query.name} has no parameter {', '.join(unknown)}; "
                             f"its parameters: {', '.join(sorted(known)) or 'none'}")
        missing = [p.name for p in query.params if p.required and params.get(p.name) in (None, "")]
        if missing:
            raise QueryError(f"{query.name} needs --param {missing[0]}=VALUE")
    subs: dict[Variable, Any] = {}
    for key, value in params.items():
        if value is None or value == "":
            continue
        if not re.fullmatch(r"[A-Za-z_][A-Za-z0-9_]*", key):
            raise QueryError(f"bad parameter name {key!r}")
        if isinstance(value, (NamedNode, Literal, BlankNode)):
            subs[Variable(key)] = value
        else:
            subs[Variable(key)] = Literal(normalize_text(str(value)).strip())
    return subs


# -- results ---------------------------------------------------------------------------------
_XSD_STRING = NamedNode("http://www.w3.org/2001/XMLSchema#string")
_RDF_LANG_STRING = NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#langString")


def term_value(term: Any) -> Any:
    """A Python value for an RDF term: IRIs and strings as ``str``, numbers as numbers."""
    if term is None:
        return None
    if isinstance(term, Literal):
        datatype = term.datatype
        if datatype == _XSD_STRING or datatype == _RDF_LANG_STRING:
            return term.value  # most cells: names, labels, sentences
        dt = datatype.value if datatype else ""
        if dt.endswith(("#integer", "#int", "#long")):
            try:
                return int(term.value)
            except ValueError:
                return term.value
        if dt.endswith(("#decimal", "#double", "#float")):
            try:
                f = float(term.value)
                return int(f) if f.is_integer() and "." not in term.value and "e" not in term.value.lower() else f
            except ValueError:
                return term.value
        if dt.endswith("#boolean"):
            return term.value == "true"
        return term.value
    if isinstance(term, NamedNode):
        return term.value
    if isinstance(term, BlankNode):
        return "_:" + term.value
    return str(term)


@dataclass
class Result:
    """The rows of a SELECT (or the answer of an ASK) as plain Python values."""

    columns: list[str]
    rows: list[dict[str, Any]]
    boolean: bool | None = None
    truncated: bool = False  # more rows matched than the page holds

    def __len__(self) -> int:
        return len(self.rows)

    def __iter__(self):
        return iter(self.rows)


def to_result(solutions: Any) -> Result:
    if isinstance(solutions, QueryBoolean):
        return Result(["result"], [{"result": bool(solutions)}], bool(solutions))
    if isinstance(solutions, QuerySolutions):
        cols = [v.value for v in solutions.variables]
        rows = [{c: term_value(sol[c]) for c in cols} for sol in solutions]
        return Result(cols, rows)
    # CONSTRUCT / DESCRIBE: triples
    rows = [{"subject": term_value(t.subject), "predicate": term_value(t.predicate),
             "object": term_value(t.object)} for t in solutions]
    return Result(["subject", "predicate", "object"], rows)


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float):
        return f"{value:g}"
    return str(value)


def format_result(result: Result, fmt: str = "table") -> str:
    """``table`` (aligned columns), ``csv``, ``tsv`` or ``json`` (a list of row objects)."""
    if fmt == "json":
        if result.boolean is not None:
            return json.dumps({"boolean": result.boolean})
        return json.dumps(result.rows, ensure_ascii=False, indent=2)
    if fmt in ("csv", "tsv"):
        buf = io.StringIO()
        writer = csv.writer(buf, delimiter="," if fmt == "csv" else "\t", lineterminator="\n")
        writer.writerow(result.columns)
        for row in result.rows:
            writer.writerow([_cell(row.get(c)) for c in result.columns])
        return buf.getvalue().rstrip("\n")
    if fmt != "table":
        raise QueryError(f"unknown format {fmt!r} (table, csv, tsv, json)")
    return format_table(result.columns, [[_cell(r.get(c)) for c in result.columns] for r in result.rows])


def format_table(columns: list[str], rows: Iterable[list[str]]) -> str:
    rows = [[_shorten(c) for c in r] for r in rows]
    widths = [len(c) for c in columns]
    for r in rows:
        widths = [max(w, len(c)) for w, c in zip(widths, r)]
    line = "  ".join(c.ljust(w) for c, w in zip(columns, widths)).rstrip()
    sep = "  ".join("-" * w for w in widths)
    body = ["  ".join(c.ljust(w) for c, w in zip(r, widths)).rstrip() for r in rows]
    return "\n".join([line, sep, *body, f"({len(rows)} row{'s' if len(rows) != 1 else ''})"])


def _shorten(value: str, limit: int = 80) -> str:
    value = value.replace("\n", " ")
    return value if len(value) <= limit else value[: limit - 1] + "…"
