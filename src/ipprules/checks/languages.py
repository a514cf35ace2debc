"""The language a document or letter is written in (R14): English, Chinese or another.

A plan's ``language`` is an ISO 639 code, with or without BCP 47 subtags (``en``,
``en-US``, ``zh-Hans``, ``zh_CN``, ``eng``, ``zho``, ``cmn``), or a language's name in
English, in the language itself or in Chinese (``English``, ``Chinese``, ``Simplified
Chinese``, ``Mandarin``, ``中文``, ``英文``, ``汉语``, ``漢語``, ``Deutsch``...), in any case. A
document in several languages names them joined by ``/``, ``,``, ``+``, ``&``, ``and`` or
``、`` (``English/Chinese``): one of them English or Chinese is enough for R14.

A value that is none of these is refused (an :class:`~ipprules.errors.InputError`): read as
"another language", it would ask an English document for a translation.

>>> [written_in(v) for v in ("English", "zh_CN", "Simplified Chinese", "中文（简体）", "en-GB")]
['en', 'zh', 'zh', 'zh', 'en']
>>> written_in("Deutsch"), written_in("de"), written_in("German/English")
('other', 'other', 'en')
>>> written_in("Englsh")
Traceback (most recent call last):
...
ipprules.errors.InputError: $: unknown language 'Englsh' (did you mean 'english'?): give an ...
>>> describe("uk"), describe("Deutsch")
("'uk' (Ukrainian)", "'Deutsch'")
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Iterator
from typing import TYPE_CHECKING, Literal

from ipprules._args import require_instance
from ipprules.errors import InputError, Problem, did_you_mean, plain

if TYPE_CHECKING:
    from ipprules.checks.model import Plan

__all__ = ["Written", "describe", "language_problem", "language_problems", "written_in"]

#: What R14 asks of a language: English (``en``) and Chinese (``zh``) need no translation.
Written = Literal["en", "zh", "other"]


def _words(text: str) -> list[str]:
    return text.split()


def _all(text: str, kind: Written) -> dict[str, Written]:
    """Each of the words of ``text`` (``_`` for a space inside a name) mapped to ``kind``."""
    return {word.replace("_", " "): kind for word in text.split()}


# ISO 639-1: every two-letter code and its English name (the deprecated in, iw, ji, jw, mo
# and sh too, which some systems still write). A data table.
_ISO_639_1 = {
    "aa": "Afar", "ab": "Abkhazian", "ae": "Avestan", "af": "Afrikaans", "ak": "Akan",
    "am": "Amharic", "an": "Aragonese", "ar": "Arabic", "as": "Assamese", "av": "Avaric",
    "ay": "Aymara", "az": "Azerbaijani", "ba": "Bashkir", "be": "Belarusian",
    "bg": "Bulgarian", "bi": "Bislama", "bm": "Bambara", "bn": "Bengali", "bo": "Tibetan",
    "br": "Breton", "bs": "Bosnian", "ca": "Catalan", "ce": "Chechen", "ch": "Chamorro",
    "co": "Corsican", "cr": "Cree", "cs": "Czech", "cu": "Church Slavic", "cv": "Chuvash",
    "cy": "Welsh", "da": "Danish", "de": "German", "dv": "Divehi", "dz": "Dzongkha",
    "ee": "Ewe", "el": "Greek", "en": "English", "eo": "Esperanto", "es": "Spanish",
    "et": "Estonian", "eu": "Basque", "fa": "Persian", "ff": "Fulah", "fi": "Finnish",
    "fj": "Fijian", "fo": "Faroese", "fr": "French", "fy": "Western Frisian", "ga": "Irish",
    "gd": "Scottish Gaelic", "gl": "Galician", "gn": "Guarani", "gu": "Gujarati",
    "gv": "Manx", "ha": "Hausa", "he": "Hebrew", "hi": "Hindi", "ho": "Hiri Motu",
    "hr": "Croatian", "ht": "Haitian Creole", "hu": "Hungarian", "hy": "Armenian",
    "hz": "Herero", "ia": "Interlingua", "id": "Indonesian", "ie": "Interlingue",
    "ig": "Igbo", "ii": "Sichuan Yi", "ik": "Inupiaq", "in": "Indonesian", "io": "Ido",
    "is": "Icelandic", "it": "Italian", "iu": "Inuktitut", "iw": "Hebrew", "ja": "Japanese",
    "ji": "Yiddish", "jv": "Javanese", "jw": "Javanese", "ka": "Georgian", "kg": "Kongo",
    "ki": "Kikuyu", "kj": "Kuanyama", "kk": "Kazakh", "kl": "Kalaallisut", "km": "Khmer",
    "kn": "Kannada", "ko": "Korean", "kr": "Kanuri", "ks": "Kashmiri", "ku": "Kurdish",
    "kv": "Komi", "kw": "Cornish", "ky": "Kyrgyz", "la": "Latin", "lb": "Luxembourgish",
    "lg": "Ganda", "li": "Limburgish", "ln": "Lingala", "lo": "Lao", "lt": "Lithuanian",
    "lu": "Luba-Katanga", "lv": "Latvian", "mg": "Malagasy", "mh": "Marshallese",
    "mi": "Maori", "mk": "Macedonian", "ml": "Malayalam", "mn": "Mongolian",
    "mo": "Moldavian", "mr": "Marathi", "ms": "Malay", "mt": "Maltese", "my": "Burmese",
    "na": "Nauru", "nb": "Norwegian Bokmal", "nd": "North Ndebele", "ne": "Nepali",
    "ng": "Ndonga", "nl": "Dutch", "nn": "Norwegian Nynorsk", "no": "Norwegian",
    "nr": "South Ndebele", "nv": "Navajo", "ny": "Chichewa", "oc": "Occitan",
    "oj": "Ojibwa", "om": "Oromo", "or": "Oriya", "os": "Ossetian", "pa": "Punjabi",
    "pi": "Pali", "pl": "Polish", "ps": "Pashto", "pt": "Portuguese", "qu": "Quechua",
    "rm": "Romansh", "rn": "Rundi", "ro": "Romanian", "ru": "Russian", "rw": "Kinyarwanda",
    "sa": "Sanskrit", "sc": "Sardinian", "sd": "Sindhi", "se": "Northern Sami",
    "sg": "Sango", "sh": "Serbo-Croatian", "si": "Sinhala", "sk": "Slovak",
    "sl": "Slovenian", "sm": "Samoan", "sn": "Shona", "so": "Somali", "sq": "Albanian",
    "sr": "Serbian", "ss": "Swati", "st": "Southern Sotho", "su": "Sundanese",
    "sv": "Swedish", "sw": "Swahili", "ta": "Tamil", "te": "Telugu", "tg": "Tajik",
    "th": "Thai", "ti": "Tigrinya", "tk": "Turkmen", "tl": "Tagalog", "tn": "Tswana",
    "to": "Tonga", "tr": "Turkish", "ts": "Tsonga", "tt": "Tatar", "tw": "Twi",
    "ty": "Tahitian", "ug": "Uyghur", "uk": "Ukrainian", "ur": "Urdu", "uz": "Uzbek",
    "ve": "Venda", "vi": "Vietnamese", "vo": "Volapuk", "wa": "Walloon", "wo": "Wolof",
    "xh": "Xhosa", "yi": "Yiddish", "yo": "Yoruba", "za": "Zhuang", "zh": "Chinese",
    "zu": "Zulu",
}  # fmt: skip

#: Three-letter codes for English and Chinese: ``eng``; ``zho``/``chi`` and the members of
#: the Chinese macrolanguage (Mandarin ``cmn``, Cantonese ``yue``, Wu ``wuu``, Hakka ``hak``,
#: Literary Chinese ``lzh``...); and the Windows locale abbreviations (``enu``, ``chs``,
#: ``cht``, ``zhs``, ``zht``). Min Nan's ``nan`` is refused: it is also what an empty
#: spreadsheet cell reads as (see :data:`_AMBIGUOUS`).
_THREE = _all("eng enu", "en") | _all(
    "zho chi cdo cjy cmn cnp cpx csp czh czo gan hak hsn lzh mnp wuu yue chs cht zhs zht", "zh"
)
#: The ISO 639-2 codes (terminology and bibliographic) of the other languages certificates,
#: registrations and letters are commonly issued in; any other three letters are refused
#: (``tbd``, ``abc``, ``yes`` named no language and were read as one): write its name.
_OTHER_THREE = frozenset(
    _words(
        "deu ger fra fre spa ita por rus jpn kor ara tha vie ind msa may nld dut pol tur swe "
        "nor nob nno dan fin ell gre heb hin ces cze hun ron rum ukr cat est lav lit slk slo "
        "slv hrv srp bul sqi alb eus baq glg gle cym wel isl ice fas per tgl fil ben urd tam "
        "tel mar guj kan mal pan sin khm lao mya bur mon kaz uzb aze kat geo hye arm mkd bos "
        "mlt afr swa amh som hau yor zul xho nep pus kur tuk kir tgk bel ltz fao bre cos epo "
        "lat tib bod uig"
    )
)
#: Codes that stand for a language and for something else a file may hold: refused with
#: both readings named.
_AMBIGUOUS = {
    "nan": "Min Nan (ISO 639-3) and what an empty spreadsheet cell reads as (NaN)",
    "sc": "Sardinian (ISO 639-1) and an abbreviation of Simplified Chinese",
}
#: Codes that name no one language: undetermined, several, uncoded, no linguistic content,
#: and the range kept for local use.
_NO_LANGUAGE = re.compile(r"und|mul|mis|zxx|q[a-t][a-z]")

#: Names of English and of Chinese (casefolded): in English, in themselves, in Chinese and in
#: a few of the languages certificates are issued in.
_NAMES = _all(
    "english anglais englisch inglés ingles inglese inglês engels angielski английский "
    "英文 英语 英語 영어",
    "en",
) | _all(
    (
        "chinese mandarin cantonese putonghua guoyu hanyu zhongwen huayu chinois chinesisch "
        "chino cinese chinês chinees chiński китайский 中文 汉语 漢語 华语 華語 国语 國語 "
        "普通话 普通話 粤语 粵語 广东话 廣東話 中国语 中國語 中国话 中國話 华文 華文 汉文 漢文 "
        "중국어 hokkien taiwanese hakka teochew shanghainese minnan min_nan 闽南语 閩南語 "
        "台语 台語 客家话 客家話 简体 簡體 繁体 繁體 简体字 繁体字 繁體字 简中 繁中 "
        "中英文 中英 英中 中英双语 中英雙語 英汉 漢英 汉英 英漢 中英对照 中英對照 双语 雙語"
        # the last ones: Chinese and English (bilingual documents here are)
    ),
    "zh",
)
#: Names of other languages not among the English names of ISO 639-1 (casefolded; ``_`` for
#: a space): their names in themselves and in Chinese, and some common English alternatives.
_OTHER_NAMES = (
    "deutsch français francais español espanol italiano português portugues русский 日本語 "
    "にほんご 한국어 nederlands polski türkçe turkce tiếng_việt tieng_viet ไทย ภาษาไทย bahasa "
    "bahasa_indonesia bahasa_melayu filipino العربية עברית हिन्दी svenska norsk dansk suomi "
    "ελληνικά čeština cestina magyar română romana українська català eesti latviešu "
    "lietuvių slovenčina slovenščina hrvatski srpski српски български shqip euskara galego "
    "gaeilge cymraeg íslenska farsi castilian flemish sinhalese panjabi uighur kirghiz "
    "gaelic bokmål norwegian_bokmål nynorsk volapük moldovan malaysian "
    "德语 德文 德語 法语 法文 法語 日语 日文 日語 韩语 韩文 韓語 韓文 朝鲜语 俄语 俄文 俄語 "
    "西班牙语 西班牙文 葡萄牙语 意大利语 阿拉伯语 泰语 泰文 越南语 越南文 印尼语 马来语 "
    "荷兰语 土耳其语 波兰语 瑞典语 希腊语 希伯来语 印地语 乌克兰语"
)
_KNOWN: dict[str, Written] = (
    _all(" ".join(n.casefold().replace(" ", "_") for n in _ISO_639_1.values()), "other")
    | _all(_OTHER_NAMES, "other")
    | _NAMES
)
#: Countries' codes (ISO 3166) that are written for a language: refused as they stand, and
#: where the code is also a language's (``uk`` Ukrainian, ``tw`` Twi, ``sg`` Sango...), the
#: message names both, for reading a British, Taiwanese or Singaporean document as one in
#: Ukrainian, Twi or Sango would ask it for a translation it does not need.
_COUNTRIES = {
    "cn": "China", "chn": "China", "hk": "Hong Kong", "hkg": "Hong Kong", "tw": "Taiwan",
    "twn": "Taiwan", "mo": "Macao", "mac": "Macao", "sg": "Singapore", "sgp": "Singapore",
    "us": "the United States", "usa": "the United States", "uk": "the United Kingdom",
    "gb": "the United Kingdom", "gbr": "the United Kingdom", "ca": "Canada", "can": "Canada",
    "au": "Australia", "aus": "Australia", "nz": "New Zealand", "nzl": "New Zealand",
    "ie": "Ireland", "irl": "Ireland", "in": "India", "ind": "India", "my": "Malaysia",
    "ph": "the Philippines", "vn": "Vietnam",
}  # fmt: skip
#: Of those, the three-letter codes that are also a language's (ISO 639-2).
_THREE_NAMES = {"mac": "Macedonian", "ind": "Indonesian"}
#: Words that qualify a language's name without changing it ("Simplified Chinese", "British
#: English", "English (US)", "Brazilian Portuguese", "English language").
_QUALIFIERS = frozenset(
    _words(
        "simplified traditional standard modern written official plain language british "
        "american us u.s. usa uk gb united states kingdom australian canadian international "
        "brazilian european swiss austrian mexican hong kong hk taiwan tw mainland china cn "
        "prc singapore singaporean sg mandarin cantonese version translated translation "
        "bilingual text copy original"
    )
)
#: The names a "did you mean" is chosen from: the English ones.
_SUGGESTED = sorted({n.casefold() for n in _ISO_639_1.values()} | {"mandarin", "cantonese"})
#: The same in Chinese, before or after the name ("简体中文", "中文繁體").
_CJK_QUALIFIERS = (
    "简体", "簡體", "繁体", "繁體", "简", "簡", "繁", "标准", "標準", "现代", "現代",
    "书面", "書面", "大陆", "大陸", "台湾", "台灣", "香港", "版本", "版", "翻译", "翻譯", "译本",
)  # fmt: skip

_SEPARATORS = re.compile(r"\s*(?:[/,+&;|、，；]|\band\b|和|及|与|與)\s*", re.IGNORECASE)
_BRACKETS = re.compile(r"[(（\[]([^)）\]]*)[)）\]]")
_CODE = re.compile(r"([a-z]{2,3})(?:-[a-z0-9]{1,8})*")
#: No value longer than this names languages (nor is read: its brackets would take long).
_LONGEST = 200
_HINT = "give an ISO 639 code (en, zh, de...) or a language's name (English, Chinese, 中文...)"


def _name(part: str) -> Written | None:
    """What a language's name (casefolded) is, or ``None``."""
    if part in _KNOWN:
        return _KNOWN[part]
    words = [w for w in re.split(r"[\s\-]+", part) if w]
    kept = " ".join(w for w in words if w not in _QUALIFIERS)
    if kept in _KNOWN:
        return _KNOWN[kept]
    changed = True
    while changed and kept:  # the Chinese qualifiers are written onto the name
        changed = False
        for q in _CJK_QUALIFIERS:
            if kept.startswith(q) or kept.endswith(q):
                kept = kept.removeprefix(q) if kept.startswith(q) else kept.removesuffix(q)
                changed = True
    found = _KNOWN.get(kept)
    if found is None and len(words) > 1:  # several names in one part: "English Chinese"
        kinds = [_KNOWN.get(w) for w in words if w not in _QUALIFIERS]
        if kinds and None not in kinds:
            return "en" if "en" in kinds else "zh" if "zh" in kinds else "other"
    return found


def _part(part: str) -> tuple[Written | None, str]:
    """What one language of a value is, and a problem with it ("" when none)."""
    code = part.replace("_", "-")
    if part in _COUNTRIES:
        language = _ISO_639_1.get(part) or _THREE_NAMES.get(part)
        country = _COUNTRIES[part]
        if language:
            return None, (
                f"{part!r} is both the code of {language} (ISO 639) and of {country} (ISO "
                f"3166): write the language's name ({language}, English...)"
            )
        return None, f"{part!r} is the code of {country} (ISO 3166), not of a language; {_HINT}"
    if part in _AMBIGUOUS:
        return None, f"{part!r} is {_AMBIGUOUS[part]}: write the language's name"
    if _CODE.fullmatch(code):
        primary = code.split("-")[0]
        if len(primary) == 2 and primary in _ISO_639_1:
            return ("en" if primary == "en" else "zh" if primary == "zh" else "other"), ""
        if len(primary) == 3 and _NO_LANGUAGE.fullmatch(primary):
            return None, f"{primary!r} names no one language; {_HINT}"
        if len(primary) == 3 and (primary in _THREE or primary in _OTHER_THREE):
            return _THREE.get(primary, "other"), ""
    found = _name(part)
    return found, "" if found else "?"


def _qualifier(part: str) -> bool:
    """A part that only qualifies another ("Chinese, Traditional"; "中文/繁體")."""
    words = [w for w in re.split(r"[\s\-]+", part) if w]
    return (
        bool(words)
        and part not in _KNOWN
        and all(w in _QUALIFIERS or w in _CJK_QUALIFIERS for w in words)
    )


def _parts(value: str) -> list[str]:
    """The languages a value names, each casefolded (full-width forms made plain, a
    bracket's content read as a part, a closing full stop or colon dropped)."""
    folded = unicodedata.normalize("NFKC", value).casefold()  # full-width ＥＮ, ／
    split = _SEPARATORS.split(_BRACKETS.sub(r" \1 ", folded).strip())
    return [p for p in (p.strip(".。:：") for p in split) if p]


@functools.lru_cache(maxsize=1024)
def _read(value: str) -> tuple[Written | None, str]:
    text = value if len(value) <= 40 else value[:37] + "..."
    if len(value) > _LONGEST:
        return None, f"unknown language {text!r}: longer than {_LONGEST} characters; {_HINT}"
    parts = _parts(value)
    kinds: list[Written] = []
    for part in [p for p in parts if not _qualifier(p)] or parts[:1] or [""]:
        kind, problem = _part(part)
        if kind is None and problem != "?":
            return None, f"language {text!r}: {problem}"
        if kind is None:
            near = did_you_mean(part, _SUGGESTED)
            return None, f"unknown language {text!r}{near}: {_HINT}"
        kinds.append(kind)
    return next((k for k in ("en", "zh") if k in kinds), "other"), ""


def _require_str(value: object) -> str:
    if not isinstance(value, str):
        raise TypeError(f"language must be a str, got {type(value).__name__}")
    return plain(value)  # a str subclass's __eq__/__hash__ is not called (the cache hashes it)


def language_problem(value: str) -> str | None:
    """Why ``value`` is not a language ipprules can read, or ``None``."""
    return _read(_require_str(value))[1] or None


def written_in(value: str) -> Written:
    """``en`` or ``zh`` when ``value`` names English or Chinese (among its languages), else
    ``other``; an :class:`~ipprules.errors.InputError` when it names no language."""
    kind, problem = _read(_require_str(value))
    if kind is None:
        raise InputError(problem)
    return kind


def describe(value: str) -> str:
    """``value`` quoted, with the names of the languages its codes stand for, so that a
    code read as another language than meant shows it ("'uk' (Ukrainian)")."""
    if len(_require_str(value)) > _LONGEST:
        return repr(value)
    names = []
    for part in _parts(value):
        code = part.replace("_", "-")
        if _CODE.fullmatch(code) and code.split("-")[0] in _ISO_639_1:
            names.append(_ISO_639_1[code.split("-")[0]])
    return f"{value!r} ({', '.join(names)})" if names else repr(value)


def _languages(plan: Plan) -> Iterator[tuple[str, str | None]]:
    for i, doc in enumerate(plan.account.documents):
        yield f"$.account.documents[{i}].language", doc.language
    for i, letter in enumerate(plan.account.authorisations):
        yield f"$.account.authorisations[{i}].language", letter.language
    for i, right in enumerate(plan.rights):
        for j, doc in enumerate(right.documents):
            yield f"$.rights[{i}].documents[{j}].language", doc.language
    for i, complaint in enumerate(plan.complaints):
        for j, doc in enumerate(complaint.evidence):
            yield f"$.complaints[{i}].evidence[{j}].language", doc.language


def language_problems(plan: Plan) -> list[Problem]:
    """Every ``language`` of the plan's documents and letters that names no language, at
    its path."""
    from ipprules.checks.model import Plan

    require_instance(plan, Plan, "plan")
    return [
        Problem(problem, path)
        for path, value in _languages(plan)
        if value is not None and (problem := language_problem(value))
    ]
