"""Entry point of the packaged app."""

import sys

from omradesapp.cli import main

sys.exit(main())
