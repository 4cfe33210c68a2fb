"""Typed errors that callers can act on.

Every error aidparse raises on purpose derives from :class:`AidparseError`, so a
pipeline can catch one class and log the input that failed. Wrong argument
*types* raise the built-in :class:`TypeError` instead, because they are
programming mistakes, not bad data.
"""

from __future__ import annotations

__all__ = [
    "AidparseError",
    "BinaryInputError",
    "InputTooLargeError",
    "UnknownEncodingError",
]

#: Inputs larger than this many bytes (or characters) are refused with
#: :class:`InputTooLargeError`. Scraped reports are a few hundred kilobytes
#: at most; anything bigger is almost certainly not one report.
MAX_INPUT_SIZE = 64 * 1024 * 1024


class AidparseError(Exception):
    """Base class of every error aidparse raises about its input."""


class BinaryInputError(AidparseError, ValueError):
    """The bytes are clearly not text (an image, a PDF, a zip archive ...)."""


class InputTooLargeError(AidparseError, ValueError):
    """The input is larger than :data:`MAX_INPUT_SIZE`."""


class UnknownEncodingError(AidparseError, LookupError):
    """An ``encoding=`` argument names a codec Python does not know."""


def check_size(size: int) -> None:
    """Raise :class:`InputTooLargeError` when ``size`` exceeds the limit.

    >>> check_size(10)
    >>> check_size(MAX_INPUT_SIZE + 1)
    Traceback (most recent call last):
    ...
    aidparse.errors.InputTooLargeError: input of 67108865 bytes exceeds the limit of 67108864
    """
    if size > MAX_INPUT_SIZE:
        raise InputTooLargeError(
            f"input of {size} bytes exceeds the limit of {MAX_INPUT_SIZE}"
        )
