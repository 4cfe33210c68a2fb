"""What a batch run gives for each input: a parsed report, or a failure record.

Both name the input (``file``) and its position in the input sequence
(``index``), so results that arrive as they complete can still be matched to
their inputs. The input's name is called ``file`` — not ``source`` — because
`AidReport.source` already names the
outlet that published a report (人民网, 新华社 …).
"""

from __future__ import annotations

from typing import Any

from pydantic import Field

from aidparse.models.base import Model
from aidparse.models.report import AidReport

__all__ = ["ParseFailure", "Parsed", "failure"]


class Parsed(Model):
    """An input that was parsed: its name, position and report."""

    file: str = Field(description="The input's name: its path, URL or given name.")
    index: int = Field(ge=0, description="Position of the input in the sequence given.")
    report: AidReport

    @property
    def ok(self) -> bool:
        """Always ``True``: this input was parsed."""
        return True


class ParseFailure(Model):
    """An input that could not be parsed, with the error that stopped it.

    Examples:
        >>> f = ParseFailure(file="x.png", index=0, error="BinaryInputError", message="not text")
        >>> f.ok, f.to_record()
        (False, {'file': 'x.png', 'error': 'BinaryInputError', 'message': 'not text'})
    """

    file: str = Field(description="The input's name: its path, URL or given name.")
    index: int = Field(ge=0, description="Position of the input in the sequence given.")
    error: str = Field(description="The exception's type: BinaryInputError, FileNotFoundError ...")
    message: str = Field(description="The exception's message.")

    @property
    def ok(self) -> bool:
        """Always ``False``: this input failed."""
        return False

    def to_record(self) -> dict[str, Any]:
        """The error record written by the command line: ``file``, ``error``, ``message``."""
        return {"file": self.file, "error": self.error, "message": self.message}

    def __str__(self) -> str:
        return f"{self.file}: {self.error}: {self.message}"


def failure(index: int, name: str, exc: BaseException) -> ParseFailure:
    """The failure record of ``exc`` raised while reading or parsing input ``name``.

    >>> failure(2, "a.txt", FileNotFoundError(2, "No such file or directory")).message
    '[Errno 2] No such file or directory'
    """
    message = " ".join(str(exc).split()) or type(exc).__name__
    return ParseFailure(file=name, index=index, error=type(exc).__name__, message=message)
