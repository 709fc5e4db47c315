"""Where the ontology, shapes and stored queries are.

In a checkout (or an editable install) they are the top-level ``ontology/`` and ``queries/``
folders; a regular install copies them to ``{sys.prefix}/share/kg/`` (pyproject ``data-files``).
``KG_QUERIES`` (a folder) adds stored queries of your own, which win over the bundled ones.
"""
from __future__ import annotations

import os
import sys
from pathlib import Path

#: the checkout this module sits in (``src/kg/`` → the repository root)
REPO = Path(__file__).resolve().parents[2]


def _find(kind: str) -> Path:
    for base in (REPO / kind, Path(sys.prefix) / "share" / "kg" / kind):
        if base.is_dir():
            return base
    raise FileNotFoundError(f"kg: the {kind}/ folder is missing from this installation")


def ontology_path() -> Path:
    return _find("ontology") / "kg.ttl"


def shapes_path() -> Path:
    return _find("ontology") / "shapes.ttl"


def query_dirs() -> list[Path]:
    """Folders of stored queries, the user's (``KG_QUERIES``) first."""
    dirs = []
    if os.environ.get("KG_QUERIES"):
        dirs.append(Path(os.environ["KG_QUERIES"]))
    dirs.append(_find("queries"))
    return dirs
