"""left41: small leftovers of the last sweeps (a wrong Python type given a name lookup, ...)."""

from __future__ import annotations

import contextlib
import datetime as dt
import errno
import io
import sys
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from ipprules import check, default_rulebook, read_plan
from ipprules.cli import main
from ipprules.counternotice import explain as cn_explain
from ipprules.errors import UnknownNameError
from ipprules.goodfaith import AccountEvent, EventKind, History, standing
from ipprules.lifecycle import lifecycle_report, parse_event, parse_state
from ipprules.listings.forms import form_named
from ipprules.schemas import path as schema_path
from ipprules.schemas import schema, schema_text

_BOOK = default_rulebook()
_RULES = _BOOK.as_of("2024-01-01")

#: Public name lookups: a wrong Python type is a TypeError (docs/errors.md), a str that names
#: nothing an UnknownNameError.
LOOKUPS: list[tuple[str, Callable[[Any], object]]] = [
    ("parse_event", parse_event),
    ("parse_state", parse_state),
    ("lifecycle_report", lambda v: lifecycle_report([v])),
    ("form_named", form_named),
    ("counternotice.explain", cn_explain),
    ("schemas.schema", schema),
    ("schemas.schema_text", schema_text),
    ("schemas.path", schema_path),
    ("RuleBook.source", _BOOK.source),
    ("RuleBook.records", _BOOK.records),
    ("RuleBook.change_dates", _BOOK.change_dates),
    ("ResolvedRules.section", _RULES.section),
    ("ResolvedRules.default_metric", _RULES.default_metric),
]


#: Each lookup with each wrong type (``change_dates(None)`` means every section: not wrong).
WRONG_TYPES = [
    pytest.param(lookup, value, id=f"{name}-{type(value).__name__}")
    for name, lookup in LOOKUPS
    for value in (3, None, b"x")
    if not (value is None and name == "RuleBook.change_dates")
]


@pytest.mark.parametrize(("lookup", "value"), WRONG_TYPES)
def test_a_wrong_type_given_a_name_lookup_is_a_type_error(
    lookup: Callable[[Any], object], value: object
) -> None:
    with pytest.raises(TypeError, match=type(value).__name__) as info:
        lookup(value)
    assert not isinstance(info.value, UnknownNameError)


@pytest.mark.parametrize(("name", "lookup"), LOOKUPS, ids=[n for n, _ in LOOKUPS])
def test_an_unknown_name_is_still_an_unknown_name(
    name: str, lookup: Callable[[Any], object]
) -> None:
    with pytest.raises(UnknownNameError):
        lookup("no-such-name")


# -- 2. a note only where another reading answers differently ------------------------------

_LINKS = ", ".join(f'"https://item.taobao.com/item.htm?id=6068326833{n:02d}"' for n in range(11))

#: newuser7's case: a registered account on the stand-alone form, 11 listings. The brief and
#: official give the same two errors; only official's rest on a third-party copy (its mark).
_STANDALONE_PLAN = f"""
[account]
name = "Acme"
location = "elsewhere"
identity = "enterprise"
category = "right_holder"
registered = true
documents = [{{ kind = "business_registration", name = "Acme", language = "en" }}]

[[rights]]
id = "tm1"
ipr_type = "trademark"
name = "ACME"
place = "CN"
number = "123"
registration_date = 2020-02-29
expiry_date = 2030-02-28
classes = [9]
registrant = "Acme"
documents = [{{ kind = "trademark_certificate", colour = true, language = "zh" }}]

[[complaints]]
id = "c1"
platform = "taobao"
right = "tm1"
reason = "tm_counterfeit"
target = "listing"
channel = "standalone_form"
supplement = "fakes"
listings = [{_LINKS}]
"""


@pytest.mark.parametrize("interpretation", ["brief", "official"])
def test_a_finding_only_a_weaker_source_tells_apart_differs_under_no_reading(
    tmp_path: Path, interpretation: str
) -> None:
    plan_file = tmp_path / "plan.toml"
    plan_file.write_text(_STANDALONE_PLAN, encoding="utf-8")
    report = check(read_plan(plan_file), as_of="2026-11-23", interpretation=interpretation)
    codes = {f.code: f for f in report.findings}
    for code in ("channel-registered-account", "listings-too-many"):
        assert codes[code].other_readings == (), codes[code]
        # the mark stays where the reading rests on a weaker source
        assert bool(codes[code].confidence_mark) is (interpretation == "official")
    assert "other-reading-finding" not in codes


# -- 3. an admission during a lock-out cites the criteria in force when the lock-out began ---

_D = dt.date


@pytest.mark.parametrize(
    ("lock", "locked_on", "admitted", "cited", "version"),
    [
        # 2015: an abuse finding excludes a member for six months (R69, R82)
        (EventKind.ABUSE, _D(2016, 3, 1), _D(2016, 5, 1), "R69, R82", "2015"),
        (EventKind.REMOVAL, _D(2016, 3, 1), _D(2016, 5, 1), "R69, R82", "2015"),
        # begun under 2015's six months, readmitted under 2018's criteria: 2015's rules
        (EventKind.REMOVAL, _D(2018, 6, 1), _D(2018, 9, 1), "R69, R82", "2015"),
        # from 2018: three months after a removal or a withdrawal (R72, R73)
        (EventKind.WITHDRAWAL, _D(2023, 2, 1), _D(2023, 3, 1), "R72, R73", "2022"),
    ],
)
def test_an_admission_during_a_lock_out_cites_the_rules_it_began_under(
    lock: EventKind, locked_on: dt.date, admitted: dt.date, cited: str, version: str
) -> None:
    first = _D(locked_on.year - 1, 6, 1)
    history = History.from_records(
        [
            AccountEvent(date=first, kind=EventKind.DECLARATION),
            AccountEvent(date=first + dt.timedelta(days=30), kind=EventKind.ADMISSION),
            AccountEvent(date=locked_on, kind=lock),
            AccountEvent(date=admitted, kind=EventKind.ADMISSION),
        ]
    )
    s = standing(history, admitted + dt.timedelta(days=30))
    assert s.member and s.member_since == admitted
    (note,) = [n for n in s.notes if "during a lock-out" in n]
    assert f"({cited} of the {version} criteria in force when it began:" in note


# -- 5. the CLI says 'cannot write' where it writes ----------------------------------------

_HISTORY = (
    "type,date,id,platform,reason_code,listings,taken_down,rejected\n"
    "declaration,2024-01-02,,,,,,\n"
    "complaint,2024-05-01,K1,taobao,tm_counterfeit,10,10,0\n"
)


@pytest.mark.parametrize("fault", ["a folder at its name", "a full disk"])
def test_a_copy_of_stdin_that_cannot_be_written_is_said_so(
    fault: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    """``good-faith - --what-if BATCH.csv`` copies stdin to a temporary file: an error writing
    it is 'cannot write the file', not 'cannot read the file'."""
    batch = tmp_path / "batch.csv"
    batch.write_text(_HISTORY.replace("K1", "N1").replace("2024-05-01", "2024-06-01"))
    folder = tmp_path / "tmp"
    (folder / "stdin").mkdir(parents=True)  # a folder where the copy goes
    if fault == "a full disk":
        (folder / "stdin").rmdir()

        class Full(io.RawIOBase):
            def writable(self) -> bool:
                return True

            def write(self, data: object) -> int:
                raise OSError(errno.ENOSPC, "No space left on device")  # no file named

        opened = Path.open

        def path_open(self: Path, *args: Any, **kwargs: Any) -> Any:
            return Full() if self == folder / "stdin" else opened(self, *args, **kwargs)

        monkeypatch.setattr(Path, "open", path_open)

    @contextlib.contextmanager
    def temporary(**_: object) -> Iterator[str]:
        yield str(folder)

    monkeypatch.setattr(tempfile, "TemporaryDirectory", temporary)
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(_HISTORY.encode())))
    capsys.readouterr()
    code = main(["good-faith", "--as-of", "2024-06-30", "--what-if", str(batch), "-"])
    err = capsys.readouterr().err
    assert code == 2
    assert f"{folder / 'stdin'}: cannot write the file: " in err, err
