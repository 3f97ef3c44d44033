#!/usr/bin/env python3
"""Makes bench/corpus/state-dept/ from the history of a public GitHub repository that snapshots the
U.S. Department of State's press-release RSS feed (markschaver/State-Department-PR, data.rss, one
commit per hourly snapshot, May 2021 - Aug 2022). Every press release found in any snapshot is kept
once (by its feed guid); its full text is the item's <content:encoded> with the HTML markup removed.
The texts are works of the U.S. Government: public domain (17 U.S.C. 105).

    python3 bench/corpus/extract_state_rss.py GIT_DIR OUT_DIR [COUNT]

writes COUNT (default 240) articles into OUT_DIR and their index (file, date, title, URL) to OUT_DIR.tsv.

Deterministic: the same repository history gives the same files. Texts are only converted from HTML
to plain text (paragraph per line, entities decoded); no word is changed.
"""
import html
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from email.utils import parsedate_to_datetime
from html.parser import HTMLParser

NS = {"content": "http://purl.org/rss/1.0/modules/content/", "dc": "http://purl.org/dc/elements/1.1/"}
# Transcripts (remarks, interviews, briefings) are long Q&A, not news-like releases.
SKIP_TITLE = re.compile(r"^(Secretary .* (At|With|on) |Public Schedule|Remarks|Interview|Department Press Briefing|"
                        r"Deputy Secretary .* (At|With) |Briefing|Background|Special Briefing|Telephonic)", re.I)


class Text(HTMLParser):
    BLOCK = {"p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "blockquote"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts, self.skip = [], 0

    def handle_starttag(self, tag, attrs):
        if tag in ("script", "style"):
            self.skip += 1
        elif tag in self.BLOCK:
            self.parts.append("\n")

    def handle_endtag(self, tag):
        if tag in ("script", "style"):
            self.skip -= 1
        elif tag in self.BLOCK:
            self.parts.append("\n")

    def handle_data(self, data):
        if not self.skip:
            self.parts.append(data)

    def text(self):
        lines = [re.sub(r"[ \t\u00a0]+", " ", l).strip() for l in "".join(self.parts).split("\n")]
        return "\n\n".join(l for l in lines if l)


def plain(fragment):
    p = Text()
    p.feed(fragment)
    p.close()
    return p.text()


def git(git_dir, *args):
    return subprocess.run(["git", "--git-dir", git_dir, *args], check=True, capture_output=True).stdout


def main():
    git_dir, out = sys.argv[1], sys.argv[2]
    count = int(sys.argv[3]) if len(sys.argv) > 3 else 240
    items = {}
    for commit in git(git_dir, "log", "--format=%H", "--", "data.rss").decode().split():
        try:
            root = ET.fromstring(git(git_dir, "show", f"{commit}:data.rss"))
        except ET.ParseError:
            continue
        for it in root.iter("item"):
            guid = (it.findtext("guid") or "").strip()
            if guid and guid not in items:     # log is newest first: keep the latest version
                items[guid] = it
    rows = []
    for guid, it in items.items():
        title = html.unescape((it.findtext("title") or "").strip())
        body = plain(it.findtext("content:encoded", default="", namespaces=NS))
        body = re.sub(r"^Office of the Spokesperson\n\n", "", body)
        when = parsedate_to_datetime(it.findtext("pubDate")).date()
        if SKIP_TITLE.search(title) or not 700 <= len(body) <= 3200:
            continue
        rows.append((when.isoformat(), title, it.findtext("link").strip(), body))
    rows.sort()
    seen, unique = set(), []
    for r in rows:
        if r[3] not in seen:
            seen.add(r[3])
            unique.append(r)
    step = max(1, len(unique) / count)
    chosen = [unique[int(i * step)] for i in range(min(count, len(unique)))]
    import os
    os.makedirs(out, exist_ok=True)
    with open(out.rstrip("/") + ".tsv", "w", encoding="utf-8") as index:    # beside, not inside: every file inside is an article
        index.write("file\tdate\ttitle\turl\n")
        for n, (date, title, link, body) in enumerate(chosen, 1):
            slug = re.sub(r"[^a-z0-9]+", "-", title.lower()).strip("-")[:60].rstrip("-")
            name = f"{n:03d}_{slug}.txt"
            with open(os.path.join(out, name), "w", encoding="utf-8") as f:
                f.write(f"{title}\n{date}\n\n{body}\n")
            index.write(f"{name}\t{date}\t{title}\t{link}\n")
    print(f"{len(items)} releases in the history, {len(unique)} fit, {len(chosen)} written to {out}", file=sys.stderr)


if __name__ == "__main__":
    main()
