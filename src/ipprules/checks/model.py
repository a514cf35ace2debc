"""The domain model of a complaint plan: the account, its rights and the complaints to file.

Every class is frozen and slotted; closed sets are enums. The plan file format
(TOML or JSON) is exactly these classes, structured by the one strict converter
(:mod:`ipprules._convert`), so unknown keys, wrong types and bad dates are
reported with their JSON path. Ids that refer to the rule book (platforms,
reason codes, documents) are plain strings: the checks, not the file format,
say whether they exist on the filing date.

>>> plan = Plan(
...     account=Account(name="Acme Ltd", location=Location.ELSEWHERE, identity=Identity.ENTERPRISE),
...     rights=(Right(id="tm-1", ipr_type=IprType.TRADEMARK, place="CN"),),
...     complaints=(
...         Complaint(id="c1", platform="taobao", right="tm-1", reason="tm_counterfeit"),
...     ),
... )
>>> plan.right("tm-1").place
'CN'
>>> plan.complaints[0].target
<Target.LISTING: 'listing'>
"""

from __future__ import annotations

import datetime as dt
import enum

import attrs

from ipprules.rulebook.model import Target

__all__ = [
    "Account",
    "Authorisation",
    "Category",
    "ChannelId",
    "Complaint",
    "Identity",
    "IprType",
    "Location",
    "PatentSubtype",
    "Plan",
    "Right",
    "RightStatus",
    "Target",
    "Verification",
]


class Location(enum.StrEnum):
    """Where the IP owner is (a registration choice, B4)."""

    MAINLAND_CHINA = "mainland_china"
    ELSEWHERE = "elsewhere"


class Identity(enum.StrEnum):
    """Who the IP owner is: an individual or an enterprise (B4)."""

    INDIVIDUAL = "individual"
    ENTERPRISE = "enterprise"


class Category(enum.StrEnum):
    """The registrant category: the right holder itself, or an authorised agent (B4)."""

    RIGHT_HOLDER = "right_holder"
    AGENT = "agent"


class IprType(enum.StrEnum):
    """The type of a right (B6)."""

    TRADEMARK = "trademark"
    COPYRIGHT = "copyright"
    PATENT = "patent"
    OTHER = "other"


class PatentSubtype(enum.StrEnum):
    """The kind of a patent (R17)."""

    INVENTION = "invention"
    UTILITY_MODEL = "utility_model"
    DESIGN = "design"


class RightStatus(enum.StrEnum):
    """Whether a right is registered, only applied for, or (copyright) never registered."""

    REGISTERED = "registered"
    PENDING = "pending"
    UNREGISTERED = "unregistered"


class Verification(enum.StrEnum):
    """Alibaba's verification of an uploaded right (B11, R7)."""

    VERIFIED = "verified"
    PENDING = "pending"
    FAILED = "failed"


class ChannelId(enum.StrEnum):
    """How a complaint is filed: the IPP portal or the stand-alone form (B1, B2)."""

    PORTAL = "portal"
    STANDALONE_FORM = "standalone_form"


@attrs.frozen(kw_only=True)
class Authorisation:
    """A letter of authorisation (POA) from the rights holder to the filing agent.

    ``rights`` and ``platforms`` are its scope (empty: every right, every
    platform); ``valid_from`` / ``valid_until`` its validity (inclusive, open
    where not given). ``states_scope`` and ``states_validity`` say whether the
    letter itself states them (required on the Taobao family, R32).
    """

    rights: tuple[str, ...] = ()
    platforms: tuple[str, ...] = ()
    valid_from: dt.date | None = None
    valid_until: dt.date | None = None
    states_scope: bool = False
    states_validity: bool = False


@attrs.frozen(kw_only=True)
class Account:
    """The IPP account that files the complaints.

    ``documents`` are the identity documents it holds (rule-book document ids
    such as ``business_registration``); ``complaints_filed`` is its track record
    (complaints filed before this plan).
    """

    name: str
    location: Location
    identity: Identity
    category: Category = Category.RIGHT_HOLDER
    documents: tuple[str, ...] = ()
    authorisations: tuple[Authorisation, ...] = ()
    good_faith: bool = False
    good_faith_trial: bool = False
    registered: bool = True
    complaints_filed: int = 0


@attrs.frozen(kw_only=True)
class Right:
    """A right (IPR) uploaded to IPP.

    ``place`` is where it is registered (ISO code; ``CN`` is mainland China);
    ``documents`` are the rule-book document ids held for it (certificates,
    reports, statements). ``advised`` records that Alibaba's advice was sought
    first (recommended for the ``other`` type, B10).
    """

    id: str
    ipr_type: IprType
    subtype: PatentSubtype | None = None
    place: str = "CN"
    name: str = ""
    number: str = ""
    status: RightStatus = RightStatus.REGISTERED
    filing_date: dt.date | None = None
    registration_date: dt.date | None = None
    expiry_date: dt.date | None = None
    classes: tuple[int, ...] = ()
    registrant: str = ""
    documents: tuple[str, ...] = ()
    renewed: bool = False
    assigned: bool = False
    changed: bool = False
    madrid: bool = False
    software: bool = False
    verification: Verification = Verification.VERIFIED
    advised: bool = False


@attrs.frozen(kw_only=True)
class Complaint:
    """One complaint: one right, one reason code, one target kind, its listings.

    ``listings`` are the URLs as pasted; ``right`` is the id of a right in the
    plan; ``evidence`` holds rule-book document ids attached (e.g.
    ``test_purchase_report``); ``filing_date`` defaults to the plan's date.
    """

    id: str
    platform: str
    right: str
    reason: str
    channel: ChannelId = ChannelId.PORTAL
    target: Target = Target.LISTING
    listings: tuple[str, ...] = ()
    supplement: str = ""
    evidence: tuple[str, ...] = ()
    order_number: str | None = None
    filing_date: dt.date | None = None


@attrs.frozen(kw_only=True)
class Plan:
    """A plan of complaints: who files, on which rights, and what.

    ``as_of`` is the planned filing date (a complaint's own ``filing_date``
    wins for that complaint).
    """

    account: Account
    rights: tuple[Right, ...] = ()
    complaints: tuple[Complaint, ...] = ()
    as_of: dt.date | None = None

    def right(self, right_id: str) -> Right:
        """The right with this id (``KeyError`` if there is none)."""
        for item in self.rights:
            if item.id == right_id:
                return item
        raise KeyError(right_id)
