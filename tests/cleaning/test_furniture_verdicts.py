"""A line's furniture verdict depends on its text alone, so furniture.py judges each distinct text
once: the pages of one site repeat their menus and share bars. Checked on real pasted lines: the
remembered verdict is the one the rules give, and a new text is judged anew."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.cleaning import furniture
from generator.cleaning.lines import Line, split_lines


def _paste_lines(shared: Path) -> list[str]:
    pages = sorted((shared / "corpora" / "paste-dev" / "txt").glob("*.txt"))[:10]
    if not pages:
        pytest.skip("the paste-dev pages are not in the shared data")
    return [line.text for page in pages for line in split_lines(page.read_text(encoding="utf-8"))]


def test_a_remembered_verdict_is_the_rules_verdict(shared):
    texts = _paste_lines(shared)
    furniture._seen.clear()
    first = [furniture.furniture_reason(Line(0, text)) for text in texts]
    again = [furniture.furniture_reason(Line(7, text)) for text in texts]  # all remembered now
    assert first == again == [furniture._judge(Line(0, text)) for text in texts]
    assert {"share or print bar", "navigation", None} <= set(first)


def test_each_distinct_text_is_judged_once(monkeypatch):
    furniture._seen.clear()
    judged: list[str] = []
    judge = furniture._judge
    monkeypatch.setattr(furniture, "_judge", lambda line: judged.append(line.text) or judge(line))
    lines = ["Share this article", "Moscow said on Monday that it would respond to the sanctions.", "Share this article"]
    assert [furniture.furniture_reason(Line(i, t)) for i, t in enumerate(lines)] == ["share or print bar", None,
                                                                                    "share or print bar"]
    assert judged == lines[:2]  # the repeated share bar was not judged again; the new line was
