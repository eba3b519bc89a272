"""One error root for the whole project.

The CLI is the only place where these become exit codes and one-line messages;
everything below raises a subclass of :class:`PresscalError` with a message that
says what was wrong and where (file, line, value) and, where it helps, what to do.
"""

from __future__ import annotations


class PresscalError(Exception):
    """Root of every error presscal raises on purpose."""

    exit_code = 1


class UsageError(PresscalError):
    """The user asked for something malformed (a bad date, an unknown type, ...)."""

    exit_code = 2


class ExtractionError(PresscalError):
    """A document could not be read or decoded (binary, empty, too large, unreadable)."""


class FetchError(ExtractionError):
    """A URL could not be fetched (bad scheme, timeout, too large, HTTP error)."""


class StoreError(PresscalError):
    """The event store could not be opened, migrated or written."""


class NotFound(StoreError):
    """No event, subscription or feed with that identifier."""


class FeedError(PresscalError):
    """An iCalendar feed could not be built."""


class DeliveryError(PresscalError):
    """A reminder could not be composed or delivered."""
