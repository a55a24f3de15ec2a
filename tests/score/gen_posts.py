#!/usr/bin/env python3
"""Writes N synthetic JSONL posts for the bulk-scoring tests (deterministic).

With --damage P, about P% of the lines are broken in one of several ways (invalid JSON,
missing text, invalid UTF-8, NUL escape, empty line, wrong type); with --huge-line one
50 MB line is added. Prints the number of damaged lines on stderr as "damaged N".
The posts are made-up sentences from word lists written for these tests.
"""
import argparse, json, random, sys

PERSONAL = ["our baby girl was born", "birthday party tonight", "holiday at the beach",
            "lol this meme", "throwback to school days", "my dog is so cute",
            "verjaardag van mijn zus", "kraamvisite bij de buren", "lekker op vakantie"]
PROFESSIONAL = ["we are hiring a data engineer", "five lessons on leadership",
                "our quarterly results are in", "join our webinar on AI",
                "proud to announce my promotion", "wij zoeken een collega",
                "nieuwe vacature in Utrecht", "inzichten uit ons onderzoek"]
PITCH = ["free trial today", "30% discount with promo code", "order now, limited offer"]
FILL = ["today", "with friends", "at work", "in Amsterdam", "again", "finally", "🎉", "😂",
        "#tbt", "#hiring", "@someone", "https://example.com/x", "!!!", "so excited"]

def post(rng):
    parts = [rng.choice(rng.choice([PERSONAL, PROFESSIONAL, PITCH]))]
    parts += rng.sample(FILL, rng.randint(0, 4))
    return " ".join(parts)

def damaged(rng, i):
    kind = i % 6
    if kind == 0:
        return b'{"id": %d, "text": "unterminated' % i
    if kind == 1:
        return b'{"id": %d, "body": "no text field"}' % i
    if kind == 2:
        return b'{"id": %d, "text": "bad \xff\xfe utf8"}' % i
    if kind == 3:
        return b'{"id": %d, "text": "nul \\u0000 inside"}' % i
    if kind == 4:
        return b""
    return b'{"id": %d, "text": 42}' % i

def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--posts", type=int, required=True)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--damage", type=float, default=0.0)
    ap.add_argument("--huge-line", action="store_true")
    ap.add_argument("--bom", action="store_true")
    ap.add_argument("--crlf", action="store_true")
    a = ap.parse_args()
    rng = random.Random(a.seed)
    out = sys.stdout.buffer
    bad = 0
    if a.bom:
        out.write(b"\xef\xbb\xbf")
    for i in range(a.posts):
        if a.damage and rng.random() < a.damage / 100.0:
            line = damaged(rng, i)
            bad += 1
        else:
            # every third line escapes non-ASCII, as many exporters do
            line = json.dumps({"id": i, "text": post(rng)}, ensure_ascii=i % 3 == 0).encode()
        out.write(line + (b"\r\n" if a.crlf and i % 3 == 0 else b"\n"))
        if a.huge_line and i == a.posts // 2:
            out.write(b'{"id": "huge", "text": "' + b"a" * (50 << 20) + b'"}\n')
            bad += 1
    print("damaged", bad, file=sys.stderr)

main()
