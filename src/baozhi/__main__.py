"""``python -m baozhi``: the same as the ``clean-files`` command."""

from __future__ import annotations

from baozhi.cli import main

raise SystemExit(main())
