#!/usr/bin/env python3
"""GUM (non-news genres) to NewsKG's GUM benchmark input: plain-text articles and gold entity mentions.

Source: the GUM corpus, https://github.com/amir-zeldes/gum, pinned at commit
72ce5ac14978a324c2fd18d49484e65292cbe316 (2025-05-12, "Merge pull request #199 from amir-zeldes/dev").
GUM's annotations are licensed CC BY 4.0 (the texts under their sources' licences, see GUM's
LICENSE.txt). Cite: Amir Zeldes (2017), "The GUM Corpus: Creating Multilayer Resources in the
Classroom", Language Resources and Evaluation 51(3), 581-612; for the Wikification: Jessica Lin and
Amir Zeldes (2021), "WikiGUM: Exhaustive Entity Linking for Wikification in 12 Genres", LAW XV.

RESERVED DATA: GUM's news genre (documents named GUM_news_*) is kept for independent evaluation.
This script drops those documents BY FILE NAME, before any of their content is read (see
`document_names`), and refuses a --genres list that names news. Never remove that filter. Reddit
documents have no word forms in the repository (they need GUM's get_text.py) and are skipped too.

What it reads: dep/GUM_<genre>_<name>.conllu (CoNLL-U with GUM's CorefUD-style entity layer in the
MISC column: Entity=(EID-etype-infstat-salience-centering-minspan-link[-identity] ... EID), where
identity is the Wikipedia title, percent-escaped, given for entities that have an article).

What it writes (to --out, default /work/gum-data; not part of NewsKG's repository):
  texts/DOC.txt    the document's text, rebuilt from the tokens and their SpaceAfter=No: sentences of
                   a paragraph joined by a space, paragraphs ('# newpar') by a blank line; every
                   sentence's rebuilt text is checked against its '# text =' line
  gold/DOC.json    {"doc", "genre", "commit", "tokens", "text_sha256", "mentions": [...]}, one
                   mention per GUM entity mention: begin/end (character offsets into DOC.txt, end
                   exclusive), text, type (GUM's etype: person, place, organization, ...), cluster
                   (GUM's entity id, unique within the document: its coreference cluster), identity
                   (Wikipedia title with spaces, or null), named (true when the mention's syntactic
                   head, the token whose dependency head lies outside the span, is a PROPN: GUM's and
                   WikiGUM's proper-name mentions), head (that token's text and offsets),
                   trim_begin/trim_end (the span without a leading determiner or possessive pronoun
                   and without a trailing possessive 's or punctuation), name_begin/name_end (the name
                   inside the mention: the run of proper nouns around the head, see name_run: what a
                   name-finder would mark in "the University of Basel, where he ...")
  manifest.json    commit, genres, documents, token and mention counts

Usage: gum_to_gold.py --git-dir DIR [--commit SHA] [--genres bio,voyage,...] [--out DIR]
Python 3 standard library only.
"""
import argparse
import hashlib
import json
import os
import re
import subprocess
import sys
import urllib.parse

PINNED = "72ce5ac14978a324c2fd18d49484e65292cbe316"
RESERVED_GENRES = {"news"}          # never read: kept for independent evaluation
NO_TEXT_GENRES = {"reddit"}         # underscores for word forms in the repository
DEFAULT_GENRES = ["bio", "interview", "voyage", "speech"]


def git(git_dir, *args):
    return subprocess.run(["git", "--git-dir", git_dir, *args], check=True, capture_output=True, text=True).stdout


def document_names(git_dir, commit, genres):
    """The dep/ files of the chosen genres. News documents are dropped here, by name, before any is read."""
    names = []
    for path in git(git_dir, "ls-tree", "--name-only", commit, "dep/").split("\n"):
        base = os.path.basename(path)
        if not base.startswith("GUM_") or not base.endswith(".conllu"):
            continue
        if base.startswith("GUM_news_"):
            continue    # RESERVED: never read, convert, score or tune on GUM's news genre
        genre = base.split("_")[1]
        if genre in RESERVED_GENRES or genre in NO_TEXT_GENRES or genre not in genres:
            continue
        names.append(path)
    return sorted(names)


OPEN_OR_CLOSE = re.compile(r"\(([^()]*)(\))?|([^()]+)\)")


def parse_entity_field(value):
    """GUM's Entity= value as a list of ('open', fields, closes_here) and ('close', eid) in order."""
    out = []
    for m in OPEN_OR_CLOSE.finditer(value):
        if m.group(1) is not None:
            out.append(("open", m.group(1).split("-"), m.group(2) is not None))
        else:
            out.append(("close", m.group(3)))
    return out


NAME_WORDS = {"PROPN", "NUM"}
CAPITAL_WORDS = {"NOUN", "ADJ", "VERB", "X"}    # "United States", "Spanish Netherlands", "Dumky Trio"
NAME_LINKS = {"of", "for", "de", "du", "des", "von", "van", "der", "den", "la", "le", "di", "da", "del", "y", "the", "&"}
NAME_MARKS = {"-", "&", ".", "'", "'s"}


def name_run(words, start, stop, head):
    """The name inside a mention: the run of proper nouns (and numbers) around its head, and the capitalised
    words next to them ("United States", "Spanish Netherlands"), joined by 'of'-like links
    ("University of Basel") and hyphens; no determiner, title-less appositions, relative clauses, or the
    ', in the Netherlands' after a comma. Only meaningful for named mentions."""
    def word(i):
        return words[i]["upos"] in NAME_WORDS or (words[i]["form"][:1].isupper() and words[i]["upos"] in CAPITAL_WORDS)

    a = head
    while a - 1 >= start and (word(a - 1)
                              or (words[a - 1]["form"] in NAME_MARKS and a - 2 >= start and word(a - 2)
                                  and words[a - 1]["begin"] == words[a - 2]["end"])):
        a -= 1
    b = head
    while b + 1 <= stop:
        if word(b + 1):
            b += 1
            continue
        # a link or mark counts only when a name word follows it (within two tokens: "of the Congo")
        j = b + 1
        while j <= stop and j <= b + 2 and (words[j]["form"].lower() in NAME_LINKS or words[j]["form"] in NAME_MARKS):
            j += 1
        if j <= stop and j > b + 1 and word(j) and not any(words[k]["form"] in (",", "(") for k in range(b + 1, j)):
            b = j
            continue
        break
    return a, b


def convert(conllu, doc, genre, commit):
    words = []          # dicts: begin, end, form, upos, head (global index or -1), misc
    text = []
    pos = 0
    paragraph_started = False
    first_sentence = True
    pending_space = ""
    mwt_until, mwt_span, mwt_space = 0, None, True
    for block in conllu.strip("\n").split("\n\n"):
        lines = block.split("\n")
        comments = [l for l in lines if l.startswith("#")]
        rows = [l.split("\t") for l in lines if l and not l.startswith("#")]
        if not rows:
            continue
        newpar = any(l.startswith("# newpar") and not l.startswith("# newpar_") for l in comments) \
            or any(l.startswith("# newpar_block") for l in comments)
        sent_text = next((l[len("# text = "):] for l in comments if l.startswith("# text = ")), None)
        if not first_sentence:
            sep = "\n\n" if newpar else pending_space
            text.append(sep)
            pos += len(sep)
        first_sentence = False
        offset = len(words)
        sent_start = pos
        last_space = " "
        for c in rows:
            tid, form, upos, head, misc = c[0], c[1], c[3], c[6], c[9]
            space = "SpaceAfter=No" not in misc.split("|")
            if "-" in tid:          # a multi-word token: its surface form goes into the text
                a, b = (int(x) for x in tid.split("-"))
                mwt_until, mwt_span = b, (pos, pos + len(form))
                text.append(form)
                pos += len(form)
                sep = " " if space else ""
                mwt_space = sep
                continue
            if "." in tid:          # an empty node
                continue
            i = int(tid)
            if mwt_span is not None and i <= mwt_until:
                begin, end = mwt_span
                if i == mwt_until:
                    text.append(mwt_space)
                    pos += len(mwt_space)
                    last_space = mwt_space
                    mwt_span = None
            else:
                begin, end = pos, pos + len(form)
                text.append(form)
                pos += len(form)
                sep = " " if space else ""
                text.append(sep)
                pos += len(sep)
                last_space = sep
            words.append({"begin": begin, "end": end, "form": form, "upos": upos,
                          "head": offset + int(head) - 1 if head not in ("0", "_") else -1, "misc": misc,
                          "xpos": c[4]})
        # the separator after the last token belongs between sentences, not to this one
        if last_space:
            text.pop()
            pos -= len(last_space)
        pending_space = last_space if last_space else ""
        rebuilt = "".join(text)[sent_start:pos]
        if sent_text is not None and rebuilt != sent_text:
            raise SystemExit(f"{doc}: rebuilt sentence differs from '# text':\n  {rebuilt!r}\n  {sent_text!r}")
    full = "".join(text)
    # entity mentions
    mentions = []
    stack = {}
    for wi, w in enumerate(words):
        ent = next((x[len("Entity="):] for x in w["misc"].split("|") if x.startswith("Entity=")), None)
        if ent is None:
            continue
        for item in parse_entity_field(ent):
            if item[0] == "open":
                fields, closes = item[1], item[2]
                eid = fields[0]
                m = {"eid": eid, "fields": fields, "start": wi}
                if closes:
                    m["stop"] = wi
                    mentions.append(m)
                else:
                    stack.setdefault(eid, []).append(m)
            else:
                eid = item[1]
                m = stack[eid].pop()
                m["stop"] = wi
                mentions.append(m)
    if any(stack.values()):
        raise SystemExit(f"{doc}: unclosed entity mentions {[k for k, v in stack.items() if v]}")
    gold = []
    for m in sorted(mentions, key=lambda m: (m["start"], -m["stop"])):
        f = m["fields"]
        eid = re.sub(r"\[.*\]$", "", f[0])
        etype = f[1] if len(f) > 1 else ""
        identity = urllib.parse.unquote("-".join(f[7:])).replace("_", " ") if len(f) > 7 else None
        span = range(m["start"], m["stop"] + 1)
        heads = [i for i in span if not (m["start"] <= words[i]["head"] <= m["stop"])]
        head = heads[0] if heads else m["start"]
        a, b = m["start"], m["stop"]
        while a < b and (words[a]["upos"] == "DET" or words[a]["xpos"] == "PRP$"):
            a += 1
        while b > a and (words[b]["xpos"] == "POS" or words[b]["upos"] == "PUNCT"):
            b -= 1
        na, nb = name_run(words, m["start"], m["stop"], head)
        begin, end = words[m["start"]]["begin"], words[m["stop"]]["end"]
        gold.append({
            "begin": begin, "end": end, "text": full[begin:end],
            "trim_begin": words[a]["begin"], "trim_end": words[b]["end"],
            "name_begin": words[na]["begin"], "name_end": words[nb]["end"],
            "type": etype, "cluster": eid, "identity": identity or None,
            "named": words[head]["upos"] == "PROPN",
            "head": {"begin": words[head]["begin"], "end": words[head]["end"], "text": words[head]["form"]},
        })
    return full, {"doc": doc, "genre": genre, "commit": commit, "tokens": len(words),
                  "text_sha256": hashlib.sha256(full.encode("utf-8")).hexdigest(), "mentions": gold}


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--git-dir", required=True, help="GUM's git directory (fetch github:amir-zeldes/gum)")
    ap.add_argument("--commit", default=PINNED)
    ap.add_argument("--genres", default=",".join(DEFAULT_GENRES))
    ap.add_argument("--out", default="/work/gum-data")
    args = ap.parse_args()
    genres = [g.strip() for g in args.genres.split(",") if g.strip()]
    if RESERVED_GENRES & set(genres):
        sys.exit("gum_to_gold.py: GUM's news genre is reserved for independent evaluation; it is never converted")
    names = document_names(args.git_dir, args.commit, set(genres))
    if not names:
        sys.exit(f"gum_to_gold.py: no documents of genres {genres} at {args.commit}")
    os.makedirs(os.path.join(args.out, "texts"), exist_ok=True)
    os.makedirs(os.path.join(args.out, "gold"), exist_ok=True)
    for d in ("texts", "gold"):    # a smaller genre list leaves no stale files behind
        for f in os.listdir(os.path.join(args.out, d)):
            os.remove(os.path.join(args.out, d, f))
    manifest = {"source": "https://github.com/amir-zeldes/gum", "commit": args.commit, "licence": "CC BY 4.0",
                "genres": genres, "documents": []}
    for path in names:
        doc = os.path.basename(path)[: -len(".conllu")]
        assert not doc.startswith("GUM_news_")
        genre = doc.split("_")[1]
        text, gold = convert(git(args.git_dir, "show", f"{args.commit}:{path}"), doc, genre, args.commit)
        with open(os.path.join(args.out, "texts", doc + ".txt"), "w", encoding="utf-8") as f:
            f.write(text)
        with open(os.path.join(args.out, "gold", doc + ".json"), "w", encoding="utf-8") as f:
            json.dump(gold, f, ensure_ascii=False, indent=1)
        named = [m for m in gold["mentions"] if m["named"]]
        manifest["documents"].append({"doc": doc, "genre": genre, "tokens": gold["tokens"],
                                      "mentions": len(gold["mentions"]), "named": len(named),
                                      "named_with_identity": sum(1 for m in named if m["identity"])})
    with open(os.path.join(args.out, "manifest.json"), "w", encoding="utf-8") as f:
        json.dump(manifest, f, indent=1)
    docs = manifest["documents"]
    print(f"gum_to_gold.py: {len(docs)} documents ({', '.join(genres)}), {sum(d['tokens'] for d in docs)} tokens, "
          f"{sum(d['named'] for d in docs)} named mentions ({sum(d['named_with_identity'] for d in docs)} with a "
          f"Wikipedia identity) -> {args.out}")


if __name__ == "__main__":
    main()
