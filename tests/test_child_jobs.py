"""The machinery the export and the sync share to run in a child process (``app.jobs``),
with a real child (the Python running the tests) doing a tiny fake job: progress comes
back, a cancel stops it, one that ignores the cancel is killed after the grace period,
end-of-file on stdin stops it by itself, and a dead child leaves no answer."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from app.errors import UserFacingError, classify
from app.i18n import Message
from app.jobs.parent import app_command, run_child
from app.jobs.wire import dumps, error_from_wire, error_to_wire
from app.progress import CancelToken
from app.sync import errors

FAKE_JOB = """
import sys, time
from app.errors import classify
from app.jobs.child import ChildJob
from app.jobs.wire import error_to_wire
from app.progress import check

job = ChildJob()
request = job.read_request()

def work(progress, token):
    for step in range(request["steps"]):
        check(token)
        progress((step + 1) / request["steps"], f"bước {step + 1}")
        time.sleep(request["pause"])
    if request.get("fail"):
        raise PermissionError(13, "denied", "/thư mục/x.mp4")
    return {"done": request["echo"]}

sys.exit(job.run(work, lambda e: error_to_wire(e, classify(e)), progress_at_end=True))
"""
IGNORES_CANCEL = "import time; print('{\"progress\": 0.5}', flush=True); time.sleep(60)"


class Stopped(UserFacingError):
    pass


def _stopped(detail: str) -> Stopped:
    return Stopped(Message("test", "Việc chạy nền bị dừng giữa chừng."), detail)


def _run(code: str, request: dict | None = None, **kwargs):
    return run_child([sys.executable, "-c", code], name="test", stopped=_stopped,
                     request=None if request is None else dumps(request), **kwargs)  # fmt: skip


def test_progress_and_the_answer_come_back():
    seen: list[tuple[float, str]] = []
    outcome = _run(FAKE_JOB, {"steps": 5, "pause": 0.01, "echo": "Nón lá"},
                   grace_s=5, progress=lambda f, t: seen.append((f, t)))  # fmt: skip
    assert outcome.answer == {"done": "Nón lá"} and outcome.code == 0
    assert not outcome.cancelled
    assert seen[0] == (0.2, "bước 1") and seen[-1] == (1.0, "bước 5")  # the end always


def test_a_cancel_stops_the_job_and_it_says_so():
    token = CancelToken()

    def progress(_fraction: float, _text: str) -> None:
        token.cancel()

    outcome = _run(FAKE_JOB, {"steps": 500, "pause": 0.02, "echo": ""},
                   grace_s=30, progress=progress, cancel=token)  # fmt: skip
    assert outcome.cancelled and outcome.answer == {"cancelled": True}
    assert outcome.code == 130


def test_a_child_that_ignores_the_cancel_is_killed_after_the_grace_period():
    token = CancelToken()
    token.cancel()
    outcome = _run(IGNORES_CANCEL, grace_s=0.5, cancel=token)
    assert outcome.cancelled and outcome.answer is None
    assert outcome.code != 0  # killed, long before its 60 s sleep


def test_end_of_file_on_stdin_stops_the_child_by_itself():
    child = subprocess.Popen([sys.executable, "-c", FAKE_JOB],
                             stdin=subprocess.PIPE, stdout=subprocess.PIPE)  # fmt: skip
    child.stdin.write(dumps({"steps": 500, "pause": 0.02, "echo": ""}))
    child.stdin.flush()
    assert "progress" in json.loads(child.stdout.readline())
    child.stdin.close()  # the parent is gone
    assert json.loads(child.stdout.read().splitlines()[-1]) == {"cancelled": True}
    assert child.wait(timeout=30) == 130


def test_a_child_that_dies_leaves_no_answer_but_its_stderr():
    outcome = _run("import sys; sys.stderr.write('hết bộ nhớ'); sys.exit(3)", grace_s=5)
    assert outcome.answer is None and outcome.code == 3 and not outcome.cancelled
    assert "hết bộ nhớ" in outcome.stderr_tail


def test_a_child_that_cannot_start_is_the_stopped_error():
    with pytest.raises(Stopped) as caught:
        run_child(["/no/such/program"], name="test", stopped=_stopped, grace_s=1)
    assert "cannot start the test process" in caught.value.detail


def test_an_error_in_the_child_comes_back_as_the_same_sentence():
    outcome = _run(FAKE_JOB, {"steps": 1, "pause": 0, "echo": "", "fail": True}, grace_s=5)
    assert outcome.code == 2
    error = error_from_wire(outcome.answer["error"], RuntimeError)
    here = classify(PermissionError(13, "denied", "/thư mục/x.mp4"))
    assert type(error) is type(here) and error.message == here.message
    assert error.detail == "/thư mục/x.mp4"


def test_errors_keep_their_fields_only_when_asked_and_bugs_stay_bugs():
    clock = errors.ClockAhead("409", fast_by_ms=600_000)
    line = dumps(error_to_wire(clock, clock, fields=True))
    assert line.isascii()
    back = error_from_wire(json.loads(line), RuntimeError)
    assert isinstance(back, errors.ClockAhead) and back.fast_by_ms == 600_000
    assert "fields" not in error_to_wire(clock, clock)
    bug = error_from_wire(error_to_wire(KeyError("seq"), None), RuntimeError)
    assert type(bug) is RuntimeError and "KeyError" in str(bug)


def test_the_apps_own_command_line_runs_the_app():
    done = subprocess.run(app_command("--help"), capture_output=True, timeout=60)
    assert done.returncode == 0


def test_a_child_killed_is_stopped_one_that_raised_is_a_bug():
    from app.jobs.parent import died_of_a_bug

    raised = _run("raise KeyError('seq')", grace_s=5)
    assert raised.answer is None and raised.code == 1 and died_of_a_bug(raised)
    killed = _run(
        "import os, signal; os.kill(os.getpid(), getattr(signal, 'SIGKILL', 15))", grace_s=5
    )
    assert killed.answer is None and not died_of_a_bug(killed)  # out of memory looks like this
    quiet = _run("import sys; sys.exit(3)", grace_s=5)
    assert not died_of_a_bug(quiet)


def test_a_cancel_right_behind_the_request_is_not_lost():
    # the child's first read can take both lines: the request, then the parent's cancel
    request = dumps({"steps": 50, "pause": 0.1, "echo": "x"}) + b"cancel\n"
    outcome = run_child([sys.executable, "-c", FAKE_JOB], name="test", stopped=_stopped,
                        request=request, grace_s=5)  # fmt: skip
    assert outcome.answer == {"cancelled": True} and outcome.code == 130
