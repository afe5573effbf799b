"""``python -m bench [NAME...]``: run the benchmarks (all by default) and print their figures."""

from __future__ import annotations

import argparse
import importlib

BENCHMARKS = [
    "photos",
    "collage",
    "kiosk",
    "video",
    "freeze",
]


def main() -> None:
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__)
    parser.add_argument("names", nargs="*", help=f"benchmarks to run: {', '.join(BENCHMARKS)} (default: all)")
    parser.add_argument("--quick", action="store_true", help="a small run to check that the benchmark works")
    args = parser.parse_args()
    unknown = [n for n in args.names if n not in BENCHMARKS]
    if unknown:
        parser.error(f"unknown benchmark {unknown[0]!r}")
    for name in args.names or BENCHMARKS:
        importlib.import_module(f"bench.{name}").main(quick=args.quick)


if __name__ == "__main__":
    main()
