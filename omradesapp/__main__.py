"""`python -m omradesapp`."""

import sys

from omradesapp.cli import main

sys.exit(main())
