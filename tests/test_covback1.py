"""Light tests of lines only heavy (``no_cover``) tests reached: each asserts the answer or
the error message the line is there for (covback1)."""

from __future__ import annotations

import io
import json

import pytest

from ipprules.errors import InputError, UnknownNameError
from ipprules.goodfaith import iter_history


def _jsonl(*objects: object) -> io.StringIO:
    return io.StringIO("".join(json.dumps(o) + "\n" for o in objects))


_COMPLAINT = {
    "type": "complaint",
    "date": "2023-01-05",
    "platform": "taobao",
    "reason_code": "X",
}


def _jsonl_error(*objects: object) -> InputError:
    with pytest.raises(InputError) as info:
        list(iter_history(_jsonl(*objects), format="jsonl", name="h.jsonl"))
    return info.value


# ------------------------------------------------------------ goodfaith/history.py


def test_history_unknown_format_is_named() -> None:
    with pytest.raises(UnknownNameError, match="xml"):
        list(iter_history(io.StringIO(""), format="xml"))


def test_history_jsonl_empty_platform_is_refused() -> None:
    error = _jsonl_error({**_COMPLAINT, "platform": "", "listings": 1, "taken_down": 1})
    assert error.path == "$.platform"
    assert "expected a non-empty string platform" in str(error)


def test_history_jsonl_event_note_must_be_a_string() -> None:
    error = _jsonl_error({"type": "declaration", "date": "2023-01-02", "note": 5})
    assert error.path == "$.note"
    assert "expected a string note (or null)" in str(error)


def test_history_jsonl_complaint_without_listings_is_refused() -> None:
    error = _jsonl_error({**_COMPLAINT, "taken_down": 1})
    assert error.path == "$"
    assert str(error).endswith("expected listings (integer)")


def test_history_jsonl_account_must_be_a_string() -> None:
    error = _jsonl_error({**_COMPLAINT, "listings": 1, "taken_down": 1, "account": 5})
    assert error.path == "$.account"
    assert "expected a string account (or null)" in str(error)


def test_history_jsonl_error_at_a_key_not_renamed_on_a_line_with_a_renamed_one() -> None:
    line = json.dumps({"Type": "complaint", "date": "2023-02-30"})  # "Type" read as type
    with pytest.raises(InputError) as info:
        list(iter_history(io.StringIO(line + "\n"), format="jsonl"))
    assert (info.value.path, info.value.line, info.value.column) == ("$.date", 1, 31)
    assert "expected a date (YYYY-MM-DD), got '2023-02-30'" in str(info.value)


@pytest.mark.parametrize("head", ["\ufefftype", " \ufefftype"])
def test_history_csv_header_is_read_past_a_byte_order_mark(head: str) -> None:
    (event,) = iter_history(io.StringIO(f"{head},date\ndeclaration,2023-01-02\n"), name="h.csv")
    assert event.date.isoformat() == "2023-01-02"


def test_history_csv_complaint_with_an_empty_listings_cell_is_refused() -> None:
    text = "type,date,platform,reason_code,listings,taken_down\ncomplaint,2023-01-02,taobao,X,,1\n"
    with pytest.raises(InputError) as info:
        list(iter_history(io.StringIO(text), name="h.csv"))
    assert (info.value.path, info.value.line) == ("$.listings", 2)
    assert "a complaint needs the number of listings" in str(info.value)


def test_history_jsonl_items_must_be_a_non_empty_list() -> None:
    error = _jsonl_error({**_COMPLAINT, "items": []})
    assert error.path == "$.items"
    assert "expected a non-empty list of listing outcomes" in str(error)


def test_history_jsonl_items_and_counts_together_are_refused() -> None:
    error = _jsonl_error({**_COMPLAINT, "items": [{"outcome": "taken_down"}], "listings": 1})
    assert error.path == "$.listings"
    assert "give either items or 'listings', not both" in str(error)


def test_history_jsonl_item_with_an_unknown_key_is_refused() -> None:
    error = _jsonl_error({**_COMPLAINT, "items": [{"outcome": "taken_down", "colour": 1}]})
    assert error.path == "$.items[0]"
    assert "expected {outcome, counter_notice}" in str(error)


def test_history_jsonl_count_given_as_a_list_is_named() -> None:
    error = _jsonl_error({**_COMPLAINT, "listings": 1, "taken_down": [1]})
    assert error.path == "$.taken_down"
    assert "expected an integer, got a list or object" in str(error)


def test_history_jsonl_account_read_skips_other_accounts_and_needs_one() -> None:
    one = {**_COMPLAINT, "listings": 1, "taken_down": 1}
    records = list(
        iter_history(
            _jsonl({**one, "account": "b"}, {**one, "account": "a", "id": "A1"}),
            format="jsonl",
            account="a",
        )
    )
    assert [(r.account, r.id) for r in records] == [("a", "A1")]
    with pytest.raises(InputError, match="a line without an account, in a history read for"):
        list(iter_history(_jsonl({**one, "account": "a"}, one), format="jsonl", account="a"))


# ------------------------------------------------------------ cli/_common.py: the guarded streams


class _Refusing(io.TextIOBase):
    """A stdout or stderr that refuses to write (``write``) or to flush (``flush``) with
    ``error``; no encoding, no file descriptor, and isatty() itself fails."""

    def __init__(self, error: OSError | None = None, *, on: str = "write") -> None:
        super().__init__()
        self.error, self.on, self.text = error, on, ""

    def writable(self) -> bool:
        return True

    def write(self, text: str) -> int:
        if self.error is not None and self.on == "write":
            raise self.error
        self.text += text
        return len(text)

    def flush(self) -> None:
        if self.error is not None and self.on == "flush":
            raise self.error

    def isatty(self) -> bool:
        raise ValueError("I/O operation on closed file")

    def fileno(self) -> int:
        raise io.UnsupportedOperation("fileno")


def _main(argv: list[str]) -> int:
    from ipprules.cli import main

    return main(argv)


@pytest.mark.parametrize("on", ["write", "flush"])
def test_cli_output_refused_is_one_error_line_and_exit_2(
    on: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import errno

    monkeypatch.setattr("sys.stdout", _Refusing(OSError(errno.ENOSPC, "No space left"), on=on))
    assert _main(["explain"]) == 2
    err = capsys.readouterr().err
    assert err == "ipprules: error: <stdout>: cannot write the output: No space left\n"


@pytest.mark.parametrize("on", ["write", "flush"])
def test_cli_output_to_a_closed_pipe_is_dropped_with_the_command_s_exit_code(
    on: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import os

    def devnulls() -> int:  # descriptors open on /dev/null (others come and go: xdist, Dask)
        found = 0
        for fd in os.listdir("/proc/self/fd"):
            try:
                found += os.readlink(f"/proc/self/fd/{fd}") == "/dev/null"
            except OSError:  # closed meanwhile
                continue
        return found

    monkeypatch.setattr("sys.stdout", _Refusing(BrokenPipeError(), on=on))
    before = devnulls()
    assert _main(["explain"]) == 0
    assert capsys.readouterr().err == ""
    # a stream without a descriptor: /dev/null was opened to stand for it, and left open
    assert devnulls() == before


def test_cli_output_to_a_stream_without_encoding_or_terminal_is_written(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    out = _Refusing()
    monkeypatch.setattr("sys.stdout", out)
    assert _main(["explain"]) == 0
    assert out.text.startswith(capsys_free_explain())


def capsys_free_explain() -> str:
    """The first line ``ipprules explain`` writes (read through a plain StringIO)."""
    import contextlib

    held = io.StringIO()
    with contextlib.redirect_stdout(held):
        assert _main(["explain"]) == 0
    return held.getvalue().splitlines()[0]


def test_cli_error_line_refused_by_stderr_keeps_exit_code_2(
    monkeypatch: pytest.MonkeyPatch, tmp_path: object
) -> None:
    err = _Refusing(OSError(28, "No space left"))
    monkeypatch.setattr("sys.stderr", err)
    assert _main(["good-faith", "/nonexistent/covback1-history.csv"]) == 2
    assert err.text == ""


def test_cli_runs_with_stdout_and_stderr_closed(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("sys.stdout", None)
    monkeypatch.setattr("sys.stderr", None)
    assert _main(["explain"]) == 0
    assert _main(["good-faith", "/nonexistent/covback1-history.csv"]) == 2


def test_guarded_stdout_is_utf8_whatever_the_stream_says() -> None:
    import sys

    from ipprules.cli._common import guarded_stdout

    raw = io.BytesIO()
    latin = io.TextIOWrapper(raw, encoding="latin-1")
    bare = _Refusing()
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr("sys.stdout", latin)
        with guarded_stdout():
            print("商标 ©")
        assert sys.stdout is latin
        latin.flush()
        assert raw.getvalue() == "商标 ©\n".encode()
        mp.setattr("sys.stdout", bare)
        with guarded_stdout():
            assert (sys.stdout.encoding, sys.stdout.writable()) == ("utf-8", True)
            assert sys.stdout.isatty() is False  # the stream's own isatty() failed


def test_cli_plan_reason_on_a_date_the_book_does_not_cover_names_the_date(
    capsys: pytest.CaptureFixture[str],
) -> None:
    from tests._cli import run_cli

    argv = ["plan", "examples/planner-urls.csv", "--account", "examples/planner-account.toml"]
    code, out, err = run_cli([*argv, "--as-of", "1900-01-01", "--reason", "NOPE"], capsys)
    assert (code, out) == (2, "")
    # the date is said, not "'NOPE' is no platform's reason code": none is known that day
    assert err == (
        "ipprules: error: --as-of: 1900-01-01 is before the rule book's coverage "
        "(from 2015-01-06)\n"
    )


# ------------------------------------------------------------ _convert.py: structure_trusted


def _shipped_like() -> type:
    """An attrs class of every kind of field the rule book's trusted reader builds fast
    (annotations evaluated, as the rule book's are)."""
    import datetime as dt
    import enum
    from fractions import Fraction

    import attrs

    class Colour(enum.Enum):
        RED = "red"

    @attrs.frozen
    class Inner:
        n: int

    @attrs.frozen
    class Shipped:
        n: int
        s: str
        day: dt.date
        share: Fraction
        colour: Colour
        many: tuple[int, ...]
        table: dict[str, int]
        inner: Inner
        maybe: int | None = None
        pair: tuple[int, str] = (0, "")
        ratio: float = 0.0

    attrs.resolve_types(Inner)
    return attrs.resolve_types(Shipped, localns=locals())


_GOOD = {
    "n": 1,
    "s": "x",
    "day": "2024-01-02",
    "share": "1/3",
    "colour": "red",
    "many": [1, 2],
    "table": {"a": 1},
    "inner": {"n": 2},
}


def test_structure_trusted_builds_what_structure_builds() -> None:
    from ipprules._convert import structure, structure_trusted

    cls = _shipped_like()
    built = structure_trusted(_GOOD, cls)
    assert built == structure(_GOOD, cls)
    assert (built.day.isoformat(), str(built.share), built.many) == ("2024-01-02", "1/3", (1, 2))
    # a fixed-length tuple: built by the strict converter
    more = {**_GOOD, "pair": [3, "y"], "maybe": 4}
    assert structure_trusted(more, cls) == structure(more, cls)
    assert (structure_trusted(more, cls).pair, structure_trusted(more, cls).maybe) == ((3, "y"), 4)


@pytest.mark.parametrize(
    ("key", "value", "said"),
    [
        ("n", -1, "$.n"),
        ("s", 5, "$.s"),
        ("day", 20240102, "$.day"),
        ("day", "2024-02-30", "$.day"),
        ("share", "a third", "$.share"),
        ("many", {"a": 1}, "$.many"),
        ("table", [1], "$.table"),
        ("inner", [2], "$.inner"),
        ("pair", [1], "$.pair: expected a list of 2 items, got list"),
        ("ratio", "x", "$.ratio: expected a number, got 'x'"),
    ],
)
def test_structure_trusted_refuses_as_structure_does(key: str, value: object, said: str) -> None:
    from ipprules._convert import structure, structure_trusted

    cls = _shipped_like()
    data = {**_GOOD, key: value}
    with pytest.raises(InputError) as fast:
        structure_trusted(data, cls, file="book.json")
    with pytest.raises(InputError) as strict:
        structure(data, cls, file="book.json")
    assert str(fast.value) == str(strict.value)
    assert said in str(fast.value)
    assert fast.value.file == "book.json"


def test_structure_trusted_takes_a_class_with_string_annotations_strictly() -> None:
    import attrs

    from ipprules._convert import structure_trusted

    @attrs.frozen
    class Named:
        n: int  # a string annotation here (from __future__ import annotations)

    assert structure_trusted({"n": 3}, Named) == Named(3)
    with pytest.raises(InputError, match=r"\$\.n"):
        structure_trusted({"n": "3"}, Named)


# ------------------------------------------------------------ _files.py


def test_history_gzip_stream_is_told_to_be_decompressed_first() -> None:
    import gzip

    data = gzip.compress(b"type,date\ndeclaration,2023-01-02\n")
    with pytest.raises(InputError) as info:
        list(iter_history(io.BytesIO(data)))
    assert str(info.value).endswith(
        "gzip-compressed data; decompress it first (gunzip: a stream has no name)"
    )


def test_cli_stdin_closed_is_one_error_line(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from tests._cli import run_cli

    monkeypatch.setattr("sys.stdin", None)
    code, out, err = run_cli(["good-faith", "-"], capsys)
    assert (code, out) == (2, "")
    assert err == (
        "ipprules: error: <stdin>: $: standard input is closed: give a file, or pipe the input in\n"
    )


# ------------------------------------------------------------ planner/engine.py

_URL = "https://item.taobao.com/item.htm?id=606832683299"


def _account_plan() -> object:
    import ipprules

    return ipprules.read_plan("examples/planner-account.toml")


def test_plan_records_of_a_streamed_result_are_refused() -> None:
    from ipprules.planner import Settings, plan_listings

    seen: list[object] = []
    result = plan_listings(
        [_URL, "not a url"],
        _account_plan(),  # type: ignore[arg-type]
        settings=Settings(reason="tm_counterfeit"),
        reconcile=seen.append,
    )
    assert result.streamed and len(seen) == 2
    with pytest.raises(InputError, match="the line outcomes were streamed to the reconcile"):
        result.to_records()


def test_plan_without_any_filing_date_is_refused() -> None:
    import attrs

    from ipprules.planner import plan_listings

    undated = attrs.evolve(_account_plan(), as_of=None)  # type: ignore[misc]
    with pytest.raises(InputError) as info:
        plan_listings([_URL], undated)
    assert info.value.path == "$.as_of"
    assert "no filing date: give as_of, or set as_of in the plan" in str(info.value)


@pytest.mark.parametrize(
    ("line", "said"),
    [
        (("1", _URL), "a PlanLine needs an int line and a str url, got str and str"),
        ((1, _URL, 5), "PlanLine.right must be a str or None, not int"),
        ((1, _URL, None, None, "store"), "PlanLine.target must be a Target or None, not str"),
    ],
)
def test_plan_line_of_wrong_types_is_a_type_error(line: tuple[object, ...], said: str) -> None:
    from ipprules.planner import PlanLine, plan_listings

    with pytest.raises(TypeError, match=said):
        plan_listings([PlanLine(*line)], _account_plan())  # type: ignore[arg-type]


# ------------------------------------------------------------ counternotice/assess.py


def _notice() -> object:
    from ipprules.counternotice import read_counter_notice

    return read_counter_notice("examples/counter-notice-alibaba.toml")


def test_counter_notice_filed_before_its_complaint_is_refused() -> None:
    import datetime as dt

    import attrs

    from ipprules.counternotice import assess_counter_notice

    early = attrs.evolve(_notice(), filed_on=dt.date(2024, 6, 1))  # type: ignore[misc]
    with pytest.raises(InputError) as info:
        assess_counter_notice(early)
    assert info.value.path == "$.filed_on"
    assert "filed on 2024-06-01, before the complaint date 2024-06-10" in str(info.value)


def test_counter_notice_seller_violation_the_penalty_rules_refuse_is_placed() -> None:
    import attrs

    from ipprules.counternotice import (
        SellerFacts,
        SellerViolation,
        assess_counter_notice,
        read_counter_notice,
    )

    on_1688 = read_counter_notice("examples/counter-notice-1688.toml")  # counts violations
    bad = SellerViolation(date="2024-03-01", kind="general", counter_notice_accepted="2024-02-01")
    notice = attrs.evolve(on_1688, seller=SellerFacts(violations=(bad,)))
    with pytest.raises(InputError) as info:
        assess_counter_notice(notice)
    assert info.value.path == "$.seller.violations[0]"
    assert "a counter-notice cannot be accepted (2024-02-01) before the violation (2024-03-01)" in (
        str(info.value)
    )


# ------------------------------------------------------------ rulebook/validate.py

_BAD_BOOK = """name = "bad"

[[sources]]
id = "S"
title = "t"
kind = "user"

[[interpretations]]
id = "loop_a"
title = "a"
description = "a"
base = "loop_b"

[[interpretations]]
id = "loop_b"
title = "b"
description = "b"
base = "loop_a"

[[reason_codes]]
id = "r_no_targets"
label = "x"
description = "x"
ipr_type = "trademark"
platforms = ["taobao"]
targets = []
effective_from = 2020-01-06
trial_from = 2020-02-01
interpretation = "nope"
sources = ["S"]
confidence = "user"

[[reason_codes]]
id = " "
label = "x"
description = "x"
ipr_type = "trademark"
platforms = ["taobao"]
effective_from = 2020-01-06
sources = ["S"]
confidence = "user"

[[marketplaces]]
id = "m1"
name = "M"
files_as = "nowhere"
effective_from = 2020-01-06
sources = ["S"]
confidence = "user"

[[evidence_rules]]
id = "e1"
test = "bogus_test"
text = "t"
effective_from = 2020-01-06
sources = ["S"]
confidence = "user"

[[sources]]
id = "S"
title = "again"
kind = "user"

[[deadlines]]
id = "my_window"
kind = "deadline"
amount = 5
starts_at = "complaint_received"
who = "nobody"
description = "d"
effective_from = 2020-01-06
sources = ["S"]
confidence = "user"

[[good_faith]]
id = "gfx"
version = "x"
takedown_rate = { value = "0.9", comparison = ">" }
counter_notice_rate = { value = "0.05", comparison = "<" }
window_months = 0
declaration_required = true
lockout_removal_months = 3
lockout_withdrawal_months = 3
platforms = ["taobao"]
effective_from = 2020-01-06
sources = ["S"]
confidence = "user"

[[platforms]]
id = "newmarket"
name = "New Market"
group = "nope"
effective_from = 2020-01-06
sources = ["S"]
confidence = "user"
"""


def test_rule_book_override_problems_are_each_said_at_their_line(tmp_path: object) -> None:
    from pathlib import Path

    from ipprules.errors import RuleDataError
    from ipprules.rulebook import load_rulebook

    path = Path(str(tmp_path)) / "rules.toml"
    path.write_text(_BAD_BOOK, encoding="utf-8")
    with pytest.raises(RuleDataError) as info:
        load_rulebook(path)
    said = {(p.path, p.line, p.message.split(" (one of")[0]) for p in info.value.problems}
    assert said == {
        ("$.interpretations[0].base", 12, "interpretations form a cycle"),
        ("$.interpretations[1].base", 18, "interpretations form a cycle"),
        ("$.sources[1].id", 60, "duplicate source id 'S'"),
        ("$.marketplaces[0].files_as", 46, "unknown platform 'nowhere'"),
        ("$.evidence_rules[0].test", 53, "unknown test 'bogus_test'"),
        ("$.reason_codes[0].interpretation", 29, "unknown interpretation 'nope'"),
        ("$.reason_codes[0].trial_from", 28, "trial_from must be before effective_from"),
        ("$.reason_codes[0].targets", 26, "a reason code needs at least one target"),
        ("$.reason_codes[1].id", 34, "the id is empty"),
        ("$.deadlines[0].who", 69, "unknown actor 'nobody'"),
        ("$.deadlines[0].unit", 64, "a deadline with an amount needs a unit"),
        ("$.good_faith[0].window_months", 80, "the window must be at least one month"),
        ("$.platforms[0].group", 92, "unknown platform group 'nope'"),
    }


# ------------------------------------------------------------ lifecycle/deadlines.py


def test_deadlines_labelled_refuses_an_unknown_label() -> None:
    import datetime as dt

    from ipprules.lifecycle import deadlines_from

    found = deadlines_from("takedown", dt.date(2022, 1, 19), platform="aliexpress")
    assert found.labelled(notes=("n",)).notes == ("n",)
    with pytest.raises(TypeError, match=r"^Deadlines.labelled: unknown label\(s\) bogus, colour$"):
        found.labelled(colour=1, bogus=2)


# ------------------------------------------------------------ goodfaith/_commas.py


@pytest.mark.parametrize("text", ["sep=;\n", b"sep=;\n"])
def test_history_of_a_sep_line_alone_is_empty(text: str | bytes) -> None:
    stream = io.BytesIO(text) if isinstance(text, bytes) else io.StringIO(text)
    assert list(iter_history(stream, name="h.csv")) == []


# ------------------------------------------------------------ goodfaith/standing.py


@pytest.mark.parametrize("day", ["1899-12-31", "3000-01-01"])
def test_standing_as_of_outside_the_dates_a_history_holds_is_refused(day: str) -> None:
    import datetime as dt

    import ipprules

    empty = ipprules.History.from_records([])
    for given in (day, dt.date.fromisoformat(day)):
        with pytest.raises(InputError, match=f"the as-of date {day} is outside 1900-01-01"):
            ipprules.standing(empty, given)


# ------------------------------------------------------------ goodfaith/engine.py


def test_history_counts_equal_only_the_same_fold() -> None:
    import ipprules

    one = ipprules.History.from_file("examples/history.csv")
    again = ipprules.History.from_file("examples/history.csv")
    assert one.counts == again.counts
    assert one.counts != ipprules.History.from_records([]).counts
    assert one.counts.__eq__(5) is NotImplemented
    assert (one.counts == 5) is False


# ------------------------------------------------------------ listings/parser.py


def test_space_hint_gives_none_for_a_text_longer_than_any_link() -> None:
    from ipprules.listings.parser import space_hint

    cut = "https://item.taobao.com/item.htm?id= 701234567890"
    assert "https://item.taobao.com/item.htm?id=701234567890" in space_hint(cut)
    # the same cut link after 4,100 characters of share text: no typo to point at
    assert space_hint("x" * 4100 + " " + cut) == ""


def test_standing_names_ten_unknown_reason_codes_then_how_many_more() -> None:
    import ipprules

    rows = "".join(f"complaint,2023-01-{i + 1:02d},taobao,ZZ{i:02d},1,1\n" for i in range(11))
    text = "type,date,platform,reason_code,listings,taken_down\n" + rows
    history = ipprules.History.from_file(io.StringIO(text), name="h.csv")
    s = ipprules.standing(history, "2023-03-30", interpretation="official")  # per reason code
    (note,) = [n for n in s.notes if "not in the rule book" in n]
    assert note.startswith("11 complaint(s) in the window under reason codes not in the rule")
    assert "'ZZ09' (1), and 1 more; each is assessed as a reason code of its own" in note
    assert "ZZ10" not in note


def test_bare_cr_row_at_the_header_and_after_another_csv_error() -> None:
    from ipprules._files import OLD_MAC_LINES, bare_cr_row

    with pytest.raises(InputError) as info:
        bare_cr_row("url\rmore\nhttps://a\n", "u.csv")  # the header's line: an old Mac file
    assert (info.value.line, str(info.value)) == (1, f"u.csv:1: $: {OLD_MAC_LINES}")
    # a quote error comes first: the caller's reader says that one
    assert bare_cr_row('url\n"a"b\nhttps://a\rhttps://b\n', "u.csv") is None


@pytest.mark.parametrize("scheme", ["tp", "ps"])
def test_a_scheme_of_two_letters_is_not_taken_for_https_mistyped(scheme: str) -> None:
    from ipprules.listings import parse_listing

    rest = "://item.taobao.com/item.htm?id=606832683299"
    typo = parse_listing("htps" + rest)  # four letters: a typo of https, said so
    assert typo.suggestion == "https" + rest  # type: ignore[union-attr]
    short = parse_listing(scheme + rest)  # too little of a scheme to say it was one
    assert (short.code, short.suggestion) == ("scheme-not-allowed", None)  # type: ignore[union-attr]
    assert short.reason == f"scheme not allowed: {scheme}: links are not accepted"  # type: ignore[union-attr]


def test_lookalike_host_is_looked_for_in_the_first_four_lookalike_words_only() -> None:
    from ipprules.listings import parse_listing

    look = "\u0430liexpress.com/item/1005004878609097.html"  # a Cyrillic a first

    def text(before: int) -> str:
        return " ".join(f"\u0430bc{i}.xyz/p" for i in range(before)) + " " + look

    third = parse_listing(text(3))
    assert (third.code, third.reason) == (  # type: ignore[union-attr]
        "lookalike-host",
        "lookalike host: \u0430liexpress.com imitates aliexpress",
    )
    assert parse_listing(text(4)).code == "not-a-url"  # type: ignore[union-attr]


def test_taobao_mobile_shop_host_of_an_invalid_shop_id_suggests_no_storefront() -> None:
    from ipprules.listings import parse_listing

    good = parse_listing("https://shop115087494.m.taobao.com/?refer=x")
    assert good.suggestion == "https://shop115087494.taobao.com/"  # type: ignore[union-attr]
    bad = parse_listing("https://shop1.m.taobao.com/")  # no valid shop id: no storefront
    assert (bad.code, bad.suggestion) == ("not-a-listing", None)  # type: ignore[union-attr]
    assert bad.reason == (  # type: ignore[union-attr]
        "not a listing or storefront page: shop1.m.taobao.com/ is a Taobao shop's mobile host"
    )


def test_wide_digit_id_beside_an_escape_that_is_no_utf8_is_still_suggested() -> None:
    from ipprules.listings import parse_listing

    wide = "\uff16\uff10\uff16\uff18\uff13\uff12\uff16\uff18\uff13\uff12\uff19\uff19"
    found = parse_listing(f"https://item.taobao.com/item.htm?id={wide}&x=%FF")  # %FF kept
    assert found.code == "malformed-id"  # type: ignore[union-attr]
    assert found.suggestion == "https://item.taobao.com/item.htm?id=606832683299"  # type: ignore[union-attr]
