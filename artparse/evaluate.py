"""Measuring artparse on annotated articles: per-field accuracy against gold answers.

A gold folder holds pairs ``NAME.txt`` (the raw article) + ``NAME.json`` (the expected
answer, the gold format in the README), in sub-folders too. Each text is parsed in-process
through the batch machinery (what ``artparse extract`` writes), and compared field by field
with its gold answer after whitespace normalisation, the way the project's reference scorer
(``score.py``) compares: equal strings for title and subtitle, case-blind for dateline and
agency, the date's first ten characters, authors as a case-blind set,
captions as (text, credit) pairs in order, highlights in order, paragraphs by multiset F1,
and "perfect" when every field is right.
"""

from __future__ import annotations

import collections
import json
import os
import re
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path, PurePath
from typing import Any, Final

from artparse.batch import ExtractOptions, Task, run
from artparse.display import safe_text
from artparse.errors import ArtparseError, OptionError
from artparse.inputs import InputItem
from artparse.runner import default_jobs
from artparse.state import ParseOptions

FIELDS: Final = (
    "title",
    "subtitle",
    "date",
    "authors",
    "dateline",
    "agency",
    "captions",
    "highlights",
    "paragraphs",
    "perfect",
)
"""The fields scored per article, in the order of the table's columns."""
EXACT_FIELDS: Final = FIELDS[:8]
"""The fields that are right or wrong (paragraphs earn a share, "perfect" sums up)."""
CORE_FIELDS: Final = ("title", "date", "authors", "captions", "paragraphs")
"""The fields averaged into the one "core" figure."""
FLOOR_NAMES: Final = (*FIELDS, "core")
"""What ``--min`` may name."""
NO_GROUP: Final = "?"
"""The group of a pair with no ``layout`` key, directly in the gold folder."""

_WHITESPACE = re.compile(r"\s+")


class GoldError(ArtparseError):
    """The gold folder cannot be used at all (not a folder, no pairs in it, an unreadable list)."""

    code = "gold"


class FloorError(OptionError):
    """A ``--min`` floor that is not ``FIELD=X`` with a known field and a number."""


@dataclass(frozen=True, slots=True, kw_only=True)
class GoldPair:
    """One annotated article."""

    name: str
    """The text's path below the gold folder, without ``.txt`` (``sub/NAME``)."""
    text_path: str
    """The raw article, ``NAME.txt``."""
    gold: dict[str, Any]
    """The expected answer, ``NAME.json``."""
    group: str
    """The gold's ``layout`` key, else the sub-folder, else ``?``."""


@dataclass(frozen=True, slots=True, kw_only=True)
class Problem:
    """A file that could not be scored: a gold file without its text, bad JSON, an unreadable text."""

    path: str
    message: str


@dataclass(frozen=True, slots=True, kw_only=True)
class ArticleScore:
    """One article's scores, each in [0, 1]; the prediction is None when parsing failed."""

    pair: GoldPair
    scores: dict[str, float]
    """A score per name in ``FIELDS``."""
    predicted: dict[str, Any] | None


@dataclass(frozen=True, slots=True, kw_only=True)
class Evaluation:
    """The scores of every article of a gold folder, and what could not be scored."""

    articles: tuple[ArticleScore, ...]
    problems: tuple[Problem, ...] = ()
    totals: dict[str, float] = field(init=False, compare=False)
    """Each field's sum over the articles, added in order (as the reference scorer adds)."""

    def __post_init__(self) -> None:
        totals = dict.fromkeys(FIELDS, 0.0)
        for article in self.articles:
            for name in FIELDS:
                totals[name] += article.scores[name]
        object.__setattr__(self, "totals", totals)

    @property
    def n(self) -> int:
        return len(self.articles)

    @property
    def missing(self) -> int:
        """Articles the parser gave no record for (scored 0 on every field)."""
        return sum(1 for article in self.articles if article.predicted is None)

    def score(self, name: str) -> float:
        """A field's mean over the articles, in [0, 1]; ``core`` is the mean of ``CORE_FIELDS``."""
        if not self.n:
            return 0.0
        if name == "core":
            return sum(self.totals[f] for f in CORE_FIELDS) / (len(CORE_FIELDS) * self.n)
        return self.totals[name] / self.n

    def percent(self, name: str) -> float:
        """A field's mean in percent, computed as the reference scorer computes it."""
        if name == "core" or not self.n:
            return 100 * self.score(name)
        return 100 * self.totals[name] / self.n

    def groups(self) -> dict[str, tuple[int, dict[str, float]]]:
        """For each group, sorted: (articles, {field: sum of its scores})."""
        sums: dict[str, dict[str, float]] = collections.defaultdict(lambda: dict.fromkeys(FIELDS, 0.0))
        counts: collections.Counter[str] = collections.Counter()
        for article in self.articles:
            counts[article.pair.group] += 1
            for name in FIELDS:
                sums[article.pair.group][name] += article.scores[name]
        return {group: (counts[group], sums[group]) for group in sorted(sums)}

    def mismatches(self, per_field: int) -> Iterator[tuple[str, str, Any, Any]]:
        """Up to ``per_field`` (field, name, gold, got) per field short of 1, in article order.

        For paragraphs, gold and got are the paragraphs found on one side only (3, cut to 60
        characters).
        """
        if per_field <= 0:
            return
        for name in FIELDS[:-1]:
            shown = 0
            for article in self.articles:
                if shown >= per_field:
                    break
                if article.scores[name] >= 1.0:
                    continue
                shown += 1
                gold = article.pair.gold.get(name)
                got = None if article.predicted is None else article.predicted.get(name)
                if name == "paragraphs":
                    gold_list, got_list = norm_list(gold), norm_list(got)
                    gold = [p[:60] for p in gold_list if p not in got_list][:3]
                    got = [p[:60] for p in got_list if p not in gold_list][:3]
                yield name, article.pair.name, gold, got


# --- comparing ------------------------------------------------------------------------------


def norm(value: Any) -> str | None:
    """Whitespace collapsed, ends stripped; None for None or an empty result."""
    if value is None:
        return None
    text = _WHITESPACE.sub(" ", value if isinstance(value, str) else str(value)).strip()
    return text or None


def norm_list(values: Any) -> list[str]:
    """Each string normalised, empty ones dropped."""
    if not values:
        return []
    return [text for text in (norm(value) for value in values) if text]


def caption_pairs(captions: Any) -> list[tuple[str | None, str | None]]:
    """(text, credit) per caption; a caption given as a bare string has no credit."""
    pairs: list[tuple[str | None, str | None]] = []
    for caption in captions or []:
        if isinstance(caption, str):
            pairs.append((norm(caption), None))
        elif isinstance(caption, dict):
            pairs.append((norm(caption.get("text")), norm(caption.get("credit"))))
    return pairs


def multiset_f1(gold: Sequence[str], predicted: Sequence[str]) -> float:
    """F1 of two lists of strings taken as multisets (1.0 when both are empty)."""
    if not gold and not predicted:
        return 1.0
    hits = sum((collections.Counter(gold) & collections.Counter(predicted)).values())
    precision = hits / len(predicted) if predicted else 0.0
    recall = hits / len(gold) if gold else 0.0
    return 2 * precision * recall / (precision + recall) if precision + recall else 0.0


def _same_folded(gold: Any, predicted: Any) -> bool:
    return (norm(gold) or "").casefold() == (norm(predicted) or "").casefold()


def compare(gold: Mapping[str, Any], predicted: Mapping[str, Any]) -> dict[str, float]:
    """A score in [0, 1] per name in ``FIELDS`` for one article."""
    gold_date, predicted_date = gold.get("date"), predicted.get("date")
    scores = {
        "title": norm(gold.get("title")) == norm(predicted.get("title")),
        "subtitle": norm(gold.get("subtitle")) == norm(predicted.get("subtitle")),
        "date": (gold_date or None) == ((predicted_date or "")[:10] or None),
        "authors": sorted(a.casefold() for a in norm_list(gold.get("authors")))
        == sorted(a.casefold() for a in norm_list(predicted.get("authors"))),
        "dateline": _same_folded(gold.get("dateline"), predicted.get("dateline")),
        "agency": _same_folded(gold.get("agency"), predicted.get("agency")),
        "captions": caption_pairs(gold.get("captions")) == caption_pairs(predicted.get("captions")),
        "highlights": norm_list(gold.get("highlights")) == norm_list(predicted.get("highlights")),
    }
    result = {name: float(right) for name, right in scores.items()}
    result["paragraphs"] = multiset_f1(
        norm_list(gold.get("paragraphs")), norm_list(predicted.get("paragraphs"))
    )
    perfect = all(result[name] == 1.0 for name in EXACT_FIELDS) and result["paragraphs"] == 1.0
    result["perfect"] = float(perfect)
    return result


# --- reading the gold folder and scoring ---------------------------------------------------


def load_gold(
    gold_dir: str | os.PathLike[str], *, only: Iterable[str] | None = None
) -> tuple[list[GoldPair], list[Problem]]:
    """Every ``NAME.json`` under ``gold_dir`` (sorted, sub-folders included) with its ``NAME.txt``.

    ``only``: keep just these articles (``NAME``, ``NAME.txt`` or ``sub/NAME.txt``). A gold
    file without its text, or that is not a JSON object, is a Problem, not an error: the
    other pairs are still scored.
    """
    root = Path(gold_dir)
    if not root.is_dir():
        raise GoldError(f"{gold_dir}: not a folder")
    wanted = None if only is None else {PurePath(entry.strip()).with_suffix("").as_posix() for entry in only}
    pairs: list[GoldPair] = []
    problems: list[Problem] = []
    for gold_path in sorted(root.rglob("*.json")):
        relative = gold_path.relative_to(root).with_suffix("")
        name = relative.as_posix()
        if wanted is not None and name not in wanted and relative.name not in wanted:
            continue
        text_path = gold_path.with_suffix(".txt")
        if not text_path.is_file():
            problems.append(Problem(path=str(gold_path), message=f"no {text_path.name} beside it"))
            continue
        try:
            gold = json.loads(gold_path.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
            problems.append(Problem(path=str(gold_path), message=f"not a readable JSON file: {exc}"))
            continue
        if not isinstance(gold, dict):
            problems.append(Problem(path=str(gold_path), message="not a JSON object"))
            continue
        folder = relative.parent.as_posix()
        group = gold.get("layout") or (folder if folder != "." else NO_GROUP)
        pairs.append(GoldPair(name=name, text_path=str(text_path), gold=gold, group=str(group)))
    if not pairs and not problems:
        raise GoldError(f"{gold_dir}: no NAME.txt + NAME.json pairs in it")
    return pairs, problems


def read_names(list_path: str | os.PathLike[str]) -> list[str]:
    """The article names of a list file, one a line (``NAME.txt``), blank lines skipped."""
    try:
        with open(list_path, encoding="utf-8") as lines:
            return [line.strip() for line in lines if line.strip()]
    except (OSError, UnicodeDecodeError) as exc:
        raise GoldError(f"{list_path}: {getattr(exc, 'strerror', None) or exc}") from None


def evaluate(
    gold_dir: str | os.PathLike[str],
    *,
    options: ParseOptions | None = None,
    jobs: int = 1,
    only: Iterable[str] | None = None,
) -> Evaluation:
    """Parse every annotated article of ``gold_dir`` and score it against its gold answer.

    ``jobs``: worker processes (0: one per core). A text that cannot be read or parsed
    scores 0 on every field (it is ``missing``) and is listed among the problems.
    """
    pairs, problems = load_gold(gold_dir, only=only)
    tasks = (Task(InputItem(pair.text_path, pair.name)) for pair in pairs)
    extract_options = ExtractOptions(parse=options or ParseOptions())
    results = run(tasks, extract_options, jobs=jobs or default_jobs())
    articles: list[ArticleScore] = []
    for pair, result in zip(pairs, results, strict=True):
        predicted = None
        if result.ok and result.record is not None:
            predicted = json.loads(result.record.decode("utf-8", "surrogateescape"))
        else:
            problems.append(Problem(path=pair.text_path, message=result.message or "failed"))
        scores = compare(pair.gold, predicted) if predicted is not None else dict.fromkeys(FIELDS, 0.0)
        articles.append(ArticleScore(pair=pair, scores=scores, predicted=predicted))
    return Evaluation(articles=tuple(articles), problems=tuple(problems))


# --- floors ---------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True, kw_only=True)
class Floor:
    """``--min FIELD=X``: fail when a field's score is below ``value`` (in [0, 1])."""

    name: str
    value: float
    spec: str
    """The value as written (``0.95`` or ``95``), for the report."""


def parse_floor(spec: str) -> Floor:
    """``FIELD=X``, X a fraction (0.95) or a percentage (95); a FloorError names what is valid."""
    name, sep, written = spec.partition("=")
    name = name.strip()
    if not sep or not name:
        raise FloorError(f"{spec!r} is not FIELD=X (e.g. title=0.95); fields are: {', '.join(FLOOR_NAMES)}")
    if name not in FLOOR_NAMES:
        raise FloorError(f"unknown field {name!r}; fields are: {', '.join(FLOOR_NAMES)}")
    try:
        value = float(written)
    except ValueError:
        raise FloorError(f"{spec!r}: {written!r} is not a number (0.95 or 95)") from None
    if not 0 <= value <= 100:
        raise FloorError(f"{spec!r}: the floor must be between 0 and 1, or a percentage up to 100")
    return Floor(name=name, value=value / 100 if value > 1 else value, spec=written.strip())


def below(evaluation: Evaluation, floors: Iterable[Floor]) -> list[str]:
    """``FIELD<X`` for each floor the evaluation is below."""
    return [f"{floor.name}<{floor.spec}" for floor in floors if evaluation.score(floor.name) < floor.value]


# --- reports --------------------------------------------------------------------------------


def problem_lines(evaluation: Evaluation) -> Iterator[str]:
    """``artparse: PATH: REASON`` for each file that could not be scored."""
    for problem in evaluation.problems:
        yield f"artparse: {safe_text(problem.path)}: {safe_text(problem.message)}"


def summary_line(evaluation: Evaluation, failed: Sequence[str] = (), *, prefix: str = "eval") -> str:
    """The one line that sums up, in the words and layout of the reference scorer's last line."""
    percent = evaluation.percent
    line = (
        f"{prefix}: core {percent('core'):.1f}% · title {percent('title'):.1f} · "
        f"date {percent('date'):.1f} · authors {percent('authors'):.1f} · "
        f"captions {percent('captions'):.1f} · paragraphs-F1 {percent('paragraphs'):.1f} · "
        f"perfect {percent('perfect'):.1f} · n={evaluation.n} missing={evaluation.missing}"
    )
    return line + (f" · BELOW: {', '.join(failed)}" if failed else "")


def text_report(evaluation: Evaluation, *, show: int = 0, failed: Sequence[str] = ()) -> Iterator[str]:
    """The table per group and in all, the mismatches asked for, and the summary line last."""
    header = " ".join(f"{name[:9]:>9}" for name in FIELDS)
    yield f"{'layout':<18}{'n':>4} {header}"
    for group, (count, sums) in evaluation.groups().items():
        yield f"{safe_text(group):<18}{count:>4} " + " ".join(
            f"{100 * sums[name] / count:>9.1f}" for name in FIELDS
        )
    yield f"{'ALL':<18}{evaluation.n:>4} " + " ".join(f"{evaluation.percent(name):>9.1f}" for name in FIELDS)
    for name, article, gold, got in evaluation.mismatches(show):
        yield (
            f"--- {name} · {safe_text(article)}\n  gold: {json.dumps(gold, ensure_ascii=False)[:300]}"
            f"\n  got:  {json.dumps(got, ensure_ascii=False)[:300]}"
        )
    yield summary_line(evaluation, failed)


def json_report(evaluation: Evaluation, *, show: int = 0, failed: Sequence[str] = ()) -> dict[str, Any]:
    """The same figures as a JSON object; scores are fractions in [0, 1]."""
    groups = evaluation.groups()
    return {
        "n": evaluation.n,
        "missing": evaluation.missing,
        "core": evaluation.score("core"),
        "fields": {name: evaluation.score(name) for name in FIELDS},
        "groups": {
            group: {"n": count, "fields": {name: sums[name] / count for name in FIELDS}}
            for group, (count, sums) in groups.items()
        },
        "mismatches": [
            {"field": name, "name": article, "gold": gold, "got": got}
            for name, article, gold, got in evaluation.mismatches(show)
        ],
        "below": list(failed),
        "problems": [{"path": p.path, "message": p.message} for p in evaluation.problems],
        "summary": summary_line(evaluation, failed),
    }
