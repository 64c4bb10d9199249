"""Practice Notes: an offline, encrypted notebook for solo therapists.

Packages, lowest layer first: ``domain``, ``vault``, ``backup``, ``reports``,
``services``, ``demo``, ``ui`` (the only one that knows Qt) and ``cli`` (the
``practice-notes`` command; ``python -m practice_notes`` runs it). The README's
Development section and tests/unit/test_import_graph.py give the rules.
"""

__version__ = "0.1.0"
