#!/usr/bin/env python3
"""Makes the articles of a blind evaluation set (src/test/resources/blind6/, blind7/) from a clone of
the public GitHub repository diplodata/gov.uk-international-announcements, whose file sample.csv
holds 100 GOV.UK announcements (news stories, press releases, speeches, statements) as rows with
the columns published, org, type, title, url, html and text; the html column is the page's <main>
element as GOV.UK served it. GOV.UK texts are Crown copyright, published under the Open Government
Licence v3.0.

    python3 bench/corpus/extract_govuk.py GIT_DIR MANIFEST OUT_DIR [COMMIT]

MANIFEST is a TSV file (output file name, path in the repository); the path names the CSV file and,
after a "#", the row's url column (the page's path on www.gov.uk), e.g.
sample.csv#/government/news/some-title. Each article is written to OUT_DIR as its title (the page's
<h1>), its date (YYYY-MM-DD, from the page's "Published 29 November 2017" line), a blank line and
its text, one paragraph a line: the lead paragraph (the summary under the title), then each
paragraph, heading and list item of the page body (the "govspeak" block). COMMIT defaults to
c06bf6db873c8068911da94e65996f90636e4406, the snapshot the sets were made from (later commits
delete sample.csv).

Only the HTML is undone: tags are dropped, entities unescaped, runs of white space (line breaks
inside a paragraph, non-breaking spaces) made one space. Page furniture outside the body (the
"From:" line, share links, topic lists), pictures and their captions are left out, and so are the
body's closing contact blocks (from a heading "Further information", "Media enquiries" or "General
media queries" on: e-mail addresses, telephone numbers, "Follow ... on Twitter"). No word is changed.
"""
import csv
import html
import io
import re
import sys
from datetime import datetime
from html.parser import HTMLParser

from manifest import show

DEFAULT_COMMIT = "c06bf6db873c8068911da94e65996f90636e4406"
BLOCKS = {"p", "li", "h1", "h2", "h3", "h4", "h5", "h6", "td", "th", "dt", "dd"}
CONTACT = re.compile(r"(?i)^(further information|media enquiries|general media queries)$")


class Body(HTMLParser):
    """Collects the text of the block elements inside <div class="govspeak">."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.depth = 0          # depth of nested <div>s inside the govspeak div (0: outside)
        self.paras, self.cur = [], None

    def flush(self):
        if self.cur is not None:
            text = " ".join("".join(self.cur).split())
            if text:
                self.paras.append(text)
        self.cur = None

    def handle_starttag(self, tag, attrs):
        if tag == "div":
            if self.depth:
                self.depth += 1
            elif "govspeak" in (dict(attrs).get("class") or "").split():
                self.depth = 1
            return
        if self.depth and tag in BLOCKS:
            self.flush()
            self.cur = []
        elif self.depth and tag == "br" and self.cur is not None:
            self.cur.append(" ")

    def handle_endtag(self, tag):
        if tag == "div" and self.depth:
            self.depth -= 1
            if not self.depth:
                self.flush()
        elif self.depth and tag in BLOCKS:
            self.flush()

    def handle_data(self, data):
        if self.depth and self.cur is not None:
            self.cur.append(data)


def clean(fragment):
    return " ".join(html.unescape(re.sub(r"<[^>]+>", " ", fragment)).split())


def article(page):
    title = clean(re.search(r"<h1[^>]*>(.*?)</h1>", page, re.S).group(1))
    published = re.search(r"Published (\d{1,2} \w+ \d{4})", page).group(1)
    date = datetime.strptime(published, "%d %B %Y").strftime("%Y-%m-%d")
    lead = re.search(r'<p class="gem-c-lead-paragraph[^"]*">(.*?)</p>', page, re.S)
    body = Body()
    body.feed(page)
    body.close()
    paras = []
    for p in body.paras:
        if CONTACT.match(p):
            break
        paras.append(p)
    if lead and clean(lead.group(1)):
        paras.insert(0, clean(lead.group(1)))
    return f"{title}\n{date}\n\n" + "\n".join(paras) + "\n"


def main():
    git_dir, manifest, out_dir = sys.argv[1:4]
    commit = sys.argv[4] if len(sys.argv) > 4 else DEFAULT_COMMIT
    csv.field_size_limit(sys.maxsize)
    tables = {}
    for row in open(manifest, encoding="utf-8"):
        if not row.strip() or row.startswith("#"):
            continue
        name, path = row.rstrip("\n").split("\t")
        csv_path, url = path.split("#", 1)
        if csv_path not in tables:
            rows = csv.DictReader(io.StringIO(show(git_dir, commit, csv_path)))
            tables[csv_path] = {r["url"]: r for r in rows}
        with open(f"{out_dir}/{name}", "w", encoding="utf-8") as f:
            f.write(article(tables[csv_path][url]["html"]))


if __name__ == "__main__":
    main()
