"""Browser tests: a private JupyterLab server and Debian's headless chromium, driven by Playwright.

Every test in this folder runs only when the folder (or a file or test in it) is named on the
command line (``make test-slow``, ``pytest tests/slow``); inside ``make test`` they are skipped,
so the everyday run stays fast and needs no browser. They need ``/usr/bin/chromium``
(``apt-get install chromium``) and Playwright for Python (the ``browser`` extra); where either
is missing they skip and say why.
Playwright never downloads a browser of its own: it starts the system's chromium.

The server serves a copy of ``notebooks/`` in a temporary folder, so nothing a test does (a
kernel, a checkpoint, a saved layout) can ever write into the course's notebooks; it reads the
course's JupyterLab settings from ``jupyter/``, as an installed course does.
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
#: The notebooks to serve: the course's, or those in RULAC_SLIDE_NOTEBOOKS (a draft, old ones).
NOTEBOOKS = Path(os.environ.get("RULAC_SLIDE_NOTEBOOKS") or ROOT / "notebooks").resolve()
COURSE_SETTINGS = ROOT / "jupyter" / "overrides.json"
CHROMIUM = Path(os.environ.get("RULAC_CHROMIUM", "/usr/bin/chromium"))
# Flags for a closed network: no sign-in, sync, update or field-trial traffic, no QUIC probes
# (each would otherwise flood the log with refused connections), no GPU and no sandbox (root).
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
SERVER_START_TIMEOUT = 90  # seconds; a cold start on a busy 2-core machine takes about 5


def pytest_configure(config):
    config.addinivalue_line(
        "markers",
        "browser: needs headless chromium and a JupyterLab server (tests/slow, make test-slow)",
    )


def _named_on_command_line(config) -> bool:
    """Whether the invocation named this folder, a file in it, or a test in it."""
    start = Path(config.invocation_params.dir)
    for arg in config.invocation_params.args:
        if arg.startswith("-"):
            continue
        path = (start / arg.split("::")[0]).resolve()
        if path == HERE or HERE in path.parents:
            return True
    return False


def pytest_collection_modifyitems(config, items):
    if _named_on_command_line(config):
        return
    skip = pytest.mark.skip(
        reason="browser suite: run it with `make test-slow` (pytest tests/slow)"
    )
    for item in items:
        if HERE in Path(str(item.path)).parents:
            item.add_marker(skip)


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _answers(url: str) -> bool:
    opener = urllib.request.build_opener(urllib.request.ProxyHandler({}))  # loopback, no proxy
    try:
        with opener.open(url, timeout=2) as response:
            return response.status == 200
    except OSError:
        return False


@pytest.fixture(scope="session")
def lab_server(tmp_path_factory):
    """A JupyterLab server (with jupyterlab-rise) on a free loopback port, on a copy of notebooks/.

    Yields ``(base_url, root)``: ``root`` is the temporary copy the server serves. Token and
    password are off (it listens on 127.0.0.1 only), no browser opens, and its config, runtime
    and user-settings folders are temporary too, so an instructor's own settings neither leak in
    nor get written. The course's settings (jupyter/overrides.json) are installed as they are in
    the course environment: as the application's overrides.json.
    """
    if not NOTEBOOKS.is_dir():
        pytest.skip(f"no notebooks folder {NOTEBOOKS}")
    base = tmp_path_factory.mktemp("lab")
    root = base / "notebooks"
    shutil.copytree(NOTEBOOKS, root, ignore=shutil.ignore_patterns(".ipynb_checkpoints"))
    settings = base / "app-settings"
    settings.mkdir()
    if COURSE_SETTINGS.is_file():
        shutil.copy2(COURSE_SETTINGS, settings / "overrides.json")
    port = _free_port()
    env = dict(
        os.environ,
        JUPYTER_CONFIG_DIR=str(base / "config"),
        JUPYTER_RUNTIME_DIR=str(base / "runtime"),
    )
    command = [
        sys.executable,
        "-m",
        "jupyterlab",
        "--no-browser",
        "--ServerApp.ip=127.0.0.1",
        f"--ServerApp.port={port}",
        "--ServerApp.port_retries=0",
        f"--ServerApp.root_dir={root}",
        "--IdentityProvider.token=",
        "--PasswordIdentityProvider.hashed_password=",
        f"--LabApp.app_settings_dir={settings}",
        "--LabApp.expose_app_in_browser=True",  # window.jupyterapp: wait for `restored`
        "--LabApp.news_url=None",
    ]
    if os.geteuid() == 0:
        command.append("--allow-root")
    log_path = base / "server.log"
    url = f"http://127.0.0.1:{port}"
    with log_path.open("wb") as log:
        server = subprocess.Popen(
            command,
            cwd=base,
            env=env,
            stdout=log,
            stderr=subprocess.STDOUT,
            stdin=subprocess.DEVNULL,
        )
        try:
            deadline = time.monotonic() + SERVER_START_TIMEOUT
            while not _answers(f"{url}/api/status"):
                if server.poll() is not None or time.monotonic() > deadline:
                    tail = log_path.read_text(errors="replace")[-3000:]
                    pytest.fail(
                        f"the JupyterLab server did not start ({' '.join(command)}):\n{tail}"
                    )
                time.sleep(0.25)
            yield url, root
        finally:
            server.terminate()  # SIGTERM: the server shuts its kernels down, then exits
            try:
                server.wait(timeout=20)
            except subprocess.TimeoutExpired:
                server.kill()
                server.wait()


@pytest.fixture(scope="session")
def browser(tmp_path_factory):
    """One headless chromium (a persistent context on a fresh, temporary --user-data-dir)."""
    if not CHROMIUM.is_file():
        pytest.skip(f"no {CHROMIUM}: install Debian's chromium (apt-get install chromium)")
    sync_api = pytest.importorskip(
        "playwright.sync_api", reason="Playwright for Python is missing (the browser extra)"
    )
    profile = tmp_path_factory.mktemp("chromium-profile")
    with sync_api.sync_playwright() as playwright:
        context = playwright.chromium.launch_persistent_context(
            str(profile),
            executable_path=str(CHROMIUM),
            args=CHROMIUM_ARGS,
            headless=True,
            device_scale_factor=1,
        )
        try:
            yield context
        finally:
            context.close()
