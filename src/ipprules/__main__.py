"""``python -m ipprules`` runs the command line."""

import sys

from ipprules.cli import main

sys.exit(main())
