"""The nouns and rules of Practice Notes. Standard library only.

Import what you need from the modules: ``enums``, ``models``, ``rules``, ``notes``,
``measures``, ``gas``, ``errors``, and ``chart_geometry`` (series, bands, ticks and
label spreading shared by the PDF's and the window's charts), kept out of this
file so that importing one small module does not load them all.
"""
