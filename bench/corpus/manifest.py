"""What the corpus extraction scripts share: read a file of a fetched repository snapshot at a
commit, and write the articles a set's files.tsv lists (output name <TAB> path in the repository).

    write_articles(article, default_commit)   # article: the file's text -> the article's text
"""
import subprocess
import sys


def show(git_dir, commit, path):
    return subprocess.run(["git", "--git-dir", git_dir, "show", f"{commit}:{path}"], check=True,
                          capture_output=True, text=True).stdout


def write_articles(article, default_commit):
    """Command line: GIT_DIR FILES_TSV OUT_DIR [COMMIT]."""
    git_dir, manifest, out_dir = sys.argv[1:4]
    commit = sys.argv[4] if len(sys.argv) > 4 else default_commit
    for row in open(manifest, encoding="utf-8"):
        if not row.strip() or row.startswith("#"):
            continue
        name, path = row.rstrip("\n").split("\t")
        with open(f"{out_dir}/{name}", "w", encoding="utf-8") as f:
            f.write(article(show(git_dir, commit, path)))
