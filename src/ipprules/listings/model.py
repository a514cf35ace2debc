"""The results of parsing: :class:`Listing`, :class:`Rejection` and :class:`Duplicate`.

A :class:`Listing` is built on the hot path (a million per second), so it is a bare tuple of
four slots: the URL form it matched, the id, one extra value (AliExpress region or Alibaba.com
slug) and the input text. Everything else (platform, canonical URL, identity key...) is read
from the form when asked for, so parsing allocates nothing beyond the result itself.
:class:`Rejection` and :class:`Duplicate` are named tuples (cheap to build, immutable).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any, Literal, NamedTuple

import attrs

from ipprules._typed import refuse_lone_strs
from ipprules.errors import plain, shown_value
from ipprules.listings.codes import REJECTION_CODES

__all__ = ["RECORD_FIELDS", "Duplicate", "Form", "Kind", "Listing", "Platform", "Rejection"]

#: Rule-book platform ids a listing can be filed under, plus ``taobao_or_tmall`` where the
#: host cannot tell Taobao from Tmall.
Platform = Literal[
    "taobao",
    "tmall",
    "tmall_global",
    "taobao_or_tmall",
    "1688",
    "alibaba_com",
    "aliexpress",
    "lazada_sg",
    "lazada_id",
    "lazada_my",
    "lazada_th",
    "lazada_ph",
    "lazada_vn",
]

#: What the URL points at: one product listing, or a storefront (complaint type "Store front").
Kind = Literal["listing", "storefront"]

#: AliExpress ids at or above 2**51 appear to be a 1005.../4000.../32... id plus 2**51 (unverified).
ALIEXPRESS_OFFSET = 2**51
_OFFSET_TEXT = str(ALIEXPRESS_OFFSET)
#: The least derived AliExpress id kept: a derived key is itself an id of 8 to 17 digits
#: (listing-urls.md's validator), so 2**51 to 2**51 + 9,999,999 derive none.
DERIVED_MIN = 10**7


@attrs.frozen(eq=False)
class Form:
    """One URL form of one marketplace: where its id sits and what it canonicalises to.

    ``canonical`` and ``identity`` are ``str.format`` templates over ``id`` and ``x`` (the
    extra value); ``canonical_bare`` is used instead of ``canonical`` when ``x`` is empty.
    ``host`` (a pattern), ``path`` and ``query_keys`` describe the URL shape (see
    :mod:`.forms`); ``hosts`` lists the literal hosts the pattern matches, or ``suffixes`` the
    host suffixes a label pattern sits under.

    >>> from ipprules.listings import parse_listing
    >>> form = parse_listing("https://item.taobao.com/item.htm?id=606832683299").form
    >>> form.name, form.platform, form.kind
    ('taobao-item', 'taobao', 'listing')
    >>> form.canonical, form.identity
    ('https://item.taobao.com/item.htm?id={id}', 'taobao-item:{id}')
    """

    def __attrs_post_init__(self) -> None:
        refuse_lone_strs(self)  # a lone str is no tuple of one-letter items

    name: str
    platform: Platform
    kind: Kind
    marketplace: str
    id_type: str
    canonical: str
    identity: str
    host: str
    path: str
    hosts: tuple[str, ...] = ()
    suffixes: tuple[str, ...] = ()
    query_keys: tuple[str, ...] = ()
    id_rule: str = "item"
    x_rule: str | None = None
    x_name: str | None = None
    x_const: str | None = None
    canonical_bare: str | None = None
    quote_id: bool = False
    note: str | None = None
    require: tuple[str, str] | None = None
    fast: bool = True
    #: for a form whose id is in the path: query keys that name the same kind of id on the
    #: marketplace's other pages (Taobao's ``id``). A value of one that is not the path's id
    #: makes the URL name two items (``world.taobao.com/item/N.htm?id=M``: conflicting-ids).
    conflict_keys: tuple[str, ...] = ()
    #: ``identity`` as (text before, text after) ``{id}`` when that is all it holds, else None.
    identity_parts: tuple[str, str] | None = attrs.field(init=False, repr=False)
    #: the same for ``canonical`` (None when it needs ``x`` or a quoted id).
    canonical_parts: tuple[str, str] | None = attrs.field(init=False, repr=False)

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not Form:
            return NotImplemented
        return self.name == other.name

    def __ne__(self, other: object) -> bool:
        if other.__class__ is not Form:
            return NotImplemented
        return self.name != other.name

    def __hash__(self) -> int:
        return hash(self.name)

    @identity_parts.default
    def _identity_parts(self) -> tuple[str, str] | None:
        return _split_template(self.identity)

    @canonical_parts.default
    def _canonical_parts(self) -> tuple[str, str] | None:
        return None if self.quote_id else _split_template(self.canonical)

    def canonical_url(self, id: str, x: str | None) -> str:
        """The canonical URL for an id (and extra value) of this form."""
        parts = self.canonical_parts
        if parts is not None:
            return parts[0] + id + parts[1]
        template = self.canonical if (x or self.canonical_bare is None) else self.canonical_bare
        if self.quote_id:
            from urllib.parse import quote

            id = quote(id, safe="")
        return template.format(id=id, x=x)

    def identity_key(self, id: str, x: str | None) -> str:
        """The de-duplication key for an id of this form."""
        parts = self.identity_parts
        if parts is not None:
            return parts[0] + id + parts[1]
        return self.identity.format(id=id, x=x)


#: The one record schema of :meth:`Listing.as_dict` and :meth:`Rejection.as_dict` (the same
#: keys, in this order, for both; None where a field does not apply): ``(name, kind)`` where
#: kind is ``string``, ``bool`` or ``int64``. A data frame or a Dask ``meta`` can be built
#: from it without parsing anything.
RECORD_FIELDS: tuple[tuple[str, str], ...] = (
    ("input", "string"),  # the text as given
    ("ok", "bool"),  # True for a listing, False for a rejection
    ("platform", "string"),
    ("marketplace", "string"),
    ("kind", "string"),  # listing or storefront
    ("id", "string"),
    ("canonical_url", "string"),
    ("identity", "string"),  # the de-duplication key
    ("region", "string"),  # AliExpress site
    ("slug", "string"),  # Alibaba.com title slug
    ("derived_key", "string"),  # unverified AliExpress key (ids >= 2**51)
    ("code", "string"),  # rejection code
    ("reason", "string"),  # rejection message
    ("suggestion", "string"),  # embedded listing of an agent link or share wrapper
)

_NO_REJECTION = {"code": None, "reason": None, "suggestion": None}
_NO_LISTING = dict.fromkeys(name for name, _ in RECORD_FIELDS[2:11])


def _html_table(title: str, record: dict[str, Any]) -> str:
    from ipprules._table import shown_html as escape

    rows = "".join(
        f"<tr><th style='text-align:left'>{escape(key)}</th><td style='text-align:left'>"
        f"{escape(str(value) if type(value) is not int else shown_value(value, 80))}</td></tr>"
        for key, value in record.items()
        if value is not None and key != "ok"
    )
    return f"<table><caption>{escape(title)}</caption>{rows}</table>"


def _short(text: str, limit: int = 60) -> str:
    return text if len(text) <= limit else text[: limit - 3] + "..."


#: An item id shorter than this is unusual: :attr:`Listing.note` says so.
SHORT_ITEM_ID = 9
#: The AliExpress region :attr:`Listing.note` has a caveat for (aliexpress.ru).
NOTED_REGION = "ru"
#: White space a link may be split by (a space typed or pasted into it, a no-break space, an
#: ideographic space, a tab), between two digits: an id may go on after it.
_SPLIT = re.compile("[0-9][ \t\u00a0\u2000-\u200a\u202f\u205f\u3000]+[0-9]")
_DIGITS = re.compile("[0-9]+")
#: The usual length of an id of each kind, (marketplace, id type) -> (fewest, most digits), as
#: listing-urls.md gives them: items of Taobao, Tmall, Tmall Global and Xianyu 11-13 (one id
#: space), 1688 offers 12-13, Alibaba.com items 10-13, AliExpress items 9-16, Lazada items 9-11,
#: Taobao shop and seller ids 8-10 (Xianyu user ids are Taobao's), AliExpress store ids 7-10.
#: An id split by white space is noted only where the digits on both sides of the space make
#: an id of this length (see :func:`split_id`); a kind not listed has no length to tell by.
USUAL_ID_LENGTHS: dict[tuple[str, str], tuple[int, int]] = {
    ("taobao", "item"): (11, 13),
    ("tmall", "item"): (11, 13),
    ("tmall_global", "item"): (11, 13),
    ("xianyu", "item"): (11, 13),
    ("1688", "offer"): (12, 13),
    ("alibaba_com", "item"): (10, 13),
    ("aliexpress", "item"): (9, 16),
    ("lazada", "item"): (9, 11),
    ("taobao", "shop"): (8, 10),
    ("taobao", "seller"): (8, 10),
    ("xianyu", "user"): (8, 10),
    ("aliexpress", "store"): (7, 10),
}


def split_text(text: str) -> bool:
    """Whether ``text`` holds white space between two digits, as an id split by a space
    does (``?id=606832683 299``): the cheap test before :func:`split_id`.

    >>> split_text("https://item.taobao.com/item.htm?id=606832683 299"), split_text("a 1")
    (True, False)
    """
    return _SPLIT.search(text) is not None


def split_id(text: str, id: str, usual: tuple[int, int] | None = None) -> str | None:
    """The note for a listing read from ``text`` whose id ``id`` is followed there by white
    space and more digits (``?id=606832683 299``: the first token of the text is read, as
    listing-urls.md section 0 says, so the id ends at the space): the digits after it, which
    may be the rest of the id; None when the id is not so followed. With ``usual``, the
    (fewest, most) digits of an id of its kind (:data:`USUAL_ID_LENGTHS`), only when the id
    and the digits after the space together have that many: a price or a quantity after a
    whole id (``?id=545087400148 699``, 15 digits together) is no part of it.

    >>> split_id("https://item.taobao.com/item.htm?id=606832683 299", "606832683", (11, 13))
    "the id 606832683 is followed by white space and '299': if they are one id, remove the space"
    >>> price = "https://item.taobao.com/item.htm?id=545087400148 699"
    >>> split_id(price, "545087400148", (11, 13)) is None
    True
    >>> split_id("https://item.taobao.com/item.htm?id=606832683299 看看", "606832683299") is None
    True
    """
    if not id.isdigit():
        return None
    for split in _SPLIT.finditer(text):  # each ends after a run of white space, apart
        end = split.start() + 1  # where the digits before the space end
        if text.endswith(id, 0, end) and not text[end - len(id) - 1 : end - len(id)].isdigit():
            digits = _DIGITS.match(text, split.end() - 1)
            assert digits is not None  # the match ends with a digit
            if usual is not None and not usual[0] <= len(id) + len(digits.group()) <= usual[1]:
                continue  # the two make no id of its kind: a price, a quantity, a date
            return (
                f"the id {id} is followed by white space and {digits.group()[:20]!r}: if "
                "they are one id, remove the space"
            )
    return None


def note_varies(form: Form) -> bool:
    """Whether :attr:`Listing.note` can differ between listings of ``form``: it reads the id
    of an item (an unusually short one) and the AliExpress region (``ru``); for the listings
    of any other form it is ``form.note``.

    >>> from ipprules.listings.forms import form_named
    >>> note_varies(form_named("taobao-item")), note_varies(form_named("1688-offer"))
    (True, False)
    """
    return form.id_type == "item" or form.x_name == "region"


def _split_template(template: str) -> tuple[str, str] | None:
    """``template`` as (before, after) its one ``{id}``, when it has no other field.

    >>> _split_template("taobao-item:{id}"), _split_template("https://{x}_{id}.html")
    (('taobao-item:', ''), None)
    """
    if not isinstance(template, str):  # Form(identity=None): was an AttributeError
        raise TypeError(f"a form's template must be a str, got {type(template).__name__}")
    before, field, after = template.partition("{id}")
    if not field or any(brace in before + after for brace in "{}"):
        return None
    return before, after


def _listing_fields(fields: tuple[Any, ...]) -> tuple[Form, str, str | None, str]:
    """``fields`` checked as a :class:`Listing`'s, a str subclass made a plain str; else a
    TypeError naming the field (``Listing((None,))`` failed later, in ``as_dict``)."""
    if len(fields) != 4:
        raise TypeError(
            f"Listing takes 4 fields (form, id, extra value or None, source), got {len(fields)};"
            " parse a URL with ipprules.parse_listing(text)"
        )
    form, id, x, source = fields
    if not isinstance(form, Form):
        raise TypeError(f"Listing's form must be a Form, got {type(form).__name__}")
    for name, value in (("id", id), ("source", source)):
        if not isinstance(value, str):
            raise TypeError(f"Listing's {name} must be a str, got {type(value).__name__}")
    if x is not None and not isinstance(x, str):
        raise TypeError(f"Listing's extra value must be a str or None, got {type(x).__name__}")
    return form, plain(id), None if x is None else plain(x), plain(source)


class Listing(tuple[Form, str, "str | None", str]):
    """A parsed listing or storefront URL.

    >>> from ipprules.listings import parse_listing
    >>> item = parse_listing("https://m.intl.taobao.com/detail/detail.html?id=993154784090&tk=x")
    >>> item.platform, item.kind, item.id
    ('taobao_or_tmall', 'listing', '993154784090')
    >>> item.canonical_url
    'https://item.taobao.com/item.htm?id=993154784090'
    >>> item.identity
    'taobao-item:993154784090'

    A tuple on purpose (speed), derived from its input: ``attrs.evolve``,
    ``dataclasses.replace`` and ``_replace`` do not apply. For a listing with another id or
    URL, parse that text (``parse_listing(new_url)``, which checks the id); for an edited
    record, edit its plain data (``{**item.as_dict(), ...}``).
    """

    __slots__ = ()

    def __new__(cls, fields: Iterable[Any] = (), /) -> Listing:
        """A listing from its four fields ``(form, id, extra value or None, source)``; the
        parser builds its listings with ``tuple.__new__`` and does not come here."""
        fields = tuple(fields) if type(fields) is not tuple else fields
        if (
            len(fields) != 4
            or type(fields[0]) is not Form
            or type(fields[1]) is not str
            or type(fields[3]) is not str
            or not (fields[2] is None or type(fields[2]) is str)
        ):
            fields = _listing_fields(fields)
        return tuple.__new__(cls, fields)

    @property
    def form(self) -> Form:
        """The URL form this input matched."""
        return self[0]

    @property
    def id(self) -> str:
        """The item id, offer id, or store id / label (see :attr:`id_type`)."""
        return self[1]

    @property
    def source(self) -> str:
        """The input text exactly as given."""
        return self[3]

    @property
    def platform(self) -> Platform:
        """The rule-book platform id (``taobao_or_tmall`` when the host cannot tell)."""
        return self[0].platform

    @property
    def kind(self) -> Kind:
        """``listing`` or ``storefront``."""
        return self[0].kind

    @property
    def marketplace(self) -> str:
        """The marketplace the URL is on (``xianyu`` for Xianyu, which files as ``taobao``)."""
        return self[0].marketplace

    @property
    def id_type(self) -> str:
        """What :attr:`id` is: item, offer, shop, seller, vanity, member or user."""
        return self[0].id_type

    @property
    def canonical_url(self) -> str:
        """The desktop URL to submit to IPP, with every tracking parameter dropped."""
        parts = self[0].canonical_parts
        if parts is not None:
            return parts[0] + self[1] + parts[1]
        return self[0].canonical_url(self[1], self[2])

    @property
    def identity(self) -> str:
        """The de-duplication key: equal for every URL of the same listing or store."""
        parts = self[0].identity_parts
        if parts is not None:
            return parts[0] + self[1] + parts[1]
        return self[0].identity_key(self[1], self[2])

    @property
    def region(self) -> str | None:
        """The AliExpress site the URL was on (``global``, ``us``, ``ru`` or a language)."""
        return self[2] if self[0].x_name == "region" else None

    @property
    def slug(self) -> str | None:
        """The Alibaba.com title slug from a desktop URL (kept for the canonical URL)."""
        return self[2] if self[0].x_name == "slug" else None

    @property
    def derived_identity(self) -> str | None:
        """UNVERIFIED derived key for AliExpress ids >= 2**51: ``aliexpress-item:{id - 2**51}``,
        when that is itself an AliExpress id (8 digits or more; None otherwise).

        Inferred from one confirmed pair (3256804692294345 on aliexpress.us is
        1005004878609097 on aliexpress.com); no public source states the mapping. Use it only
        when you opt in (``dedupe(..., use_derived=True)``).
        """
        id = self[1]
        if self[0].id_rule != "aliexpress" or (
            len(id) < len(_OFFSET_TEXT) or (len(id) == len(_OFFSET_TEXT) and id < _OFFSET_TEXT)
        ):
            return None
        derived = int(id) - ALIEXPRESS_OFFSET
        return f"aliexpress-item:{derived}" if derived >= DERIVED_MIN else None

    @property
    def note(self) -> str | None:
        """A caveat worth reading before filing, if any (the form's own note, unless the id
        or the extra value calls for another: see :func:`note_varies`)."""
        form = self[0]
        if form.id_type == "item" and len(self[1]) < SHORT_ITEM_ID:
            note: str | None = "item id shorter than 9 digits: unusual, check it"
        elif form.x_name == "region" and self[2] == NOTED_REGION:
            note = (
                "aliexpress.ru is run by a separate joint venture; whether IPP AliExpress "
                "complaints cover it is unknown"
            )
        else:
            note = form.note
        split = (
            split_id(self[3], self[1], USUAL_ID_LENGTHS.get((form.marketplace, form.id_type)))
            if self[3]
            else None
        )
        return note if split is None else split if note is None else f"{note}; {split}"

    @property
    def input(self) -> str:
        """The input text exactly as given (the same as :attr:`source`)."""
        return self[3]

    @property
    def ok(self) -> bool:
        """True: the input is a usable listing (False for a :class:`Rejection`)."""
        return True

    @property
    def derived_key(self) -> str | None:
        """The same as :attr:`derived_identity` (its name in the record schema)."""
        return self.derived_identity

    def as_dict(self) -> dict[str, Any]:
        """Plain data, with the keys of :data:`RECORD_FIELDS` (the same as a rejection's).

        >>> from ipprules.listings import parse_listing
        >>> record = parse_listing("https://detail.1688.com/offer/585943639773.html?spm=x").as_dict()
        >>> record["identity"], record["ok"], record["code"]
        ('1688-offer:585943639773', True, None)
        """
        form = self[0]
        return {
            "input": self[3],
            "ok": True,
            "platform": form.platform,
            "marketplace": form.marketplace,
            "kind": form.kind,
            "id": self[1],
            "canonical_url": self.canonical_url,
            "identity": self.identity,
            "region": self.region,
            "slug": self.slug,
            "derived_key": self.derived_identity,
            **_NO_REJECTION,
        }

    #: The same as :meth:`as_dict`: ``to_dict()`` is every result's name for it.
    to_dict = as_dict

    def __repr__(self) -> str:
        return (
            f"Listing(platform={self.platform!r}, kind={self.kind!r}, id={self.id!r}, "
            f"canonical_url={self.canonical_url!r})"
        )

    def _repr_html_(self) -> str:
        return _html_table(f"Listing ({self.platform} {self.kind})", self.as_dict())


class Rejection(NamedTuple):
    """An input that is not a usable listing URL, with a stable code and a message.

    A named tuple rather than an attrs class: bulk runs can produce many of these, and a tuple
    is several times cheaper to build.

    >>> from ipprules.listings import parse_listing
    >>> r = parse_listing("https://item.taobao.com.evil.cn/item.htm?id=606832683299")
    >>> r.code
    'lookalike-host'
    >>> r.title
    'lookalike host'
    """

    code: str
    message: str
    source: str
    suggestion: str | None = None

    @property
    def title(self) -> str:
        """The catalogue's short title for :attr:`code`."""
        return REJECTION_CODES[self.code].title

    @property
    def input(self) -> str:
        """The input text exactly as given (the same as :attr:`source`)."""
        return self.source

    @property
    def reason(self) -> str:
        """The message (its name in the record schema)."""
        return self.message

    @property
    def ok(self) -> bool:
        """False: the input is not a usable listing."""
        return False

    def as_dict(self) -> dict[str, Any]:
        """Plain data, with the keys of :data:`RECORD_FIELDS` (the same as a listing's).

        >>> from ipprules.listings import parse_listing
        >>> record = parse_listing("https://m.tb.cn/h.4CEhFr0").as_dict()
        >>> record["ok"], record["code"], record["platform"]
        (False, 'short-link', None)
        """
        return {
            "input": self.source,
            "ok": False,
            **_NO_LISTING,
            "code": self.code,
            "reason": self.message,
            "suggestion": self.suggestion,
        }

    def to_dict(self) -> dict[str, Any]:
        """The same as :meth:`as_dict`: ``to_dict()`` is every result's name for it."""
        return self.as_dict()

    def __repr__(self) -> str:
        code = repr(self.code) if type(self.code) is str else shown_value(self.code)
        return f"Rejection(code={code}, input={_short(self.source)!r})"

    def _repr_html_(self) -> str:
        return _html_table(f"Rejection ({self.code})", self.as_dict())


class Duplicate(NamedTuple):
    """An input whose listing has the same identity ``key`` as the input at position ``first``.

    >>> from ipprules.listings import dedupe, parse_listings
    >>> pairs = list(dedupe(parse_listings([
    ...     "https://item.taobao.com/item.htm?id=606832683299",
    ...     "https://m.intl.taobao.com/detail/detail.html?id=606832683299"])))
    >>> position, duplicate = pairs[1]
    >>> position, duplicate.first, duplicate.key
    (1, 0, 'taobao-item:606832683299')
    >>> duplicate.as_dict()["duplicate_of"]
    0
    """

    listing: Listing
    first: int
    key: str

    def as_dict(self) -> dict[str, Any]:
        """The listing's record (:data:`RECORD_FIELDS`) and ``duplicate_of``: the position of
        the first input with the same identity."""
        data = self.listing.as_dict()
        data["duplicate_of"] = self.first
        return data

    def to_dict(self) -> dict[str, Any]:
        """The same as :meth:`as_dict`: ``to_dict()`` is every result's name for it."""
        return self.as_dict()

    def __repr__(self) -> str:
        # shown_value: the text of an int of thousands of digits (a caller's position) raises
        return f"Duplicate(first={shown_value(self.first)}, key={self.key!r})"

    def _repr_html_(self) -> str:
        return _html_table(f"Duplicate of input {shown_value(self.first)}", self.as_dict())
