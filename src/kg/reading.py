"""Reading articles: plain text, HTML pages and JSONL, in any real-world encoding.

:func:`read_paths` walks files and directories and yields, for every article, either an
:class:`Article` or an :class:`InputProblem` (a file or line that could not be read, with a
message that names it). Nothing here raises on bad input.

>>> arts = list(read_text_article("x", "Huyện ủy Chợ Lách\\n\\n25/01/2021 - 06:54\\n\\nNội dung."))
>>> arts[0].id, arts[0].text.splitlines()[0]
('x', 'Huyện ủy Chợ Lách')
"""
from __future__ import annotations

import codecs
import json
import os
import re
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path
from typing import Iterable, Iterator

MAX_FILE_BYTES = 8 * 1024 * 1024  # one article (a file, a JSONL line) larger than this is refused
# (real articles are under 100 KB; a bigger file is a dump or not an article, and refusing it
# before reading keeps memory bounded)
TEXT_SUFFIXES = {".txt", ".text", ".md", ""}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}


@dataclass
class Article:
    """One input article: its id, raw text and what the input says about it."""

    id: str
    text: str
    url: str | None = None
    title: str | None = None
    published: str | None = None
    source: str | None = None


@dataclass
class InputProblem:
    """An input that could not be read: where, and why (one line, for people)."""

    source: str
    message: str
    line: int | None = None

    def __str__(self) -> str:
        where = f"{self.source}:{self.line}" if self.line else self.source
        return f"{where}: {self.message}"


class DecodeError(ValueError):
    pass


# -- decoding -------------------------------------------------------------------------------
def decode_bytes(data: bytes) -> str:
    """Decode article bytes: UTF-8 (with or without BOM), UTF-16 (BOM or not), Windows-1258.

    Raises :class:`DecodeError` for empty or binary data.
    """
    if not data.strip():
        raise DecodeError("empty file")
    if data.startswith(codecs.BOM_UTF8):
        return _checked(data[3:].decode("utf-8", errors="strict"))
    if data.startswith(codecs.BOM_UTF16_LE) or data.startswith(codecs.BOM_UTF16_BE):
        try:
            return _checked(data.decode("utf-16"))
        except UnicodeDecodeError as e:
            raise DecodeError(f"broken UTF-16 text ({e.reason} at byte {e.start})") from None
    if b"\x00" in data[:4096]:
        sample = data[:4096]
        even_zero = sample[1::2].count(0) / max(1, len(sample[1::2]))
        odd_zero = sample[0::2].count(0) / max(1, len(sample[0::2]))
        if even_zero > 0.3 or odd_zero > 0.3:
            enc = "utf-16-le" if even_zero > odd_zero else "utf-16-be"
            try:
                return _checked(data.decode(enc))
            except (UnicodeDecodeError, DecodeError):
                pass
        raise DecodeError("binary file (NUL bytes), not text")
    try:
        return _checked(data.decode("utf-8"))
    except UnicodeDecodeError as e:
        utf8_error = e
        if e.reason == "unexpected end of data" and e.start >= len(data) - 3:
            # a file cut inside its last character (an interrupted download): keep the rest
            return _checked(data[: e.start].decode("utf-8"))
    # Vietnamese legacy encoding; only accepted if the result looks like Vietnamese text.
    try:
        text = data.decode("cp1258")
    except UnicodeDecodeError:
        text = None
    if text is not None and _looks_vietnamese(text):
        return _checked(text)
    raise DecodeError(
        f"undecodable text: not UTF-8 ({utf8_error.reason} at byte {utf8_error.start}),"
        " UTF-16 or Windows-1258"
    )


_VI_LETTERS = re.compile(r"[ăâđêôơưĂÂĐÊÔƠƯ\u0300\u0301\u0303\u0309\u0323]")


def _looks_vietnamese(text: str) -> bool:
    sample = text[:20000]
    if not sample:
        return False
    bad = sum(1 for c in sample if (ord(c) < 32 and c not in "\n\r\t") or 0x80 <= ord(c) < 0xA0)
    return bad / len(sample) < 0.01 and len(_VI_LETTERS.findall(sample)) > 0


def _checked(text: str) -> str:
    sample = text[:20000]
    if not sample.strip():
        raise DecodeError("empty file")
    bad = sum(1 for c in sample if ord(c) < 32 and c not in "\n\r\t\f\v")
    if bad / max(1, len(sample)) > 0.02:
        raise DecodeError("binary file (control characters), not text")
    return text


# -- HTML -----------------------------------------------------------------------------------
_SKIP_TAGS = {"script", "style", "nav", "header", "footer", "aside", "form", "noscript",
              "iframe", "svg", "button", "select", "template", "menu", "figure"}
_BLOCK_TAGS = {"p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "section",
               "article", "blockquote", "figcaption", "td", "ul", "ol", "table", "main", "time"}
_RELATED = re.compile(r"related|tin-?lien-?quan|tin-?khac|comment|binh-?luan|share|social|menu|sidebar|breadcrumb|banner|advert|quang-?cao", re.I)
_VOID = {"br", "img", "hr", "meta", "link", "input", "wbr", "source", "area", "base", "col", "embed", "param", "track"}


class _PageParser(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[tuple[str, bool, bool]] = []  # (tag, skipping, in_article)
        self.body: list[str] = []
        self.article: list[str] = []
        self.title: list[str] = []
        self.h1: list[str] = []
        self.meta: dict[str, str] = {}
        self._in_title = False
        self._in_h1 = False
        self.depth_limit = 400

    def _skipping(self) -> bool:
        return bool(self.stack) and self.stack[-1][1]

    def _in_article(self) -> bool:
        return bool(self.stack) and self.stack[-1][2]

    def handle_starttag(self, tag, attrs):
        a = {k: (v or "") for k, v in attrs}
        if tag == "meta":
            key = a.get("property") or a.get("name") or a.get("itemprop")
            if key and a.get("content"):
                self.meta[key.lower()] = a["content"]
            return
        if tag == "time" and a.get("datetime"):
            self.meta.setdefault("time", a["datetime"])
        if tag in _VOID:
            if tag == "br":
                self._emit("\n")
            return
        if len(self.stack) > self.depth_limit:
            return
        cls = a.get("class", "") + " " + a.get("id", "")
        skipping = self._skipping() or tag in _SKIP_TAGS or bool(_RELATED.search(cls))
        in_article = self._in_article() or tag == "article" or "article-content" in cls or "detail-content" in cls
        self.stack.append((tag, skipping, in_article))
        if tag == "title":
            self._in_title = True
        if tag == "h1":
            self._in_h1 = True
        if tag in _BLOCK_TAGS:
            self._emit("\n")

    def handle_endtag(self, tag):
        if tag in _VOID:
            return
        if tag == "title":
            self._in_title = False
        if tag == "h1":
            self._in_h1 = False
        # pop to the matching tag (tolerates unclosed tags)
        for i in range(len(self.stack) - 1, -1, -1):
            if self.stack[i][0] == tag:
                del self.stack[i:]
                break
        if tag in _BLOCK_TAGS:
            self._emit("\n")

    def _emit(self, s: str) -> None:
        if self._skipping():
            return
        self.body.append(s)
        if self._in_article():
            self.article.append(s)

    def handle_data(self, data):
        if self._in_title:
            self.title.append(data)
            return
        if self._in_h1:
            self.h1.append(data)
        self._emit(data)


def html_to_article(doc: str) -> tuple[str, str | None, str | None, str | None]:
    """Return (text, title, published, url) found in an HTML page."""
    p = _PageParser()
    try:
        p.feed(doc)
        p.close()
    except Exception:  # the stdlib parser is forgiving; this is for truly broken markup
        pass
    article = "".join(p.article)
    text = article if len(article.strip()) > 200 else "".join(p.body)
    lines = [" ".join(line.split()) for line in text.split("\n")]
    out: list[str] = []
    for line in lines:
        if line or (out and out[-1]):
            out.append(line)
    title = " ".join("".join(p.h1).split()) or " ".join("".join(p.title).split()) or None
    if not any(line and line != title for line in out):
        return "", title, None, None  # no text but (at most) the title: not an article
    if title and (not out or out[0] != title):
        out.insert(0, title)
        out.insert(1, "")
    published = p.meta.get("article:published_time") or p.meta.get("datepublished") or p.meta.get("time")
    url = p.meta.get("og:url")
    return "\n".join(out).strip() + "\n", title, published, url


# -- files ----------------------------------------------------------------------------------
def read_text_article(aid: str, text: str, url: str | None = None, source: str | None = None) -> Iterator[Article]:
    yield Article(id=aid, text=text, url=url, source=source)


MAX_LINE_BYTES = MAX_FILE_BYTES  # one JSONL line (one article) larger than this is refused


def _jsonl_lines(fh) -> Iterator[tuple[int, bytes | None]]:
    """(line number, bytes) of a JSONL file read in bounded pieces; None for an over-long line."""
    n = 0
    while True:
        line = fh.readline(MAX_LINE_BYTES + 1)
        if not line:
            return
        n += 1
        if len(line) > MAX_LINE_BYTES and not line.endswith(b"\n"):
            while line and not line.endswith(b"\n"):  # skip the rest of the line
                line = fh.readline(1024 * 1024)
            yield n, None
            continue
        yield n, line


def _read_jsonl(path: str, fh) -> Iterator[Article | InputProblem]:
    """Articles of a JSONL file, streamed a line at a time (a corpus file may be any size)."""
    for n, raw in _jsonl_lines(fh):
        if raw is None:
            yield InputProblem(path, f"JSON line longer than {MAX_LINE_BYTES // (1024 * 1024)} MiB", n)
            continue
        if not raw.strip():
            continue
        if n == 1 and raw.startswith(codecs.BOM_UTF8):
            raw = raw[3:]
        try:
            line = raw.decode("utf-8")
        except UnicodeDecodeError as e:
            yield InputProblem(path, f"JSON line is not UTF-8 ({e.reason} at byte {e.start})", n)
            continue
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as e:
            yield InputProblem(path, f"broken JSON line ({e.msg} at column {e.colno})", n)
            continue
        if not isinstance(obj, dict):
            yield InputProblem(path, "JSON line is not an object", n)
            continue
        aid, body = obj.get("id"), obj.get("text")
        if aid is None or not isinstance(body, str):
            missing = "id" if aid is None else "text"
            yield InputProblem(path, f"JSON line has no '{missing}' field", n)
            continue
        if not body.strip():
            yield InputProblem(path, f"article {aid!r} has empty text", n)
            continue
        yield Article(id=str(aid), text=body, url=obj.get("url"), title=obj.get("title"),
                      published=obj.get("published"), source=f"{path}:{n}")


def _unreadable(name: str, e: OSError) -> InputProblem:
    if isinstance(e, FileNotFoundError):
        return InputProblem(name, "file not found (it may have been removed during the run)")
    if isinstance(e, PermissionError):
        return InputProblem(name, "permission denied")
    if isinstance(e, IsADirectoryError):
        return InputProblem(name, "is a directory")
    return InputProblem(name, f"cannot read ({e.strerror or e})")


def read_file(path: str | os.PathLike) -> Iterator[Article | InputProblem]:
    """Articles in one file (a JSONL file may hold many)."""
    p = Path(path)
    name = str(path)
    if p.suffix.lower() in JSONL_SUFFIXES:
        try:
            fh = open(p, "rb")
        except OSError as e:
            yield _unreadable(name, e)
            return
        with fh:
            try:
                yield from _read_jsonl(name, fh)
            except OSError as e:
                yield InputProblem(name, f"read failed part-way ({e.strerror or e})")
        return
    try:
        size = p.stat().st_size
        if size > MAX_FILE_BYTES:
            yield InputProblem(name, f"file too large for one article ({size // (1024 * 1024)} MiB > "
                                     f"{MAX_FILE_BYTES // (1024 * 1024)} MiB); give a corpus as JSONL, one article a line")
            return
        data = p.read_bytes()
    except OSError as e:
        yield _unreadable(name, e)
        return
    try:
        text = decode_bytes(data)
    except DecodeError as e:
        yield InputProblem(name, str(e))
        return
    suffix = p.suffix.lower()
    aid = p.stem
    if suffix in HTML_SUFFIXES or (suffix not in TEXT_SUFFIXES and text.lstrip()[:200].lower().startswith(("<!doctype html", "<html"))):
        body, title, published, url = html_to_article(text)
        if not body.strip():
            yield InputProblem(name, "HTML page has no article text (no body, or only a title)")
            return
        yield Article(id=aid, text=body, url=url, title=title, published=published, source=name)
        return
    yield Article(id=aid, text=text, source=name)


def iter_files(paths: Iterable[str | os.PathLike]) -> Iterator[str | InputProblem]:
    """Files under ``paths`` (directories walked in sorted order, symlink loops avoided)."""
    for path in paths:
        p = Path(path)
        if p.is_dir():
            seen: set[tuple[int, int]] = set()
            for root, dirs, files in os.walk(p, followlinks=True):
                try:
                    st = os.stat(root)
                except OSError:
                    continue
                ident = (st.st_dev, st.st_ino)
                if ident in seen:
                    dirs[:] = []
                    continue
                seen.add(ident)
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                for f in sorted(files):
                    if f.startswith(".") or f == "manifest.jsonl":
                        continue
                    suffix = Path(f).suffix.lower()
                    if suffix in TEXT_SUFFIXES | HTML_SUFFIXES | JSONL_SUFFIXES:
                        yield os.path.join(root, f)
        elif p.exists():
            yield str(p)
        else:
            yield InputProblem(str(p), "no such file or directory")


def read_paths(paths: Iterable[str | os.PathLike]) -> Iterator[Article | InputProblem]:
    """Every article under ``paths``, or a problem for each input that could not be read."""
    for f in iter_files(paths):
        if isinstance(f, InputProblem):
            yield f
        else:
            yield from read_file(f)
