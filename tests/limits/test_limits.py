#!/usr/bin/env python3
"""Every documented limit (README "Limits"), exercised at the limit and one past it.

Usage: test_limits.py MINDSET_BINARY MINI_LEXICON_DIR
At the limit the input is accepted; one byte, word or entry past it gives a clear error
naming the place, and the neighbours of a refused record are still handled.
Prints "N passed, N failed" and exits 1 on any failure.
"""
import json, os, shutil, subprocess, sys, tempfile

BIN, MINI = sys.argv[1], sys.argv[2]
MiB = 1024 * 1024
results = []
tmp = tempfile.mkdtemp(prefix="mindset-limits-")


def check(name, ok, detail=""):
    results.append(ok)
    print(("ok   " if ok else "FAIL ") + name + ("" if ok else f"\n     {detail}"[:600]))


def run(args, data=None):
    return subprocess.run([BIN] + args, input=data, capture_output=True)


def write(name, data):
    path = os.path.join(tmp, name)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "wb") as f:
        f.write(data)
    return path


def words(n):
    """n bytes of text: words of six letters and a blank."""
    return (b"hiring " * (n // 7 + 1))[:n]


# ---- post size: MINDSET_MAX_POST_BYTES (1 MiB) -------------------------------------
at = write("post-at.txt", words(MiB))
past = write("post-past.txt", words(MiB + 1))
p = run(["check", "--network", "linkedin", at])
check("check: a post of exactly 1 MiB is analysed", p.returncode in (0, 1), p.stderr)
p = run(["check", "--network", "linkedin", past])
check("check: 1 MiB + 1 byte exits 2 naming the file",
      p.returncode == 2 and b"post-past.txt" in p.stderr, (p.returncode, p.stderr))


# ---- bulk record: SCORE_MAX_RECORD (4 MiB) and the post inside it ------------------
def record(total, text="we are hiring", rid="big"):
    """A JSONL record of exactly total bytes (without its newline)."""
    empty = json.dumps({"id": rid, "text": text, "pad": ""})
    rec = json.dumps({"id": rid, "text": text, "pad": "a" * (total - len(empty))})
    assert len(rec) == total
    return rec.encode()


def score_three(middle):
    data = b'{"id":"before","text":"hello"}\n' + middle + b'\n{"id":"after","text":"bye"}\n'
    p = run(["score", "--no-progress", "--jobs", "1"], data)
    out = [json.loads(line) for line in p.stdout.splitlines()]
    return p, out


p, out = score_three(record(4 * MiB))
check("score: a record of exactly 4 MiB is scored",
      len(out) == 3 and "error" not in out[1] and out[1]["id"] == "big", out[1:2])
for extra in (1, 100000):
    p, out = score_three(record(4 * MiB + extra))
    check(f"score: 4 MiB + {extra} bytes is an error record naming line 2, neighbours scored",
          len(out) == 3 and out[1].get("line") == 2 and "longer than" in out[1].get("error", "")
          and "error" not in out[0] and "error" not in out[2] and p.returncode != 0,
          (p.returncode, out[1:2]))

p, out = score_three(record(MiB + 200, text="a" * MiB))
check("score: a text field of exactly 1 MiB is scored",
      len(out) == 3 and "error" not in out[1], out[1:2])
p, out = score_three(record(MiB + 200, text="a" * (MiB + 1)))
check("score: a text field of 1 MiB + 1 byte is an error record",
      len(out) == 3 and "error" in out[1] and out[1]["id"] == "big", out[1:2])


# ---- lexicons: file size, phrase length, wildcard prefix, category count -----------
def lexicon_dir(name, files):
    d = os.path.join(tmp, name)
    shutil.copytree(MINI, d)
    for rel, text in files.items():
        with open(os.path.join(d, rel), "ab" if rel == "categories.def" else "wb") as f:
            f.write(text if isinstance(text, bytes) else text.encode())
    return d


def load(d):
    return run(["check", "--lexicons", d, "--network", "linkedin"], b"we are hiring")


def sized_lex(total):
    head = b"@category jobs\nrecruiter\n"
    comment = b"# " + b"x" * 97 + b"\n"  # 100 bytes
    body = comment * ((total - len(head)) // 100)
    return head + body + b"#" * 0 + b"\n" * (total - len(head) - len(body))


p = load(lexicon_dir("lex-at", {"en/big.lex": sized_lex(16 * MiB)}))
check("lexicon: a file of exactly 16 MiB loads", p.returncode in (0, 1), p.stderr)
p = load(lexicon_dir("lex-past", {"en/big.lex": sized_lex(16 * MiB + 1)}))
check("lexicon: 16 MiB + 1 byte is refused naming the file",
      p.returncode == 2 and b"big.lex" in p.stderr, (p.returncode, p.stderr))

eight = " ".join(["alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta"])
p = load(lexicon_dir("phrase-at", {"en/phrase.lex": f"@category jobs\n{eight}\n"}))
check("lexicon: a phrase of 8 words loads", p.returncode in (0, 1), p.stderr)
p = load(lexicon_dir("phrase-past", {"en/phrase.lex": f"@category jobs\n{eight} iota\n"}))
check("lexicon: a phrase of 9 words is an error at phrase.lex:2",
      p.returncode == 2 and b"phrase.lex:2" in p.stderr, (p.returncode, p.stderr))

for length, good in ((2, False), (3, True), (31, True), (32, False)):
    stem = ("kraamvisite" * 3)[:length]
    p = load(lexicon_dir(f"wild-{length}", {"en/wild.lex": f"@category baby\n{stem}*\n"}))
    if good:
        check(f"lexicon: a wildcard prefix of {length} bytes loads", p.returncode in (0, 1),
              p.stderr)
    else:
        check(f"lexicon: a wildcard prefix of {length} bytes is an error at wild.lex:2",
              p.returncode == 2 and b"wild.lex:2" in p.stderr, (p.returncode, p.stderr))

with open(os.path.join(MINI, "categories.def"), encoding="utf-8") as f:
    have = sum(1 for line in f if line.strip() and not line.lstrip().startswith("#"))
extra = "".join(f"extra{i} none 1 - -\n" for i in range(64 - have))
p = load(lexicon_dir("cats-at", {"categories.def": extra}))
check(f"lexicon: 64 categories load ({have} + {64 - have})", p.returncode in (0, 1), p.stderr)
p = load(lexicon_dir("cats-past", {"categories.def": extra + "onetoomany none 1 - -\n"}))
check("lexicon: a 65th category is an error naming categories.def and its line",
      p.returncode == 2 and b"categories.def:" in p.stderr and b"64" in p.stderr,
      (p.returncode, p.stderr))


# ---- post marker: 64 ignored words, 2047 bytes of them -------------------------------
def marked(ignored):
    return ("<!-- mindset: ignore=" + ",".join(ignored) + " -->\nour newborn is here\n").encode()


def check_marker(name, ignored):
    return run(["check", "--lexicons", MINI, "--network", "linkedin",
                write(name, marked(ignored))])


p = check_marker("marker-at.txt", [f"word{i}" for i in range(63)] + ["newborn"])
check("marker: 64 ignored words are all ignored (the 64th among them)",
      p.returncode == 0 and b"baby_family" not in p.stdout, (p.returncode, p.stdout))
p = check_marker("marker-past.txt", [f"word{i}" for i in range(64)] + ["newborn"])
check("marker: a 65th ignored word is an error naming the file and line",
      p.returncode == 2 and b"marker-past.txt:1: more than 64 ignored words" in p.stderr,
      (p.returncode, p.stderr))
long_words = ["x" * 60 + f"{i:03d}" for i in range(32)]  # 63 bytes, 64 with its count
p = check_marker("marker-bytes-at.txt", long_words)
check("marker: ignored words taking 2048 bytes are read", p.returncode in (0, 1), p.stderr)
p = check_marker("marker-bytes-past.txt", long_words + ["z"])
check("marker: ignored words taking 2050 bytes are an error naming the file and line",
      p.returncode == 2 and b"marker-bytes-past.txt:1: ignored words take more than 2048" in
      p.stderr, (p.returncode, p.stderr))


# ---- LSP: message size (16 MiB) and document size (1 MiB) --------------------------
def frame(msg):
    body = json.dumps(msg).encode()
    return b"Content-Length: %d\r\n\r\n" % len(body) + body


def padded_frame(msg, total):
    """A frame whose body is exactly total bytes (padding in an ignored field)."""
    msg = dict(msg, pad="")
    msg["pad"] = "p" * (total - len(json.dumps(msg).encode()))
    body = json.dumps(msg).encode()
    assert len(body) == total
    return b"Content-Length: %d\r\n\r\n" % total + body


def lsp_session(frames):
    init = frame({"jsonrpc": "2.0", "id": 1, "method": "initialize",
                  "params": {"capabilities": {}, "initializationOptions":
                             {"lexicons": MINI, "network": "linkedin", "debounceMs": 0}}})
    tail = frame({"jsonrpc": "2.0", "id": 99, "method": "shutdown"}) + \
        frame({"jsonrpc": "2.0", "method": "exit"})
    p = run(["lsp"], init + frame({"jsonrpc": "2.0", "method": "initialized", "params": {}})
            + b"".join(frames) + tail)
    msgs, buf = [], p.stdout
    while buf.startswith(b"Content-Length: "):
        head, _, rest = buf.partition(b"\r\n\r\n")
        n = int(head.split(b":")[1])
        msgs.append(json.loads(rest[:n]))
        buf = rest[n:]
    return p, msgs


def did_open(uri, text):
    return {"jsonrpc": "2.0", "method": "textDocument/didOpen",
            "params": {"textDocument": {"uri": uri, "languageId": "markdown", "version": 1,
                                        "text": text}}}


def diagnostics_for(msgs, uri):
    return [m["params"]["diagnostics"] for m in msgs
            if m.get("method") == "textDocument/publishDiagnostics"
            and m["params"]["uri"] == uri]


doc_at = "we are hiring " + "a" * (MiB - 14)
doc_past = doc_at + "b"
p, msgs = lsp_session([frame(did_open("file:///at.md", doc_at)),
                       frame(did_open("file:///past.md", doc_past))])
at_diags, past_diags = diagnostics_for(msgs, "file:///at.md"), diagnostics_for(msgs, "file:///past.md")
check("lsp: a document of exactly 1 MiB is checked",
      at_diags and all("larger than 1 MiB" not in d["message"] for d in at_diags[-1]),
      at_diags[-1:] if at_diags else msgs[-3:])
check("lsp: a document of 1 MiB + 1 byte gets one informative diagnostic",
      past_diags and len(past_diags[-1]) == 1 and "larger than 1 MiB" in past_diags[-1][0]["message"]
      and past_diags[-1][0].get("severity") == 3, past_diags[-1:])

hover = {"jsonrpc": "2.0", "id": 7, "method": "textDocument/hover",
         "params": {"textDocument": {"uri": "file:///nothing.md"},
                    "position": {"line": 0, "character": 0}}}
p, msgs = lsp_session([padded_frame(hover, 16 * MiB)])
check("lsp: a message of exactly 16 MiB is read and answered",
      any(m.get("id") == 7 and "error" not in m for m in msgs), [m for m in msgs if "id" in m])
p, msgs = lsp_session([padded_frame(hover, 16 * MiB + 1),
                       frame(dict(hover, id=8))])
errors = [m for m in msgs if "error" in m and m.get("id") is None]
check("lsp: 16 MiB + 1 byte is skipped with a JSON-RPC error, the next request answered",
      errors and "16 MiB" in errors[0]["error"]["message"]
      and not any(m.get("id") == 7 for m in msgs)
      and any(m.get("id") == 8 and "error" not in m for m in msgs) and p.returncode == 0,
      (p.returncode, [m for m in msgs if "id" in m or "error" in m]))

shutil.rmtree(tmp)
passed, failed = results.count(True), results.count(False)
print(f"{passed} passed, {failed} failed")
sys.exit(1 if failed else 0)
