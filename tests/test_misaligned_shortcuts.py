"""The misaligned-GBK repair's shortcuts give what the long way gives (they only skip work)."""

from __future__ import annotations

from conftest import seed_text

from aidparse._resources import word_counts
from aidparse.cleaning import misaligned as m


def test_followers_are_the_two_character_words() -> None:
    """``_followers`` (the group of words that begin with a character) is the scan of the whole table."""
    expected: dict[str, set[str]] = {}
    for word in word_counts():
        if len(word) == 2:
            expected.setdefault(word[0], set()).add(word[1])
    for head in [*expected, "a", "\u3000", "𠀀"]:
        assert m._followers(head) == frozenset(expected.get(head, ())), head
    assert m._followers("") == frozenset()
    assert m._followers("中国") == frozenset()


def _contexts() -> list[m._Context]:
    text = seed_text("001")
    doc = m._Document(text)
    sites = [i for i, c in enumerate(text) if c == "?"][:12]
    return [m._context(text, pos, pos + 1, doc) for pos in sites]


def test_best_drop_is_the_first_best_of_all_options() -> None:
    """``_best_drop`` is ``max`` over ``_drop_options`` (the first of equal scores), and each
    option is the long sum, bit for bit (a link skipped as 0 is 0)."""
    checked = 0
    for ctx in _contexts():
        neighbours = [("", ""), (ctx.left, ctx.right), (ctx.left, ""), ("", ctx.right), ("的", "國")]
        for lead in (0xB5, 0xCA, 0xD6, 0xE6, 0xF0):
            for trail in (0x40, 0x94, 0xA3, 0xB5, 0xD8, 0xFA):
                for left, right in neighbours:
                    options = m._drop_options(lead, trail, left, right, ctx)
                    best = m._best_drop(lead, trail, left, right, ctx)
                    if not options:
                        assert best is None
                        continue
                    key = max(options, key=options.__getitem__)
                    assert best == (key, options[key])
                    for pair, score in options.items():  # each as the long sum gives it
                        a, b = pair
                        long = m._fit1(a, ctx, left, "") + m._fit1(b, ctx, "", right) \
                            + m._link(ctx, a, b) + m._DROP_PRIOR
                        assert score == long
                    checked += 1
    assert checked > 100
