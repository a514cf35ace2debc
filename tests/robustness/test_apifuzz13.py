"""apifuzz13: hostile arguments to the API added or changed this session (placed_findings,
reading_limits(max_items=...), ...): only TypeError or the library's own errors, in bounded
time, and no silent wrong answer."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

import ipprules
from ipprules._convert import item_cap
from ipprules._files import byte_cap
from ipprules.checks import placed_findings
from ipprules.errors import InputError

ROOT = Path(__file__).resolve().parents[2]
PLAN = ROOT / "examples" / "plan.toml"


@pytest.fixture(scope="module")
def report() -> ipprules.checks.Report:
    return ipprules.check(ipprules.read_plan(PLAN), as_of="2026-11-23")


def test_reading_limits_max_items_inside_a_byte_cap_keeps_the_byte_cap() -> None:
    # The inner block gave no max_bytes: it set the byte cap back to the 64 MiB default.
    with ipprules.reading_limits(max_bytes=10), ipprules.reading_limits(max_items=3):
        assert (byte_cap(), item_cap()) == (10, 3)
        with pytest.raises(InputError, match="larger than 10 bytes"):
            ipprules.read_plan(PLAN)
    with ipprules.reading_limits(max_items=3), ipprules.reading_limits(max_bytes=10**6):
        assert (byte_cap(), item_cap()) == (10**6, 3)
    assert item_cap() == 100_000


def test_reading_limits_max_items_of_thousands_of_digits_is_an_input_error() -> None:
    # f"{items:,}" of an int over 4,300 digits raised ValueError.
    limits = ipprules.reading_limits(max_items=10**5000)
    with pytest.raises(InputError, match="an int of 5,001 digits"):
        limits.__enter__()


def test_placed_findings_of_a_closed_stream_is_an_input_error(report) -> None:
    stream = io.BytesIO(PLAN.read_bytes())
    stream.close()
    with pytest.raises(InputError, match="the stream is closed"):  # was ValueError
        placed_findings(report, stream)


def test_placed_findings_of_another_plans_file_is_refused(report) -> None:
    # Another file's paths were 'placed' at its line 1 (the nearest value enclosing them).
    with pytest.raises(InputError, match="not the plan the report checked"):
        placed_findings(report, ROOT / "examples" / "lifecycle-counter-notice.json")
    other = io.BytesIO(b'{"complaints": [{"id": "elsewhere"}]}')
    with pytest.raises(InputError, match="holds no complaint 'tb-counterfeit'"):
        placed_findings(report, other)
    # the plan's own bytes, a stream left at its end by read_plan, are placed
    stream = io.BytesIO(PLAN.read_bytes())
    ipprules.read_plan(stream)
    lines = [(f["path"], f["line"]) for f in placed_findings(report, stream)]
    assert lines == [(f["path"], f["line"]) for f in placed_findings(report, PLAN)]
    assert lines[0] == ("$.complaints[2].evidence", 107)


@pytest.mark.parametrize("bad", ["2026-13-01", "3000-01-01", ""])
def test_a_bad_day_given_to_rulebook_as_of_and_timeline_is_an_argument_error(bad) -> None:
    # as_date(day, "day") named no parameter: a plain InputError at $, as a file's value is.
    book = ipprules.default_rulebook()
    with pytest.raises(ipprules.ArgumentError, match="argument day: ") as caught:
        book.as_of(bad)
    assert caught.value.argument == "day"
    history = ipprules.History.from_file(ROOT / "examples" / "history.csv")
    days = ipprules.timeline(history, "2025-01-01", "2025-01-03")
    with pytest.raises(ipprules.ArgumentError, match="argument day: "):
        days[bad]


@pytest.mark.parametrize("version", ["２０２６.１１.２３", "٢٠٢٦.١١.٢٣", "2026-١١-23"])
def test_a_version_of_other_digits_names_no_date(version) -> None:
    # \d matched any Unicode digit: a version in full-width or Arabic-Indic digits was read as
    # 2026-11-23, where every date the library reads is in ASCII digits (iso_date).
    from ipprules._dates import iso_date, rulebook_keys, version_date

    assert iso_date(version.replace(".", "-")) is None
    assert version_date(version) is None
    assert rulebook_keys(version)["rulebook_date"] is None


URL = "https://item.taobao.com/item.htm?id=606832683299\n"


@pytest.mark.parametrize(
    "make", [lambda: io.BytesIO(URL.encode()), lambda: io.StringIO(URL)], ids=["bytes", "text"]
)
def test_a_stream_seeked_past_its_end_is_refused_not_read_as_empty(make) -> None:
    # Only a stream left exactly at its end was refused: one seeked past it gave [] in silence.
    from ipprules.errors import StreamConsumedError

    plan = ipprules.read_plan(ROOT / "examples" / "planner-account.toml")
    calls = [
        lambda s: list(ipprules.parse_listings(s)),
        lambda s: list(ipprules.dedupe(s)),
        lambda s: ipprules.plan_listings(s, plan, as_of="2026-11-23"),
    ]
    for call in calls:
        stream = make()
        stream.seek(500)
        with pytest.raises(StreamConsumedError, match="seek\\(0\\)"):
            call(stream)
    stream = make()
    stream.seek(500)
    with pytest.raises(ipprules.RuleDataError, match="read to its end"):  # was 'file is empty'
        ipprules.load_rulebook(stream)


def test_a_text_file_read_part_way_is_read_on_from_there() -> None:
    # A TextIOWrapper's tell() is a cookie, no offset: one part-way through is never refused.
    raw = io.BytesIO(("链接：" + URL).encode() * 2)
    stream = io.TextIOWrapper(raw, encoding="utf-8")
    stream.readline()
    assert [type(r).__name__ for _, r in ipprules.parse_listings(stream)] == ["Listing"]


def test_a_duplicate_of_a_position_of_thousands_of_digits_shows_itself() -> None:
    # dedupe takes any int position; repr() and the notebook table of its Duplicate raised
    # ValueError (the text of an int over 4,300 digits).
    listing = ipprules.parse_listing(URL.strip())
    huge = 10**5000
    _, (_, duplicate) = ipprules.dedupe([(huge, listing), (huge + 1, listing)])
    assert duplicate.first == huge
    assert "first=an int of 5,001 digits" in repr(duplicate)
    assert "an int of 5,001 digits" in duplicate._repr_html_()


class _Hostile(str):
    def __len__(self) -> int:
        raise RuntimeError("len")

    def __format__(self, spec: str) -> str:
        raise RuntimeError("format")


def test_unknown_name_error_of_hostile_arguments() -> None:
    from ipprules import UnknownNameError

    # a note of a str subclass: its own __len__ (the `if note`) raised RuntimeError
    error = UnknownNameError("platform", "taobo", ["taobao"], note=_Hostile("n"), note_first=True)
    assert str(error).startswith("n; unknown platform 'taobo' on that date")
    assert type(error.note) is str
    # a str as known was read as its characters: "known: t, a, o, b, a, o"
    with pytest.raises(TypeError, match="known must be a sequence of names, got str"):
        UnknownNameError("platform", "tmall", "taobao")
    # a known name that is no str: AttributeError ('int' object has no attribute 'lower')
    with pytest.raises(TypeError):
        UnknownNameError("platform", "taobo", [5, "taobao"])


STORE = "https://uniqlo.tmall.com"


@pytest.mark.parametrize(
    "text",
    [
        f"[{URL.strip()}]: https://evil.cn",
        f"[{STORE}]: https://evil.cn",
        f"x\n  [{STORE}]: <https://evil.cn/x>",
        f"[{URL.strip()}][1]\n[1]: https://evil.cn",
        f"[{URL.strip()}][]\n\n[{URL.strip()}]: https://evil.cn",
    ],
)
def test_a_bare_link_as_a_reference_links_text_or_label_leads_where_it_does(text) -> None:
    # Only a link with a note after it ([https://… (x)]: …) was taken for a definition's
    # label or a reference link's text: [https://uniqlo.tmall.com]: https://evil.cn (a
    # definition, shown as nothing) was read as the store by every engine and extract_urls.
    from ipprules.listings import Listing
    from ipprules.listings.parser import parse_slowly

    read = ipprules.parse_listing(text)
    [(_, bulk)] = list(ipprules.parse_listings([text]))
    assert parse_slowly(text).as_dict() == bulk.as_dict() == read.as_dict()
    assert not isinstance(read, Listing), read
    assert not any(
        isinstance(ipprules.parse_listing(u), Listing) for u in ipprules.extract_urls(text)
    )


def test_a_bare_link_shown_where_its_reference_leads_or_mid_line_is_read() -> None:
    assert ipprules.parse_listing(f"[{STORE}][1]\n[1]: {STORE}/").identity == "tmall-store:uniqlo"
    line = f"a [{STORE}]: x"  # not at its line's start: no definition
    assert ipprules.extract_urls(line) == [STORE]


def test_a_long_line_of_labels_is_not_searched_back_for_its_start(monkeypatch) -> None:
    # Each '[link]: ' looked back for its line's start (rfind of a newline from the start of
    # the text): a line of N such labels scanned O(N * len) characters. The definitions are
    # now found in one scan of the text (lookalike14), however many labels it holds, and no
    # label looks back for its line.
    from ipprules.listings import text as text_module

    scans: list[int] = []
    real = text_module._DEFINITION

    class Recording:
        def match(self, listed: str, pos: int = 0):
            raise AssertionError("a label looked for its definition from its line's start")

        def finditer(self, listed: str):
            scans.append(len(listed))
            return real.finditer(listed)

    monkeypatch.setattr(text_module, "_DEFINITION", Recording())
    text_module._definitions.cache_clear()
    line = f"[{STORE} (x)]: " * 300
    assert len(ipprules.extract_urls(line)) == 299  # the first is the line's definition label
    assert len(scans) <= 2, scans  # one scan of the text (at most one per engine pass)
