#!/usr/bin/env python3
"""Latency of the language server: time from a didChange of a 2,000-character post to
the publishDiagnostics that answers it, with the debounce set to 0 ms (the debounce a
user sets adds to this). Median and 95th percentile of N changes.

Usage: python3 bench/lsp-latency.py [BINARY] [N]   (default build/cli/mindset, 300)"""
import json, os, select, statistics, subprocess, sys, time

BIN = sys.argv[1] if len(sys.argv) > 1 else "build/cli/mindset"
N = int(sys.argv[2]) if len(sys.argv) > 2 else 300
p = subprocess.Popen([BIN, "lsp"], stdin=subprocess.PIPE, stdout=subprocess.PIPE)
buf = b""


def send(msg):
    body = json.dumps(msg).encode()
    p.stdin.write(b"Content-Length: %d\r\n\r\n" % len(body) + body)
    p.stdin.flush()


def read():
    global buf
    while True:
        head, sep, rest = buf.partition(b"\r\n\r\n")
        if sep:
            n = int(head.split(b":")[1])
            if len(rest) >= n:
                buf = rest[n:]
                return json.loads(rest[:n])
        select.select([p.stdout], [], [], 5)
        buf += os.read(p.stdout.fileno(), 65536)


base = ("Took my daughter to work day yesterday. After an hour with our analytics team she "
        "announced she wants to be a data scientist. Three lessons I learned: start with the "
        "question, not the data; a good chart needs no legend; curiosity beats jargon. ")
text = (base * 12)[:2000]
send({"jsonrpc": "2.0", "id": 1, "method": "initialize",
      "params": {"capabilities": {}, "initializationOptions": {"network": "linkedin",
                                                                "debounceMs": 0}}})
while "id" not in read():
    pass
send({"jsonrpc": "2.0", "method": "textDocument/didOpen",
      "params": {"textDocument": {"uri": "file:///tmp/post.md", "languageId": "markdown",
                                  "version": 1, "text": text}}})
read()
times = []
for i in range(N):
    t0 = time.perf_counter()
    send({"jsonrpc": "2.0", "method": "textDocument/didChange",
          "params": {"textDocument": {"uri": "file:///tmp/post.md", "version": i + 2},
                     "contentChanges": [{"text": text[: 1990 + i % 10]}]}})
    while read().get("method") != "textDocument/publishDiagnostics":
        pass
    times.append((time.perf_counter() - t0) * 1000)
send({"jsonrpc": "2.0", "id": 2, "method": "shutdown"})
send({"jsonrpc": "2.0", "method": "exit"})
p.wait(5)
times.sort()
print(f"lsp didChange -> diagnostics, 2,000 characters, {N} changes: median "
      f"{statistics.median(times):.2f} ms, p95 {times[int(0.95 * N)]:.2f} ms, max {times[-1]:.2f} ms")
