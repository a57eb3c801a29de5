#!/usr/bin/env python3
"""Load for `sitegen serve`: N connections at once, each GETting a path M times (one request
after another, keep-alive), reading every body to its end and keeping none of it. Prints each
request's latency (first byte sent to last byte read) as p50/p99/max, and the throughput.
Optionally samples a process's resident memory (VmRSS, and VmHWM at the end) while it runs.

    python3 Benchmarks/serve_load.py --port 8080 --path /api/papers.json --connections 32 --requests 1 --pid PID
"""
import argparse
import socket
import threading
import time


def fetch(sock, host, path):
    """Sends one GET on `sock` and reads the whole response; returns the body's length."""
    sock.sendall(f"GET {path} HTTP/1.1\r\nHost: {host}\r\n\r\n".encode())
    head = b""
    while b"\r\n\r\n" not in head:
        chunk = sock.recv(65536)
        if not chunk:
            raise ConnectionError("closed before the response head")
        head += chunk
    head, _, rest = head.partition(b"\r\n\r\n")
    lines = head.decode("latin-1").split("\r\n")
    if " 200 " not in lines[0] + " ":
        raise RuntimeError(lines[0])
    length = next(int(line.split(":", 1)[1]) for line in lines if line.lower().startswith("content-length:"))
    remaining = length - len(rest)
    buffer = bytearray(1 << 20)
    while remaining > 0:
        count = sock.recv_into(buffer, min(remaining, len(buffer)))
        if count == 0:
            raise ConnectionError("closed mid-body")
        remaining -= count
    return length


def connection(host, port, path, requests, start, latencies, sizes, errors):
    try:
        sock = socket.create_connection((host, port))
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, 4 << 20)
        start.wait()
        for _ in range(requests):
            began = time.perf_counter()
            sizes.append(fetch(sock, host, path))
            latencies.append(time.perf_counter() - began)
        sock.close()
    except Exception as error:  # noqa: BLE001 — reported with the figures
        errors.append(repr(error))


def memory(pid, field):
    """`field` (VmRSS, VmHWM) of process `pid`, in MiB."""
    with open(f"/proc/{pid}/status") as status:
        for line in status:
            if line.startswith(field + ":"):
                return int(line.split()[1]) / 1024
    return 0.0


def percentile(values, fraction):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(fraction * len(ordered)))]


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8080)
    parser.add_argument("--path", default="/api/papers.json")
    parser.add_argument("--connections", type=int, default=32)
    parser.add_argument("--requests", type=int, default=1, help="GETs per connection, one after another")
    parser.add_argument("--pid", type=int, help="the server's process, whose memory is sampled")
    options = parser.parse_args()

    latencies, sizes, errors, peak = [], [], [], [0.0]
    before = (memory(options.pid, "VmRSS"), memory(options.pid, "VmHWM")) if options.pid else None
    start = threading.Barrier(options.connections + 1)
    threads = [threading.Thread(target=connection, args=(options.host, options.port, options.path, options.requests,
                                                         start, latencies, sizes, errors))
               for _ in range(options.connections)]
    for thread in threads:
        thread.start()
    start.wait()
    began = time.perf_counter()
    done = threading.Event()

    def sample():
        while not done.wait(0.05):
            peak[0] = max(peak[0], memory(options.pid, "VmRSS"))

    if options.pid:
        sampler = threading.Thread(target=sample)
        sampler.start()
    for thread in threads:
        thread.join()
    elapsed = time.perf_counter() - began
    done.set()
    if errors:
        print(f"{len(errors)} errors, first: {errors[0]}")
    if not latencies:
        return
    total = sum(sizes)
    print(f"{options.connections} connections × {options.requests} GET {options.path} "
          f"({sizes[0] / 1e6:.1f} MB): {len(latencies)} responses in {elapsed:.2f} s, "
          f"{total / elapsed / 1e6:.0f} MB/s")
    print(f"latency p50 {percentile(latencies, 0.5):.2f} s, p99 {percentile(latencies, 0.99):.2f} s, "
          f"max {max(latencies):.2f} s")
    if options.pid:
        print(f"server RSS {before[0]:.0f} MiB before, peak (sampled) {peak[0]:.0f} MiB; "
              f"VmHWM {before[1]:.0f} MiB before, {memory(options.pid, 'VmHWM'):.0f} MiB after")


if __name__ == "__main__":
    main()
