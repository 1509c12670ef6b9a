"""A real hub process (the hub tests' own helpers, loaded by path: importlib mode has no
``tests`` package) and desktop profiles that talk to it through the real command line."""

from __future__ import annotations

import importlib.util
import io
import json
import os
import sys
import uuid
from contextlib import redirect_stderr, redirect_stdout
from pathlib import Path

import pytest
from hypothesis import settings

_spec = importlib.util.spec_from_file_location(
    "hub_test_helpers", Path(__file__).resolve().parents[1] / "hub" / "conftest.py"
)
hub_helpers = importlib.util.module_from_spec(_spec)
sys.modules["hub_test_helpers"] = hub_helpers  # dataclasses look their module up
_spec.loader.exec_module(hub_helpers)


def _load_sibling(name: str, file_name: str) -> None:
    """Shared test helpers of this folder, for the test modules to take from sys.modules."""
    spec = importlib.util.spec_from_file_location(name, Path(__file__).with_name(file_name))
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module  # before running it: dataclasses look their module up
    spec.loader.exec_module(module)


_load_sibling("sync_fault_proxy", "fault_proxy.py")
_load_sibling("sync_guarantee_devices", "guarantee_devices.py")

settings.register_profile("ci", max_examples=200, deadline=None)
settings.register_profile("nightly", max_examples=1000, deadline=None)
settings.register_profile("dev", max_examples=20, deadline=None)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci" if os.environ.get("CI") else "dev"))


@pytest.fixture(
    scope="module", params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)]
)
def sync_hub(request, tmp_path_factory):
    running, cleanup = hub_helpers.start_hub(
        tmp_path_factory.mktemp(f"synchub-{request.param}"), request.param
    )
    yield running
    cleanup()


class Profile:
    """One PC: its own data dir, driven by ``main.py`` commands run in this process."""

    def __init__(self, data_dir: Path) -> None:
        self.data_dir = data_dir

    def run(self, *argv: str, stdin: str = "", expect: int = 0) -> str:
        from app.cli import main

        out, err = io.StringIO(), io.StringIO()
        old_stdin = os.sys.stdin
        os.sys.stdin = io.StringIO(stdin)
        try:
            with redirect_stdout(out), redirect_stderr(err):
                code = main(["--data-dir", str(self.data_dir), *argv])
        finally:
            os.sys.stdin = old_stdin
        assert code == expect, f"{argv} → {code}\n{out.getvalue()}\n{err.getvalue()}"
        self.last_stderr = err.getvalue()
        return out.getvalue()

    def json(self, *argv: str):
        return json.loads(self.run(*argv).strip().splitlines()[-1])

    def sync(self) -> dict:
        return self.json("sync", "now", "--json")


@pytest.fixture
def make_profile(tmp_path):
    def make(name: str) -> Profile:
        return Profile(tmp_path / name)

    return make


@pytest.fixture
def shop_login():
    return f"shop-{uuid.uuid4().hex[:10]}"


PASSWORD = hub_helpers.PASSWORD
