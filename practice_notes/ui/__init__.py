"""The PySide6 shell. Only this package knows Qt."""
