"""``python -m footprint`` is ``footprint``."""

from footprint.cli import main

raise SystemExit(main())
