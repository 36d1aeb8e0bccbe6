"""Fuzz harness: random bytes and article-shaped text through decode, parse and JSON.

The one property: whatever the input, artparse either refuses it with its own error
(``ArtparseError``: binary, undecodable) or returns an Article that serialises to JSON with
every contract key and claims every non-blank line exactly once. Never another exception.

Run by hand, as long as you like (hypothesis; or atheris, coverage-guided, if installed):

    python3 tests/fuzz_parse.py --examples 200000
    python3 tests/fuzz_parse.py --atheris -atheris_runs=1000000

CI runs the bounded version (``tests/test_fuzz_bounded.py``).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from artparse import ArtparseError, parse
from artparse.io import decode
from artparse.lines import split_lines
from artparse.markup import looks_like_markdown, strip_markdown
from artparse.normalize import normalize

CONTRACT_KEYS = frozenset(
    "source title subtitle date date_text date_ambiguous updated authors byline dateline agency "
    "captions highlights paragraphs publication tags url language encoding warnings spans".split()
)
PIECES = [
    "By ",
    "Von ",
    "Автор: ",
    "(AP) _ ",
    "WASHINGTON (AP) _ ",
    "Berlin (dpa) - ",
    "МОСКВА, 14 мая — ",
    "(photo: akorda.kz)",
    "Photo: Reuters",
    "Фото: ",
    "/Getty Images",
    "14.10.2015",
    "July 24, 2012",
    "PUBLISHED: . ",
    " . | . ",
    "@highlight",
    "# ",
    "**",
    "---\n",
    "+++\n",
    "title: ",
    "Title: ",
    "![x](y.png)\n",
    "<Intro>\n",
    "![x](",
    "[a](b)",
    "Reuter",
    "©",
    "\u00a0",
    "\r\n",
    "\n",
    "\n\n",
    "   ",
    "\t",
    "\u2028",
    "\x85",
    "\x0c",
    "\ufeff",
    "\u200b",
    ":",
    "/",
    "(",
    ")",
]


def check_bytes(data: bytes) -> None:
    """decode + parse + JSON on raw bytes: only ArtparseError may escape decoding."""
    try:
        decoded = decode(data)
    except ArtparseError:
        return
    check_text(decoded.text)


def check_text(text: str) -> None:
    """parse + JSON on text: the output contract holds and every line is claimed once."""
    article = parse(text)
    data = json.loads(json.dumps(article.to_dict(), ensure_ascii=False))
    assert set(data) == CONTRACT_KEYS, set(data) ^ CONTRACT_KEYS
    claimed = Counter(n for block in article.blocks for n in block.lines)
    normalized = normalize(text)
    lines = split_lines(normalized)
    if looks_like_markdown(normalized):  # a line of only Markdown markers is blank to the rules
        lines = strip_markdown(lines)
    content = {ln.number for ln in lines if ln.text}
    assert set(claimed) == content, set(claimed) ^ content
    assert all(count == 1 for count in claimed.values()), claimed.most_common(3)


article_text = st.lists(st.one_of(st.sampled_from(PIECES), st.text(max_size=40)), max_size=60).map("".join)


def fuzz(examples: int, *, seed: int | None = None) -> None:
    """Run the property over ``examples`` random byte strings and as many article-like texts."""
    config = settings(
        max_examples=examples,
        deadline=None,
        database=None,
        derandomize=seed is not None,
        suppress_health_check=list(HealthCheck),
    )

    @config
    @given(st.binary(max_size=2000))
    def on_bytes(data: bytes) -> None:
        check_bytes(data)

    @config
    @given(article_text)
    def on_text(text: str) -> None:
        check_text(text)

    on_bytes()
    on_text()


def _atheris(argv: list[str]) -> None:
    import atheris  # type: ignore[import-not-found]  # optional: pip install atheris

    def one(data: bytes) -> None:
        check_bytes(data)

    atheris.Setup(argv, one)
    atheris.Fuzz()


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--examples", type=int, default=20_000, help="examples per property (hypothesis)")
    ap.add_argument("--seed", type=int, help="a fixed seed, to repeat a run")
    ap.add_argument("--atheris", action="store_true", help="coverage-guided fuzzing with atheris")
    args, rest = ap.parse_known_args()
    if args.atheris:
        _atheris([sys.argv[0], *rest])
        return 0
    fuzz(args.examples, seed=args.seed)
    print(f"fuzz: {args.examples} byte strings and {args.examples} texts, no failure")
    return 0


if __name__ == "__main__":
    sys.exit(main())
