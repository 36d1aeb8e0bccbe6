"""The bounded run of the fuzz harness (``tests/fuzz_parse.py`` runs it for as long as you like)."""

from __future__ import annotations

import pytest

from tests.fuzz_parse import check_bytes, check_text, fuzz


def test_fuzz_bounded() -> None:
    fuzz(150, seed=1)


@pytest.mark.parametrize(
    "data",
    [b"", b"\x00" * 100, b"\xff\xfe", b"\xef\xbb\xbf", bytes(range(256)), b"\x80" * 3000, b"By \n" * 500],
)
def test_hostile_bytes(data: bytes) -> None:
    check_bytes(data)


@pytest.mark.parametrize("text", ["", "\n" * 100, "#", "**", "@highlight", "By .", " . | . ", "\u2028" * 50])
def test_hostile_texts(text: str) -> None:
    check_text(text)
