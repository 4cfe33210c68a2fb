"""How cleaning steps change text, and how their changes become one edit log.

A step never rewrites text itself: it looks at the current text and returns
:class:`Change` objects (replace ``text[start:end]`` by ``replacement``). The
:class:`LogBuilder` applies them and *composes* them with what earlier steps
did, so that at every moment it holds one ordered, non-overlapping
:class:`~aidparse.models.editlog.EditLog` from the original input to the
current text. Composition keeps every record exact:

* a change inside text an earlier step put in (a repair, a conversion) merges
  with that edit, so the log never holds two edits over one input region;
* a removal that swallows earlier removals keeps them as they were (each with
  its own reason) and removes what lies between them;
* one-for-one changes (script conversion, width) are split at the boundaries
  of earlier edits, so their characters keep mapping one to one.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Sequence
from typing import cast

from aidparse._record import record
from aidparse.models import MetadataLine, Span
from aidparse.models.editlog import ALIGNED_REASONS, EditLog
from aidparse.models.vocab import EditReason, MetaField

__all__ = [
    "Change",
    "LogBuilder",
    "Meta",
    "aligned_changes",
    "apply_changes",
    "extend_log",
    "resolve_overlaps",
]

logger = logging.getLogger(__name__)


@record
class Meta:
    """A metadata value found by a step, at ``[start, end)`` of the current text."""

    field: MetaField | str
    value: str
    start: int
    end: int


@record
class Change:
    """Replace ``[start, end)`` of the current text with ``replacement``, for ``reason``."""

    start: int
    end: int
    replacement: str = ""
    reason: EditReason = EditReason.NAVIGATION
    confidence: float | None = None
    alternatives: tuple[str, ...] = ()
    meta: tuple[Meta, ...] = ()

    @property
    def aligned(self) -> bool:
        """One character for one (positions inside map one to one)."""
        return self.reason in ALIGNED_REASONS and len(self.replacement) == self.end - self.start


def apply_changes(text: str, changes: Iterable[Change]) -> str:
    """Apply non-overlapping changes to ``text`` (a helper for doctests and tools).

    >>> apply_changes("援疆 , 资金", [Change(2, 3), Change(5, 5, "!")])
    '援疆, !资金'
    """
    out, pos = [], 0
    for c in sorted(changes, key=lambda c: (c.start, c.end)):
        out.append(text[pos : c.start])
        out.append(c.replacement)
        pos = c.end
    out.append(text[pos:])
    return "".join(out)


def resolve_overlaps(changes: Iterable[Change]) -> list[Change]:
    """Sort a step's changes and resolve overlaps instead of failing on them.

    Two overlapping removals become one removal of their union (with the first
    one's reason and the metadata of both); a removal wins over a replacement it
    overlaps; of two overlapping replacements the first is kept.

    >>> [(c.start, c.end) for c in resolve_overlaps([Change(0, 5), Change(3, 8), Change(9, 10)])]
    [(0, 8), (9, 10)]
    """
    out: list[Change] = []
    for c in sorted(changes, key=lambda c: (c.start, -c.end)):
        if c.start == c.end and not c.replacement:
            continue
        prev = out[-1] if out else None
        if prev is None or (c.start >= prev.end and not (c.start == prev.start == prev.end)):
            out.append(c)
            continue
        logger.debug("overlapping changes %s and %s", prev, c)
        if not prev.replacement and not c.replacement:
            out[-1] = Change(prev.start, max(prev.end, c.end), "", prev.reason,
                             meta=prev.meta + c.meta)
        elif not c.replacement:  # a removal overlapping a replacement: the removal wins
            out[-1] = Change(prev.start, max(prev.end, c.end), "", c.reason,
                             meta=prev.meta + c.meta)
        # else: keep the first replacement (prev, or a removal that covers c)
    return out


# A log entry while building: input start, input end, replacement, reason,
# confidence, alternatives.
_Entry = tuple[int, int, str, EditReason, "float | None", tuple[str, ...]]


def _aligned(entry: _Entry) -> bool:
    return entry[3] in ALIGNED_REASONS and len(entry[2]) == entry[1] - entry[0]


class LogBuilder:
    """The current text, and the edit log from the original input to it."""

    def __init__(self, original: str) -> None:
        self.original = original
        self.text = original
        self.entries: list[_Entry] = []
        self.metadata: list[MetadataLine] = []
        self.changed_steps: list[str] = []

    def log(self) -> EditLog:
        """The edit log so far."""
        return EditLog.from_entries(self.entries)

    def to_input(self, start: int, end: int) -> Span:
        """Where ``[start, end)`` of the current text came from in the original."""
        return self.log().to_input(Span._trusted(start, end))

    def apply(self, step: str, changes: Sequence[Change]) -> None:
        """Apply one step's changes to the current text and compose them into the log."""
        resolved = resolve_overlaps(changes)
        # a fact read from a line the step keeps rides on a change that changes nothing (a notice's
        # signed date): no edit, only metadata
        notes = [m for c in changes if c.start == c.end and not c.replacement for m in c.meta]
        if not resolved and not notes:
            return
        metas = [m for c in resolved for m in c.meta] + notes
        if metas:
            current = self.log()
            for m in metas:
                span = current.to_input(Span._trusted(m.start, m.end))
                self.metadata.append(MetadataLine.model_construct(
                    field=MetaField(m.field), value=m.value, span=span))
        new_text = apply_changes(self.text, resolved)
        self.entries = _compose(self.entries, resolved, self.text)
        if new_text != self.text:
            self.changed_steps.append(step)
        self.text = new_text


class _Open:
    """Edits of the current step merged over earlier edits, while later changes may still touch it.

    ``lo``/``hi`` is its extent in the current text and ``changes`` the step's
    changes it holds, so its replacement can always be recomputed from the
    current text: ``apply_changes(current[lo:hi], changes)``.
    """

    __slots__ = ("a", "b", "changes", "conf", "hi", "lo", "reason")

    def __init__(self, a: int, b: int, lo: int, hi: int, changes: list[Change],
                 reason: EditReason, conf: float | None) -> None:
        self.a, self.b, self.lo, self.hi = a, b, lo, hi
        self.changes, self.reason, self.conf = changes, reason, conf

    def entry(self, current: str) -> _Entry:
        shifted = [Change(c.start - self.lo, c.end - self.lo, c.replacement, c.reason)
                   for c in self.changes]
        alts = self.changes[-1].alternatives if len(self.changes) == 1 else ()
        return (self.a, self.b, apply_changes(current[self.lo : self.hi], shifted), self.reason,
                self.conf, alts)


def _extent(item: _Entry | _Open) -> tuple[int, int, int]:
    """Input start, input end and length in the current text of a pending item."""
    if isinstance(item, _Open):
        return item.a, item.b, item.hi - item.lo
    return item[0], item[1], len(item[2])


def _compose(entries: list[_Entry], changes: list[Change], current: str) -> list[_Entry]:
    """The log from the original to ``apply_changes(current, changes)``.

    ``entries`` is the log from the original to ``current``; ``changes`` are
    sorted, non-overlapping changes of ``current``. One pass over both: each
    change either lies in copied text (a new edit), or touches earlier edits —
    then it is cut at their boundaries (one-for-one changes), keeps the removals
    it swallows (removals), or merges with them into one edit (the rest).
    """
    out: list[_Entry] = []
    pending: list[_Entry | _Open] = list(entries)
    i = 0
    shift = 0  # original offset minus current offset, in the copied text reached so far

    def emit(item: _Entry | _Open) -> None:
        out.append(item.entry(current) if isinstance(item, _Open) else item)

    opened = False  # whether an _Open item was made (until then every item is a plain entry)
    for ch in changes:
        s, e = ch.start, ch.end
        # 1. items wholly before the change (removals at ``s`` included)
        while i < len(pending):
            before = pending[i]
            if isinstance(before, _Open):
                a, b, n = before.a, before.b, before.hi - before.lo
                if a - shift + n > s:
                    break
                out.append(before.entry(current))
            else:
                a, b, n = before[0], before[1], len(before[2])
                if a - shift + n > s:
                    break
                out.append(before)
            shift += (b - a) - n
            i += 1
        # a one-for-one edit straddling ``s`` is cut there: only its tail is touched
        item = pending[i] if i < len(pending) else None
        if item is not None and not isinstance(item, _Open) and _aligned(item):
            a, b, r, reason, conf, alts = item
            if a - shift < s < a - shift + len(r):
                cut = s - (a - shift)
                out.append((a, a + cut, r[:cut], reason, conf, alts))
                pending[i] = (a + cut, b, r[cut:], reason, conf, alts)
        # 2. items the change touches: their output starts before its end
        first, starts, local = i, [], shift
        while i < len(pending):
            a, b, n = _extent(pending[i])
            if a - local >= e:
                break
            starts.append(a - local)
            local += (b - a) - n
            i += 1
        if not starts:
            out.append((s + shift, e + shift, ch.replacement, ch.reason, ch.confidence,
                        ch.alternatives))
            continue
        last = pending[i - 1]
        if not isinstance(last, _Open) and _aligned(last) and starts[-1] < e < starts[-1] + len(last[2]):
            a, b, r, reason, conf, alts = last  # a one-for-one edit straddling ``e`` is cut too
            cut = e - starts[-1]
            pending[i - 1] = (a, a + cut, r[:cut], reason, conf, alts)
            pending.insert(i, (a + cut, b, r[cut:], reason, conf, alts))
        touched = pending[first:i]
        plain = [t for t in touched if not isinstance(t, _Open)]
        if len(plain) == len(touched) and not _straddles(plain, starts, s, e):
            if ch.aligned:
                shift = _merge_aligned(out, plain, starts, ch, shift)
                continue
            if not ch.replacement:
                shift = _merge_removal(out, plain, ch, shift)
                continue
        # a change over earlier edits that cannot be cut: one item over their union,
        # kept pending, since the next change may touch its tail
        merged = _merge(touched, starts, ch, shift)
        opened = True
        pending[first:i] = [merged]
        i = first
    if not opened:  # every pending item is a plain entry
        out.extend(cast("list[_Entry]", pending[i:]))
        return out
    for item in pending[i:]:
        emit(item)
    return out


def _straddles(touched: list[_Entry], starts: list[int], s: int, e: int) -> bool:
    """Whether the first touched edit begins before ``s`` or the last ends after ``e``."""
    first, last = touched[0], touched[-1]
    return (bool(first[2]) and starts[0] < s) or (bool(last[2]) and starts[-1] + len(last[2]) > e)


def _merge(touched: list[_Entry | _Open], starts: list[int], ch: Change, shift: int) -> _Open:
    """One pending item over ``ch`` and every earlier edit it touches."""
    s, e = ch.start, ch.end
    first, last = touched[0], touched[-1]
    f_a, _, f_n = _extent(first)
    _, l_b, l_n = _extent(last)
    held = [c for t in touched if isinstance(t, _Open) for c in t.changes]
    if f_n and starts[0] < s:  # the first edit begins before the change
        a, lo = f_a, starts[0]
    else:
        a, lo = s + shift, s
    end_shift = shift + sum(b - a_ - n for a_, b, n in map(_extent, touched))
    if l_n and starts[-1] + l_n > e:  # the last edit ends after the change
        b, hi = l_b, starts[-1] + l_n
    else:
        b, hi = e + end_shift, e
    reasons = [t.reason if isinstance(t, _Open) else t[3] for t in touched if _extent(t)[2]]
    if ch.aligned or (not ch.replacement and not (lo == s and hi == e)):
        reason = reasons[0] if reasons else ch.reason  # the earlier edit stays what it was
    else:
        reason = ch.reason
    confs = [c for c in (t.conf if isinstance(t, _Open) else t[4] for t in touched) if c is not None]
    conf = ch.confidence if ch.confidence is not None else min(confs) if confs else None
    return _Open(a, b, lo, hi, [*held, ch], reason, conf)


def _merge_aligned(out: list[_Entry], touched: list[_Entry], starts: list[int], ch: Change,
                   shift: int) -> int:
    """A one-for-one change, cut at the touched edits: each piece edits what it lies on."""
    s, e = ch.start, ch.end
    pos = s
    for (a, b, r, reason, conf, alts), o in zip(touched, starts, strict=True):
        if o > pos:  # copied text before this edit: a new one-for-one edit
            out.append((pos + shift, o + shift, ch.replacement[pos - s : o - s], ch.reason,
                        None, ()))
            pos = o
        if r:  # the piece over this edit's replacement changes that replacement
            lo, hi = max(o, s), min(o + len(r), e)
            r = r[: lo - o] + ch.replacement[lo - s : hi - s] + r[hi - o :]
            pos = max(pos, hi)
        out.append((a, b, r, reason, conf, alts))
        shift += (b - a) - len(r)
    if pos < e:
        out.append((pos + shift, e + shift, ch.replacement[pos - s :], ch.reason, None, ()))
    return shift


def _merge_removal(out: list[_Entry], touched: list[_Entry], ch: Change, shift: int) -> int:
    """A removal: earlier removals inside it stay as they were; the rest is removed with it."""
    cursor = ch.start + shift
    for entry in touched:
        a, b, r = entry[:3]
        if not r:  # an earlier removal keeps its own reason
            if a > cursor:
                out.append((cursor, a, "", ch.reason, None, ()))
            out.append(entry)
            cursor = b
        shift += (b - a) - len(r)
    right = ch.end + shift
    if right > cursor:
        out.append((cursor, right, "", ch.reason, None, ()))
    return shift


def extend_log(log: EditLog, changes: Sequence[Change], original: str,
               current: str | None = None) -> EditLog:
    """Compose changes of a log's output into the log (e.g. script conversion after cleaning).

    ``original`` is the log's input and ``current`` its output (replayed when
    not given): one-for-one edits that the composition cut are trimmed to the
    characters they really change.

    >>> from aidparse.models import Edit
    >>> log = EditLog.from_edits([Edit(start=2, end=8, reason=EditReason.PINYIN)])
    >>> out = extend_log(log, [Change(0, 3, "东营援", EditReason.SCRIPT_CONVERSION)], "東營(yíng)援疆")
    >>> [(e.start, e.end, e.replacement) for e in out]
    [(0, 2, '东营'), (2, 8, '')]
    """
    if not changes and not log.reasons() & ALIGNED_REASONS:
        return log  # nothing to compose, and no one-for-one edit to trim
    entries: list[_Entry] = list(log.entries())
    if current is None:
        current = log.apply(original)
    kept: list[_Entry] = []
    for entry in _compose(entries, resolve_overlaps(changes), current):
        if entry[3] in ALIGNED_REASONS and len(entry[2]) == entry[1] - entry[0]:  # _aligned
            if original[entry[0] : entry[1]] == entry[2]:
                continue  # a one-for-one edit that changes nothing any more
            entry = _trim(entry, original)
        kept.append(entry)
    return EditLog.from_entries(kept)


def _trim(entry: _Entry, original: str) -> _Entry:
    """A one-for-one edit without the unchanged characters at its ends."""
    if not _aligned(entry):
        return entry
    a, _, r, reason, conf, alts = entry
    lo, hi = 0, len(r)
    while lo < hi and original[a + lo] == r[lo]:
        lo += 1
    while hi > lo and original[a + hi - 1] == r[hi - 1]:
        hi -= 1
    return (a + lo, a + hi, r[lo:hi], reason, conf, alts)


def aligned_changes(text: str, runs: Iterable[tuple[int, int, str]], reason: EditReason,
                    gap: int = 16) -> list[Change]:
    """One-for-one changes from ``(start, end, replacement)`` runs, merging runs closer than ``gap``.

    Merged runs carry the unchanged characters between them, so a Traditional
    page gives a few long conversions instead of one per character, and
    positions inside still map one to one.

    >>> [(c.start, c.end, c.replacement) for c in
    ...  aligned_changes("東營援疆", [(0, 1, "东"), (1, 2, "营")], EditReason.SCRIPT_CONVERSION)]
    [(0, 2, '东营')]
    """
    out: list[Change] = []
    cur_start = cur_end = -1
    pieces: list[str] = []
    for start, end, replacement in runs:
        if cur_end != -1 and start - cur_end <= gap and "\n" not in text[cur_end:start]:
            pieces.append(text[cur_end:start])
            pieces.append(replacement)
            cur_end = end
            continue
        if cur_end != -1:
            out.append(Change(cur_start, cur_end, "".join(pieces), reason))
        cur_start, cur_end, pieces = start, end, [replacement]
    if cur_end != -1:
        out.append(Change(cur_start, cur_end, "".join(pieces), reason))
    return out
