"""A plan's places are read by the rule a rules file's places are (rules53).

Before, a right's ``place`` and an account's ``incorporated`` took any two letters: ``UK``
(the United Kingdom is ``GB``) was read, and the checks then refused the right as registered
in a place the platform does not accept, an error about the rules for a typing slip. Now a
code that is neither ISO 3166-1 alpha-2 nor a regional office's is refused at its file, line
and JSON path (exit code 2 in the CLI), with the code meant for the usual slips.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from checks.test_checks_files import GOOD_TOML, _write
from ipprules.checks import Account, Identity, IprType, Location, Right, read_plan
from ipprules.errors import InputError
from test_newuser8 import _run

_RIGHT = 'ipr_type = "trademark"'
_ACCOUNT = 'identity = "enterprise"'

# (replaced, with, JSON path, TOML line, words of the message)
SLIPS = [
    (_RIGHT, '\nplace = "UK"', "$.rights[0].place", 11, "did you mean 'GB', the United Kingdom?"),
    (_RIGHT, '\nplace = "uk"', "$.rights[0].place", 11, "'uk' is not a place of registration"),
    (_RIGHT, '\nplace = "XX"', "$.rights[0].place", 11, "not an ISO 3166-1 code nor"),
    (_RIGHT, '\nplace = "EL"', "$.rights[0].place", 11, "did you mean 'GR', Greece?"),
    (_ACCOUNT, '\nincorporated = "UK"', "$.account.incorporated", 7, "place of incorporation"),
    (_ACCOUNT, '\nincorporated = "JA"', "$.account.incorporated", 7, "not an ISO 3166-1 code"),
]


@pytest.mark.parametrize(("at", "added", "path", "line", "words"), SLIPS)
def test_a_place_iso_has_not_assigned_is_refused_at_its_line(
    tmp_path: Path, at: str, added: str, path: str, line: int, words: str
) -> None:
    file = _write(tmp_path, "plan.toml", GOOD_TOML.replace(at, at + added, 1))
    with pytest.raises(InputError) as caught:
        read_plan(file)
    assert (caught.value.path, caught.value.line) == (path, line)
    assert words in str(caught.value)
    code, _, err = _run("check", str(file))
    assert code == 2
    assert f"{file}:{line}" in err and path in err and words in err
    assert "Traceback" not in err


@pytest.mark.parametrize("code", ["GB", "gb", "EU", "WO", "mo", "TW"])
def test_a_place_of_the_list_is_read_upper_cased(tmp_path: Path, code: str) -> None:
    text = GOOD_TOML.replace(_RIGHT, f'{_RIGHT}\nplace = "{code}"', 1)
    assert read_plan(_write(tmp_path, "plan.toml", text)).rights[0].place == code.upper()


def test_a_record_built_in_python_is_refused_the_same_way() -> None:
    with pytest.raises(InputError, match="did you mean 'GB'") as caught:
        Right(id="tm", ipr_type=IprType.TRADEMARK, place="UK")
    assert caught.value.path == "$.place"
    with pytest.raises(InputError, match="place of incorporation") as caught:
        Account(
            name="A", location=Location.ELSEWHERE, identity=Identity.ENTERPRISE, incorporated="UK"
        )
    assert caught.value.path == "$.incorporated"


def test_the_schemas_place_pattern_takes_exactly_the_codes_the_reader_takes() -> None:
    """The plan and portfolio schemas gave a place as any two letters, so a schema validator
    took ``UK``, ``XX`` that the reader refuses: every two-letter string, in both cases, is
    taken by the schemas' pattern exactly when the reader's one rule takes it."""
    import itertools
    import json
    import re
    import string
    from importlib import resources

    from ipprules._places import place_slip

    schemas = resources.files("ipprules.schemas")
    for name in ("plan.schema.json", "portfolio.schema.json"):
        text = (schemas / name).read_text(encoding="utf-8")
        found = re.findall(r'"pattern": "(\^\(\?:\[A[^"]*)"', text)
        assert found, name  # a right's place, an account's incorporation
        for pattern in {json.loads(f'"{p}"') for p in found}:
            rx = re.compile(pattern)
            for a, b in itertools.product(string.ascii_letters, repeat=2):
                code = a + b
                assert bool(rx.match(code)) == (place_slip(code.upper()) == ""), (name, code)
