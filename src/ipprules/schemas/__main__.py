"""``python -m ipprules.schemas``: regenerate the shipped schema files from the models."""

from __future__ import annotations

from ipprules.schemas import write_all

if __name__ == "__main__":  # pragma: no cover - run by hand after changing an input model
    changed = write_all()
    for target in changed:
        print(f"wrote {target}")
    print(f"{len(changed)} schema file(s) changed")
