"""The Dask path against the one-machine functions on cases the other scale tests do not try
(#13, the diffscale hunt).

What a worker raises crosses the process boundary as the same error (type, message,
attributes), so a run on Dask's process pool fails as the same call on one machine does:
``standings(..., interpretation="nope")`` on ``scheduler="processes"`` (spawned workers, the
default) raised a ``TypeError`` about ``UnknownNameError.__init__``'s arguments. (Dask's
process pool pickles the errors with tblib, which only takes over for the classes imported
before it: the order of imports decides, so this is tested on pickle itself.)"""

from __future__ import annotations

import pickle
from typing import Any

import cloudpickle
import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from ipprules import default_rulebook
from ipprules.checks import CheckFailed, read_plan, validate
from ipprules.errors import (
    InputError,
    IpprulesError,
    MissingExtra,
    Problem,
    RuleDataError,
    UnknownNameError,
)
from ipprules.lifecycle import State, step

FEW = settings(max_examples=15, deadline=None, suppress_health_check=list(HealthCheck))

texts = st.text(max_size=30)


def _caught(call: Any) -> IpprulesError:
    with pytest.raises(IpprulesError) as caught:
        call()
    return caught.value


@st.composite
def errors(draw: st.DrawFn) -> IpprulesError:
    """An error of every class of ours, made as the library makes it."""
    kind = draw(st.sampled_from(["plain", "input", "rules", "coverage", "name", "extra",
                                 "transition", "check"]))  # fmt: skip
    if kind == "plain":
        return IpprulesError(draw(texts))
    if kind in ("input", "rules"):
        problems = draw(
            st.lists(
                st.builds(Problem, texts, st.just("$.x"), st.none() | texts,
                          st.none() | st.integers(1, 9), st.none() | st.integers(1, 9)),
                max_size=3,
            )
        )  # fmt: skip
        made = InputError if kind == "input" else RuleDataError
        return made(draw(texts), problems=problems)
    if kind == "coverage":
        return _caught(lambda: default_rulebook().as_of("2001-01-01"))
    if kind == "name":
        known = draw(st.lists(texts, max_size=4))
        return UnknownNameError(draw(texts), draw(texts), known, note=draw(texts),
                                nearest=draw(st.booleans()))  # fmt: skip
    if kind == "extra":
        return MissingExtra(draw(texts), draw(texts))
    if kind == "transition":
        return _caught(lambda: step(State.TAKEN_DOWN, "takedown"))
    return _caught(lambda: validate(read_plan("examples/plan.toml"), as_of="2026-11-23"))


@FEW
@given(errors())
@example(UnknownNameError("interpretation", "nope", ["brief", "official"]))
@example(_caught(lambda: step(State.TAKEN_DOWN, "takedown")))
@example(_caught(lambda: validate(read_plan("examples/plan.toml"), as_of="2026-11-23")))
def test_every_error_of_ours_round_trips_through_pickle(error: IpprulesError) -> None:
    """An error a worker raises is pickled to the client: it comes back of its class, with
    its message and attributes (an ``UnknownNameError``, an ``IllegalTransition`` and a
    ``CheckFailed`` did not come back at all: their ``__init__`` was called again with the
    message alone, a ``TypeError``)."""
    for dumps in (pickle.dumps, cloudpickle.dumps):
        back = pickle.loads(dumps(error))
        assert type(back) is type(error)
        assert str(back) == str(error) and back.args == error.args
        if isinstance(error, CheckFailed):  # a Report compares by its findings
            assert back.report.findings == error.report.findings
            assert set(vars(back)) == set(vars(error))
        else:
            assert vars(back) == vars(error)
