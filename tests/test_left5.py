"""left5: rule data marks, silent answers and wording left by this session's sweeps."""

from __future__ import annotations

import io

import pytest

from ipprules import default_rulebook
from ipprules.errors import InputError
from ipprules.goodfaith import History, iter_history, iter_rows

BOOK = default_rulebook()


def test_large_batch_threshold_is_the_projects_reading_not_the_briefs():
    # B18 gives a batch of 300 as its example; the threshold of 100 is ipprules' reading
    record = BOOK.as_of("2026-12-01").limits["large_batch"]
    assert record.value == 100
    assert record.confidence.value == "inferred"


def test_lazada_registration_gap_is_not_labelled_official():
    # R40: no source states whether Lazada needs a registration in its country (a gap)
    rules = BOOK.as_of("2026-12-01", "official")
    for pid in ("lazada_sg", "lazada_id", "lazada_my", "lazada_th", "lazada_ph", "lazada_vn"):
        record = rules.registrations[pid]
        assert record.known.value == "unknown"
        assert record.confidence.value == "inferred", pid


HISTORY = (
    "type,date,account,platform,reason_code,listings,taken_down\n"
    "complaint,2023-01-05,acme,taobao,X,1,1\n"
    "complaint,2023-01-06,globex,taobao,X,2,2\n"
)


@pytest.mark.parametrize("fmt", ["csv", "jsonl"])
def test_iter_history_refuses_an_account_no_line_is_for_as_from_file_does(fmt):
    text = HISTORY
    if fmt == "jsonl":
        text = (
            '{"type": "complaint", "date": "2023-01-05", "account": "acme", "platform": "taobao",'
            ' "reason_code": "X", "listings": 1, "taken_down": 1}\n'
        )
    stream = iter_history(io.StringIO(text), account="acm", format=fmt)
    with pytest.raises(InputError) as streamed:
        list(stream)
    with pytest.raises(InputError) as whole:
        History.from_file(io.StringIO(text), account="acm", format=fmt)
    assert str(streamed.value) == str(whole.value)
    assert "no line of the history is for account 'acm'" in str(streamed.value)
    assert "did you mean 'acme'?" in str(streamed.value)
    assert streamed.value.path == "$.account"


def test_iter_history_stays_a_stream_and_reads_an_account_that_has_lines():
    stream = iter_history(io.StringIO(HISTORY), account="globex")
    first = next(stream)
    assert (first.account, first.listings) == ("globex", 2)
    assert list(stream) == []


def test_iter_rows_refuses_an_account_no_line_is_for_as_iter_history_does():
    with pytest.raises(InputError) as rows:
        list(iter_rows(io.StringIO(HISTORY), account="globx", name="h.csv"))
    with pytest.raises(InputError) as records:
        list(iter_history(io.StringIO(HISTORY), account="globx", name="h.csv"))
    assert str(rows.value) == str(records.value)
    assert str(rows.value).startswith("h.csv: $.account: no line of the history is for account")
    assert "did you mean 'globex'?" in str(rows.value)


def test_a_good_faith_note_says_the_official_reading_has_no_volume_criterion():
    from ipprules.goodfaith import Complaint, standing

    history = History.from_records(
        [
            Complaint(
                filed="2023-01-02",
                platform="taobao",
                reason_code="tm_counterfeit",
                listings=10,
                taken_down=5,
                rejected=5,
            )
        ]
    )
    brief = standing(history, "2023-03-01")
    assert (
        "the volume to qualify differs under official: no volume criterion there, "
        "100 more complaint(s) in the window here" in brief.notes
    )
    assert not any("0 more complaint(s) in the window there" in n for n in brief.notes)
    official = standing(history, "2023-03-01", interpretation="official")
    assert (
        "the volume to qualify differs under brief: 100 more complaint(s) in the window there, "
        "no volume criterion here" in official.notes
    )


def test_a_failing_criterion_line_reads_as_the_test_applied_in_text_only():
    from ipprules.goodfaith import Complaint, standing
    from ipprules.goodfaith.text import standing_text

    history = History.from_records(
        [
            Complaint(
                filed="2023-01-02",
                platform="taobao",
                reason_code="tm_counterfeit",
                listings=10,
                taken_down=5,
                rejected=5,
            )
        ]
    )
    found = standing(history, "2023-03-01")
    text = standing_text(found)
    assert "volume               1, needs > 100 [differs under: official]" in text
    assert "50.000% (5/10), needs > 90.0%: 41 more successful takedown(s)\n" in text
    assert "1 > 100" not in text and "(5/10) > 90.0%" not in text
    assert "0.000% (0/10) < 5.0%; headroom 0" in text  # a passing line states what holds
    volume = next(c for c in found.to_dict()["criteria"] if c["name"] == "volume")
    assert (volume["numerator"], volume["comparison"], volume["met"]) == (1, ">", False)


def test_a_deadline_due_past_2999_is_refused_as_an_out_of_range_start_is(capsys):
    from ipprules import deadline_for
    from ipprules.cli import main
    from ipprules.errors import CoverageError

    assert deadline_for("counter_notice_round_2_3", "2999-11-01").due.isoformat() == "2999-12-10"
    with pytest.raises(CoverageError, match=r"from 2999-12-30 fall on 3000-02-05, outside"):
        deadline_for("counter_notice_round_2_3", "2999-12-30")
    assert main(["deadline", "counter_notice_round_2_3", "--on", "2999-12-30"]) == 2
    out, err = capsys.readouterr()
    assert "3000-02-05" not in out and "Traceback" not in err
    assert (
        "27 business days from 2999-12-30 fall on 3000-02-05, outside 1900-01-01..2999-12-31" in err
    )


def test_1688_with_the_points_bar_only_says_which_seller_facts_it_ignores(tmp_path):
    from ipprules.counternotice import assess_counter_notice, read_counter_notice
    from ipprules.rulebook import load_rulebook

    def moved(record_id: str, requirement: str) -> str:  # out of 1688 trademark's way
        return (
            f'\n[[counter_notice]]\nid = "{record_id}"\nrequirement = "{requirement}"\n'
            'platforms = ["1688"]\nipr_types = ["copyright"]\ntext = "Copyright only."\n'
            'effective_from = "2015-01-06"\nsources = ["MINE"]\nconfidence = "user"\n'
            'rules = ["R64"]\n'
        )

    path = tmp_path / "ours.toml"
    path.write_text(
        'name = "Ours"\n[[sources]]\nid = "MINE"\ntitle = "Our reading"\nkind = "user"\n'
        + moved("1688_bar_serious", "bar_serious_closure_count")
        + moved("1688_bar_closed", "bar_closed")
    )
    notice = read_counter_notice("examples/counter-notice-1688.toml")  # closed, at_serious false
    got = assess_counter_notice(notice, load_rulebook(path))
    (unused,) = [f for f in got.findings if f.code == "cn-seller-facts-unused"]
    assert unused.path == "$.seller"
    assert unused.message.startswith(
        "the seller's closed, at_serious_closure_count given, but the only bar in force on "
        "1688 is bar_points"
    )
    assert "violations" not in unused.message  # the points bar counts them
    embedded = assess_counter_notice(notice)  # every bar in force: every fact read
    assert not [f for f in embedded.findings if f.code == "cn-seller-facts-unused"]
