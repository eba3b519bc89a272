"""The README is the contract with users: its commands must exist and CI must run its test command."""

from __future__ import annotations

import re

from scheduler.cli import build_parser

from .conftest import ROOT

README = (ROOT / "README.md").read_text(encoding="utf-8")


def _subcommands() -> list[str]:
    parser = build_parser()
    action = next(a for a in parser._actions if a.dest == "command")  # argparse keeps subparsers here
    return sorted(action.choices)


def test_every_command_is_documented_in_the_readme() -> None:
    missing = [c for c in _subcommands() if not re.search(rf"presscal {re.escape(c)}\b", README)]
    assert not missing, f"commands not shown in README.md: {missing}"


def test_ci_runs_the_readme_test_command() -> None:
    blocks = re.findall(r"^ {4}(\S.*)$", README, flags=re.M)
    test_cmds = [b for b in blocks if "pytest" in b]
    assert test_cmds, "README.md shows no test command"
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert test_cmds[0].strip() in ci, "the README's test command is not what .ci/run runs"


def test_readme_has_exactly_two_setup_commands() -> None:
    setup = README.split("## Set up", 1)[1].split("\n## ", 1)[0]
    commands = re.findall(r"^ {4}(\S.*)$", setup, flags=re.M)
    assert len(commands) == 2, commands
    assert any("pytest" in c for c in commands) and any("presscal" in c for c in commands)


def test_every_runtime_dependency_is_explained() -> None:
    import tomllib

    deps = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["dependencies"]
    names = [re.split(r"[<>=\[ ;]", d, maxsplit=1)[0].lower() for d in deps]
    section = README.split("<!-- section: dependencies -->", 1)[1].lower()
    missing = [n for n in names if n not in section]
    assert not missing, f"dependencies without a reason in README.md: {missing}"


def test_readme_is_a_guide_and_its_links_resolve() -> None:
    assert len(README.encode("utf-8")) <= 15 * 1024, "README.md is the user's guide; reference goes into docs/"
    for doc in (ROOT / "docs").glob("*.md"):
        text = doc.read_text(encoding="utf-8")
        for target in re.findall(r"\]\(([^)#:]+)(?:#[^)]*)?\)", text):
            assert (doc.parent / target).exists(), f"{doc.name} links to a missing {target}"
    for target in re.findall(r"\]\(([^)#:]+)(?:#[^)]*)?\)", README):
        assert (ROOT / target).exists(), f"README.md links to a missing {target}"
