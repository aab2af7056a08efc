"""Clear messages for hostile numbers, and line breaks in text (\\n, \\r\\n, \\r) kept."""

from __future__ import annotations

import json
import re

import pytest

import socialwork as sw
from socialwork import examples
from socialwork.documents.text import document_text

DECISION = examples.path("decyzja").read_text(encoding="utf-8")


@pytest.mark.parametrize("version", ["9" * 5000, "-" + "9" * 5000, "9" * 40, "1.5", '"1"'])
def test_a_bad_schema_version_names_the_path_and_the_fix(version: str) -> None:
    text = DECISION.replace('"schema_version": 1', f'"schema_version": {version}', 1)
    with pytest.raises(sw.InputError) as caught:
        sw.from_json(text)
    [problem] = caught.value.problems
    assert problem.path == "$.schema_version"
    assert "write 1" in problem.message
    assert "unreadable" not in str(caught.value) and "ValueError" not in str(caught.value)
    assert "9" * 20 not in str(caught.value)


def test_a_number_too_long_to_read_is_reported_at_its_path() -> None:
    text = re.sub(r'"caseload": [^,\n]*', '"caseload": ' + "9" * 5000,
                  examples.path("pracownik-socjalny").read_text(encoding="utf-8"))
    assert "9" * 5000 in text
    with pytest.raises(sw.InputError) as caught:
        sw.from_json(text)
    [problem] = caught.value.problems
    assert problem.path == "$.caseload"
    assert "5000 digits" in problem.message


@pytest.mark.parametrize("newline", ["\n", "\r\n", "\r"])
def test_line_breaks_in_text_are_kept_and_printed_as_one_line_break(newline: str) -> None:
    data = json.loads(DECISION)
    data["factual_justification"] = f"Pierwszy akapit.{newline}Drugi akapit."
    decision = sw.from_json(json.dumps(data, ensure_ascii=False))
    assert decision.factual_justification == data["factual_justification"]  # type: ignore[attr-defined]
    assert sw.from_json(sw.to_json(decision)) == decision
    text = document_text(sw.render("decyzja", decision))
    assert "Pierwszy akapit.\nDrugi akapit." in text
    assert "\r" not in text


@pytest.mark.parametrize("char", ["\x0b", "\x0c", "\x00", "\x1b", "\x85"])
def test_other_control_characters_are_refused(char: str) -> None:
    data = json.loads(DECISION)
    data["factual_justification"] = f"a{char}b"
    with pytest.raises(sw.InputError) as caught:
        sw.from_json(json.dumps(data))
    [problem] = caught.value.problems
    assert problem.path == "$.factual_justification"
    assert f"U+{ord(char):04X}" in problem.message and "line breaks" in problem.message
