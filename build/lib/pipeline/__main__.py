"""`python -m pipeline …` is the `planpipe` command."""

import sys

from pipeline.cli import main

sys.exit(main())
