#!/usr/bin/env python3
"""Protocol tests for `mindset lsp`: drive the server over pipes like an editor would.

Usage: test_lsp.py MINDSET_BINARY LEXICON_DIR
Checks framing, lifecycle, diagnostics with exact UTF-16 and UTF-8 positions on text with
emoji and accents, hover, code actions (applied and re-linted), configuration changes,
markers, debouncing and malformed input. Prints "N passed, N failed".
"""
import json, os, select, subprocess, sys, time

BIN, LEX = sys.argv[1], sys.argv[2]
results = []


class Server:
    def __init__(self, encodings=None, options=None, init=True):
        self.p = subprocess.Popen([BIN, "lsp"], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                  stderr=subprocess.PIPE)
        self.buf = b""
        self.next_id = 1
        self.init_result = None
        if init:
            caps = {"general": {"positionEncodings": encodings}} if encodings else {}
            opts = {"lexicons": LEX, "network": "linkedin", "debounceMs": 20}
            opts.update(options or {})
            self.init_result = self.request("initialize", {"capabilities": caps,
                                                           "initializationOptions": opts})
            self.notify("initialized", {})

    def raw(self, data):
        self.p.stdin.write(data)
        self.p.stdin.flush()

    def send(self, msg):
        body = json.dumps(msg).encode()
        self.raw(b"Content-Length: %d\r\n\r\n" % len(body) + body)

    def notify(self, method, params):
        self.send({"jsonrpc": "2.0", "method": method, "params": params})

    def request(self, method, params):
        rid = self.next_id
        self.next_id += 1
        self.send({"jsonrpc": "2.0", "id": rid, "method": method, "params": params})
        return self.wait(lambda m: m.get("id") == rid)

    def read_message(self, timeout):
        deadline = time.time() + timeout
        while True:
            head, sep, rest = self.buf.partition(b"\r\n\r\n")
            if sep:
                length = int(head.split(b":")[1])
                if len(rest) >= length:
                    self.buf = rest[length:]
                    return json.loads(rest[:length])
            left = deadline - time.time()
            if left <= 0 or not select.select([self.p.stdout], [], [], left)[0]:
                return None
            chunk = os.read(self.p.stdout.fileno(), 65536)
            if not chunk:
                return None
            self.buf += chunk

    def wait(self, pred, timeout=5.0):
        deadline = time.time() + timeout
        while time.time() < deadline:
            m = self.read_message(deadline - time.time())
            if m is None:
                return None
            if pred(m):
                return m
        return None

    def diagnostics(self, uri, timeout=5.0):
        m = self.wait(lambda m: m.get("method") == "textDocument/publishDiagnostics"
                      and m["params"]["uri"] == uri, timeout)
        return m["params"]["diagnostics"] if m else None

    def close(self):
        self.request("shutdown", None)
        self.notify("exit", None)
        try:
            return self.p.wait(5)
        finally:
            self.log = self.p.stderr.read().decode(errors="replace")
            self.p.stderr.close()


def check(name, cond, detail=""):
    results.append(bool(cond))
    print(("ok   " if cond else "FAIL ") + name + ("" if cond else ": " + str(detail)))


def open_doc(s, uri, text):
    s.notify("textDocument/didOpen", {"textDocument": {"uri": uri, "languageId": "markdown",
                                                       "version": 1, "text": text}})
    return s.diagnostics(uri)


def find(diags, code):
    return [d for d in diags or [] if d["code"] == code]


TEXT = "H\u00e9llo \U0001F389 our newborn!\nNext line"

# lifecycle, capabilities and UTF-16 positions
s = Server()
check("initialize answers with capabilities",
      s.init_result and s.init_result["result"]["capabilities"]["hoverProvider"],
      s.init_result)
check("UTF-16 is the default position encoding",
      s.init_result["result"]["capabilities"]["positionEncoding"] == "utf-16")
diags = open_doc(s, "file:///tmp/a.md", TEXT)
baby = find(diags, "misfit.baby_family")
# "Héllo " = 6 units, the emoji 2 units, " our " 5 units: "newborn" starts at 13
check("diagnostic on open with the UTF-16 range of the word",
      baby and baby[0]["range"] == {"start": {"line": 0, "character": 13},
                                     "end": {"line": 0, "character": 20}}, diags)
check("diagnostic carries source, severity and data",
      baby and baby[0]["source"] == "mindset" and baby[0]["severity"] == 1
      and baby[0]["data"]["text"] == "newborn", baby)

hover = s.request("textDocument/hover", {"textDocument": {"uri": "file:///tmp/a.md"},
                                         "position": {"line": 0, "character": 15}})
value = hover and hover["result"]["contents"]["value"] or ""
check("hover on the word explains rule, category and lexicon line",
      "misfit.baby_family" in value and "category baby" in value and ".lex:" in value, value)
hover = s.request("textDocument/hover", {"textDocument": {"uri": "file:///tmp/a.md"},
                                         "position": {"line": 1, "character": 2}})
value = hover and hover["result"]["contents"]["value"] or ""
check("hover elsewhere shows mindset, verdict and purposes",
      "mindset" in value and "verdict for linkedin" in value and "purposes" in value, value)

actions = s.request("textDocument/codeAction", {
    "textDocument": {"uri": "file:///tmp/a.md"}, "range": baby[0]["range"] if baby else {},
    "context": {"diagnostics": baby}})["result"]
titles = [a["title"] for a in actions]
check("code actions: ignore the word, check for another network",
      'Ignore "newborn" in this document' in titles
      and any(t.startswith("Check this post for facebook") for t in titles), titles)

# a neutral alternative from the lexicon ("best -> a strong")
diags = open_doc(s, "file:///tmp/claim.md", "The best lessons from this year")
claim = find(diags, "checklist.unbacked_claim")
acts = s.request("textDocument/codeAction", {
    "textDocument": {"uri": "file:///tmp/claim.md"}, "range": claim[0]["range"] if claim else {},
    "context": {"diagnostics": claim}})["result"]
rep = [a for a in acts if a["title"] == 'Replace "best" with "a strong"']
check("code action replaces a phrase with its neutral alternative",
      rep and rep[0]["edit"]["changes"]["file:///tmp/claim.md"][0] ==
      {"range": {"start": {"line": 0, "character": 4}, "end": {"line": 0, "character": 8}},
       "newText": "a strong"}, [a["title"] for a in acts])

# apply the ignore edit like an editor, then send the new text
ignore = [a for a in actions if a["title"].startswith("Ignore")][0]
edit = ignore["edit"]["changes"]["file:///tmp/a.md"][0]
check("the ignore edit inserts a marker line at the top",
      edit["range"]["start"] == {"line": 0, "character": 0}
      and "ignore=newborn" in edit["newText"], edit)
new_text = edit["newText"] + TEXT
s.notify("textDocument/didChange", {"textDocument": {"uri": "file:///tmp/a.md", "version": 2},
                                    "contentChanges": [{"text": new_text}]})
diags = s.diagnostics("file:///tmp/a.md")
check("after the edit the ignored word is no longer flagged",
      diags is not None and not find(diags, "misfit.baby_family"), diags)

# turn the claim rule off for one document, the way an editor applies the code action
dis = [a for a in acts if a["title"] == "Disable rule checklist.unbacked_claim in this document"]
check("code action turns the diagnostic's rule off", len(dis) == 1, [a["title"] for a in acts])
edit = dis[0]["edit"]["changes"]["file:///tmp/claim.md"][0] if dis else {"newText": ""}
check("the disable edit writes disable= into a new marker line",
      edit.get("range", {}).get("start") == {"line": 0, "character": 0}
      and "disable=checklist.unbacked_claim" in edit["newText"], edit)
s.notify("textDocument/didChange", {"textDocument": {"uri": "file:///tmp/claim.md", "version": 2},
                                    "contentChanges": [{"text": edit["newText"] +
                                                        "The best lessons from this year"}]})
diags = s.diagnostics("file:///tmp/claim.md")
check("after the edit the rule gives no diagnostic",
      diags is not None and not find(diags, "checklist.unbacked_claim"), diags)
s.notify("textDocument/didChange", {"textDocument": {"uri": "file:///tmp/claim.md", "version": 3},
                                    "contentChanges": [{"text": "<!-- mindset: disable=checklst -->\n"
                                                        "The best lessons from this year"}]})
diags = s.diagnostics("file:///tmp/claim.md") or []
bad = find(diags, "marker.unknown_rule")
check("an unknown rule in the marker is a diagnostic on the marker line",
      len(bad) == 1 and bad[0]["range"]["start"]["line"] == 0 and "checklst" in bad[0]["message"],
      diags)

# debounce: three quick changes give one lint
for i in range(3):
    s.notify("textDocument/didChange", {"textDocument": {"uri": "file:///tmp/a.md", "version": 3 + i},
                                        "contentChanges": [{"text": TEXT + "x" * i}]})
first = s.diagnostics("file:///tmp/a.md")
second = s.diagnostics("file:///tmp/a.md", timeout=0.3)
check("debounced: quick changes publish once", first is not None and second is None,
      (first, second))

# configuration change re-lints open documents
s.notify("workspace/didChangeConfiguration", {"settings": {"mindset": {"network": "facebook"}}})
diags = s.diagnostics("file:///tmp/a.md")
check("configuration change re-lints: baby news fits facebook",
      diags is not None and not find(diags, "misfit.baby_family"), diags)

# a marker in the document overrides the settings
diags = open_doc(s, "file:///tmp/b.md", "<!-- mindset: network=linkedin -->\nour newborn")
check("first-line marker picks the network", find(diags, "misfit.baby_family"), diags)
# the file name picks the network
diags = open_doc(s, "file:///tmp/post.linkedin.md", "our newborn")
check("file name picks the network", find(diags, "misfit.baby_family"), diags)

s.notify("textDocument/didClose", {"textDocument": {"uri": "file:///tmp/b.md"}})
diags = s.diagnostics("file:///tmp/b.md")
check("close clears the diagnostics", diags == [], diags)

# malformed input: the server answers and keeps running
s.raw(b"Content-Length: 9\r\n\r\n{not json")
m = s.wait(lambda m: "error" in m)
check("invalid JSON gets a parse error", m and m["error"]["code"] == -32700, m)
s.raw(b"Content-Type: x\r\n\r\n")
m = s.wait(lambda m: "error" in m)
check("a frame without Content-Length gets an error", m and m["error"]["code"] == -32600, m)
m = s.request("no/such/method", {})
check("unknown method gets -32601", m and m["error"]["code"] == -32601, m)
big = "word " * 300000
diags = open_doc(s, "file:///tmp/big.md", big)
check("a document over the limit gets one informative diagnostic",
      diags and diags[0]["code"] == "limit.document_size", diags and diags[:1])
m = s.request("textDocument/hover", {"textDocument": {"uri": "file:///tmp/a.md"},
                                     "position": {"line": 0, "character": 0}})
check("still serving after bad input", m and "result" in m, m)
check("shutdown then exit ends with status 0", s.close() == 0)

# requests before initialize
s = Server(init=False)
m = s.request("textDocument/hover", {})
check("request before initialize gets -32002", m and m["error"]["code"] == -32002, m)
s.notify("exit", None)
check("exit without shutdown ends with status 1", s.p.wait(5) == 1)
s.p.stderr.close()

# UTF-8 positions when the client offers them
s = Server(encodings=["utf-8", "utf-16"])
check("utf-8 is chosen when offered",
      s.init_result["result"]["capabilities"]["positionEncoding"] == "utf-8")
diags = open_doc(s, "file:///tmp/c.md", TEXT)
baby = find(diags, "misfit.baby_family")
# bytes: "Héllo " 7, emoji 4, " our " 5 -> 16
check("UTF-8 range counts bytes", baby and baby[0]["range"]["start"]["character"] == 16, baby)
s.close()

# lang: the language setting picks the lexicon (the Dutch wildcard kraamvisite* is in
# the Dutch lexicon only)
s = Server(options={"lang": "nl"})
nl = find(open_doc(s, "file:///tmp/f.md", "kraamvisitefeest"), "misfit.baby_family")
s.notify("workspace/didChangeConfiguration", {"settings": {"mindset": {"lang": "en"}}})
en = find(s.diagnostics("file:///tmp/f.md"), "misfit.baby_family")
check("the lang setting picks the lexicon", nl and not en, (nl, en))
s.close()

# failLevel: the lowest severity shown; an unknown level is logged and the old one kept
s = Server()
all_diags = open_doc(s, "file:///tmp/e.md", "We are hiring a nurse in Leeds, apply now")
s.notify("workspace/didChangeConfiguration", {"settings": {"mindset": {"failLevel": "warning"}}})
warned = s.diagnostics("file:///tmp/e.md")
s.notify("workspace/didChangeConfiguration", {"settings": {"mindset": {"failLevel": "loud"}}})
kept = s.diagnostics("file:///tmp/e.md")
check("failLevel warning hides the info diagnostics",
      any(d["severity"] == 3 for d in all_diags or []) and warned == [], (all_diags, warned))
check("an unknown failLevel keeps the level before", kept == [], kept)
s.close()
check("an unknown failLevel is logged", "unknown failLevel 'loud'" in s.log, s.log)

# a setting too long for the server is refused and logged, never cut short: the network
# stays linkedin, and the log names the setting
s = Server()
s.notify("workspace/didChangeConfiguration",
         {"settings": {"mindset": {"network": "linkedin" + "x" * 300}}})
diags = open_doc(s, "file:///tmp/d.md", "our newborn")
check("a too long network setting keeps the old network", find(diags, "misfit.baby_family"),
      diags)
s.close()
check("a too long setting is logged", "settings: network of 308 bytes is too long" in s.log,
      s.log)

passed = sum(results)
print(f"{passed} passed, {len(results) - passed} failed")
sys.exit(0 if passed == len(results) else 1)
