"""`python -m practice_notes`: the same as the `practice-notes` command."""

from practice_notes.cli import main

raise SystemExit(main())
