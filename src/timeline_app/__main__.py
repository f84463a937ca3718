"""`python -m timeline_app` behaves exactly like the `timeline-app` script."""

from timeline_app.cli import main

raise SystemExit(main())
