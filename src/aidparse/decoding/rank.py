"""The Chinese model's ranking: which reading of the evidence sample is the text, and how sure.

Every candidate codec (UTF-8, GB18030, Big5, Big5-HKSCS, and BOM-less
UTF-16/32 with positive evidence) decodes the sample; each reading scores its
log-likelihood per byte under the character model
(:mod:`aidparse.decoding.chinese`), plus priors: the likelihood ratio of
valid UTF-8, a declared charset's bonus, a malus for encodings rarely met
without a byte-order mark. Readings that cannot catch up are not scored in
full. The confidence is the best reading's posterior against the others and a
background hypothesis, capped by how many characters there were.
"""

from __future__ import annotations

import logging
import math

from aidparse.decoding.chinese import (
    LOGP_ASCII,
    LOGP_BEST,
    LOGP_UNDECODABLE,
    decode_sample,
    explain,
    loglik,
    read_text,
    reads_as_chinese,
)
from aidparse.decoding.decision import Decision
from aidparse.decoding.declared import Declaration
from aidparse.decoding.fallback import not_chinese
from aidparse.decoding.labels import codec_family
from aidparse.decoding.sniff import evidence_window
from aidparse.models import Detector, EncodingCandidate, Span

__all__ = ["CONTEXT", "SAMPLE_HIGH_BYTES", "SAMPLE_MAX_SPAN", "WIDE", "WIDE_SAMPLE", "rank_readings"]

logger = logging.getLogger(__name__)

#: The codecs the Chinese model ranks, in order of preference when two decode alike.
_CHINESE = ("utf-8", "gb18030", "big5", "big5hkscs")
WIDE = ("utf-16-le", "utf-16-be", "utf-32-le", "utf-32-be")
_HIGH = bytes(range(0x80, 0x100))
#: Likelihood ratio, per multi-byte character, of a sample being valid UTF-8
#: when it is UTF-8 against when it is GB or Big5 text (about one GBK
#: character in five happens to form a valid UTF-8 sequence).
_UTF8_VALID_LOGLR = math.log(5.0)
#: Non-ASCII bytes in the evidence sample, and the most bytes it may span.
SAMPLE_HIGH_BYTES = 256
SAMPLE_MAX_SPAN = 64 * 1024
#: ASCII bytes kept before the first non-ASCII byte (the letters around an
#: accented letter tell Latin from Chinese).
CONTEXT = 32
#: Bytes of the head a BOM-less UTF-16/32 reading is scored on.
WIDE_SAMPLE = 4096
#: Prior, in nats per byte, for the codec a page or caller declares.
_DECLARED_PRIOR = 0.35
#: Prior against encodings rarely met without a byte-order mark, in nats per byte.
_WIDE_PRIOR = {"utf-16-le": -0.25, "utf-16-be": -0.25, "utf-32-le": -1.0, "utf-32-be": -1.0}
#: The alternative to every Chinese reading, for the confidence: the non-ASCII
#: bytes are text in an encoding the model does not know, each pair of them a
#: character out of some 7,000 (a CJK double-byte set), against a prior of
#: nine to one that aidparse's input is Chinese. Short samples ("東京" in
#: EUC-JP, one accented letter read as Big5) cannot beat it by much, so their
#: confidence stays low.
_BACKGROUND_PER_HIGH_BYTE = math.log(1 / 7000) / 2
_CHINESE_PRIOR_LOGODDS = math.log(9)
#: Nats behind the best reading beyond which a reading is not scored.
_HOPELESS = 60.0
#: Characters a reading's opening is compared on before it is scored in full.
_PREFIX = 96
#: Non-ASCII characters per halving of the doubt a short sample leaves.
_EVIDENCE_HALVING = 5.0


def _softmax(values: list[float], index: int) -> float:
    top = max(values)
    return 1.0 / sum(math.exp(max(v - top, -700.0)) for v in values) * math.exp(values[index] - top)


def _prior(codec: str, text: str, sample: bytes, declared: str | None) -> float:
    """Prior evidence for a reading, in nats per byte of its sample."""
    p = _WIDE_PRIOR.get(codec, 0.0)
    if codec == "utf-8" and "\ufffd" not in text:
        multibyte = len(text) - len(text.encode("ascii", errors="ignore"))
        p += multibyte * _UTF8_VALID_LOGLR / max(len(sample), 1)
    if declared is not None and (codec == declared or codec in codec_family(declared)):
        p += _DECLARED_PRIOR
    return p


def rank_readings(data: bytes, start: int, wide: list[str], decl: Declaration | None) -> Decision:
    """Rank the Chinese readings of the evidence sample; defer to :mod:`fallback` when none is Chinese.

    Examples:
        >>> data = "对口援疆工作取得新成效，各族群众生活水平不断提高。".encode("gbk")
        >>> d = rank_readings(data, 0, [], None)
        >>> d.codec, d.detector.value, d.chinese, round(d.confidence, 3)
        ('gb18030', 'chinese-model', True, 0.969)
    """
    if start < len(data):
        lo, hi = evidence_window(data, max(0, start - CONTEXT), SAMPLE_HIGH_BYTES, SAMPLE_MAX_SPAN)
    else:
        lo, hi = 0, min(len(data), WIDE_SAMPLE)
    sample = data[lo:hi]
    declared = decl.codec if decl is not None else None
    if declared in WIDE and declared not in wide:
        wide = [*wide, declared]
    head = data[:WIDE_SAMPLE]
    texts: dict[str, tuple[str, bytes]] = {}  # text -> (codec, sample); the first codec wins
    for name in _CHINESE:
        texts.setdefault(decode_sample(sample, name, final=hi == len(data)), (name, sample))
    for name in wide:
        texts.setdefault(decode_sample(head, name, final=len(data) <= WIDE_SAMPLE), (name, head))
    # Score the readings with fewest errors first; skip those whose errors alone,
    # or whose first characters, put them hopelessly behind (they would add
    # nothing to the confidence).
    errors = {text: text.count("\ufffd") for text in texts}
    # (per byte with prior, codec, text, sample, loglik)
    scored: list[tuple[float, str, str, bytes, float]] = []
    lead = 0.0  # the best reading's log-likelihood over its first _PREFIX characters
    for text in sorted(texts, key=lambda t: errors[t] / max(len(t), 1)):
        name, part = texts[text]
        size = max(len(part), 1)
        prior = _prior(name, text, part, declared)
        if scored:
            bound = errors[text] * LOGP_UNDECODABLE + (len(text) - errors[text]) * LOGP_BEST
            if bound / size + prior < scored[0][0] - _HOPELESS / size:
                continue
            behind = lead - _HOPELESS - abs(prior) * size
            if not wide and len(text) > _PREFIX and loglik(text[:_PREFIX]) < behind:
                continue
        total = loglik(text)
        scored.append((total / size + prior, name, text, part, total))
        scored.sort(key=lambda x: x[0], reverse=True)
        if scored[0][1] == name:
            lead = loglik(text[:_PREFIX])
    scale = max(1, min(len(x[3]) for x in scored))
    totals = [x[0] * scale for x in scored]
    high = len(sample) - len(sample.translate(None, _HIGH))
    background = (len(sample) - high) * LOGP_ASCII + high * _BACKGROUND_PER_HIGH_BYTE
    totals.append(background / max(len(sample), 1) * scale - _CHINESE_PRIOR_LOGODDS)
    _, name, text, part, total = scored[0]
    best = read_text(text, part, name, total)
    if logger.isEnabledFor(logging.DEBUG):
        logger.debug("best reading %s", explain(best))
    # Few characters are weak evidence whatever they are: any double-byte CJK
    # encoding reads as some characters. The cap halves the doubt every five.
    cap = 1.0 - 0.5 ** (best.nonascii / _EVIDENCE_HALVING)
    decision = Decision(
        codec=best.codec,
        detector=Detector.CHINESE_MODEL,
        confidence=min(cap, _softmax(totals, 0)),
        chinese=reads_as_chinese(best),
        evidence=Span._trusted(lo, hi) if best.codec not in WIDE else Span._trusted(0, len(head)),
        candidates=[
            EncodingCandidate.model_construct(encoding=codec, score=round(t / max(len(p), 1), 4),
                              strict="\ufffd" not in x, errors=x.count("\ufffd"))
            for _, codec, x, p, t in scored
        ],
    )
    if decision.chinese or best.codec in WIDE:
        return decision
    return not_chinese(data, decl, decision)


