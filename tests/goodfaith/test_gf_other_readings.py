"""Other readings on Good Faith criteria: consistent with the standing under each reading."""

from __future__ import annotations

import datetime as dt
import io
import json
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from ipprules.cli import main
from ipprules.goodfaith import AccountEvent, Complaint, EventKind, History, Standing, standing
from ipprules.rulebook import default_rulebook

ROOT = Path(__file__).parents[2]
EXAMPLE = str(ROOT / "examples" / "history.csv")
NAMES = default_rulebook().interpretations
START = dt.date(2021, 10, 1)

complaints = st.builds(
    lambda day, code, td, rj, ri: Complaint(
        filed=START + dt.timedelta(days=day),
        platform="taobao",
        reason_code=code,
        listings=td + rj + (td + rj == 0),
        taken_down=td,
        rejected=rj + (td + rj == 0),
        reinstated=min(ri, td),
    ),
    st.integers(0, 400),
    st.sampled_from(["a", "b"]),
    st.integers(0, 60),
    st.integers(0, 12),
    st.integers(0, 4),
)
events = st.builds(
    lambda day, kind: AccountEvent(date=START + dt.timedelta(days=day), kind=kind),
    st.integers(0, 400),
    st.sampled_from([EventKind.DECLARATION, EventKind.ABUSE, EventKind.ADMISSION]),
)


def criteria(s: Standing) -> dict[tuple[str, str | None], tuple[object, ...]]:
    found = [*s.criteria, *(c for r in s.reason_codes for c in r.criteria)]
    return {(c.name, c.reason_code): (c.met, c.needed) for c in found}


@settings(max_examples=60, deadline=None)
@given(
    records=st.lists(st.one_of(complaints, complaints, complaints, events), max_size=40),
    offset=st.integers(0, 450),
    chosen=st.sampled_from(NAMES),
)
def test_other_readings_name_exactly_the_readings_that_differ(
    records: list[Complaint | AccountEvent], offset: int, chosen: str
) -> None:
    history = History.from_records(records)
    day = START + dt.timedelta(days=offset)
    mine = standing(history, day, interpretation=chosen)
    under = {n: standing(history, day, interpretation=n) for n in NAMES if n != chosen}
    for c in [*mine.criteria, *(c for r in mine.reason_codes for c in r.criteria)]:
        key = (c.name, c.reason_code)
        differing = tuple(n for n, s in under.items() if criteria(s).get(key) != (c.met, c.needed))
        assert c.other_readings == differing, key
    membership = (mine.qualifies, mine.member, mine.member_since, mine.locked_until)
    assert mine.other_readings == tuple(
        n
        for n, s in under.items()
        if (s.qualifies, s.member, s.member_since, s.locked_until) != membership
    )


def test_b22_declaration_versus_automatic_admission() -> None:
    """No declaration: the brief (B22) does not qualify, the official wording (R70/R74) does."""
    history = History.from_records(
        Complaint(
            filed=dt.date(2023, 1, 2) + dt.timedelta(days=i // 3),
            platform="tmall",
            reason_code="tm_counterfeit",
            listings=10,
            taken_down=10,
        )
        for i in range(300)
    )
    brief = standing(history, dt.date(2023, 3, 31))
    assert not brief.qualifies
    assert brief.criterion("declaration").other_readings == ("official",)
    assert brief.criterion("volume").other_readings == ("official",)
    assert brief.other_readings == ("official",)
    official = standing(history, dt.date(2023, 3, 31), interpretation="official")
    assert official.qualifies and official.member


def test_shown_in_text_json_and_html(capsys: object) -> None:
    s = standing(History.from_file(EXAMPLE), dt.date(2023, 3, 31))
    assert s.criterion("takedown_rate").other_readings == ("official",)
    assert s.criterion("counter_notice_rate").other_readings == ()
    assert "differs under" in s._repr_html_() and "<td>official</td>" in s._repr_html_()
    assert s.to_records()[0]["other_readings"] == ["official"]
    assert main(["good-faith", EXAMPLE, "--as-of", "2023-03-31"]) == 1
    text = capsys.readouterr().out  # type: ignore[attr-defined]
    # 3,514 listings taken down, 20 of them reinstated (B16: unsuccessful)
    assert "takedown_rate        87.789% (3494/3980) > 90.0%; needs 881 more" in text
    assert "[differs under: official]" in text
    assert main(["good-faith", EXAMPLE, "--as-of", "2023-03-31", "--format", "json"]) == 1
    data = json.loads(capsys.readouterr().out)  # type: ignore[attr-defined]
    overall = {c["name"]: c["other_readings"] for c in data["criteria"]}
    assert overall["takedown_rate"] == ["official"] and overall["no_abuse"] == []


def test_a_book_with_one_interpretation_has_none() -> None:
    history = History.from_file(io.StringIO("type,date\ndeclaration,2023-01-02\n"))
    s = standing(history, dt.date(2023, 3, 31), book=_single_reading_book())
    assert s.other_readings == () and all(not c.other_readings for c in s.criteria)


def _single_reading_book() -> object:
    book = default_rulebook()

    class One:
        interpretations = ("brief",)

        def as_of(self, day: dt.date, interpretation: str | None = None, *, trial: bool = False):  # type: ignore[no-untyped-def]
            return book.as_of(day, interpretation, trial=trial)

        def change_dates(self, section: str | None = None) -> tuple[dt.date, ...]:
            return book.change_dates(section)

    return One()
