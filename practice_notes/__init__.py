"""Practice Notes: an offline, encrypted notebook for solo therapists."""

__version__ = "0.1.0"
