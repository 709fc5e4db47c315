"""Requests per second of `kg serve` for a stored query, with concurrent clients.

Builds (once) a store from N generated articles (benchmarks/generate_corpus.py), starts
`kg serve` on it in a separate process, and lets C client threads request
`/queries/NAME` for S seconds. Prints the build time, the request rate and latencies.

    python benchmarks/serve_load.py --articles 10000 --clients 4 --seconds 20 [--store DIR]
"""
from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.parse
import urllib.request
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from generate_corpus import articles  # noqa: E402

from kg import Graph  # noqa: E402


def build(store: Path, n: int) -> float:
    t0 = time.perf_counter()
    with tempfile.TemporaryDirectory() as tmp:
        corpus = Path(tmp) / "corpus.jsonl"
        with open(corpus, "w", encoding="utf-8") as f:
            for art in articles(n):
                f.write(json.dumps(art, ensure_ascii=False) + "\n")
        with Graph(store) as g:
            g.build([corpus], workers=2)
    return time.perf_counter() - t0


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--articles", type=int, default=10_000)
    ap.add_argument("--clients", type=int, default=4)
    ap.add_argument("--seconds", type=float, default=20)
    ap.add_argument("--query", default="officials-directed-communes")
    ap.add_argument("--params", default="place=Yên Bái", help="query string of the stored query")
    ap.add_argument("--store", default=None, help="store folder (built when missing)")
    ap.add_argument("--port", type=int, default=7899)
    args = ap.parse_args()

    store = Path(args.store or Path(tempfile.gettempdir()) / f"kg-bench-{args.articles}")
    if not store.exists():
        secs = build(store, args.articles)
        print(f"built {args.articles} articles in {secs:.1f} s ({args.articles / secs:.0f} articles/s)")
    with Graph(store, read_only=True) as g:
        stats = g.stats()
    print(f"store: {stats['articles']} articles, {stats['triples']} triples")

    kg = Path(sys.executable).parent / "kg"
    server = subprocess.Popen([str(kg), "serve", "--store", str(store), "--port", str(args.port),
                               "--refresh", "0", "--max-rows", "100000"], stderr=subprocess.DEVNULL)
    url = f"http://127.0.0.1:{args.port}/queries/{args.query}?" + urllib.parse.quote(args.params, safe="=&")
    try:
        for _ in range(100):
            try:
                urllib.request.urlopen(f"http://127.0.0.1:{args.port}/queries", timeout=1).read()
                break
            except OSError:
                time.sleep(0.1)
        rows = urllib.request.urlopen(url, timeout=60).read()
        print(f"query {args.query} ({args.params}): {rows.count(b'official') - 1} rows")
        latencies: list[float] = []
        lock = threading.Lock()
        stop = time.perf_counter() + args.seconds

        def client() -> None:
            mine = []
            while time.perf_counter() < stop:
                t = time.perf_counter()
                urllib.request.urlopen(url, timeout=60).read()
                mine.append(time.perf_counter() - t)
            with lock:
                latencies.extend(mine)

        threads = [threading.Thread(target=client) for _ in range(args.clients)]
        t0 = time.perf_counter()
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        wall = time.perf_counter() - t0
        latencies.sort()
        print(f"{args.clients} clients, {wall:.1f} s: {len(latencies)} requests, "
              f"{len(latencies) / wall:.1f} requests/s; latency p50 {statistics.median(latencies) * 1000:.0f} ms, "
              f"p95 {latencies[int(len(latencies) * 0.95)] * 1000:.0f} ms "
              f"(machine: {os.cpu_count()} cores)")
    finally:
        server.terminate()
        server.wait()


if __name__ == "__main__":
    main()
