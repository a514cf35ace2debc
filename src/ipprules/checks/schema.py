"""JSON Schema (draft 2020-12) of plan files: the ``plan`` schema of :mod:`ipprules.schemas`.

The shipped file is ``ipprules/schemas/plan.schema.json``; a test keeps it equal to
:func:`plan_schema`. Regenerate every shipped schema with ``python -m ipprules.schemas``.

>>> schema = plan_schema()
>>> schema["$schema"]
'https://json-schema.org/draft/2020-12/schema'
>>> schema["required"], schema["additionalProperties"]
(['account'], False)
>>> schema["$defs"]["Complaint"]["properties"]["channel"]
{'enum': ['portal', 'standalone_form'], 'default': 'portal'}
"""

from __future__ import annotations

from typing import Any

from ipprules import schemas
from ipprules.schemas._generate import schema_for

__all__ = ["SCHEMA_PATH", "plan_schema", "schema_for", "schema_text"]

#: Where the shipped schema lives.
SCHEMA_PATH = schemas.path("plan")


def plan_schema() -> dict[str, Any]:
    """The JSON Schema of plan files (TOML or JSON)."""
    return schemas.schema("plan")


def schema_text() -> str:
    """The schema as the text of the shipped file."""
    return schemas.schema_text("plan")
