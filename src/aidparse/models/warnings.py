"""Warnings a program can read: a code from :class:`~aidparse.models.vocab.WarningCode`,
a message for people, and where in the report's text it applies."""

from __future__ import annotations

from pydantic import Field

from aidparse.models.base import Model, Span, new_list
from aidparse.models.vocab import WarningCode

__all__ = ["ParseWarning"]


class ParseWarning(Model):
    """Something a program reading a report should know.

    >>> w = ParseWarning(code=WarningCode.NOT_CHINESE, message="the text is not Chinese")
    >>> w.code.value, w.spans
    ('not-chinese', [])
    """

    code: WarningCode
    message: str
    spans: list[Span] = Field(
        default_factory=new_list,
        description="Where in the report's text it applies; empty when it concerns the whole input.",
    )
