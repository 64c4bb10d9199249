"""The demo generator: a realistic, deterministic practice for trying the app.

A client of :mod:`practice_notes.services` (it writes through the same use cases as
the window and the CLI), not a service itself. ``build`` assembles the practice
(``build_demo``, ``open_or_build_demo``); ``themes``, ``text`` and ``record_text``
hold the invented material; ``compose`` and ``record`` turn a theme into sessions,
goals, measures and agreements. Qt-free.
"""
