"""Places of registration and incorporation: the ISO 3166-1 alpha-2 codes (249, as listed by
Debian's ``iso-codes`` 4.15.0, ``iso_3166-1.json``, from ISO 3166 Maintenance Agency's list)
and the WIPO ST.3 codes of the regional offices that register marks and designs (``EU`` for
the EUIPO, ``WO``/``IB`` for WIPO's Madrid and Hague registrations, ``BX``, ``OA``, ``AP``,
``EA``, ``EP``, ``GC``, ``EM``). One rule for the rules files and the plans.
"""

from __future__ import annotations

#: ISO 3166-1 alpha-2: the 249 officially assigned codes.
ISO_3166_1: frozenset[str] = frozenset(
    {
        "AD",
        "AE",
        "AF",
        "AG",
        "AI",
        "AL",
        "AM",
        "AO",
        "AQ",
        "AR",
        "AS",
        "AT",
        "AU",
        "AW",
        "AX",
        "AZ",
        "BA",
        "BB",
        "BD",
        "BE",
        "BF",
        "BG",
        "BH",
        "BI",
        "BJ",
        "BL",
        "BM",
        "BN",
        "BO",
        "BQ",
        "BR",
        "BS",
        "BT",
        "BV",
        "BW",
        "BY",
        "BZ",
        "CA",
        "CC",
        "CD",
        "CF",
        "CG",
        "CH",
        "CI",
        "CK",
        "CL",
        "CM",
        "CN",
        "CO",
        "CR",
        "CU",
        "CV",
        "CW",
        "CX",
        "CY",
        "CZ",
        "DE",
        "DJ",
        "DK",
        "DM",
        "DO",
        "DZ",
        "EC",
        "EE",
        "EG",
        "EH",
        "ER",
        "ES",
        "ET",
        "FI",
        "FJ",
        "FK",
        "FM",
        "FO",
        "FR",
        "GA",
        "GB",
        "GD",
        "GE",
        "GF",
        "GG",
        "GH",
        "GI",
        "GL",
        "GM",
        "GN",
        "GP",
        "GQ",
        "GR",
        "GS",
        "GT",
        "GU",
        "GW",
        "GY",
        "HK",
        "HM",
        "HN",
        "HR",
        "HT",
        "HU",
        "ID",
        "IE",
        "IL",
        "IM",
        "IN",
        "IO",
        "IQ",
        "IR",
        "IS",
        "IT",
        "JE",
        "JM",
        "JO",
        "JP",
        "KE",
        "KG",
        "KH",
        "KI",
        "KM",
        "KN",
        "KP",
        "KR",
        "KW",
        "KY",
        "KZ",
        "LA",
        "LB",
        "LC",
        "LI",
        "LK",
        "LR",
        "LS",
        "LT",
        "LU",
        "LV",
        "LY",
        "MA",
        "MC",
        "MD",
        "ME",
        "MF",
        "MG",
        "MH",
        "MK",
        "ML",
        "MM",
        "MN",
        "MO",
        "MP",
        "MQ",
        "MR",
        "MS",
        "MT",
        "MU",
        "MV",
        "MW",
        "MX",
        "MY",
        "MZ",
        "NA",
        "NC",
        "NE",
        "NF",
        "NG",
        "NI",
        "NL",
        "NO",
        "NP",
        "NR",
        "NU",
        "NZ",
        "OM",
        "PA",
        "PE",
        "PF",
        "PG",
        "PH",
        "PK",
        "PL",
        "PM",
        "PN",
        "PR",
        "PS",
        "PT",
        "PW",
        "PY",
        "QA",
        "RE",
        "RO",
        "RS",
        "RU",
        "RW",
        "SA",
        "SB",
        "SC",
        "SD",
        "SE",
        "SG",
        "SH",
        "SI",
        "SJ",
        "SK",
        "SL",
        "SM",
        "SN",
        "SO",
        "SR",
        "SS",
        "ST",
        "SV",
        "SX",
        "SY",
        "SZ",
        "TC",
        "TD",
        "TF",
        "TG",
        "TH",
        "TJ",
        "TK",
        "TL",
        "TM",
        "TN",
        "TO",
        "TR",
        "TT",
        "TV",
        "TW",
        "TZ",
        "UA",
        "UG",
        "UM",
        "US",
        "UY",
        "UZ",
        "VA",
        "VC",
        "VE",
        "VG",
        "VI",
        "VN",
        "VU",
        "WF",
        "WS",
        "YE",
        "YT",
        "ZA",
        "ZM",
        "ZW",
    }
)
#: WIPO ST.3 codes of regional and international offices (not ISO 3166-1 countries).
REGIONAL: frozenset[str] = frozenset({"AP", "BX", "EA", "EM", "EP", "EU", "GC", "IB", "OA", "WO"})
#: Codes written for a country ISO 3166-1 codes otherwise: the United Kingdom is GB.
_MISTAKES = {"UK": "GB", "EL": "GR"}


def schema_pattern() -> str:
    """A JSON Schema pattern (ECMA 262: no inline flags) taking the codes :func:`place_slip`
    takes, in any case, one alternative per first letter.

    >>> import re
    >>> found = re.compile(schema_pattern())
    >>> [bool(found.match(code)) for code in ("CN", "hk", "Eu", "UK", "XX", "CNN")]
    [True, True, True, False, False, False]
    """
    by_first: dict[str, set[str]] = {}
    for code in ISO_3166_1 | REGIONAL:
        by_first.setdefault(code[0], set()).add(code[1])
    alternatives = (
        f"[{first}{first.lower()}][{''.join(sorted(s))}{''.join(sorted(s)).lower()}]"
        for first, s in sorted(by_first.items())
    )
    return f"^(?:{'|'.join(alternatives)})$"


def place_slip(code: str) -> str:
    """Why ``code`` (already two capital letters) is no place of registration, else ``""``:
    not an ISO 3166-1 alpha-2 code nor a WIPO ST.3 regional office's (``XX``, ``UK``).

    >>> place_slip("HK"), place_slip("EU")
    ('', '')
    >>> place_slip("UK")
    "not an ISO 3166-1 code; did you mean 'GB', the United Kingdom?"
    """
    if code in ISO_3166_1 or code in REGIONAL:
        return ""
    if code in _MISTAKES:
        near = _MISTAKES[code]
        country = {"GB": "the United Kingdom", "GR": "Greece"}[near]
        return f"not an ISO 3166-1 code; did you mean {near!r}, {country}?"
    return "not an ISO 3166-1 code nor a regional office's such as EU, WO"


#: The places a filer names in words instead of their code (the rule book's markets, where
#: their marks are registered and the regional offices), lower case, spaces for any
#: punctuation: "Malaysia" is refused, and the message names MY.
_NAMES = {
    "china": "CN", "mainland china": "CN", "prc": "CN", "people s republic of china": "CN",
    "hong kong": "HK", "hongkong": "HK", "taiwan": "TW", "macao": "MO", "macau": "MO",
    "singapore": "SG", "malaysia": "MY", "indonesia": "ID", "thailand": "TH",
    "philippines": "PH", "the philippines": "PH", "vietnam": "VN", "viet nam": "VN",
    "united states": "US", "the united states": "US", "usa": "US", "america": "US",
    "united kingdom": "GB", "the united kingdom": "GB", "great britain": "GB",
    "britain": "GB", "england": "GB", "japan": "JP", "korea": "KR", "south korea": "KR",
    "germany": "DE", "france": "FR", "italy": "IT", "spain": "ES", "india": "IN",
    "australia": "AU", "canada": "CA", "european union": "EU", "europe": "EU", "euipo": "EU",
    "wipo": "WO", "international": "WO", "madrid": "WO",
}  # fmt: skip


def place_named(name: str) -> str | None:
    """The code of a place ``name`` spells in words, in any case (``Malaysia``: ``MY``,
    ``Hong Kong``: ``HK``, ``EU`` for ``European Union``), else ``None``.

    >>> place_named("Malaysia"), place_named("hong-kong"), place_named("Narnia")
    ('MY', 'HK', None)
    """
    text = "".join(c if c.isalnum() else " " for c in name[:60].casefold())
    return _NAMES.get(" ".join(text.split()))
