"""``make fuzz``: every fuzz target of fuzz_targets.py for a share of a time budget.

    python tests/fuzz_run.py [--seconds 600] [--json bench/results/fuzz.json] [TARGET ...]

Each target gets an equal share of the seconds and runs in rounds of fresh random examples
(no seed, no example database) until its share is spent. An example that breaks a target's
contract is shrunk by hypothesis, printed, and counted; the exit status is 1 when any was.
Prints a table (examples, rounds, slowest example, failures per target) and writes it as JSON.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
import traceback
from pathlib import Path

from hypothesis import HealthCheck, Phase, given, settings

sys.path.insert(0, str(Path(__file__).resolve().parent))
from fuzz_targets import Target, targets

ROUND = 50  # examples per round: small enough to stop close to the time share


def fuzz(target: Target, seconds: float) -> dict[str, object]:
    examples = 0
    slowest = 0.0
    failures: list[str] = []

    def counted(value: object) -> None:
        nonlocal examples, slowest
        examples += 1
        started = time.monotonic()
        try:
            target.check(value)
        finally:
            slowest = max(slowest, time.monotonic() - started)

    run = settings(
        max_examples=ROUND,
        database=None,
        deadline=None,
        suppress_health_check=list(HealthCheck),
        phases=[Phase.generate, Phase.target, Phase.shrink],
    )(given(target.strategy)(counted))
    started = time.monotonic()
    rounds = 0
    while time.monotonic() - started < seconds:
        rounds += 1
        try:
            run()
        except Exception as exc:  # a finding: report it and go on
            failures.append("".join(traceback.format_exception_only(exc)).strip())
            print(f"\n[{target.name}] FAILED:\n{traceback.format_exc()}", file=sys.stderr)
    return {
        "target": target.name,
        "examples": examples,
        "rounds": rounds,
        "seconds": round(time.monotonic() - started, 1),
        "slowest_example_s": round(slowest, 2),
        "failures": failures,
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("names", nargs="*", help="targets to run (default: all)")
    parser.add_argument("--seconds", type=float, default=600, help="total time budget")
    parser.add_argument("--json", type=Path, default=Path("bench/results/fuzz.json"))
    args = parser.parse_args()
    chosen = list(targets(args.names))
    if not chosen:
        parser.error(f"no such target: {', '.join(args.names)}")
    share = args.seconds / len(chosen)
    rows = []
    for target in chosen:
        print(f"fuzzing {target.name} for {share:.0f} s ...", file=sys.stderr, flush=True)
        rows.append(fuzz(target, share))
    print(f"\n{'target':<14}{'examples':>10}{'rounds':>8}{'seconds':>9}{'slowest':>9}  failures")
    for row in rows:
        print(
            f"{row['target']:<14}{row['examples']:>10}{row['rounds']:>8}{row['seconds']:>9}"
            f"{row['slowest_example_s']:>8}s  {len(row['failures'])}"  # type: ignore[arg-type]
        )
    args.json.parent.mkdir(parents=True, exist_ok=True)
    args.json.write_text(json.dumps({"seconds": args.seconds, "targets": rows}, indent=2) + "\n")
    return 1 if any(row["failures"] for row in rows) else 0


if __name__ == "__main__":
    sys.exit(main())
