#!/usr/bin/env python3
"""Makes the articles of a blind evaluation set (src/test/resources/blind1/, blind2/) from a clone of
the public GitHub repository brian14708/wh-briefings, which saves the pages of the White House
briefing room (whitehouse.gov) as Markdown files with a YAML header (title, date, source_url).
The texts are works of the U.S. Government: public domain (17 U.S.C. 105).

    python3 bench/corpus/extract_whitehouse.py GIT_DIR MANIFEST OUT_DIR [COMMIT]

MANIFEST is a TSV file (output file name, path in the repository); each article is written to
OUT_DIR as its title, its date (YYYY-MM-DD, from the header), a blank line and its text. COMMIT
defaults to 737ca03a271adc205c67766074ec8d0070f7ad95, the snapshot the sets were made from.

Only the Markdown is undone: hard-wrapped lines are joined into one paragraph a line; list markers,
emphasis marks, HTML tags, backslash escapes and the closing "###" are dropped. No word is changed.
"""
import re

import yaml

from manifest import write_articles

DEFAULT_COMMIT = "737ca03a271adc205c67766074ec8d0070f7ad95"


def plain(line):
    line = re.sub(r"<[^>]+>", "", line)                   # <u>, </u>, <!-- -->
    line = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", line)  # links: keep the text
    line = line.replace("**", "").replace("\\", "")
    line = re.sub(r"(?<![\w*])\*(?=\S)([^*]+?)(?<=\S)\*(?![\w*])", r"\1", line)  # *emphasis*
    return line.replace("\u00a0", " ").strip()


def article(md):
    _, head, body = md.split("---\n", 2)
    meta = yaml.safe_load(head)
    title = " ".join(str(meta["title"]).replace("\u00a0", " ").split())
    paras, cur = [], []
    for raw in body.splitlines():
        line = plain(raw)
        bullet = re.match(r"^(-|\d+\.)\s+", line)
        if bullet:
            line = line[bullet.end():]
        if not line or line == "###" or bullet:
            if cur:
                paras.append(" ".join(cur))
            cur = [line] if (bullet and line) else []
            continue
        cur.append(line)
    if cur:
        paras.append(" ".join(cur))
    paras = [" ".join(p.split()) for p in paras if p.strip() and p.strip() != "###"]
    return f"{title}\n{meta['date']}\n\n" + "\n".join(paras) + "\n"


if __name__ == "__main__":
    write_articles(article, DEFAULT_COMMIT)
