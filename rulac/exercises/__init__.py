"""Exercises with feedback: ``check("00.1", answer)`` says whether an answer is right.

The expected answer is computed from the course data when ``check`` runs and is never
printed. A wrong answer gets the most specific hint that fits ("not yet: you counted
abstentions too"), or a general one. Exercises are defined per notebook in
``rulac/exercises/nbNN.py`` with :func:`exercise`.

Each exercise's answer goes in its own variable (``answer_02_1 = ...``), so that a grader
that reads the notebook's final state finds every answer. Solutions live in notebook cells
tagged ``solution``, input and output collapsed; ``make handouts`` writes copies of the
notebooks without them.
"""

from __future__ import annotations

import contextlib
import importlib
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

_REGISTRY: dict[str, Exercise] = {}


@dataclass
class Exercise:
    """One exercise: how to compute the answer, how to compare, and hints for wrong answers."""

    id: str
    expected: Callable[[], Any]
    kind: str = "value"  # "value", "number" (with tolerance), "text" (case and spacing ignored),
    # or "set" (of codes; order and case do not matter)
    tolerance: float = 0.0
    hints: list[tuple[Callable[[Any, Any], bool], str]] = field(default_factory=list)
    fallback: str = "Not yet: check your filter and what you counted, then try again."
    praise: str = "Correct."
    #: Words near which a printed answer would give it away (e.g. the resolution asked about);
    #: tests/test_notebooks.py checks that nothing before the exercise prints the answer there.
    topics: list[str] = field(default_factory=list)


def exercise(id: str, expected: Callable[[], Any], **options) -> Exercise:
    """Register an exercise (used by the ``nbNN`` modules)."""
    _REGISTRY[id] = Exercise(id, expected, **options)
    return _REGISTRY[id]


def normalise(answer: Any, kind: str) -> Any:
    """Bring an answer to a comparable form: a set of upper-case codes, a float, or itself."""
    if kind == "set":
        if isinstance(answer, str):
            answer = [answer]
        if hasattr(answer, "tolist"):
            answer = answer.tolist()
        return frozenset(str(item).strip().upper() for item in answer)
    if kind == "number":
        return float(answer)
    if kind == "text":
        return " ".join(str(answer).split()).casefold()
    return answer


def _lookup(exercise_id: str) -> Exercise:
    if exercise_id not in _REGISTRY:
        notebook = exercise_id.split(".")[0]
        with contextlib.suppress(ModuleNotFoundError):
            importlib.import_module(f"rulac.exercises.nb{notebook}")
    if exercise_id not in _REGISTRY:
        raise KeyError(
            f"No exercise {exercise_id!r}. Exercises have ids like '00.1' "
            "(notebook number, then exercise number)."
        )
    return _REGISTRY[exercise_id]


def feedback(exercise_id: str, answer: Any) -> str:
    """The feedback text for an answer (what :func:`check` prints)."""
    ex = _lookup(exercise_id)
    if answer is Ellipsis or answer is None:
        return "Not yet: replace ... with your answer, run the cell, then check again."
    expected = normalise(ex.expected(), ex.kind)
    try:
        given = normalise(answer, ex.kind)
    except (TypeError, ValueError):
        wanted = {"number": "a number", "set": "a list of ISO3 codes"}.get(ex.kind, "a value")
        return f"Not yet: this exercise expects {wanted}, got {type(answer).__name__}."
    right = abs(given - expected) <= ex.tolerance if ex.kind == "number" else given == expected
    if right:
        return ex.praise
    for applies, hint in ex.hints:
        try:
            if applies(given, expected):
                return hint
        except Exception:  # a hint that does not apply to this shape of answer
            continue
    if ex.kind == "set":
        if any(len(item) != 3 or not item.isalpha() for item in given):
            return (
                'Not yet: give a list of ISO3 codes, such as ["BOL", "CUB"], one string per state.'
            )
        # Say which way the list is off, never by how many: a count would give the size away.
        if given < expected:
            where = "every state in your list belongs, but some are missing"
        elif given > expected:
            where = "your list holds every state asked for, and some that do not belong"
        else:
            where = "your list is not the right set of states"
        advice = ex.fallback.removeprefix("Not yet: ")
        return f"Not yet: {where}. {advice[:1].upper()}{advice[1:]}"
    return ex.fallback


def check(exercise_id: str, answer: Any) -> None:
    """Print feedback on ``answer`` for exercise ``exercise_id`` without revealing the answer."""
    print(f"[{exercise_id}] {feedback(exercise_id, answer)}")
