#!/usr/bin/env python3
"""Edit-to-reload latency of `sitegen serve`: starts the server on a scratch copy of a content
folder (port 0), opens the reload events stream, then N times rewrites one file and times until
the `reload` event arrives. Prints each time and their min/median/max, and the CPU time the server
used while idle for a few seconds between edits (utime + stime from /proc).

    python3 Benchmarks/serve_reload.py --sitegen .build/release/sitegen --content Content --templates Templates
"""
import argparse
import http.client
import os
import re
import shutil
import socket
import statistics
import subprocess
import tempfile
import time
import urllib.parse


def cpu_seconds(pid):
    """User plus system CPU time of `pid`, in seconds."""
    with open(f"/proc/{pid}/stat") as stat:
        fields = stat.read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


class Preview:
    """A `sitegen serve` of `content` into `output` on a free port, after its first build, and a
    reload events stream (naming the page a browser would show, `show`); `wait_reload` returns when
    the next reload has been announced, `page` fetches a page as the browser would, and `wait_idle`
    returns when the server has stopped working (a rebuild reloads the open page before the rest of
    the site is written)."""

    def __init__(self, sitegen, content, templates, output):
        self.server = subprocess.Popen([sitegen, "serve", "--content", content, "--templates", templates,
                                        "--output", output, "--port", "0"],
                                       stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
        self.port = int(re.search(r"127\.0\.0\.1:(\d+)/", self.server.stdout.readline()).group(1))
        self.events = None
        self.show(None)

    def show(self, page):
        """Listens to the reload events as a browser showing `page` (a path such as `/papers/x/`;
        None: no page named) does, in place of the stream opened before."""
        if self.events:
            self.events.close()
        target = "/__sitegen/events" + ("?page=" + urllib.parse.quote(page, safe="") if page else "")
        self.events = socket.create_connection(("127.0.0.1", self.port))
        self.events.sendall(b"GET " + target.encode() + b" HTTP/1.1\r\nHost: localhost\r\n\r\n")
        self.received = b""
        while b"retry:" not in self.received:
            self.received += self.events.recv(4096)
        self.received = b""

    def wait_reload(self):
        while b"event: reload" not in self.received:
            chunk = self.events.recv(4096)
            if not chunk:
                raise ConnectionError("events stream closed")
            self.received += chunk
        self.received = self.received.split(b"event: reload", 1)[1]

    def page(self, path):
        """The bytes the server sends for `path` now."""
        connection = http.client.HTTPConnection("127.0.0.1", self.port)
        try:
            connection.request("GET", path)
            return connection.getresponse().read()
        finally:
            connection.close()

    def wait_idle(self, quiet=0.3):
        """Returns once the server has used no CPU for `quiet` seconds: the monotonic time it
        was last seen working."""
        last, seen = cpu_seconds(self.server.pid), time.monotonic()
        while time.monotonic() - seen < quiet:
            time.sleep(0.02)
            now = cpu_seconds(self.server.pid)
            if now != last:
                last, seen = now, time.monotonic()
        return seen

    def close(self):
        self.server.terminate()
        self.server.wait()


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--sitegen", default=".build/release/sitegen")
    parser.add_argument("--content", default="Content")
    parser.add_argument("--templates", default="Templates")
    parser.add_argument("--file", default="profiles", help="folder (under the content) whose first file is edited")
    parser.add_argument("--edits", type=int, default=15)
    parser.add_argument("--idle", type=float, default=5.0, help="seconds of idle CPU sampled")
    args = parser.parse_args()

    scratch = tempfile.mkdtemp(prefix="sitegen-reload-", dir="/dev/shm" if os.path.isdir("/dev/shm") else None)
    content = os.path.join(scratch, "content")
    shutil.copytree(args.content, content)
    folder = os.path.join(content, args.file)
    edited = os.path.join(folder, sorted(os.listdir(folder))[0])
    original = open(edited, "rb").read()
    preview = Preview(args.sitegen, content, args.templates, os.path.join(scratch, "site"))
    try:
        time.sleep(1)
        before = cpu_seconds(preview.server.pid)
        time.sleep(args.idle)
        idle = cpu_seconds(preview.server.pid) - before
        times = []
        for edit in range(args.edits):
            start = time.monotonic()
            with open(edited, "wb") as file:
                file.write(original + b"\n" * (edit % 2))
            preview.wait_reload()
            times.append((time.monotonic() - start) * 1000)
            time.sleep(0.5)
        print("edit to reload (ms):", " ".join(f"{t:.0f}" for t in times))
        print(f"min {min(times):.0f}  median {statistics.median(times):.0f}  max {max(times):.0f}")
        print(f"server CPU while idle: {idle * 1000:.0f} ms over {args.idle:.0f} s")
    finally:
        preview.close()
        shutil.rmtree(scratch, ignore_errors=True)


if __name__ == "__main__":
    main()
