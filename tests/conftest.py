"""Shared fixtures: the seed documents are the project's fixtures."""

from __future__ import annotations

import functools
import pathlib
import signal

import pytest

import aidparse

SEEDS = pathlib.Path(__file__).resolve().parent.parent / "seeds"
SEED_NAMES = sorted(p.name for p in SEEDS.glob("*.txt"))


@functools.cache
def seed_bytes(prefix: str) -> bytes:
    """Raw bytes of the seed whose file name starts with ``prefix`` (e.g. '001')."""
    (path,) = SEEDS.glob(f"{prefix}_*.txt")
    return path.read_bytes()


def seed_text(prefix: str) -> str:
    return seed_bytes(prefix).decode("utf-8")


@functools.cache
def seed_report(prefix: str) -> aidparse.AidReport:
    return aidparse.parse(seed_bytes(prefix))


@functools.cache
def seed_clean(prefix: str) -> aidparse.CleanedText:
    return aidparse.clean(seed_text(prefix))


@pytest.fixture(params=[name[:3] for name in SEED_NAMES])
def seed(request: pytest.FixtureRequest) -> str:
    """Each seed's prefix in turn."""
    return str(request.param)


def sigint_default() -> None:
    """Give a child process Ctrl-C's default handling (for ``Popen(preexec_fn=...)``).

    A shell without job control starts background commands with SIGINT ignored, and a
    Python started with SIGINT ignored never raises ``KeyboardInterrupt``: the tests
    that send SIGINT would then test the shell, not aidparse.
    """
    signal.signal(signal.SIGINT, signal.SIG_DFL)
