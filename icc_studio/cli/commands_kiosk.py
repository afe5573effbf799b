"""Kiosk: staff commands for the town-hall kiosk (PIN, settings, camera check)."""

from __future__ import annotations

import argparse
import getpass
import json
import sys
import time
from collections.abc import Callable
from pathlib import Path

Factory = Callable[[str, str], argparse.ArgumentParser]


def register(command: Factory, target: Factory) -> None:
    """Add this area's commands (``command(name, help)``) and render targets (``target(name, help)``)."""
    kiosk = command("kiosk", "The town-hall kiosk: staff PIN, settings, camera check. "
                             "Start the kiosk itself with: icc-studio --kiosk DIR")
    sub = kiosk.add_subparsers(dest="kiosk_command", metavar="ACTION", required=True)

    def action(name: str, help_text: str) -> argparse.ArgumentParser:
        return sub.add_parser(name, help=help_text, description=help_text)

    p = action("set-pin", "Set the staff PIN (4–12 digits) that leaves the kiosk of the project in DIR.")
    p.add_argument("dir", type=Path, metavar="DIR", help="the project folder")
    p.add_argument("--pin-stdin", action="store_true", help="read the PIN from the first line of standard input")
    p.set_defaults(func=cmd_set_pin)

    p = action("config", "Show the kiosk settings of the project in DIR, or change them.")
    p.add_argument("dir", type=Path, metavar="DIR", help="the project folder")
    p.add_argument("--camera", metavar="SPEC",
                   help="camera: a device index (0), a device path, 'fake' or 'fake:VIDEO' (demo)")
    p.add_argument("--resolution", metavar="WxH", help="capture resolution asked of the camera, e.g. 1920x1080")
    p.add_argument("--age-threshold", type=int, metavar="AGE",
                   help="below this age a guardian must consent (default 16)")
    p.add_argument("--idle-timeout", type=float, metavar="SECONDS",
                   help="an unfinished session is forgotten after this idle time (default 60)")
    p.add_argument("--frame", metavar="OUTPUT",
                   help="the frame shown live: feed_portrait, feed_square, profile or story")
    p.add_argument("--json", action="store_true", help="print JSON")
    p.set_defaults(func=cmd_config)

    p = action("check-camera", "Open the kiosk's camera (or --camera SPEC) and measure what it delivers.")
    p.add_argument("dir", type=Path, nargs="?", metavar="DIR", help="the project folder (for its camera setting)")
    p.add_argument("--camera", metavar="SPEC", help="camera to check instead of the project's")
    p.add_argument("--seconds", type=float, default=3.0, help="how long to read frames (default %(default)s)")
    p.set_defaults(func=cmd_check_camera)


def _read_pin(args: argparse.Namespace) -> str:
    if args.pin_stdin:
        return sys.stdin.readline().strip()
    first = getpass.getpass("New staff PIN (4–12 digits): ")
    second = getpass.getpass("The same PIN again: ")
    if first != second:
        from ..core.errors import InvalidValue

        raise InvalidValue("the two PINs differ; nothing was changed")
    return first


def cmd_set_pin(args: argparse.Namespace, cancel) -> int:
    from ..core.kiosk.config import set_pin
    from ..core.kiosk.pin import check_pin_format
    from ..core.store import Project

    with Project.open(args.dir) as project:
        pin = check_pin_format(_read_pin(args))
        set_pin(project, pin, actor="cli")
    print(f"Staff PIN set for the kiosk of {args.dir}.")
    return 0


def _settings_view(settings) -> dict:
    return {"camera": settings.camera, "resolution": f"{settings.resolution[0]}x{settings.resolution[1]}",
            "age_threshold": settings.age_threshold, "idle_timeout_s": settings.idle_timeout_s,
            "frame": settings.output_id, "pin": "set" if settings.pin else "not set"}


def cmd_config(args: argparse.Namespace, cancel) -> int:
    from dataclasses import replace

    from ..core.errors import InvalidValue
    from ..core.kiosk.config import load_kiosk_settings, save_kiosk_settings
    from ..core.store import Project

    with Project.open(args.dir) as project:
        settings = load_kiosk_settings(project)
        changes: dict = {}
        if args.camera is not None:
            changes["camera"] = args.camera
        if args.resolution is not None:
            try:
                width, height = (int(v) for v in args.resolution.lower().split("x"))
            except ValueError:
                raise InvalidValue(f"resolution {args.resolution!r} is not WIDTHxHEIGHT") from None
            changes["resolution"] = (width, height)
        if args.age_threshold is not None:
            changes["age_threshold"] = args.age_threshold
        if args.idle_timeout is not None:
            changes["idle_timeout_s"] = args.idle_timeout
        if args.frame is not None:
            changes["output_id"] = args.frame
        if changes:
            settings = replace(settings, **changes)
            save_kiosk_settings(project, settings, actor="cli")
    view = _settings_view(settings)
    if args.json:
        print(json.dumps(view))
    else:
        for key, value in view.items():
            print(f"{key:15} {value}")
    return 0


def cmd_check_camera(args: argparse.Namespace, cancel) -> int:
    from ..core.kiosk.camera import CameraUnavailable, open_camera
    from ..core.kiosk.config import KioskSettings, load_kiosk_settings
    from ..core.store import Project

    settings = KioskSettings()
    if args.dir is not None:
        with Project.open(args.dir) as project:
            settings = load_kiosk_settings(project)
    camera = open_camera(args.camera or settings.camera, settings.resolution)
    try:
        camera.open()
        frames, started = 0, time.monotonic()
        shape = None
        while time.monotonic() - started < args.seconds:
            cancel.check()
            shape = camera.read().shape
            frames += 1
        elapsed = time.monotonic() - started
    except CameraUnavailable as exc:
        print(f"icc-studio-cli: {exc}", file=sys.stderr)
        return 1
    finally:
        camera.close()
    print(f"{camera.name}: {shape[1]}x{shape[0]}, {frames / elapsed:.1f} frames per second")
    return 0
