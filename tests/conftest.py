"""Shared fixtures. The test process may not open a connection beyond this machine."""

from __future__ import annotations

import hashlib
import ipaddress
import shutil
import socket
import sys
from pathlib import Path

import pytest

from rulac.paths import DATA, ROOT

_real_connect = socket.socket.connect


def _loopback_only(self, address, *args, **kwargs):
    host = address[0] if isinstance(address, tuple) else None
    if host is not None and host != "localhost":
        try:
            if not ipaddress.ip_address(host).is_loopback:
                raise OSError(f"tests run offline: connection to {host} refused")
        except ValueError:
            raise OSError(f"tests run offline: connection to {host} refused") from None
    return _real_connect(self, address, *args, **kwargs)


socket.socket.connect = _loopback_only


def snapshot(folder: Path) -> dict[str, str]:
    """sha256 of every file under ``folder``: compared before and after, nothing is written."""
    return {
        p.relative_to(folder).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


@pytest.fixture
def data_copy(tmp_path: Path) -> Path:
    """A private copy of data/ (without the large vote table) for tests that damage files."""
    target = tmp_path / "data"
    target.mkdir()
    for path in DATA.iterdir():
        if path.is_file() and path.stat().st_size < 1_000_000:
            shutil.copy2(path, target / path.name)
    return target


@pytest.fixture(scope="session")
def chapter_text() -> str:
    path = ROOT.parent / "shared" / "reference" / "chapter-14-russia-and-latin-america.txt"
    if not path.is_file():
        pytest.skip("the chapter text (../shared/reference) is not beside this checkout")
    return path.read_text(encoding="utf-8")


def pytest_sessionstart(session):
    """Check every data file once, first: a damaged file stops the run with one clear message
    (which file, what is wrong, the command that fixes it) instead of a failure in every test."""
    if hasattr(session.config, "workerinput"):
        return  # xdist workers: the controller has checked already
    from rulac.loading import DataError, load, package

    for resource in package()["resources"]:
        try:
            load(resource["name"], compact=True, validate=True)
        except DataError as error:
            sys.stderr.write(f"\nThe course data are damaged, so no test ran.\n{error}\n\n")
            pytest.exit("damaged data (the message above says how to fix it)", returncode=3)
