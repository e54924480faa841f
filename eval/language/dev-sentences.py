#!/usr/bin/env python3
"""A development set for `eval language`, disjoint from the man-page reporting set (manpage-sentences.py).

  apt-get install gettext manpages manpages-ru manpages-uk manpages-pl wamerican wpolish
  python3 eval/language/dev-sentences.py target/language-dev

Tune the detector on this set and report on the man-page set. Sources, all installed on a Debian machine:
- the translations of programs' messages (/usr/share/locale/<lang>/LC_MESSAGES/*.mo, read with msgunfmt): the
  translated strings for ru, uk and pl, the original English strings for en; catalogs of names (iso_*, keyboard
  layouts) are left out, they are names rather than sentences;
- the man pages manpage-sentences.py does not sample: sections 2, 3, 4 and 6, and the pages of sections 1, 5, 7
  and 8 beyond the 400 it draws per language.
The same sentence filter applies (manpage-sentences.py: one language's alphabet only, English and Polish words in
the word lists), and a sentence that is also in the reporting set is dropped. Writes <out>/<lang>.txt like
manpage-sentences.py. The text stays out of the repository (its licences vary); this script rebuilds it.
"""
import argparse
import glob
import importlib.util
import os
import random
import re
import subprocess

HERE = os.path.dirname(os.path.abspath(__file__))
spec = importlib.util.spec_from_file_location("manpages", os.path.join(HERE, "manpage-sentences.py"))
manpages = importlib.util.module_from_spec(spec)
spec.loader.exec_module(manpages)

NAME_CATALOGS = re.compile(r"^(iso_|xkeyboard-config)")
REPORTING_PAGES = 400


def catalog_strings(lang):
    """(msgid, msgstr) pairs of every message catalog of the language."""
    for path in sorted(glob.glob(f"/usr/share/locale/{lang}/LC_MESSAGES/*.mo")):
        if NAME_CATALOGS.match(os.path.basename(path)):
            continue
        po = subprocess.run(["msgunfmt", "--no-wrap", path], capture_output=True, check=False).stdout.decode(
            "utf-8", "replace")
        yield from po_pairs(po)


def po_pairs(po):
    msgid, msgstr, field = None, None, None
    for line in po.splitlines() + [""]:
        if line.startswith("msgid "):
            if msgid is not None and msgstr:
                yield msgid, msgstr
            msgid, msgstr, field = unquote(line[6:]), "", "id"
        elif line.startswith("msgstr"):
            msgstr, field = unquote(line.split(" ", 1)[1]), "str"
        elif line.startswith('"'):
            if field == "id":
                msgid += unquote(line)
            elif field == "str":
                msgstr += unquote(line)
        elif not line.strip() and msgid is not None:
            if msgstr:
                yield msgid, msgstr
            msgid, msgstr, field = None, None, None


def unquote(s):
    s = s.strip()
    if s.startswith('"') and s.endswith('"'):
        s = s[1:-1]
    return s.replace("\\n", "\n").replace('\\"', '"').replace("\\t", " ").replace("\\\\", "\\")


def catalog_text(lang):
    """One message a line: the translation, or for English the original of the Russian, Ukrainian and Polish
    catalogs."""
    if lang == "en":
        seen = set()
        for other in ("ru", "uk", "pl"):
            for msgid, _ in catalog_strings(other):
                if msgid not in seen:
                    seen.add(msgid)
                    yield msgid.replace("&", "").replace("_", "")
    else:
        for _, msgstr in catalog_strings(lang):
            yield msgstr.replace("&", "").replace("_", "")


def unsampled_pages(lang):
    sampled = set(manpages.pages(lang, REPORTING_PAGES, random.Random("manpages-" + lang)))
    files = [f for f in glob.glob(os.path.join(manpages.ROOTS[lang], "man*", "*")) if os.path.isfile(f)]
    return sorted(f for f in files if f not in sampled)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("out")
    parser.add_argument("--per-bucket", type=int, default=1000)
    parser.add_argument("--pages", type=int, default=300, help="unsampled man pages read per language")
    parser.add_argument("--reporting", help="the reporting set's directory: its sentences are left out")
    parser.add_argument("--languages", nargs="*", default=list(manpages.ROOTS))
    args = parser.parse_args()
    os.makedirs(args.out, exist_ok=True)
    for lang in args.languages:
        known = manpages.word_list(lang)
        english = manpages.word_list("en") if lang == "pl" else None
        reporting = set()
        if args.reporting and os.path.exists(os.path.join(args.reporting, lang + ".txt")):
            with open(os.path.join(args.reporting, lang + ".txt"), encoding="utf-8") as f:
                reporting = {line.strip() for line in f}
        rnd = random.Random("dev-" + lang)
        found = set()
        for text in catalog_text(lang):
            found.update(manpages.sentences(text, lang, known, english))
        pages = unsampled_pages(lang)
        rnd.shuffle(pages)
        for page in pages[:args.pages]:
            found.update(manpages.sentences(manpages.render(page), lang, known, english))
        found -= reporting
        short = [s for s in found if len(s.split()) <= 4]
        long_ = [s for s in found if len(s.split()) > 4]
        manpages.write_sample(args.out, lang, short, long_, args.per_bucket, rnd)


if __name__ == "__main__":
    main()
