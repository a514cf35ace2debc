"""Sweep hostile17: a purchase or authorisation given twice in a counter-notice."""

from __future__ import annotations

import json
from datetime import timedelta
from pathlib import Path

import attrs
import pytest

import ipprules
from ipprules.cli import main
from ipprules.counternotice import read_counter_notice
from ipprules.errors import InputError

EXAMPLE = Path(__file__).resolve().parents[2] / "examples" / "counter-notice-alibaba.toml"


def _as_json(tmp_path: Path, key: str) -> tuple[Path, str]:
    """The example as JSON with the first item of ``key`` listed again at the end."""
    import tomllib

    data = tomllib.loads(EXAMPLE.read_text(encoding="utf-8"))
    data[key].append(dict(data[key][0]))
    path = tmp_path / "cn.json"
    path.write_text(json.dumps(data, default=str, indent=1), encoding="utf-8")
    return path, data[key][0]["id"]


@pytest.mark.parametrize("key", ["purchases", "authorisations"])
def test_a_document_listed_twice_is_refused_at_its_place(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], key: str
) -> None:
    """The example's invoice (12 pieces) listed twice made 24 pieces: R63's "more than 20"
    passed (the error cn-purchase-quantity-low was gone), without a word. A seller violation
    given twice is refused ('one case listed twice'); a purchase or a letter now is too."""
    path, given = _as_json(tmp_path, key)
    last = len(json.loads(path.read_text(encoding="utf-8"))[key]) - 1
    first, repeat = (
        n for n, text in enumerate(path.read_text().splitlines(), 1) if f'"id": "{given}"' in text
    )
    with pytest.raises(InputError) as info:
        read_counter_notice(path)
    message = f"$.{key}[{last}].id: id {given!r} repeats $.{key}[0] field for field: one document listed twice"
    assert message in str(info.value)
    assert str(info.value).startswith(str(path) + ":")
    assert main(["counter-notice", str(path)]) == 2
    err = capsys.readouterr().err
    assert message in err
    assert err.startswith(f"ipprules: error: {path}:{repeat}:")  # the repeat's line
    assert first < repeat


def test_assess_refuses_a_purchase_given_twice_in_python() -> None:
    notice = read_counter_notice(EXAMPLE)
    doubled = attrs.evolve(notice, purchases=(*notice.purchases, notice.purchases[0]))
    with pytest.raises(InputError, match=r"\$\.purchases\[3\]\.id: id 'INV-2024-031' repeats"):
        ipprules.assess_counter_notice(doubled)


def test_two_documents_that_share_a_number_are_two_documents() -> None:
    """Two suppliers' invoices both numbered like the example's first, or a renewed letter
    that kept its number: the same id, another date, is another document (counted as one
    each), not a listing twice (review18)."""
    notice = read_counter_notice(EXAMPLE)
    first = notice.purchases[0]
    other = attrs.evolve(first, date=first.date - timedelta(days=30))
    both = attrs.evolve(notice, purchases=(*notice.purchases, other))
    assessment = ipprules.assess_counter_notice(both)
    alone = ipprules.assess_counter_notice(notice)
    assert "cn-purchase-quantity-low" in alone.codes  # the example's 12 pieces: not more than 20
    assert "cn-purchase-quantity-low" not in assessment.codes  # 12 + 12 pieces, two invoices
    letter = notice.authorisations[0]
    renewed = attrs.evolve(letter, valid_from=letter.valid_from + timedelta(days=1))
    two_letters = ipprules.assess_counter_notice(
        attrs.evolve(notice, authorisations=(letter, renewed))
    )
    assert two_letters.codes == alone.codes  # read as two letters, the first already covering


def test_distinct_and_blank_ids_are_taken() -> None:
    notice = read_counter_notice(EXAMPLE)
    blank = [attrs.evolve(p, id=" ") for p in notice.purchases[:2]]
    assessment = ipprules.assess_counter_notice(attrs.evolve(notice, purchases=blank))
    assert "cn-purchase-quantity-low" in assessment.codes
    assert (
        ipprules.assess_counter_notice(notice).codes
        == ipprules.assess_counter_notice(read_counter_notice(EXAMPLE)).codes
    )


def test_an_authorisation_valid_until_before_valid_from_is_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A letter 'valid 2024-06-01 to 2023-01-01' was assessed (cn-authorisation-not-valid, as
    if it had expired); a calendar file with such a period is refused. Now the file's is too,
    at its line, and a notice built in Python."""
    import tomllib

    data = tomllib.loads(EXAMPLE.read_text(encoding="utf-8"))
    data["authorisations"][0].update(valid_from="2024-06-01", valid_until="2023-01-01")
    path = tmp_path / "cn.json"
    text = json.dumps(data, default=str, indent=1)
    path.write_text(text, encoding="utf-8")
    line, column = next(
        (n, t.index('"2023-01-01"') + 1)
        for n, t in enumerate(text.splitlines(), 1)
        if '"valid_until"' in t
    )
    message = (
        "$.authorisations[0].valid_until: valid_until 2023-01-01 is before valid_from 2024-06-01"
    )
    assert main(["counter-notice", str(path)]) == 2
    assert capsys.readouterr().err == f"ipprules: error: {path}:{line}:{column}: {message}\n"
    notice = read_counter_notice(EXAMPLE)
    letter = attrs.evolve(
        notice.authorisations[0], valid_from="2024-06-01", valid_until="2023-01-01"
    )
    with pytest.raises(
        InputError, match=message.replace("$", r"\$").replace("[", r"\[").replace("]", r"\]")
    ):
        ipprules.assess_counter_notice(attrs.evolve(notice, authorisations=(letter,)))
    same_day = attrs.evolve(letter, valid_until="2024-06-01")
    assert ipprules.assess_counter_notice(attrs.evolve(notice, authorisations=(same_day,)))


def test_a_count_of_5000_digits_built_in_python_is_refused_in_words() -> None:
    """``Purchase(quantity=10**5000)`` reached the quantity finding, whose message raised
    ``ValueError: Exceeds the limit (4300 digits)``; the file reader refuses the count, and
    now assess_counter_notice does as well (the file's range checks, at the same paths)."""
    notice = read_counter_notice(EXAMPLE)
    big = attrs.evolve(notice.purchases[0], quantity=10**5000)
    with pytest.raises(InputError) as info:
        ipprules.assess_counter_notice(attrs.evolve(notice, purchases=(big,)))
    assert str(info.value) == (
        "$.purchases[0].quantity: expected a whole number from 1 to 999999999, "
        "got an int of 5,001 digits"
    )
