"""Steps: conventions applied after the rule chain, each cutting matter off one end of the body.

Flattened text runs onto the body what stood on lines of its own: a scraped stamp or a
byline glued to the lead, and a signature, a lost list's label, a share bar, a copyright
notice, a sign-off or an agency credit run onto the last paragraph. Each convention is a
named step, declared once in ``STEPS`` (in the order they are applied): ``--explain`` shows
what it cut and from which line, ``artparse rules`` lists it and ``--disable`` turns it off.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import NamedTuple

from artparse.closing import (
    cut_agency_credit,
    cut_closing_name,
    cut_copyright,
    cut_dangling_label,
    cut_run_on_furniture,
    cut_sign_off,
    cut_signature,
)
from artparse.dateline import cut_glued_byline, cut_reporter, cut_stamp
from artparse.model import Block, Cut, Kind
from artparse.state import PARAGRAPH


class StepSpec(NamedTuple):
    """One step after the rule chain (a NamedTuple, as ``RuleSpec``; build it with keywords)."""

    name: str
    """The public name: ``--explain`` prints it, ``--disable`` takes it."""
    cut: Callable[[str], Cut | None]
    """The step itself: the paragraph's text in, what it cuts (or None) out."""
    opening: bool
    """True: it cuts from the start of the first body paragraph; False: from the end of the last."""
    kind: Kind
    """What the cut matter is: a byline fills the authors, a stamp or furniture may name an agency."""


STEPS: tuple[StepSpec, ...] = (
    StepSpec(name="stamp", cut=cut_stamp, opening=True, kind=Kind.STAMP),
    StepSpec(name="glued_byline", cut=cut_glued_byline, opening=True, kind=Kind.BYLINE),
    StepSpec(name="wire_reporter", cut=cut_reporter, opening=True, kind=Kind.BYLINE),
    StepSpec(name="signature", cut=cut_signature, opening=False, kind=Kind.BYLINE),
    StepSpec(name="dangling_label", cut=cut_dangling_label, opening=False, kind=Kind.FURNITURE),
    StepSpec(name="run_on_furniture", cut=cut_run_on_furniture, opening=False, kind=Kind.FURNITURE),
    StepSpec(name="copyright", cut=cut_copyright, opening=False, kind=Kind.FURNITURE),
    StepSpec(name="sign_off", cut=cut_sign_off, opening=False, kind=Kind.FURNITURE),
    StepSpec(name="agency_credit", cut=cut_agency_credit, opening=False, kind=Kind.FURNITURE),
    StepSpec(name="closing_name", cut=cut_closing_name, opening=False, kind=Kind.BYLINE),
)
"""The steps in the order they are applied."""

STEP_NAMES = tuple(spec.name for spec in STEPS)


def is_body(block: Block) -> bool:
    """Whether a block carries body text: a paragraph, or a lead run on after a byline or caption."""
    return block.kind == PARAGRAPH or block.tail is not None


def run_steps(blocks: Sequence[Block], steps: Sequence[StepSpec]) -> tuple[list[Block], list[Block]]:
    """(the blocks with the body's ends cut, a block for each cut: the step's name, the line cut from)."""
    out = list(blocks)
    body = [i for i, block in enumerate(out) if is_body(block)]
    cuts: list[Block] = []
    if not body:
        return out, cuts
    for step in steps:
        index = body[0] if step.opening else body[-1]
        block = out[index]
        paragraph = block.kind == PARAGRAPH
        cut = step.cut(block.text if paragraph else block.tail or "")
        if cut is None:
            continue
        out[index] = block._replace(text=cut.kept) if paragraph else block._replace(tail=cut.kept)
        line = block.lines[0] if step.opening else block.lines[-1]
        cuts.append(Block(kind=step.kind, rule=step.name, lines=(line,), text=cut.text, agency=cut.agency))
    return out, cuts
