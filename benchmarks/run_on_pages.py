"""Extraction time on pathological pages: one run-on "sentence" that lists thousands of officials, a
page of numbers, a page of thousands of list items after one colon. Real spam-site copies and menus
come close to these; the time must grow about linearly with the page, not with its square.

Usage: python benchmarks/run_on_pages.py [N]   (N names or items; default 3000)
"""
import os
import platform
import sys
import time

from kg import extract

n = int(sys.argv[1]) if len(sys.argv) > 1 else 3000
pages = {
    "names in one sentence": "Đồng chí " + "Nguyễn Văn A, Bí thư Huyện ủy, " * n + ".",
    "list after one colon": "Dự hội nghị có các đồng chí: " + "; ".join(
        f"Nguyễn Văn {chr(65 + i % 26)}, Phó Chủ tịch UBND huyện" for i in range(n)) + ".",
    "numbers": " ".join(f"tăng {i},5% so với cùng kỳ, đạt {i}.000 tỷ đồng;" for i in range(n)),
}
extract("Sáng 5/3/2024, đồng chí Lê Văn B, Bí thư Tỉnh ủy dự Hội nghị.", id="warm")  # gazetteer and lexicons
for name, text in pages.items():
    for size in (n // 4, n // 2, n):
        part = text[: len(text) * size // n]
        t0 = time.perf_counter()
        extract(part, id="p")
        print(f"{name:24s} {len(part) / 1024:7.1f} KB  {time.perf_counter() - t0:6.2f} s")
print(f"machine: {platform.processor() or platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}")
