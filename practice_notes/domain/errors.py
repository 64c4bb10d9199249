"""Errors raised by domain rules."""


class ValidationError(ValueError):
    """Input that breaks a rule. ``field`` names the offending field; the message
    is one line a person can act on."""

    def __init__(self, message: str, field: str | None = None) -> None:
        super().__init__(message)
        self.field = field


class SearchQueryError(ValidationError):
    """A search that cannot run as typed (an unclosed quote, one letter alone);
    the message is one line to show."""
