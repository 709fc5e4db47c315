"""Extraction throughput on one core: articles/s over N articles built from data/articles.

Usage: python benchmarks/extract_speed.py [N]
"""
import os
import platform
import sys
import time
from pathlib import Path

from kg import Article, extract, read_paths

n = int(sys.argv[1]) if len(sys.argv) > 1 else 1000
root = Path(__file__).resolve().parents[1] / "data" / "articles"
base = [a for a in read_paths([root]) if isinstance(a, Article)]
extract(base[0])  # load the gazetteer and lexicons once (reported separately)
t0 = time.perf_counter()
for i in range(n):
    a = base[i % len(base)]
    extract(Article(id=f"{a.id}-{i}", text=a.text + f"\n\nBài {i}.", url=a.url))
dt = time.perf_counter() - t0
print(f"articles: {n}  seconds: {dt:.2f}  articles/s: {n / dt:.0f}  "
      f"machine: {platform.processor() or platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}")
