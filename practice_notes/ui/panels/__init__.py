"""Panels of the client workspace: each owns its widgets and talks to services."""
