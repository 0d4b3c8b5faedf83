"""The README's commands are the CLI's: every `storyline COMMAND --option` it shows exists."""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

import pytest
from typer.testing import CliRunner

from storyline.cli import app

README = Path(__file__).resolve().parents[2] / "README.md"
# "storyline brief --story ID --format md": the command and the options written after it
# (on one line, up to a comment or the end of the inline code)
MENTION = re.compile(r"\bstoryline ([a-z][a-z-]*)((?:[ \t]+(?:--[a-z-]+|-[a-z]|[^\s`#-][^\s`]*))*)")
runner = CliRunner()


@cache
def _help(command: str) -> str:
    result = runner.invoke(app, [command, "--help"], terminal_width=200)
    assert result.exit_code == 0, f"storyline {command} --help failed: {result.output}"
    return result.output


def _mentions() -> list[tuple[str, str]]:
    found = set()
    for m in MENTION.finditer(README.read_text(encoding="utf-8")):
        for option in re.findall(r"(?<!\S)(--[a-z][a-z-]*)", m.group(2)):
            found.add((m.group(1), option))
        found.add((m.group(1), ""))
    return sorted(found)


@pytest.mark.parametrize(("command", "option"), _mentions())
def test_every_command_and_option_the_readme_shows_exists(command: str, option: str) -> None:
    text = _help(command)
    if option:
        assert option in text, f"README shows `storyline {command} {option}`; --help lacks it"
