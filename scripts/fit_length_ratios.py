#!/usr/bin/env python3
"""Fits the length ratios SOURCE_LENGTH_OMISSION and SOURCE_LENGTH_ADDITION flag beyond, per language pair.

Usage: scripts/fit_length_ratios.py [--shared DIR] [OUT]

Reads every line-aligned segment pair of the annotated corpora (SHARED/corpus/SET/NAME.txt with
SET/src/NAME.src), measures each pair's log ratio of target to source length (letters and
digits, so spacing and punctuation do not count), and writes per language pair the 0.5% and
99.5% quantiles with the number of pairs and their median. A translation outside that range is
rarer than one in a hundred in professionally judged MT output.
"""
import math
import os
import re
import sys

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(REPO, 'checker/src/main/resources/io/tqc/source/length-ratios.csv')
LOW, HIGH = 0.005, 0.995
# set folder -> (source, target) base languages
PAIRS = {'mqm-wmt23/zh-en': ('zh', 'en'), 'zh-en-wmt22qe-test': ('zh', 'en'),
         'mqm-wmt23/en-de': ('en', 'de'), 'en-de-wmt22qe-dev': ('en', 'de'),
         'en-ru-wmt22qe-dev': ('en', 'ru')}
LETTERS = re.compile(r'[^\W_]', re.UNICODE)
CARRIED = re.compile(r'[A-Za-z0-9]+')


def length(text):
    return len(LETTERS.findall(text))


def compared(source_base, s, t):
    """Letters of a pair as LengthRatios.compared counts them: in a Chinese or Japanese source,
    Latin words and digits pass into the target letter for letter and are left out on both
    sides (on the target's side as often as the target has them)."""
    if source_base not in ('zh', 'ja'):
        return length(s), length(t)
    carried = {}
    source_carried = 0
    for w in CARRIED.findall(s):
        carried[w] = carried.get(w, 0) + 1
        source_carried += len(w)
    target_carried = 0
    for w in CARRIED.findall(t):
        if carried.get(w, 0) > 0:
            carried[w] -= 1
            target_carried += len(w)
    return length(s) - source_carried, length(t) - target_carried


def quantile(sorted_values, q):
    i = q * (len(sorted_values) - 1)
    lo, hi = math.floor(i), math.ceil(i)
    return sorted_values[lo] + (sorted_values[hi] - sorted_values[lo]) * (i - lo)


def ratios(corpus, folder, source_base):
    out, seen = [], set()
    d = os.path.join(corpus, folder)
    for name in sorted(os.listdir(d)):
        if not name.endswith('.txt'):
            continue
        src = os.path.join(d, 'src', name[:-4] + '.src')
        with open(os.path.join(d, name), encoding='utf-8') as f:
            targets = f.read().splitlines()
        with open(src, encoding='utf-8') as f:
            sources = f.read().splitlines()
        for s, t in zip(sources, targets):
            ls, lt = compared(source_base, s, t)
            if (s, t) in seen or ls == 0 or lt == 0:
                continue
            seen.add((s, t))
            out.append(math.log(lt / ls))
    return out


def main():
    args = sys.argv[1:]
    shared = os.path.join(os.path.dirname(REPO), 'shared')
    if args[:1] == ['--shared']:
        shared, args = args[1], args[2:]
    out = args[0] if args else OUT
    corpus = os.path.join(shared, 'corpus')
    per_pair = {}
    for folder, pair in PAIRS.items():
        if os.path.isdir(os.path.join(corpus, folder)):
            per_pair.setdefault(pair, []).extend(ratios(corpus, folder, pair[0]))
    tmp = out + '.tmp'
    with open(tmp, 'w', encoding='utf-8', newline='\n') as fo:
        fo.write('# log(target letters / source letters) of the corpora\'s segment pairs, written by '
                 'scripts/fit_length_ratios.py\n')
        fo.write('source,target,pairs,low,median,high\n')
        for (s, t), values in sorted(per_pair.items()):
            values.sort()
            fo.write('%s,%s,%d,%.4f,%.4f,%.4f\n' % (s, t, len(values), quantile(values, LOW),
                                                   quantile(values, 0.5), quantile(values, HIGH)))
    os.replace(tmp, out)
    print(open(out).read())


if __name__ == '__main__':
    main()
