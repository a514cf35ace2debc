"""apifuzz14: hostile arguments to the API added or changed this session."""

from __future__ import annotations

import pytest

from ipprules.listings.bulk import dedupe, duplicate_groups, parse_listings, summarize


class _Unformattable:
    """An object whose text cannot be made."""

    def __format__(self, spec: str) -> str:
        raise RuntimeError("no format")

    def __repr__(self) -> str:
        raise RuntimeError("no repr")


_URL = "https://item.taobao.com/item.htm?id=606832683299"


def _outcomes() -> tuple[object, object, object]:
    """A listing, a rejection and a duplicate, as parse_listings and dedupe give them."""
    (_, listing), (_, rejection), (_, duplicate) = dedupe([_URL, "x", _URL])
    return listing, rejection, duplicate


@pytest.mark.parametrize("position", [-1, -(2**70), "0", None, True, 0.0])
@pytest.mark.parametrize("which", [1, 2])
def test_dedupe_refuses_a_bad_position_of_a_rejection_or_duplicate(
    position: object, which: int
) -> None:
    # dedupe checked the position of a listing only: (-1, rejection) and ("0", duplicate)
    # passed through, where duplicate_groups and summarize (and its docstring) refuse them
    listing, *others = _outcomes()
    pairs = [(0, listing), (position, others[which - 1])]
    for function in (duplicate_groups, summarize):
        with pytest.raises(TypeError, match=r"\(item 1\)"):
            function(pairs)
    with pytest.raises(TypeError, match=r"dedupe\(\): every item of results .*\(item 1\)"):
        list(dedupe(pairs))


def test_dedupe_refuses_a_listing_in_a_list_after_a_pair() -> None:
    # [1, listing] after a tuple was read as a pair (a rejection in a list was refused)
    listing, _, _ = _outcomes()
    with pytest.raises(TypeError, match=r"\(item 1\)"):
        list(dedupe([(0, listing), [1, listing]]))


def test_dedupe_still_passes_good_pairs_unchanged() -> None:
    pairs = list(parse_listings([_URL, "x", _URL]))
    out = list(dedupe(pairs))
    assert out[:2] == pairs[:2]
    assert type(out[2][1]).__name__ == "Duplicate"
    assert list(dedupe(out)) == out


def test_trial_takes_numpy_bool_as_member_does() -> None:
    # trial=numpy.True_ (a pandas column's flag) was refused as "must be a bool ..., not
    # bool", where member= and use_derived= take it as the bool it is
    import numpy as np

    import ipprules

    def advise(**flags: object) -> list[str]:
        advice = ipprules.advise(
            "trademark", "taobao", facts=["counterfeit_product"], as_of="2026-11-23", **flags
        )
        return [s.code for s in advice.admissible]

    assert advise(member=np.True_, trial=np.True_) == advise(member=True, trial=True)
    assert advise(trial=np.False_) == advise(trial=False)


@pytest.mark.parametrize(
    "words",
    [
        {"kind": 10**5000},
        {"note": 10**5000},
        {"suggestion": 10**5000},
        {"kind": _Unformattable()},
        {"note": _Unformattable()},
        {"suggestion": _Unformattable()},
    ],
)
def test_unknown_name_error_refuses_words_that_are_no_text(words: dict[str, object]) -> None:
    # an int of 5,000 digits let int-to-text's ValueError escape while the message was
    # written, an object whose format raises its own error
    from ipprules.errors import UnknownNameError

    kw: dict[str, object] = {"kind": "fact", "name": "x", **words}
    with pytest.raises(TypeError, match=rf"{next(iter(words))} must be a str"):
        UnknownNameError(**kw)  # type: ignore[arg-type]
    # a note or a suggestion of None is as none given
    field = next(iter(words))
    kw[field] = "fact" if field == "kind" else None
    assert str(UnknownNameError(**kw)).startswith("unknown fact 'x'")  # type: ignore[arg-type]


def test_unknown_name_error_reads_known_bounded() -> None:
    # known=itertools.count() was read until memory ran out
    import itertools

    from ipprules.errors import InputError, UnknownNameError

    with pytest.raises(InputError, match="known: more than"):
        UnknownNameError("fact", "x", itertools.count())  # type: ignore[arg-type]
    assert UnknownNameError("fact", "countrfeit", iter(["counterfeit"])).suggestion == (
        "counterfeit"
    )
