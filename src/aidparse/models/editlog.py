"""The edit log: the ordered, non-overlapping edits that take an input to its output.

Every character aidparse removes or changes, from the decoded page to the
report's text, is one :class:`Edit` of an :class:`EditLog`: a removal (nothing
in its place), a repair or normalisation (something else in its place), or a
Traditional→Simplified conversion (one character for one). The log is the
single source of truth for provenance:

* :meth:`EditLog.apply` replays it on the input and gives the output exactly;
* :meth:`EditLog.to_input` maps a span of the output back to the input;
* it serialises with the report (as a JSON list of edits), so a report read
  back from JSON maps spans exactly as the report that was written.

In memory the log is a handful of arrays, not one object per edit; the
:class:`Edit` records are built only when iterated.

Mapping rules (:meth:`EditLog.to_input`):

* a span inside a replaced region maps to the whole region it replaced (a
  character restored by a repair comes from all of the damaged text), except
  inside a conversion, where characters map one to one;
* a span that touches removed text maps to the surviving boundaries: its start
  to the first character after the removal, its end to the last character
  before it;
* an empty span maps to the empty span at the input position of the character
  that follows it, or, inside a replaced region, to the whole region.

>>> log = EditLog.from_edits([
...     Edit(start=2, end=8, reason=EditReason.PINYIN),
...     Edit(start=10, end=11, replacement="资", reason=EditReason.SCRIPT_CONVERSION),
... ])
>>> log.apply("东营(yíng)援疆資金")
'东营援疆资金'
>>> log.to_input(Span(start=2, end=6))
Span(start=8, end=12)
"""

from __future__ import annotations

import bisect
import functools
from array import array
from collections.abc import Iterable, Iterator, Sequence
from typing import TYPE_CHECKING, Any, Literal

from pydantic import Field, model_validator

from aidparse.models.base import Model, Span, new_list
from aidparse.models.vocab import EditReason

if TYPE_CHECKING:
    from pydantic import GetCoreSchemaHandler, GetJsonSchemaHandler
    from pydantic.json_schema import JsonSchemaValue
    from pydantic_core import CoreSchema

__all__ = ["ALIGNED_REASONS", "Edit", "EditLog", "EditTuple"]

#: Reasons whose edits replace characters one for one, so positions inside map one to one.
ALIGNED_REASONS: frozenset[EditReason] = frozenset({EditReason.SCRIPT_CONVERSION, EditReason.WIDTH})

_REASONS: tuple[EditReason, ...] = tuple(EditReason)
#: Array type code of offsets: a signed 32-bit integer (``i`` is 4 bytes on every platform
#: CPython supports).
_OFFSET = "i"
_CODE: dict[EditReason, int] = {reason: i for i, reason in enumerate(_REASONS)}
_ALIGNED_CODES = frozenset(_CODE[r] for r in ALIGNED_REASONS)
#: What an edit without confidence or alternatives holds for them.
_NO_EXTRA: tuple[None, tuple[str, ...]] = (None, ())


class Edit(Model):
    """One edit of the log: ``input[start:end]`` became ``replacement``.

    >>> Edit(start=3, end=9, reason=EditReason.PINYIN).kind
    'removal'
    """

    start: int = Field(ge=0, description="Where the edited text starts in the input.")
    end: int = Field(ge=0, description="Where it ends in the input (exclusive).")
    replacement: str = Field(default="", description="What stands in its place; empty for a removal.")
    reason: EditReason
    confidence: float | None = Field(
        default=None, ge=0.0, le=1.0, description="For repairs that chose among readings."
    )
    alternatives: list[str] = Field(
        default_factory=new_list, description="The readings a repair did not choose, best first."
    )

    @model_validator(mode="after")
    def _ordered(self) -> Edit:
        if self.end < self.start:
            raise ValueError(f"edit end {self.end} is before start {self.start}")
        if self.end == self.start and not self.replacement:
            raise ValueError("an edit must remove or insert something")
        return self

    @property
    def kind(self) -> Literal["removal", "repair", "conversion"]:
        """``removal``, ``repair`` (any replacement, normalisations included) or ``conversion``."""
        if not self.replacement:
            return "removal"
        return "conversion" if self.reason is EditReason.SCRIPT_CONVERSION else "repair"

    @property
    def span(self) -> Span:
        """Where the edited text stood in the input."""
        return Span._trusted(self.start, self.end)


#: The compact JSON form of an edit: ``[start, end, replacement, reason]``, with
#: ``confidence`` and ``alternatives`` after them for repairs that chose a reading.
EditTuple = (tuple[int, int, str, EditReason]
             | tuple[int, int, str, EditReason, float | None, list[str]])


@functools.cache
def _edit_list_adapter() -> Any:
    from pydantic import TypeAdapter

    return TypeAdapter(list[EditTuple | Edit])


class EditLog(Sequence[Edit]):
    """Ordered, non-overlapping edits from an input text to an output text.

    Build one with :meth:`from_edits` (or let :func:`aidparse.clean` and
    :func:`aidparse.parse` build it); read it as a sequence of :class:`Edit`.
    """

    __slots__ = ("_a", "_b", "_extra", "_ins", "_ins_at", "_n", "_o", "_reasons")

    def __init__(self) -> None:
        # 32-bit offsets: inputs are capped at MAX_INPUT_SIZE (64 MiB), far below 2**31
        self._a = array(_OFFSET)  # input start of each edit
        self._b = array(_OFFSET)  # input end
        self._o = array(_OFFSET)  # output start
        self._n = array(_OFFSET)  # output length (length of the replacement)
        self._ins_at = array(_OFFSET)  # start of each replacement in _ins
        self._ins = ""  # every replacement, concatenated
        self._reasons = bytearray()  # index into EditReason
        self._extra: dict[int, tuple[float | None, tuple[str, ...]]] = {}

    # ------------------------------------------------------------------ building

    @classmethod
    def from_entries(
        cls,
        entries: Iterable[tuple[int, int, str, EditReason, float | None, Sequence[str]]],
    ) -> EditLog:
        """A log from ``(start, end, replacement, reason, confidence, alternatives)`` tuples.

        Raises:
            ValueError: The entries overlap, are out of order, or are empty.
        """
        starts: list[int] = []
        ends: list[int] = []
        outs: list[int] = []
        lengths: list[int] = []
        ats: list[int] = []
        codes: list[int] = []
        pieces: list[str] = []
        extra: dict[int, tuple[float | None, tuple[str, ...]]] = {}
        shift = ins_pos = prev_end = 0  # shift: output minus input before the current edit
        code = _CODE
        for i, (start, end, replacement, reason, confidence, alternatives) in enumerate(entries):
            if start < prev_end or end < start or (start == end and not replacement):
                raise ValueError(f"edit {i} ({start}, {end}) overlaps, is out of order or is empty")
            n = len(replacement)
            starts.append(start)
            ends.append(end)
            outs.append(start + shift)
            lengths.append(n)
            ats.append(ins_pos)
            codes.append(code[reason] if reason in code else code[EditReason(reason)])
            if confidence is not None or alternatives:
                extra[i] = (confidence, tuple(alternatives))
            pieces.append(replacement)
            ins_pos += n
            shift += n - (end - start)
            prev_end = end
        log = cls()
        log._a, log._b, log._o = array(_OFFSET, starts), array(_OFFSET, ends), array(_OFFSET, outs)
        log._n, log._ins_at = array(_OFFSET, lengths), array(_OFFSET, ats)
        log._reasons, log._ins, log._extra = bytearray(codes), "".join(pieces), extra
        return log

    def entries(self) -> Iterator[tuple[int, int, str, EditReason, float | None, tuple[str, ...]]]:
        """The edits as ``(start, end, replacement, reason, confidence, alternatives)`` tuples.

        Cheaper than iterating :class:`Edit` records; :meth:`from_entries` takes them back.
        """
        ins, ats, lengths, extra = self._ins, self._ins_at, self._n, self._extra
        for i, (a, b, code) in enumerate(zip(self._a, self._b, self._reasons, strict=True)):
            confidence, alternatives = extra.get(i, (None, ()))
            yield (a, b, ins[ats[i] : ats[i] + lengths[i]], _REASONS[code], confidence,
                   alternatives)

    @classmethod
    def from_edits(cls, edits: Iterable[Edit | EditTuple]) -> EditLog:
        """A log from :class:`Edit` records or their compact tuples (sorted, not overlapping).

        >>> EditLog.from_edits([(2, 8, "", EditReason.PINYIN)]).apply("东营(yíng)")
        '东营'
        """
        return cls.from_entries(map(_entry, edits))

    # ------------------------------------------------------------------ reading

    def __len__(self) -> int:
        return len(self._a)

    def _edit(self, i: int) -> Edit:
        at, n = self._ins_at[i], self._n[i]
        confidence, alternatives = self._extra.get(i, _NO_EXTRA)
        return Edit._trusted({  # the log holds only valid edits
            "start": self._a[i], "end": self._b[i], "replacement": self._ins[at : at + n],
            "reason": _REASONS[self._reasons[i]], "confidence": confidence,
            "alternatives": list(alternatives),
        })

    def __getitem__(self, index: Any) -> Any:
        if isinstance(index, slice):
            return [self._edit(i) for i in range(*index.indices(len(self)))]
        n = len(self)
        if not -n <= index < n:
            raise IndexError("edit index out of range")
        return self._edit(index % n if n else index)

    def __iter__(self) -> Iterator[Edit]:
        # what _edit does for each index, reading the arrays in one pass
        ins, extra, trusted = self._ins, self._extra, Edit._trusted
        rows = zip(self._a, self._b, self._ins_at, self._n, self._reasons, strict=True)
        for i, (a, b, at, n, code) in enumerate(rows):
            confidence, alternatives = extra.get(i, _NO_EXTRA)
            yield trusted({"start": a, "end": b, "replacement": ins[at : at + n],
                           "reason": _REASONS[code], "confidence": confidence,
                           "alternatives": list(alternatives)})

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, EditLog):
            return NotImplemented
        return (self._a == other._a and self._b == other._b and self._n == other._n
                and self._ins == other._ins and self._reasons == other._reasons
                and self._extra == other._extra)

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        return f"EditLog({len(self)} edits)"

    def __reduce__(self) -> tuple[Any, ...]:
        return (_restore, (self._a.tobytes(), self._b.tobytes(), self._n.tobytes(),
                           bytes(self._reasons), self._ins, self._extra))

    def _aligned(self, i: int) -> bool:
        return self._reasons[i] in _ALIGNED_CODES and self._n[i] == self._b[i] - self._a[i]

    def reasons(self) -> frozenset[EditReason]:
        """The reasons the log's edits give.

        >>> EditLog.from_edits([(2, 8, "", EditReason.PINYIN)]).reasons() == {EditReason.PINYIN}
        True
        """
        return frozenset(_REASONS[code] for code in set(self._reasons))

    @property
    def removed_length(self) -> int:
        """How many input characters the log takes out, net of what it puts in."""
        return sum(self._b) - sum(self._a) - len(self._ins)

    def output_length(self, input_length: int) -> int:
        """Length of the output for an input of ``input_length`` characters."""
        return input_length - self.removed_length

    # ------------------------------------------------------------------ replaying

    def apply(self, text: str) -> str:
        """Replay the log on its input; gives the output exactly.

        Raises:
            ValueError: ``text`` is shorter than the edits need.
        """
        if self._b and self._b[-1] > len(text):
            raise ValueError(f"the log edits up to offset {self._b[-1]}, the text has {len(text)}")
        pieces: list[str] = []
        pos = 0
        ins, ins_at, n = self._ins, self._ins_at, self._n
        for i, (a, b) in enumerate(zip(self._a, self._b, strict=True)):
            pieces.append(text[pos:a])
            pieces.append(ins[ins_at[i] : ins_at[i] + n[i]])
            pos = b
        pieces.append(text[pos:])
        return "".join(pieces)

    def apply_within(self, text: str, span: Span) -> str:
        """Replay only the edits inside ``span`` of the input: what that region became.

        ``log.apply_within(original, log.to_input(s))`` always contains
        ``output[s.start:s.end]`` — the check that a mapped span really is
        where the output came from.

        Raises:
            ValueError: An edit that replaces text crosses the span's boundary
                (conversions are cut one to one).

        >>> log = EditLog.from_edits([Edit(start=2, end=8, reason=EditReason.PINYIN)])
        >>> log.apply_within("东营(yíng)援疆", Span(start=1, end=10))
        '营援疆'
        """
        lo, hi = span.start, span.end
        pieces: list[str] = []
        pos = lo
        first = bisect.bisect_left(self._b, lo)
        for i in range(first, len(self)):
            a, b = self._a[i], self._b[i]
            if b == lo and a < b:  # ends where the span starts
                continue
            if a >= hi and not (a == b == hi):
                break
            at, n = self._ins_at[i], self._n[i]
            replacement = self._ins[at : at + n]
            if a < lo or b > hi:
                if not self._aligned(i):
                    raise ValueError(f"edit ({a}, {b}) crosses the span ({lo}, {hi})")
                cut_lo, cut_hi = max(a, lo), min(b, hi)
                replacement = replacement[cut_lo - a : cut_hi - a]
                a, b = cut_lo, cut_hi
            pieces.append(text[pos:a])
            pieces.append(replacement)
            pos = b
        pieces.append(text[pos:hi])
        return "".join(pieces)

    # ------------------------------------------------------------------ mapping

    def _start(self, p: int) -> int:
        i = bisect.bisect_right(self._o, p) - 1
        if i < 0:
            return p
        o, n = self._o[i], self._n[i]
        if p < o + n:  # at or inside edit i's replacement
            return self._a[i] + (p - o if self._aligned(i) else 0)
        return self._b[i] + (p - o - n)

    def _end(self, q: int) -> int:
        i = bisect.bisect_right(self._o, q - 1) - 1
        if i < 0:
            return q
        o, n = self._o[i], self._n[i]
        if q - 1 < o + n:  # the last character is inside edit i's replacement
            return self._a[i] + (q - o) if self._aligned(i) else self._b[i]
        return self._b[i] + (q - o - n)

    def to_input(self, span: Span, output_length: int | None = None) -> Span:
        """Map a span of the output to the span of the input it came from.

        Args:
            span: A span of the output text.
            output_length: The output's length, to check the span lies inside it.

        Raises:
            ValueError: The span lies outside the output.
        """
        start, end = span.start, span.end
        if output_length is not None and end > output_length:
            raise ValueError(f"span {span} lies outside the text ({output_length} characters)")
        if start == end:
            i = bisect.bisect_right(self._o, start) - 1
            if i >= 0 and self._o[i] < start < self._o[i] + self._n[i] and not self._aligned(i):
                return Span._trusted(self._a[i], self._b[i])
            pos = self._start(start)
            return Span._trusted(pos, pos)
        return Span._trusted(self._start(start), self._end(end))

    # ------------------------------------------------------------------ views

    def edits(self, kind: Literal["removal", "repair", "conversion"] | None = None) -> list[Edit]:
        """The edits, or only those of one :attr:`Edit.kind`."""
        return [e for e in self if kind is None or e.kind == kind]

    # ------------------------------------------------------------------ pydantic

    def _dump(self) -> list[list[Any]]:
        """The compact form: one ``[start, end, replacement, reason(, confidence, alternatives)]`` each."""
        out: list[list[Any]] = []
        ins, ins_at, n, a, b, codes = self._ins, self._ins_at, self._n, self._a, self._b, self._reasons
        values = [reason.value for reason in _REASONS]
        for i in range(len(a)):
            row: list[Any] = [a[i], b[i], ins[ins_at[i] : ins_at[i] + n[i]], values[codes[i]]]
            extra = self._extra.get(i)
            if extra is not None:
                row += [extra[0], list(extra[1])]
            out.append(row)
        return out

    @classmethod
    def __get_pydantic_core_schema__(cls, source: Any, handler: GetCoreSchemaHandler) -> CoreSchema:
        from pydantic_core import core_schema

        edits = handler.generate_schema(list[EditTuple | Edit])
        from_edits = core_schema.no_info_after_validator_function(cls.from_edits, edits)
        return core_schema.json_or_python_schema(
            json_schema=from_edits,
            python_schema=core_schema.union_schema(
                [core_schema.is_instance_schema(cls), from_edits]),
            serialization=core_schema.plain_serializer_function_ser_schema(
                cls._dump, when_used="always"),
        )

    @classmethod
    def __get_pydantic_json_schema__(
        cls, schema: CoreSchema, handler: GetJsonSchemaHandler
    ) -> JsonSchemaValue:
        return handler(_edit_list_adapter().core_schema)


def _entry(edit: Edit | EditTuple) -> tuple[int, int, str, EditReason, float | None, Sequence[str]]:
    if isinstance(edit, Edit):
        return edit.start, edit.end, edit.replacement, edit.reason, edit.confidence, edit.alternatives
    if len(edit) == 4:
        return (*edit, None, ())
    return edit


def _restore(a: bytes, b: bytes, n: bytes, reasons: bytes, ins: str,
             extra: dict[int, tuple[float | None, tuple[str, ...]]]) -> EditLog:
    """Rebuild a pickled log from its arrays."""
    log = EditLog()
    log._a.frombytes(a)
    log._b.frombytes(b)
    log._n.frombytes(n)
    log._reasons = bytearray(reasons)
    log._ins = ins
    log._extra = dict(extra)
    shift = pos = 0
    for start, end, length in zip(log._a, log._b, log._n, strict=True):
        log._o.append(start + shift)
        log._ins_at.append(pos)
        shift += length - (end - start)
        pos += length
    return log
