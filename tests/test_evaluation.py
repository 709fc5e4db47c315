"""End to end: the seeds and the dev corpus scored exactly as FORMAT.md says."""
import json

from click.testing import CliRunner

from kg.api import evaluate_paths
from kg.cli import cli

SEED_F1 = {"officials": 0.95, "positions": 0.95, "localities": 0.95, "committees": 0.95, "targets": 0.90}
SEED_ACC = {"published": 0.95, "position_locality": 0.95, "locality_code": 0.95}
DEV_F1 = {"officials": 0.90, "positions": 0.85, "localities": 0.85, "committees": 0.80, "meetings": 0.80,
          "directed": 0.80, "targets": 0.80}


def test_seeds_meet_the_thresholds(shared):
    result, summary = evaluate_paths(shared / "gold" / "seeds.jsonl", [shared / "seeds"])
    assert summary.failed == 0 and result["articles"] == 5 and not result["missing"]
    for field, floor in SEED_F1.items():
        assert result["fields"][field]["f1"] >= floor, (field, result["fields"][field])
    for attr, floor in SEED_ACC.items():
        assert result["accuracy"][attr]["accuracy"] >= floor, (attr, result["accuracy"][attr])


def test_dev_corpus_meets_the_thresholds(shared):
    dev = shared / "corpus" / "dev"
    result, summary = evaluate_paths(dev / "gold.jsonl", [dev / "texts.jsonl"])
    assert summary.failed == 0 and result["articles"] == 35
    for field, floor in DEV_F1.items():
        assert result["fields"][field]["f1"] >= floor, (field, result["fields"][field])


def test_evaluate_cli_json(shared):
    res = CliRunner().invoke(cli, ["evaluate", "--gold", str(shared / "gold" / "seeds.jsonl"),
                                   str(shared / "seeds"), "--json"])
    assert res.exit_code == 0, res.output
    data = json.loads(res.output)
    assert set(data["fields"]) >= {"officials", "positions", "committees", "localities", "meetings",
                                   "meeting_roles", "targets", "directed"}


def test_scorer_matches_targets_by_value_and_syllables():
    from kg.evaluate import score
    base = {"id": "a", "published": None, "officials": [], "committees": [], "localities": [], "meetings": [],
            "directed": []}
    gold = dict(base, targets=[{"indicator": "thu nhập bình quân đầu người", "value": 45, "unit": "triệu đồng/người/năm",
                                "comparator": None, "period": "2020-2025", "status": "target", "locality": None}])
    near = dict(base, targets=[{"indicator": "thu nhập bình quân", "value": 45, "unit": "triệu đồng/người/năm",
                                "comparator": None, "period": "2025", "status": "target", "locality": None}])
    wrong_value = dict(base, targets=[dict(near["targets"][0], value=46)])
    assert score([gold], [near])["fields"]["targets"]["tp"] == 1
    assert score([gold], [near])["accuracy"]["target_period"]["accuracy"] == 0.0
    assert score([gold], [wrong_value])["fields"]["targets"]["tp"] == 0
