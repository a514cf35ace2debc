"""R68 (2015 trial from 2015-01-06, launch 2015-04-01): an ``admission`` event recorded before
the programme was open to the account is not counted. The standing's notes must say so
truthfully: not "the history holds no admission" (it holds one), and not "if the account was
in a trial, say so" to an account that said so.

``_not_admitted`` said the first and ``_early_admission`` said nothing for ``trial=True`` and
the second for ``trial=(2015,)`` (found by gfexam).
"""

from __future__ import annotations

import datetime as dt

import pytest

from ipprules.goodfaith import AccountEvent, Complaint, History, standing


def _history(admitted: str, filed: str) -> History:
    complaints = [
        Complaint(
            filed=filed, platform="taobao", reason_code="tm_counterfeit", listings=10, taken_down=10
        )
        for _ in range(5)
    ]
    events = [AccountEvent(date=dt.date(2000, 1, 3), kind="declaration")]
    events.append(AccountEvent(date=dt.date.fromisoformat(admitted), kind="admission"))
    return History.from_records([*events, *complaints])


def test_outside_the_trials_an_uncounted_admission_is_not_called_missing() -> None:
    s = standing(_history("2015-03-01", "2015-03-20"), "2015-04-01")
    assert s.qualifies and not s.member
    assert any("2015-03-01" in n and "not counted" in n for n in s.notes)
    assert not any("holds no admission" in n for n in s.notes), s.notes


@pytest.mark.parametrize("trial", [True, (2015,)])
def test_in_the_trial_an_admission_before_it_began_is_named(trial: object) -> None:
    s = standing(_history("2014-12-20", "2014-12-28"), "2015-01-06", trial=trial)  # type: ignore[arg-type]
    assert s.version == "2015" and s.qualifies and not s.member
    assert not any("holds no admission" in n for n in s.notes), s.notes
    assert not any("say so" in n for n in s.notes), s.notes  # it did say so
    assert any("2014-12-20" in n for n in s.notes), s.notes
