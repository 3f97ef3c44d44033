#!/usr/bin/env python3
"""Makes the articles of a blind evaluation set (src/test/resources/blind4/, blind5/) from a clone of
the public GitHub repository qiangning/StructTempRel-EMNLP17, which holds the evaluation data of
SemEval-2015 Task 4 (TimeLine): English Wikinews articles (en.wikinews.org) in TimeML, tokenized,
one <s> element a sentence. Wikinews texts: public domain before 25 September 2005, CC BY 2.5 after;
the SemEval-2015 Task 4 release: CC BY 3.0 (FBK, VUA, EHU).

    python3 bench/corpus/extract_semeval_wikinews.py GIT_DIR MANIFEST OUT_DIR [COMMIT]

MANIFEST is a TSV file (output file name, path in the repository); each article is written to
OUT_DIR as its title, its date (YYYY-MM-DD, the document creation time of the TimeML header), a
blank line and its text, one sentence a line (the release keeps no paragraph breaks). COMMIT
defaults to d6518a5a79d940d749c95ee5b72830714b132238, the snapshot the sets were made from.

Only the tokenization is undone: the spaces the tokenizer put before punctuation and inside
contractions are removed, `` and '' become straight double quotes, &amp; and the like are
unescaped. The first sentence (the title again) and the dateline sentence after it are dropped.
No word is changed.
"""
import html
import re

from manifest import write_articles

DEFAULT_COMMIT = "d6518a5a79d940d749c95ee5b72830714b132238"
MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"


SEP = "\u27e6S\u27e7"  # a sentence break; not whitespace, so str.split() keeps it a token


def detok(text):
    """Undoes the tokenization of a whole document (sentences joined by SEP), so that a quotation
    opened in one sentence and closed in a later one is paired rightly."""
    toks = text.split()
    out, quote_open = [], False
    glue_next = False
    for tok in toks:
        if tok.startswith("''") and len(tok) > 2:  # "''I'" in one source: an opening quote glued to a word
            out.append(("" if not out or out[-1].endswith(SEP) else " ") + '"')
            quote_open, glue_next, tok = True, True, tok[2:]
        if tok in ("``", "''", '"'):
            if tok == "``" or (tok == '"' and not quote_open):
                out.append(("" if not out or out[-1].endswith(SEP) else " ") + '"')
                quote_open, glue_next = True, True
            else:
                out.append('"')
                quote_open = False
            continue
        if tok == SEP:
            out.append(SEP)
            glue_next = True
            continue
        glue = glue_next or not out
        if re.fullmatch(r"n't|'s|'re|'ve|'ll|'d|'m|'|[.,;:!?%)\]}]+|\.\.\.", tok, re.I):
            glue = True
        if out and re.search(r"[(\[{$£€]$", out[-1]):
            glue = True
        if re.fullmatch(r"(?i)m|d|s|re|ve|ll", tok) and out and out[-1].endswith("'"):
            glue = True  # "I' m" -> "I'm"
        out.append(tok if glue else " " + tok)
        glue_next = False
    return "".join(out).split(SEP)


def article(tml):
    m = re.search(r'functionInDocument="CREATION_TIME"[^>]*value="([^"]+)"', tml).group(1)
    if re.fullmatch(r"\d\d-\d\d-\d{4}", m):  # one file writes DD-MM-YYYY
        m = f"{m[6:]}-{m[3:5]}-{m[:2]}"
    dct = m[:10]
    title = detok(html.unescape(re.search(r"<EXTRAINFO>(.*?)</EXTRAINFO>", tml, re.S).group(1)))[0].strip()
    raw = [html.unescape(re.sub(r"<[^>]+>", "", x)) for x in re.findall(r"<s id=\"\d+\">(.*?)</s>", tml, re.S)]
    sents = [x.strip() for x in detok(f" {SEP} ".join(raw))]
    if sents and sents[0] == title:
        sents = sents[1:]
    if sents and re.fullmatch(rf"({MONTHS}) \d{{1,2}}, \d{{4}}", sents[0]):
        sents = sents[1:]
    return f"{title}\n{dct}\n\n" + "\n".join(x for x in sents if x) + "\n"


if __name__ == "__main__":
    write_articles(article, DEFAULT_COMMIT)
