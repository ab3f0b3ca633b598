"""The pip route (pyproject.toml), the lock and environment.yml pin the same versions."""

from __future__ import annotations

import re
import tomllib

from rulac.paths import ROOT

PIN = re.compile(r"^\s*([A-Za-z0-9_.\-]+)\s*==\s*([^\s;#]+)")


def canonical(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def pins(lines) -> dict[str, str]:
    found = {}
    for line in lines:
        match = PIN.match(line)
        if match:
            found[canonical(match.group(1))] = match.group(2)
    return found


def pyproject_pins() -> dict[str, str]:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    return pins(project["dependencies"])


def environment_pins() -> dict[str, str]:
    lines = []
    for line in (ROOT / "environment.yml").read_text(encoding="utf-8").splitlines():
        stripped = line.strip()
        if stripped.startswith("- ") and "==" in stripped:
            lines.append(stripped[2:])
    return pins(lines)


def test_every_direct_dependency_is_pinned_exactly():
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    extras = [spec for group in project["optional-dependencies"].values() for spec in group]
    for spec in project["dependencies"] + extras:
        assert PIN.match(spec), f"{spec!r} is not an exact pin (==)"


def test_environment_yml_has_the_same_pins():
    assert environment_pins() == pyproject_pins()


def test_lock_agrees_with_the_pins():
    locked = pins((ROOT / "requirements-lock.txt").read_text(encoding="utf-8").splitlines())
    for name, version in pyproject_pins().items():
        assert locked.get(name) == version, f"{name}: pinned {version}, locked {locked.get(name)}"


def test_environment_yml_uses_the_lock_and_the_helpers():
    text = (ROOT / "environment.yml").read_text(encoding="utf-8")
    assert "- -c requirements-lock.txt" in text
    assert "- -e ." in text
    assert re.search(r"^\s*- python=3\.11\s*$", text, re.M)


def test_lock_leaves_out_the_slow_import():
    """rfc3987-syntax costs seconds in every nbformat import; the jsonschema pin keeps it out."""
    locked = pins((ROOT / "requirements-lock.txt").read_text(encoding="utf-8").splitlines())
    assert "rfc3987-syntax" not in locked
    assert "jupyterlab" in locked and "jupyter-events" in locked


def test_lock_holds_the_maintainers_and_browser_tools():
    """`make env` installs the lock: the dev, browser, build and site extras are locked at their
    pins too, so the tests that read the raw files and build the site run on a fresh clone."""
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    locked = pins((ROOT / "requirements-lock.txt").read_text(encoding="utf-8").splitlines())
    for group in ("dev", "browser", "build", "site"):
        for name, version in pins(project["optional-dependencies"][group]).items():
            assert locked.get(name) == version, (
                f"{group}: {name} pinned {version}, locked {locked.get(name)}"
            )


def test_language_packs_are_optional():
    """The interface translations (the lang extra) are pinned but never locked: `make env` leaves
    them out, `make lang` adds them."""
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    locked = pins((ROOT / "requirements-lock.txt").read_text(encoding="utf-8").splitlines())
    packs = pins(project["optional-dependencies"]["lang"])
    assert set(packs) == {"jupyterlab-language-pack-es-es", "jupyterlab-language-pack-pt-br"}
    assert not set(packs) & set(locked)


def test_lint_runs_the_pinned_ruff_offline_in_hooks_and_ci():
    """pre-commit's hooks are local (no download) and run the ruff that the lock pins; CI lints."""
    hooks = (ROOT / ".pre-commit-config.yaml").read_text(encoding="utf-8")
    assert "repo: local" in hooks and "https://" not in hooks
    assert hooks.count("entry: .venv/bin/ruff") == 2
    assert "make lint" in (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    ruff = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["ruff"]
    assert ruff["line-length"] <= 100 and "*.ipynb" in ruff["extend-include"]
