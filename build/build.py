"""One command for the one-folder app: ``python build/build.py``.

Steps (each timed in dist/build-report.json):
1. compile translations (.ts → .qm), render the icon, write the Windows version file;
2. PyInstaller with build/studio.spec, work folder _work/pyinstaller, output dist/;
3. prune: files nothing loads (bundle_rules); on Linux OpenCV is linked to PyAV's FFmpeg
   (share_ffmpeg, proven by decoding a clip both ways), PyAV's libx265 (HEVC encoding, unused)
   becomes a stand-in that fails cleanly (stub_x265, proven), libraries nothing links are
   dropped (elf_deps.unreachable) and symbols stripped; the loader check must pass;
4. the frozen ``--self-test`` from dist/ and from a copy under a path with spaces and
   Vietnamese letters: any failure or unexpected stderr fails the build;
5. Linux: dist/LangNgheStudio-<version>-linux-x86_64.tar.gz with a .desktop entry;
6. size report (dist/size-report.md/.json).
"""

from __future__ import annotations

import argparse
import json
import platform
import shutil
import subprocess
import sys
import time
from pathlib import Path

BUILD_DIR = Path(__file__).resolve().parent
ROOT = BUILD_DIR.parent
sys.path.insert(0, str(BUILD_DIR))
sys.path.insert(0, str(ROOT))

import bundle_rules  # noqa: E402 - needs build/ on the path
import frozen_check  # noqa: E402
import size_report  # noqa: E402

from app import APP_NAME, __version__  # noqa: E402

DIST = ROOT / "dist"
WORK = ROOT / "_work"
LINUX = sys.platform.startswith("linux")
WINDOWS = sys.platform == "win32"


class BuildFailed(RuntimeError):
    pass


def step(report: dict, name: str):
    """Context manager that times one step into the report."""

    class _Timer:
        def __enter__(self):
            self.started = time.perf_counter()
            print(f"== {name}", flush=True)

        def __exit__(self, *exc):
            seconds = round(time.perf_counter() - self.started, 1)
            report.setdefault("steps_s", {})[name] = seconds
            print(f"   {name}: {seconds} s", flush=True)
            return False

    return _Timer()


def prepare_inputs() -> None:
    import icon_render
    import translations
    import version_info

    translations.build_translations(update=False)
    svg = ROOT / "resources" / "icons" / "app.svg"
    icon_render.render_png(svg, WORK / "icon" / "app.png")
    icon_render.render_ico(svg, WORK / "icon" / "app.ico")
    version_info.write(WORK / "version_info.txt", __version__, APP_NAME, bundle_rules.APP_EXE)


def run_pyinstaller(clean: bool) -> Path:
    command = [
        sys.executable,
        "-m",
        "PyInstaller",
        str(BUILD_DIR / "studio.spec"),
        "--noconfirm",
        "--workpath",
        str(WORK / "pyinstaller"),
        "--distpath",
        str(DIST),
        "--log-level",
        "WARN",
    ]
    if clean:
        command.append("--clean")
    subprocess.run(command, check=True, cwd=ROOT)
    return DIST / bundle_rules.APP_EXE


def prune_bundle(bundle: Path, report: dict, share: bool = True, stub_x265: bool = True) -> None:
    removed = bundle_rules.prune(bundle)
    pruned = {"rule_files": len(removed), "rule_bytes": sum(size for _, size in removed)}
    if LINUX:
        import elf_deps
        import share_ffmpeg

        internal = bundle / "_internal"
        if share:
            pruned["opencv_ffmpeg_replaced_bytes"] = share_ffmpeg.apply(
                internal / "opencv_python_headless.libs", internal / "av.libs"
            )
        if stub_x265:
            import stub_x265 as x265

            pruned["x265_stub_saved_bytes"] = x265.apply(internal)
        orphans = elf_deps.unreachable(bundle)
        pruned["orphan_libraries"] = sorted(path.name for path in orphans)
        pruned["orphan_bytes"] = elf_deps.remove_with_links(bundle, orphans)
        stripped, refused = elf_deps.strip_unneeded(bundle)
        pruned["stripped_files"] = len(stripped)
        pruned["stripped_bytes"] = sum(size for _, size in stripped)
        pruned["strip_refused"] = sorted(str(path.relative_to(bundle)) for path in refused)
        broken = elf_deps.loads_cleanly(bundle, elf_deps.elf_files(bundle))
        lost = elf_deps.missing(bundle)
        report["missing_libraries"] = lost
        if broken or lost:
            raise BuildFailed(f"libraries do not load after pruning: {broken or lost}")
        if pruned.get("opencv_ffmpeg_replaced_bytes"):
            proof = share_ffmpeg.verify(internal)
            report["ffmpeg_share_check"] = proof
            if not proof["ok"]:
                raise BuildFailed(
                    f"OpenCV on PyAV's FFmpeg decodes differently: {proof} (--keep-opencv-ffmpeg)"
                )
        if pruned.get("x265_stub_saved_bytes"):
            proof = x265.verify(internal)
            report["x265_stub_check"] = proof
            if not proof["ok"]:
                raise BuildFailed(f"the libx265 stand-in misbehaves: {proof} (--keep-x265)")
    report["pruned"] = pruned


def self_tests(bundle: Path, report: dict) -> None:
    exe = bundle / (bundle_rules.APP_EXE + (".exe" if WINDOWS else ""))
    before = frozen_check.snapshot(bundle)
    runs = {
        "dist": frozen_check.run_self_test(exe),
        "vietnamese_path": frozen_check.run_from_vietnamese_path(bundle, bundle_rules.APP_EXE),
    }
    second = frozen_check.run_second_instance(exe)
    report["second_instance"] = second
    print(f"   second instance: {second}", flush=True)
    if second["problems"]:
        raise BuildFailed(f"second instance: {second['problems']}")
    upgrade = frozen_check.run_upgrade(exe)
    report["upgrade"] = upgrade
    print(f"   upgrade over an older profile: {upgrade}", flush=True)
    if upgrade["problems"]:
        raise BuildFailed(f"upgrade: {upgrade['problems']}")
    written = sorted(frozen_check.snapshot(bundle) - before)
    if written:  # a user without write access to the install folder would hit this
        raise BuildFailed(f"the app wrote into its install folder: {written[:10]}")
    report["self_test"] = {
        name: {"report": run.report, "problems": run.problems, "stderr": run.stderr[-2000:]}
        for name, run in runs.items()
    }
    for name, run in runs.items():
        print(f"   self-test ({name}): {json.dumps(run.report, ensure_ascii=False)}", flush=True)
        if not run.ok:
            raise BuildFailed(
                f"frozen self-test ({name}) failed: {run.problems}\n{run.stderr[-3000:]}"
            )


def package(bundle: Path) -> Path | None:
    if not LINUX:
        return None  # Windows: build/installer/studio.nsi makes the installer (see build/ci/windows.yml)
    import linux_package

    machine = platform.machine().lower() or "x86_64"
    root_name = f"{bundle_rules.APP_EXE}-{__version__}"
    target = DIST / f"{root_name}-linux-{machine}.tar.gz"
    return linux_package.make_tarball(bundle, WORK / "icon" / "app.png", target, root_name)


def write_size_report(bundle: Path, archive: Path | None, report: dict) -> str:
    sizes = size_report.measure(bundle, archive)
    report["sizes"] = json.loads(sizes.to_json())
    report["biggest_files"] = size_report.biggest_files(bundle)
    markdown = sizes.to_markdown(f"{APP_NAME} {__version__} — {sys.platform} bundle")
    (DIST / "size-report.md").write_text(markdown, encoding="utf-8")
    (DIST / "size-report.json").write_text(sizes.to_json(), encoding="utf-8")
    return markdown


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description="Build the one-folder app, test it frozen, package it."
    )
    parser.add_argument("--clean", action="store_true", help="empty PyInstaller's cache first")
    parser.add_argument(
        "--skip-pyinstaller", action="store_true", help="reuse dist/ (prune, test, package)"
    )
    parser.add_argument("--no-package", action="store_true", help="skip the .tar.gz")
    parser.add_argument(
        "--keep-opencv-ffmpeg",
        action="store_true",
        help="ship OpenCV's own FFmpeg instead of linking it to PyAV's (share_ffmpeg.py)",
    )
    parser.add_argument(
        "--keep-x265",
        action="store_true",
        help="ship PyAV's real libx265 (HEVC encoding) instead of the stand-in (stub_x265.py)",
    )
    args = parser.parse_args(argv)

    report: dict = {
        "version": __version__,
        "platform": sys.platform,
        "python": platform.python_version(),
    }
    started = time.perf_counter()
    WORK.mkdir(exist_ok=True)
    DIST.mkdir(exist_ok=True)
    try:
        with step(report, "inputs"):
            prepare_inputs()
        bundle = DIST / bundle_rules.APP_EXE
        if not args.skip_pyinstaller:
            with step(report, "pyinstaller"):
                if bundle.exists():
                    shutil.rmtree(bundle)
                bundle = run_pyinstaller(args.clean)
        with step(report, "prune"):
            prune_bundle(
                bundle, report, share=not args.keep_opencv_ffmpeg, stub_x265=not args.keep_x265
            )
        with step(report, "self-test"):
            self_tests(bundle, report)
        archive = None
        if not args.no_package:
            with step(report, "package"):
                archive = package(bundle)
        markdown = write_size_report(bundle, archive, report)
    except (BuildFailed, subprocess.CalledProcessError) as exc:
        report["error"] = str(exc)
        print(f"BUILD FAILED: {exc}", file=sys.stderr)
        return 1
    finally:
        report["total_s"] = round(time.perf_counter() - started, 1)
        (DIST / "build-report.json").write_text(
            json.dumps(report, indent=2, ensure_ascii=False, default=str), encoding="utf-8"
        )
    print(markdown)
    print(f"built in {report['total_s']} s; report in dist/build-report.json")
    return 0


if __name__ == "__main__":
    sys.exit(main())
