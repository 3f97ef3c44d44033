#!/usr/bin/env python3
"""Regenerate NewsKG's predicate-frame lexicon from the PropBank frame files.

Reads lexicon/frame-relations.tsv (which rolesets are which relation: the one
hand-written part) and the PropBank 3.4 frame files, and writes
  src/main/resources/lexicon/frames.tsv       every verb and noun lemma of each
                                              chosen roleset, the relations, the
                                              argument roles, and the prepositions
                                              that mark each argument in the
                                              roleset's own examples;
  src/main/resources/lexicon/light-verbs.txt  verbs whose object is an event.

Source: propbank/propbank-frames (https://github.com/propbank/propbank-frames),
frames/*.xml at the commit pinned below, CC BY-SA 4.0; the derived files are
CC BY-SA 4.0 as well. Read from a bare mirror with `git show` (the layout of the
session fetch tool: MIRROR_ROOT/propbank+propbank-frames/repo; any clone that
has the commit works). Python 3 standard library only; output is sorted and
byte-identical from run to run.

    python3 lexicon/build_frames.py [--mirror-root /work/.mirror]
"""
import argparse
import collections
import os
import subprocess
import sys
import xml.etree.ElementTree as ET

COMMIT = "c66e0ccf28b53f00051b187db83e937b5bee2e32"   # 2025-12-28
REPO = "propbank+propbank-frames/repo"
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "src", "main", "resources", "lexicon")
# A word that heads an argument's text in an example and is a preposition: the argument's marker.
PREPOSITIONS = {"with", "to", "between", "among", "on", "against", "in", "into", "from", "by",
                "for", "of", "at", "over", "toward", "towards", "upon", "across", "onto"}
POS = {"v": "verb", "n": "noun"}
LIGHT_MIN = 2       # a verb in this many light-verb aliases of PropBank is a light verb


def git_show(git_dir, path):
    return subprocess.run(["git", "--git-dir", git_dir, "show", f"{COMMIT}:{path}"],
                          check=True, capture_output=True).stdout


def read_mapping(path):
    frames, light, nouns = [], [], []
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            line = line.rstrip("\n")
            if not line.strip() or line.startswith("#"):
                continue
            cols = line.split("\t")
            if cols[0] == "light":
                light.append((cols[1], cols[2] if len(cols) > 2 else ""))
            elif cols[0] == "noun" and len(cols) >= 3:
                nouns.append((cols[1], cols[2]))
            elif len(cols) in (4, 5, 6):
                frames.append(cols + [""] * (6 - len(cols)))
            else:
                sys.exit(f"{path}:{n}: expected roleset, relations, subject, object [, pos [, markers]]")
    return frames, light, nouns


def roleset(git_dir, rid):
    lemma = rid.split(".")[0].split("_")[0]     # phrasal rolesets (meet_up.04) are in their verb's file
    root = ET.fromstring(git_show(git_dir, f"frames/{lemma}.xml"))
    for rs in root.iter("roleset"):
        if rs.get("id") == rid:
            return rs
    sys.exit(f"roleset {rid} not in frames/{lemma}.xml")


def markers(rs):
    """{ARGn: sorted prepositions} from the roleset's examples."""
    out = collections.defaultdict(set)
    for ex in rs.iter("example"):
        for a in ex.iter("arg"):
            t = a.get("type", "")
            words = (a.text or "").split()
            if t[:3] == "ARG" and t[3:4].isdigit() and words and words[0].lower() in PREPOSITIONS:
                out["ARG" + t[3]].add(words[0].lower())
    return out


def light_verbs(git_dir):
    names = subprocess.run(["git", "--git-dir", git_dir, "ls-tree", "--name-only", COMMIT, "frames/"],
                           check=True, capture_output=True, text=True).stdout.split()
    count = collections.Counter()
    for name in names:
        if not name.endswith(".xml"):
            continue
        try:
            root = ET.fromstring(git_show(git_dir, name))
        except ET.ParseError:
            continue
        for a in root.iter("alias"):
            if a.get("pos") == "l" and a.text and "_" in a.text:
                count[a.text.split("_")[0]] += 1
    # keep base forms only: an inflected form ("got", "making") is another verb's form
    return sorted(v for v, c in count.items() if c >= LIGHT_MIN and not v.endswith(("ing", "ed")) and v != "got")


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--mirror-root", default="/work/.mirror")
    args = ap.parse_args()
    git_dir = os.path.join(args.mirror_root, REPO)
    frames, extra_light, extra_nouns = read_mapping(os.path.join(HERE, "frame-relations.tsv"))
    unmapped = {r for _, r in extra_nouns} - {f[0] for f in frames}
    if unmapped:
        sys.exit(f"noun rows name rolesets that are not mapped: {sorted(unmapped)}")
    rows = set()
    for rid, relations, subject, obj, only, keep in frames:
        rs = roleset(git_dir, rid)
        args_of = {"ARG" + r.get("n") for r in rs.iter("role") if r.get("n", "").isdigit()}
        for a in (subject + "|" + obj).split("|"):
            a = a.removesuffix("@agent")
            if a not in args_of:
                sys.exit(f"{rid} has no {a} (it has {sorted(args_of)})")
        m = markers(rs)
        for spec in keep.split():    # "ARG2:for": these prepositions, not the examples', mark ARG2
            a, preps = spec.split(":", 1)
            m[a] = set(preps.split(","))
        marks = " ".join(f"{a}:{','.join(sorted(m[a]))}" for a in sorted(m)) or "-"
        aliases = [(POS.get(al.get("pos")), (al.text or "").strip().lower()) for al in rs.iter("alias")]
        aliases += [("noun", w) for w, r in extra_nouns if r == rid]
        for pos, word in aliases:
            if pos and word and "_" not in word and (not only or pos == only):
                rows.add((word, pos, rid, relations, subject, obj, marks))
    os.makedirs(OUT, exist_ok=True)
    head = ("# Predicate frames: verb and noun lemmas that state a relation, and which argument fills which\n"
            "# end. Generated by lexicon/build_frames.py from lexicon/frame-relations.tsv and the PropBank\n"
            f"# frame files (propbank/propbank-frames @ {COMMIT}, CC BY-SA 4.0; this file\n"
            "# is CC BY-SA 4.0 too). Do not edit: change the mapping and run the script.\n"
            "# Columns: lemma, pos (verb|noun), roleset, relations (tried in order), subject argument(s),\n"
            "# object argument(s), markers (ARGn:prepositions that mark it in PropBank's examples).\n")
    with open(os.path.join(OUT, "frames.tsv"), "w", encoding="utf-8") as f:
        f.write(head)
        for r in sorted(rows):
            f.write("\t".join(r) + "\n")
    light = sorted(set(light_verbs(git_dir)) | {v for v, _ in extra_light})
    with open(os.path.join(OUT, "light-verbs.txt"), "w", encoding="utf-8") as f:
        f.write("# Light verbs: their object is an event whose first argument is the verb's subject\n"
                "# (\"held talks with\", \"paid a visit to\"). Generated by lexicon/build_frames.py: the verbs\n"
                f"# of {LIGHT_MIN} or more light-verb aliases in PropBank (propbank/propbank-frames @ {COMMIT[:12]},\n"
                "# CC BY-SA 4.0), and the verbs that lexicon/frame-relations.tsv adds.\n")
        for v in light:
            f.write(v + "\n")
    print(f"{len(rows)} frame rows, {len(light)} light verbs", file=sys.stderr)


if __name__ == "__main__":
    main()
