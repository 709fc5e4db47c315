"""kg: a knowledge-graph builder for Vietnamese local Party and government news.

>>> from kg import extract
>>> rec = extract("Đồng chí Lê Văn B, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh Lai Châu dự Hội nghị.")
>>> [(p.role, p.body, p.locality) for p in rec.officials[0].positions]
[('Phó Bí thư', 'Tỉnh ủy', 'tỉnh Lai Châu'), ('Chủ tịch', 'UBND', 'tỉnh Lai Châu')]
"""
from .api import Summary, evaluate_paths, extract_paths, iter_records
from .evaluate import score
from .extract import extract
from .reading import Article, InputProblem, read_paths
from .record import Record
from .store import Graph, StoreError

__version__ = "0.2.0"
__all__ = ["Article", "Graph", "InputProblem", "Record", "StoreError", "Summary", "evaluate_paths", "extract",
           "extract_paths", "iter_records", "read_paths", "score"]
