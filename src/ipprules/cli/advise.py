"""``ipprules advise``: the admissible reason codes for the facts of an infringement, ranked.

``--rules FILE`` applies a rule-book override (docs/rulebook.md) first: the reason codes, their
facts and the platforms are then the overridden book's.

Exit codes: 0 at least one admissible code, 1 none, 2 unusable input.
"""

from __future__ import annotations

import argparse

from ipprules.cli._common import (
    EXIT_FINDINGS,
    EXIT_OK,
    add_as_of,
    add_format,
    add_interpretation,
    add_rules,
    add_trial,
    print_csv,
    print_json,
    resolve_as_of,
    rulebook_from,
    target_type,
    trial_choice,
)

HELP = "rank the reason codes that fit the facts of an infringement, and say why"


def configure(parser: argparse.ArgumentParser) -> None:
    """Arguments of ``ipprules advise``."""
    parser.add_argument(
        "--ipr-type", required=True, metavar="TYPE", help="trademark, copyright, patent, other"
    )
    parser.add_argument("--platform", required=True, metavar="ID", help="platform id, e.g. taobao")
    parser.add_argument(
        "--target",
        default="listing",
        type=target_type,
        metavar="TARGET",
        help="listing (default) or storefront; the IPP form's words 'Product listing' and "
        "'Store front' too",
    )
    parser.add_argument(
        "--subtype", metavar="NAME", help="patent subtype: invention, utility_model, design"
    )
    parser.add_argument(
        "--fact",
        action="append",
        default=[],
        metavar="FACT",
        help="what infringes (repeatable): counterfeit_product, logo_in_images, mark_in_title, "
        "mark_in_description, store_name, store_decoration, copied_photos, copied_text, "
        "pirated_copies, design, invention, misleading_information, test_purchase, "
        "court_judgment, ...",
    )
    parser.add_argument("--member", action="store_true", help="the account is a Good Faith member")
    add_trial(parser)
    add_as_of(parser)
    add_interpretation(parser)
    add_rules(parser)
    add_format(parser, "csv")


def run(args: argparse.Namespace) -> int:
    """Run the command; see the module docstring for exit codes."""
    from ipprules.checks import advise

    args.trial = trial_choice(args)
    book = rulebook_from(args)  # a malformed file: exit 2 naming its line
    day = resolve_as_of(args)
    advice = advise(
        args.ipr_type,
        args.platform,
        target=args.target,
        facts=args.fact,
        member=args.member,
        subtype=args.subtype,
        as_of=day,
        rulebook=book,
        interpretation=args.interpretation,
        trial=args.trial,
    )
    if args.format == "json":
        print_json(advice.as_dict())
    elif args.format == "csv":
        from ipprules.checks.advisor import _ADVICE_COLUMNS

        print_csv(advice.to_records(), _ADVICE_COLUMNS)
    else:
        print(advice.text())
    return EXIT_OK if advice.admissible else EXIT_FINDINGS
