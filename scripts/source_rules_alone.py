#!/usr/bin/env python3
"""Scores tqc's source-aware findings alone, per corpus set, for the comparison with the peers
of bench/peers.sh: the rows of `scripts/evaluate.py --source`'s source run
(reports/evaluate/SET/tqc+source/findings.csv) whose rule is source-aware, or into which a
source-aware finding was merged ("also flagged by"), at the severities shipped, scored with
shared/tools/score.py (defaults: neutral findings left out).

Usage: scripts/source_rules_alone.py [--shared DIR] [--out reports/evaluate]
"""
import argparse
import csv
import json
import os
import re
import subprocess
import sys
import tempfile

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SETS = ['mqm-wmt23/zh-en', 'zh-en-wmt22qe-test', 'mqm-wmt23/en-de', 'en-de-wmt22qe-dev',
        'en-ru-wmt22qe-dev']
# the rules that fire only with a source (UNTRANSLATED_SEGMENT needs one too)
SOURCE_RULES = {
    'NUMBER_MISMATCH', 'NUMBER_MISSING', 'NUMBER_ADDED', 'MISSING_SOURCE_TOKEN', 'TAG_MISMATCH',
    'QUESTION_MISMATCH', 'PRONOUN_GENDER', 'FALSE_FRIEND', 'SOURCE_NAME_GARBLED',
    'SOURCE_NAME_MISSING', 'SOURCE_LENGTH_OMISSION', 'SOURCE_LENGTH_ADDITION',
    'UNTRANSLATED_SEGMENT', 'INVENTED_WORD'}
RULE_ID = 6  # findings.csv columns
MESSAGE = 10
# one error, one finding: a source-aware finding merged into another rule's is named at the end
# of the kept finding's message
AGREED = re.compile(r'\(also flagged by ([A-Z0-9_, ]+)\)$')


def source_aware(row):
    """The finding's own rule is source-aware, or a source-aware rule agreed with it."""
    if row[RULE_ID] in SOURCE_RULES:
        return True
    agreed = AGREED.search(row[MESSAGE])
    return bool(agreed) and any(r.strip() in SOURCE_RULES for r in agreed.group(1).split(','))


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument('--shared', default=os.path.join(os.path.dirname(REPO), 'shared'))
    ap.add_argument('--out', default=os.path.join(REPO, 'reports', 'evaluate'))
    args = ap.parse_args()
    score = os.path.join(args.shared, 'tools', 'score.py')
    print('| set | findings counted / all | char P | char MCC |')
    print('| --- | ---: | ---: | ---: |')
    with tempfile.TemporaryDirectory() as tmp:
        for set_id in SETS:
            path = os.path.join(args.out, set_id, 'tqc+source', 'findings.csv')
            if not os.path.exists(path):
                sys.exit('no %s: run scripts/evaluate.py --source first' % path)
            with open(path, encoding='utf-8') as f:
                rows = list(csv.reader(f))
            kept = [r for r in rows[1:] if source_aware(r)]
            selected = os.path.join(tmp, 'findings.csv')
            with open(selected, 'w', encoding='utf-8', newline='') as f:
                csv.writer(f).writerows([rows[0]] + kept)
            result = os.path.join(tmp, 'score.json')
            subprocess.run([sys.executable, score, os.path.join(args.shared, 'corpus', set_id,
                                                                'gold'), selected,
                            '--json', result], check=True, capture_output=True)
            with open(result, encoding='utf-8') as f:
                scored = json.load(f)
            chars = scored['char_level']['all_severities']
            fmt = lambda v: '-' if v is None else '%.3f' % v
            print('| %s | %d / %d | %s | %s |' % (set_id, scored['findings_stats']['used'],
                                                  len(kept), fmt(chars['precision']),
                                                  fmt(chars['mcc'])))


if __name__ == '__main__':
    main()
