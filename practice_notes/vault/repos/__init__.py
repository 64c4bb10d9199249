"""Repositories: all SQL of the app lives here, always with bound parameters."""
