"""End to end: the seeds and the dev corpus scored exactly as FORMAT.md says."""
import json

from click.testing import CliRunner

from kg.api import evaluate_paths
from kg.cli import cli

# Ratchet: what main reaches, rounded down; raise as the code improves, never lower.
SEED_F1 = {"officials": 1.0, "positions": 1.0, "committees": 1.0, "localities": 1.0, "meetings": 1.0,
           "meeting_roles": 1.0, "directed": 1.0, "targets": 0.99}
SEED_ACC = {"published": 1.0, "position_locality": 1.0, "locality_code": 1.0, "target_status": 1.0, "target_period": 1.0}
DEV_F1 = {"officials": 0.99, "positions": 0.98, "committees": 0.97, "localities": 0.99, "meetings": 0.99,
          "meeting_roles": 0.98, "directed": 0.99, "targets": 0.915}
DEV_ACC = {"published": 1.0, "position_locality": 0.99, "locality_code": 0.99, "target_status": 0.97, "target_period": 0.93}
# the check corpus is read for its scores only (never its texts): an early warning that a change
# fits the dev examples rather than the language
CHECK_F1 = {"officials": 0.96, "positions": 0.90, "committees": 0.93, "localities": 0.97, "meetings": 0.79,
            "meeting_roles": 0.78, "directed": 0.64, "targets": 0.81}
CHECK_ACC = {"published": 0.94, "position_locality": 0.94, "locality_code": 0.93, "target_status": 0.91, "target_period": 0.82}
# an accuracy is over the matched pairs: one more target matched with a wrong period lowers it while
# no period got worse, so the count of right attributes is held too (it may only rise)
CHECK_RIGHT = {"target_status": 51, "target_period": 46}


def _gold_count(path):
    return sum(1 for line in open(path, encoding="utf-8") if line.strip())


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
    assert summary.failed == 0 and result["articles"] == _gold_count(dev / "gold.jsonl") and not result["missing"]
    for field, floor in DEV_F1.items():
        assert result["fields"][field]["f1"] >= floor, (field, result["fields"][field])
    for attr, floor in DEV_ACC.items():
        assert result["accuracy"][attr]["accuracy"] >= floor, (attr, result["accuracy"][attr])


def test_check_corpus_meets_the_thresholds(shared):
    check = shared / "corpus" / "check"
    if not (check / "gold.jsonl").exists():
        import pytest
        pytest.skip("no check corpus")
    result, summary = evaluate_paths(check / "gold.jsonl", [check / "texts.jsonl"])
    assert summary.failed == 0 and not result["missing"]
    for field, floor in CHECK_F1.items():
        assert result["fields"][field]["f1"] >= floor, (field, result["fields"][field])
    for attr, floor in CHECK_ACC.items():
        assert result["accuracy"][attr]["accuracy"] >= floor, (attr, result["accuracy"][attr])
    for attr, floor in CHECK_RIGHT.items():
        assert result["accuracy"][attr]["right"] >= floor, (attr, result["accuracy"][attr])


def test_evaluate_errors_lists_what_was_missed_and_extra():
    from kg.evaluate import format_diffs, score
    base = {"id": "a", "published": None, "committees": [], "localities": [], "meetings": [], "targets": [],
            "directed": []}
    gold = dict(base, officials=[{"name": "Lê Văn A", "positions": [{"role": "Giám đốc", "body": "Công an tỉnh",
                                                                       "locality": "tỉnh Nam Định"}]}])
    pred = dict(base, officials=[{"name": "Lê Văn A", "positions": [{"role": "Giám đốc", "body": "Công an",
                                                                       "locality": "tỉnh Nam Định"}]},
                                 {"name": "Trần B", "positions": [{"role": "Bí thư", "body": "Huyện ủy",
                                                                   "locality": None}]}])
    result = score([gold], [pred], diffs=True)
    # a body is compared without its trailing level word (FORMAT.md)
    assert result["fields"]["positions"]["tp"] == 1 and result["fields"]["positions"]["fp"] == 1
    text = format_diffs(result)
    assert "a\n" in text + "\n" and "officials      + trần b" in text and "positions      + trần b | bí thư | huyện ủy" in text


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


def _dev_rewritten(shared, path, rewrite):
    """The dev texts with ``rewrite(text)`` applied to each, written to ``path``; the gold is unchanged."""
    import json
    with open(shared / "corpus" / "dev" / "texts.jsonl", encoding="utf-8") as src, open(path, "w", encoding="utf-8") as out:
        for line in src:
            art = json.loads(line)
            out.write(json.dumps(dict(art, text=rewrite(art["text"])), ensure_ascii=False) + "\n")
    result, _summary = evaluate_paths(shared / "corpus" / "dev" / "gold.jsonl", [path])
    return result


_MENU = "Trang chủ | Thời sự | Chính trị | Kinh tế | Xã hội\nChính trị\nBÁO ĐIỆN TỬ TỈNH\n"
_FOOT = ("\nChia sẻ\nTừ khóa: Hội nghị, Đại hội, kiểm tra\nTin liên quan\nKhai mạc kỳ họp thứ 12 HĐND huyện\n"
         "Lễ kỷ niệm 95 năm thành lập Đảng\nBình luận\n")


def _wrapped(text):
    import re
    crawl = re.match(r"\s*date\s+\d{4}(?:-\d{2}){0,2}\s*", text)  # (a crawl's date stays first)
    pre = crawl.group(0) if crawl else ""
    return pre + _MENU + text[len(pre):] + _FOOT


def _caps_headline(text):
    head, sep, rest = text.partition("\n")
    if sep and len(head) < 160 and not head.rstrip().endswith(".") and not head.lstrip().startswith("date"):
        return head.upper() + sep + rest
    return text


def test_dev_pages_wrapped_in_furniture_or_run_on_keep_their_meetings(shared, tmp_path):
    """Real pages come with a menu above and tags and other articles' headlines below, or with
    their lines run together: the dev texts so wrapped or joined keep their meetings and dates."""
    result = _dev_rewritten(shared, tmp_path / "wrapped.jsonl", _wrapped)
    assert result["fields"]["meetings"]["f1"] >= 0.99 and result["accuracy"]["published"]["accuracy"] >= 1.0
    assert result["fields"]["directed"]["f1"] >= 0.99
    result = _dev_rewritten(shared, tmp_path / "joined.jsonl",
                            lambda t: " ".join(part.strip() for part in t.split("\n") if part.strip()))
    assert result["fields"]["meetings"]["f1"] >= 0.97 and result["fields"]["directed"]["f1"] >= 0.975


def test_dev_pages_with_short_honorifics_or_headlines_in_capitals_keep_their_officials(shared, tmp_path):
    """"đ/c" for "đồng chí", and headlines written wholly in capitals, as some sites write them."""
    short = lambda t: t.replace("đồng chí ", "đ/c ").replace("Đồng chí ", "Đ/c ")  # noqa: E731
    for name, rewrite in (("short", short), ("caps", _caps_headline)):
        result = _dev_rewritten(shared, tmp_path / f"{name}.jsonl", rewrite)
        assert result["fields"]["officials"]["f1"] >= 0.99 and result["fields"]["positions"]["f1"] >= 0.985, name
        assert result["fields"]["directed"]["f1"] >= 0.99, name
