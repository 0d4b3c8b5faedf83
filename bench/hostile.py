"""Hostile input at full size: each bomb, device and slow case ingested by the CLI in a child
process, between two good files, with its peak memory (wait4's ru_maxrss) and wall time.

    python bench/hostile.py [CASE ...]

Prints a table and writes bench/results/hostile.json. Targets: every case under 1 GB and
60 s, exit 1, one error line per bad input (per bad line for the JSONL bomb), both good files
stored. The baseline (good files only) is the CLI's own start-up time and memory. The cases
are built in a temporary folder; the HTTP ones are served from 127.0.0.1.
"""

from __future__ import annotations

import gzip
import json
import os
import socketserver
import sqlite3
import subprocess
import sys
import tempfile
import threading
import time
import zlib
from collections.abc import Callable
from pathlib import Path

from usage import exit_if_help_asked

ROOT = Path(__file__).resolve().parents[1]
CLI = str(Path(sys.executable).parent / "storyline")
GOOD = "The ferry between Tessaly and Orn sailed again on Tuesday after three days in port.\n" * 3
MB = 2**20


def zeros_gzip(size: int, layers: int = 1) -> bytes:
    """``size`` zero bytes gzipped ``layers`` times, a megabyte at a time."""
    packer = zlib.compressobj(9, zlib.DEFLATED, 31)
    data = b"".join([packer.compress(b"\0" * MB) for _ in range(size // MB)] + [packer.flush()])
    for _ in range(layers - 1):
        data = gzip.compress(data, 9)
    return data


def jsonl_bomb(size: int, line: int = 1024) -> bytes:
    bad = b'{"text": broken, "pad": "' + b"x" * (line - 30) + b'"}\n'
    packer = zlib.compressobj(9, zlib.DEFLATED, 31)
    block = bad * (MB // len(bad))
    parts = [packer.compress(block) for _ in range(size // len(block))]
    return b"".join([*parts, packer.flush()])


class Server(socketserver.BaseRequestHandler):
    bomb = b""

    def handle(self) -> None:
        request = b""
        while b"\r\n\r\n" not in request:
            data = self.request.recv(4096)
            if not data:
                return
            request += data
        path = request.split(b" ", 2)[1]
        try:
            if path == b"/gzip-gzip":
                head = b"Content-Encoding: gzip, gzip\r\nContent-Length: %d\r\n" % len(self.bomb)
                self.request.sendall(b"HTTP/1.1 200 OK\r\n" + head + b"\r\n" + self.bomb)
            elif path == b"/trickle":
                self.request.sendall(b"HTTP/1.1 200 OK\r\n")
                for _ in range(200):
                    self.request.sendall(b"X")
                    time.sleep(1)  # a byte a second, as in the issue
            elif path.startswith(b"/to-"):
                location = {b"/to-data": b"data:text/html,x", b"/to-idna": b"https://xn--/"}[path]
                self.request.sendall(b"HTTP/1.1 302 Found\r\nLocation: " + location + b"\r\n\r\n")
            else:
                self.request.sendall(b"HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\n\r\n")
        except OSError:
            pass


def build(folder: Path, base: str) -> dict[str, Callable[[], list[str]]]:
    """Each case: a function making its bad inputs (paths or URLs)."""

    def link(name: str, target: str) -> Callable[[], list[str]]:
        def make() -> list[str]:
            sub = folder / name.replace(".", "_")
            sub.mkdir()
            (sub / name).symlink_to(target)
            (sub / "ok.txt").write_text(GOOD.replace("Tuesday", "Monday"))
            return [str(sub)]

        return make

    def fifo() -> list[str]:
        sub = folder / "fifo"
        sub.mkdir()
        os.mkfifo(sub / "pipe.txt")
        (sub / "ok.txt").write_text(GOOD.replace("Tuesday", "Sunday"))
        return [str(sub)]

    def write(name: str, data: Callable[[], bytes | str]) -> Callable[[], list[str]]:
        def make() -> list[str]:
            value = data()
            path = folder / name
            path.write_bytes(value if isinstance(value, bytes) else value.encode())
            return [str(path)]

        return make

    return {
        "baseline: good files only": lambda: [],
        "symlink to /dev/zero": link("zero.txt", "/dev/zero"),
        "symlink to /dev/urandom": link("random.txt", "/dev/urandom"),
        "FIFO named .txt": fifo,
        "gzip bomb file (2 GiB)": write("bomb.txt.gz", lambda: zeros_gzip(2048 * MB)),
        "jsonl.gz of 2 GiB bad lines": write("lines.jsonl.gz", lambda: jsonl_bomb(2048 * MB)),
        "1M-element page (14 MB)": write(
            "span.html", lambda: "<div>" + "<span>x</span>" * 1_000_000 + "</div>"
        ),
        "200k <p> page (2.7 MB)": write(
            "p200k.html", lambda: "<html><body>" + "<p>a b c</p>" * 200_000 + "</body></html>"
        ),
        "40k <p> page (time budget)": write(
            "p40k.html",
            lambda: (
                "<html><body><article>"
                + "".join(f"<p>Paragraph {i} of the long page.</p>" for i in range(40_000))
                + "</article></body></html>"
            ),
        ),
        "gzip,gzip body (6.3 GB)": lambda: [f"{base}/gzip-gzip"],
        "headers trickled 1 byte/s": lambda: [f"{base}/trickle"],
        "redirect to data: / xn--": lambda: [f"{base}/to-data", f"{base}/to-idna"],
    }


LAUNCHER = """
import resource, subprocess, sys
with open(sys.argv[1], "wb") as err:
    code = subprocess.call(sys.argv[2:], stdout=subprocess.DEVNULL, stderr=err)
print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)
sys.exit(code)
"""


def run(folder: Path, name: str, bad: list[str]) -> dict[str, object]:
    before, after = folder / "before.txt", folder / "after.txt"
    before.write_text(GOOD)
    after.write_text(GOOD.replace("ferry", "barge"))
    db = folder / f"{abs(hash(name))}.db"
    args = [CLI, "ingest", str(before), *bad, str(after), "--db", str(db), "-q", "--allow-private"]
    errors_file = folder / "errors.txt"
    started = time.monotonic()
    # Through a small launcher: Linux carries a parent's memory high-water mark into a child it
    # forks, so measuring from this (large) process would count this process too.
    done = subprocess.run(
        [sys.executable, "-c", LAUNCHER, str(errors_file), *args], capture_output=True, text=True
    )
    seconds = time.monotonic() - started
    peak_kb = int(done.stdout.strip())
    text = errors_file.read_text(errors="replace")
    lines = [ln for ln in text.splitlines() if ln.startswith("error ")]
    with sqlite3.connect(db) as conn:
        sources = {row[0] for row in conn.execute("SELECT source FROM documents")}
    return {
        "case": name,
        "exit": done.returncode,
        "seconds": round(seconds, 1),
        "peak_mb": round(peak_kb / 1024),
        "error_lines": len(lines),
        "first_error": lines[0][6:][-110:] if lines else "",
        "good_stored": str(before) in sources and str(after) in sources,
    }


def main() -> int:
    wanted = sys.argv[1:]
    Server.bomb = zeros_gzip(int(6.3 * 1024) * MB, layers=2)
    server = socketserver.ThreadingTCPServer(("127.0.0.1", 0), Server)
    server.daemon_threads = True
    threading.Thread(target=server.serve_forever, daemon=True).start()
    base = f"http://127.0.0.1:{server.server_address[1]}"
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        for name, make in build(folder, base).items():
            if wanted and not any(w in name for w in wanted):
                continue
            row = run(folder, name, make())
            rows.append(row)
            print(
                f"{row['case']:<30} exit {row['exit']}  {row['seconds']:>6} s"
                f"  {row['peak_mb']:>5} MB  {row['error_lines']:>8} lines"
                f"  stored {row['good_stored']}  {row['first_error']}",
                flush=True,
            )
    server.shutdown()
    out = ROOT / "bench" / "results" / "hostile.json"
    out.parent.mkdir(parents=True, exist_ok=True)
    note = f"gzip,gzip bomb: {len(Server.bomb):,} bytes on the wire"
    out.write_text(json.dumps({"note": note, "cases": rows}, indent=2) + "\n")
    return 0


if __name__ == "__main__":
    exit_if_help_asked(__doc__)
    sys.exit(main())
