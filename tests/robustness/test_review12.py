"""review12: what argparse itself prints of an argument holds no raw control character."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ipprules.cli import main

#: the characters every argument's value is refused for (hostile12): C0 and C1 controls, DEL,
#: the line and paragraph separators and the bidirectional embeddings, overrides, isolates
CONTROLS = [chr(c) for c in (*range(0x20), *range(0x7F, 0xA0))] + [
    "\u061c",
    "\u200e",
    "\u200f",
    "\u2028",
    "\u2029",
    *map(chr, range(0x202A, 0x202F)),
    *map(chr, range(0x2066, 0x206A)),
]


@settings(max_examples=60, deadline=None, suppress_health_check=list(HealthCheck))
@given(control=st.sampled_from(CONTROLS), shape=st.sampled_from(["--bo{}gus", "extra{}", "{}"]))
def test_an_unrecognized_argument_is_shown_escaped(
    control: str, shape: str, capsys: pytest.CaptureFixture[str]
) -> None:
    """``ipprules listings FILE --bo<ESC>[31mgus``: the error line showed the ESC raw (it
    coloured the terminal); each control is now shown as its escape, on the one line."""
    with pytest.raises(SystemExit) as raised:
        main(["listings", "urls.txt", shape.format(control)])
    assert raised.value.code == 2
    err = capsys.readouterr().err
    assert err.startswith("ipprules listings: error: unrecognized arguments:")
    assert err.endswith("\n") and err.count("\n") == 1, err
    shown = err[:-1]
    assert not any(c in shown for c in CONTROLS), repr(shown)
    if not control.isspace():  # white space is folded to one space, as before
        assert repr(control)[1:-1] in shown, repr(shown)


def test_the_new_events_report_takes_no_deprecated_keyword() -> None:
    """``ComplaintEvents.report`` is new (review12): it takes ``rulebook=`` only, with no
    deprecated ``rules=`` alias to keep."""
    from ipprules import default_rulebook
    from ipprules.lifecycle import read_events

    events = read_events("examples/lifecycle-counter-notice.json")
    assert events.report(rulebook=default_rulebook()) == events.report()
    with pytest.raises(TypeError, match="rules"):
        events.report(rules=default_rulebook())  # type: ignore[call-arg]


def test_a_rule_book_by_position_and_by_its_old_name_is_refused_without_a_warning() -> None:
    """review12 L1: ``deadline_for("x", day, book, rules=book)`` warned that ``rules=`` is
    deprecated, then failed with Python's "multiple values" TypeError; it is now the alias's own
    TypeError, before any warning."""
    import datetime as dt
    import warnings

    from ipprules import default_rulebook
    from ipprules.lifecycle import deadline_for

    book = default_rulebook()
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        with pytest.raises(TypeError, match="rulebook= and its old name rules="):
            deadline_for("counter_notice_round_1", dt.date(2024, 1, 2), book, rules=book)
