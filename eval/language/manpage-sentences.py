#!/usr/bin/env python3
"""Sentences of public prose per language from the Debian man pages installed here, for `eval language`.

  apt-get install manpages manpages-ru manpages-uk manpages-pl wamerican wpolish
  python3 eval/language/manpage-sentences.py target/language-sentences

Writes <out>/<lang>.txt (en, ru, uk, pl): one sentence a line, up to --per-bucket sentences of 1-4 words and as
many of 5-10 words, sampled with a fixed seed. Only sentences written wholly in the language's alphabet are
kept (no command names, options, paths or digits), so what is measured is the language, not the jargon. In
English and Polish, where the alphabet cannot tell untranslated English paragraphs and command names apart,
every word must also be in the language's word list (/usr/share/dict/american-english, /usr/share/dict/polish),
and a Polish sentence must not be mostly words of the English list (the Polish list holds "program", "media",
"type": untranslated fragments pass it). That rule also drops a few real Polish sentences ("Format jest
następujący:"), so the Polish figure leans slightly optimistic.
The text stays out of the repository (the translations are GPL); this script rebuilds it.
"""
import argparse
import glob
import os
import random
import re
import subprocess

LETTERS = {
    "en": "a-zA-Z",
    "pl": "a-zA-ZąćęłńóśźżĄĆĘŁŃÓŚŹŻ",
    "ru": "а-яА-ЯёЁ",
    "uk": "а-щА-ЩьЬюЮяЯєЄіІїЇґҐʼ'",
}
ROOTS = {"en": "/usr/share/man", "ru": "/usr/share/man/ru", "uk": "/usr/share/man/uk", "pl": "/usr/share/man/pl"}
SECTIONS = ("man1", "man5", "man7", "man8")
WORD_LISTS = {"en": "/usr/share/dict/american-english", "pl": "/usr/share/dict/polish"}


def word_list(lang):
    path = WORD_LISTS.get(lang)
    if path is None:
        return None
    with open(path, encoding="utf-8") as f:
        return {line.strip().lower() for line in f}


def pages(lang, limit, rnd):
    files = []
    for section in SECTIONS:
        files += glob.glob(os.path.join(ROOTS[lang], section, "*"))
    files.sort()
    rnd.shuffle(files)
    return files[:limit]


def render(path):
    env = dict(os.environ, MANWIDTH="5000", LC_ALL="C.UTF-8", MAN_KEEP_FORMATTING="")
    try:
        out = subprocess.run(["man", "--nh", "--nj", "-l", path], env=env, capture_output=True, timeout=30,
                             check=False).stdout.decode("utf-8", "replace")
    except subprocess.TimeoutExpired:
        return ""
    return re.sub(r".\x08", "", out)


def mostly_english(words, english):
    return english is not None and 2 * sum(w in english for w in words) > len(words)


def sentences(text, lang, known, english):
    word = re.compile(r"^[«\"'(]*[" + LETTERS[lang] + r"]+(?:-[" + LETTERS[lang] + r"]+)*[»\"')]*[,;:]?$")
    for paragraph in text.splitlines():
        paragraph = paragraph.strip()
        if not paragraph or paragraph.startswith("-") or paragraph.isupper():
            continue
        for sentence in re.split(r"(?<=[.!?])\s+", paragraph):
            body = sentence.rstrip(".!?").strip()
            words = body.split()
            plain = [w.strip("«»\"'(),;:").lower() for w in words]
            if 1 <= len(words) <= 10 and all(word.match(w) for w in words) and not body.isupper() and (
                    known is None or all(w in known for w in plain)) and not mostly_english(plain, english):
                yield sentence.strip()


def write_sample(out, lang, short, long_, per_bucket, rnd):
    """Writes <out>/<lang>.txt: up to per_bucket sentences of each bucket, drawn in a fixed order with rnd."""
    picked = []
    for bucket in (sorted(short), sorted(long_)):
        rnd.shuffle(bucket)
        picked += bucket[:per_bucket]
    with open(os.path.join(out, lang + ".txt"), "w", encoding="utf-8") as f:
        f.write("\n".join(picked) + "\n")
    print(lang, "1-4 words:", min(len(short), per_bucket), "of", len(short),
          "| 5-10 words:", min(len(long_), per_bucket), "of", len(long_))


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("out")
    parser.add_argument("--per-bucket", type=int, default=500)
    parser.add_argument("--pages", type=int, default=400)
    parser.add_argument("--languages", nargs="*", default=list(ROOTS))
    args = parser.parse_args()
    os.makedirs(args.out, exist_ok=True)
    for lang in args.languages:
        known = word_list(lang)
        english = word_list("en") if lang == "pl" else None
        rnd = random.Random("manpages-" + lang)
        short, long_ = set(), set()
        for page in pages(lang, args.pages, rnd):
            for sentence in sentences(render(page), lang, known, english):
                (short if len(sentence.split()) <= 4 else long_).add(sentence)
        write_sample(args.out, lang, short, long_, args.per_bucket, rnd)


if __name__ == "__main__":
    main()
