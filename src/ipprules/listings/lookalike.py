"""Is a host that is not on the allow-list imitating one that is?

This only chooses between two rejection codes (``lookalike-host`` and ``not-alibaba-host``):
acceptance never depends on it, because only hosts on the allow-list are ever accepted.
A host is a lookalike when, after folding case, compatibility forms (NFKC), punycode and
homoglyphs (Cyrillic and Greek look-alikes, ``0``/``o``, ``1``/``l``/``i``), one of its
labels or hyphen-separated words contains a marketplace name or is one typo away from it, or
starts or ends with a typo of a name of eight letters or more (``aliexpreshop``).

>>> lookalike_reason("item.taobao.com.evil.cn")
'imitates taobao'
>>> lookalike_reason("aliexpresss.com")
'imitates aliexpress'
>>> lookalike_reason("t\u0430obao.com")  # Cyrillic a
'imitates taobao'
>>> lookalike_reason("example.com") is None
True
"""

from __future__ import annotations

from functools import cache, lru_cache

from ipprules._args import require_str
from ipprules.listings.hosts import BRANDS

__all__ = ["lookalike_reason"]

# Confusable characters folded to the ASCII letter they imitate (a small, hand-picked subset of
# Unicode's confusables.txt covering Cyrillic and Greek letters used in homoglyph attacks).
_CONFUSABLES = {
    "а": "a", "в": "b", "с": "c", "ԁ": "d", "е": "e", "ё": "e", "һ": "h", "і": "i",
    "ї": "i", "ј": "j", "к": "k", "ӏ": "l", "м": "m", "п": "n", "о": "o", "р": "p",
    "ԛ": "q", "ѕ": "s", "т": "t", "и": "u", "ѵ": "v", "ԝ": "w", "х": "x", "у": "y",
    "α": "a", "β": "b", "ε": "e", "η": "n", "ι": "i", "κ": "k", "ν": "v", "ο": "o",
    "ρ": "p", "τ": "t", "υ": "u", "χ": "x", "γ": "y", "ɡ": "g", "ɑ": "a", "ı": "i",
    "ł": "l", "ℓ": "l", "0": "o", "1": "l", "i": "l", "|": "l", "!": "l",
}  # fmt: skip


@cache
def _table() -> dict[int, str]:
    return str.maketrans(_CONFUSABLES)


def _skeleton(text: str) -> str:
    import unicodedata

    folded = unicodedata.normalize("NFKC", text).lower().translate(_table())
    return folded.replace("rn", "m").replace("vv", "w")


@cache
def _brand_skeletons() -> tuple[tuple[str, str], ...]:
    return tuple((brand, _skeleton(brand)) for brand in BRANDS if "." not in brand)


def _within_one_edit(a: str, b: str) -> bool:
    """True when ``a`` and ``b`` differ by at most one insertion, deletion, substitution or
    swap of neighbours."""
    if abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        diff = [i for i in range(len(a)) if a[i] != b[i]]
        if len(diff) <= 1:
            return True
        i, j = diff[0], diff[-1]
        return len(diff) == 2 and j == i + 1 and a[i] == b[j] and a[j] == b[i]
    if len(a) > len(b):
        a, b = b, a
    return any(a == b[:i] + b[i + 1 :] for i in range(len(b)))


def _glued_typo(word: str, brand: str) -> bool:
    """True when ``word`` starts or ends with a typo of ``brand`` glued to more letters
    (``aliexpreshop``: ``aliexpres`` and ``shop``, sharing the ``s``)."""
    for size in (len(brand) - 1, len(brand), len(brand) + 1):
        if size < len(word) and (
            _within_one_edit(word[:size], brand) or _within_one_edit(word[-size:], brand)
        ):
            return True
    return False


def _decode_punycode(host: str) -> str:
    labels = []
    for label in host.split("."):
        if label.startswith("xn--"):
            try:
                label = label[4:].encode("ascii").decode("punycode")
            except (UnicodeError, ValueError):
                return host
        labels.append(label)
    return ".".join(labels)


def lookalike_reason(host: str) -> str | None:
    """Why ``host`` (not on the allow-list) looks like a marketplace host, or None.

    >>> lookalike_reason(None)
    Traceback (most recent call last):
    ...
    TypeError: host must be a str, got NoneType
    """
    return _lookalike_reason(require_str(host, "host", empty=True))  # before the cache hashes it


@lru_cache(maxsize=4096)
def _lookalike_reason(host: str) -> str | None:
    """:func:`lookalike_reason` of a plain ``str``, cached (the parser asks it of every host
    off the allow-list)."""
    if len(host) > 253:
        host = host[:253]
    skeleton = _skeleton(_decode_punycode(host.lower()))
    words: set[str] = set()
    for label in skeleton.replace("_", "-").split("."):
        parts = [part for part in label.split("-") if part]
        words.update(parts)
        words.add("".join(parts))
        for i in range(len(parts) - 1):
            words.add(parts[i] + parts[i + 1])
    for brand, brand_skeleton in _brand_skeletons():
        for word in words:
            if brand_skeleton in word or (
                len(brand_skeleton) >= 6 and _within_one_edit(word, brand_skeleton)
            ):
                return f"imitates {brand}"
            if len(brand_skeleton) >= 8 and _glued_typo(word, brand_skeleton):
                return f"imitates {brand}"
    if ".tb.cn" in skeleton + "." or skeleton.startswith("tb.cn"):
        return "imitates tb.cn"
    return None
