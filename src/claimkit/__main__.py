"""``python -m claimkit`` runs the ``claimkit`` command."""

from ._cli import main

raise SystemExit(main())
