#!/usr/bin/env python3
"""Cross-validated accuracy of tqc against LanguageTool alone on every annotated corpus set.

Usage: scripts/evaluate.py [--shared DIR] [--out DIR] [--jobs N] [--no-run] [--write-decisions]
                           [--source]

1. Runs `tqc check` once with --languagetool-only and once in full on every set in
   SHARED/corpus (and on the sets' English sources), keeping every finding with its rule id
   and as-shipped severity (tqc's result cache makes unchanged re-runs fast).
2. Splits each set's articles into 5 folds by source document (the ten MT systems that
   translate one WMT23 document share a fold). For each fold, the decision rule below is
   applied per rule id to the other folds' articles, pooled over the sets with the same target
   language, and its severities are given to the held-out fold's findings.
3. Pools the held-out folds and scores them with SHARED/tools/score.py (all raters, defaults).

Decision rule, per rule id and target language, on training articles only; a rule that ships
at minor or above is demoted to neutral when
  (a) the 90% Wilson interval of its span precision (share of its findings overlapping a
      rater's span) lies below 0.5, or
  (b) it is wrong more often than right (span precision below 0.5) and leaving it out raises
      the training character MCC (pooled over the training articles; repeated, the rule whose
      removal helps most first, until no removal raises it): a rule that is right more often
      than not stays, even where raters mark narrower spans than it does, or
  (c) it is one of tqc's own rules (built-in or pack) and fires at minor or above more than
      once per 10,000 words on the training folds' English sources (professionally written
      news: a rule that fires there flags good writing); English rules only.
Every other rule keeps its shipped severity; a rule without training findings keeps it too.

--source also runs tqc on every set with `--source SET/src` (each target NAME.txt pairs with
src/NAME.src, line by line), decides on those findings by the same rule and folds, and adds a
row for it to each set's table, and a table of the source-aware rules (the rules that fire
only with the source) per set: findings, span precision, character precision.

--write-decisions applies the same rule to all articles and writes the severities of
LanguageTool's and the built-in rules, per language, to
checker/src/main/resources/io/tqc/engine/measured-severities.csv; for pack rules it prints the
changes to make in their CSV files (a pack is its editor's: tqc does not re-grade it).
"""
import argparse
import collections
import csv
import hashlib
import importlib.util
import math
import os
import subprocess
import sys
import tempfile

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DECISIONS = os.path.join(REPO, 'checker/src/main/resources/io/tqc/engine/measured-severities.csv')
DECISION_COLUMNS = ['language', 'rule', 'severity', 'category_severity', 'reason']

FOLDS = 5
Z90 = 1.645
MAX_NOISE = 1.0  # findings per 10,000 words of professionally written English
MODES = ('languagetool-only', 'tqc')
SOURCE_MODE = 'tqc+source'
LT = 'languagetool'
BUILTIN = 'builtin'
# rule sources whose severities measured-severities.csv sets per language
MEASURED_SOURCES = (LT, BUILTIN)
COUNTED = ('minor', 'major', 'critical')

# id, folder under corpus/, tqc language; the target language's two-letter code pools rules
SETS = [
    ('mqm-wmt23/zh-en', 'mqm-wmt23/zh-en', 'en-US'),
    ('zh-en-wmt22qe-test', 'zh-en-wmt22qe-test', 'en-US'),
    ('mqm-wmt23/en-de', 'mqm-wmt23/en-de', 'de-DE'),
    ('en-de-wmt22qe-dev', 'en-de-wmt22qe-dev', 'de-DE'),
    ('en-ru-wmt22qe-dev', 'en-ru-wmt22qe-dev', 'ru-RU'),
]
# sets whose src/ is English news written by professionals
ENGLISH_SOURCES = ['mqm-wmt23/en-de', 'en-de-wmt22qe-dev', 'en-ru-wmt22qe-dev']
SOURCES_ID = 'english-sources'
# Severities set by policy rather than measured, written with the decisions: the zh-en grammar
# pack's patterns are calques like the translationese pack's, and raters do not count calques.
POLICY = [['en', 'TQC_ZH_EN_GRAMMAR', 'neutral', 'minor',
           'policy: calques of Chinese constructions are style advice; MQM raters do not count them']]


def find_shared():
    d = REPO
    while True:
        cand = os.path.join(os.path.dirname(d), 'shared')
        if os.path.isfile(os.path.join(cand, 'tools', 'score.py')):
            return cand
        if os.path.dirname(d) == d:
            raise SystemExit('no shared/tools/score.py beside the repository or a folder above it; '
                             'name it with --shared')
        d = os.path.dirname(d)


def load_score(shared):
    path = os.path.join(shared, 'tools', 'score.py')
    spec = importlib.util.spec_from_file_location('score', path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def lang2(code):
    return code.split('-')[0]


def source_document(set_id, name):
    """Articles that translate the same source document: WMT23 names them SYSTEM__DOC.txt."""
    return name.split('__', 1)[1] if '__' in name else name


def assign_folds(keys):
    """Source documents in a stable pseudo-random order, dealt round-robin into the folds."""
    order = sorted(set(keys), key=lambda k: hashlib.md5(k.encode('utf-8')).hexdigest())
    return {k: i % FOLDS for i, k in enumerate(order)}


# ---------------------------------------------------------------- running tqc

def run_tqc(args, out_dir, lang, mode, inputs, include, source=None):
    cmd = [os.path.join(REPO, 'tqc'), 'check', '-q', '--fail-on', 'none', '--lang', lang,
           '--jobs', str(args.jobs), '--include', include, '--exclude', 'gold/**',
           '--exclude', 'src/**', '--max-check-seconds', '600', '--out', out_dir]
    if mode == 'languagetool-only':
        cmd.append('--languagetool-only')
    if source:
        cmd += ['--source', source]
    cmd += inputs
    print('running: %s' % ' '.join(cmd[:16] + (['...'] if len(cmd) > 16 else [])), file=sys.stderr)
    rc = subprocess.call(cmd, cwd=REPO)
    if rc not in (0, 1):
        raise SystemExit('tqc check failed (exit %d) for %s' % (rc, out_dir))


def english_source_files(corpus):
    """One .src file per English source document; sets that share their sources count once."""
    files, seen_texts = [], set()
    for set_id in ENGLISH_SOURCES:
        src = os.path.join(corpus, set_id, 'src')
        per_doc = {}
        for n in sorted(os.listdir(src)):
            if n.endswith('.src'):
                per_doc.setdefault(source_document(set_id, n[:-4]), os.path.join(src, n))
        lines = []
        for p in per_doc.values():
            with open(p, encoding='utf-8') as f:
                lines += f.read().splitlines()
        fingerprint = hashlib.md5('\n'.join(sorted(lines)).encode('utf-8')).hexdigest()
        if fingerprint in seen_texts:
            print('note: %s/src holds the same English sentences as a set before it; counted once'
                  % set_id, file=sys.stderr)
            continue
        seen_texts.add(fingerprint)
        files += [(set_id, p) for p in per_doc.values()]
    return files


# ---------------------------------------------------------------- reading findings

def read_csv(path):
    with open(path, encoding='utf-8', newline='') as f:
        return list(csv.DictReader(f))


def read_decisions(path):
    rows = read_csv(path) if os.path.exists(path) else []
    return {(r['language'], r['rule']): r for r in rows}


def base_severity(row, lang, decisions):
    """The severity a finding has before any decision: for a LanguageTool rule the file written
    by --write-decisions may have changed it, and names the category table's severity."""
    sev = row['severity']
    if row['rule_source'] in MEASURED_SOURCES:
        for key in ((lang2(lang), row['rule_id']), ('*', row['rule_id'])):
            if key in decisions:
                return decisions[key]['category_severity']
    return sev


class Doc:
    """One article (or English source): its text length, gold characters and findings."""

    def __init__(self, set_id, name, lang, fold, text_len, gold, words=0):
        self.set_id, self.name, self.lang, self.fold = set_id, name, lang, fold
        self.text_len, self.gold, self.words = text_len, gold, words
        self.gold_chars = set()
        for g in gold:
            self.gold_chars.update(range(g['start'], g['end']))
        self.findings = {m: [] for m in MODES + (SOURCE_MODE,)}


def load_set(score, corpus, out, set_id, lang, decisions, modes=MODES):
    gold_dir = os.path.join(corpus, set_id, 'gold')
    warnings = []
    gold, universe, _, _, texts = score.load_gold(gold_dir, os.path.join(corpus, set_id), None, None, warnings)
    folds = assign_folds(source_document(set_id, n[:-4]) for n in universe)
    docs = {}
    for n in sorted(universe):
        docs[n] = Doc(set_id, n, lang, folds[source_document(set_id, n[:-4])], len(texts.get(n, '')),
                      gold.get(n, []))
    for mode in modes:
        for r in read_csv(os.path.join(out, set_id, mode, 'findings.csv')):
            n = os.path.basename(r['file'])
            if n not in docs:
                continue
            docs[n].findings[mode].append(finding(r, lang, decisions))
    return list(docs.values())


def finding(r, lang, decisions):
    return {'start': int(r['start']), 'end': int(r['end']), 'rule': r['rule_id'],
            'source': r['rule_source'], 'category': r['category'],
            'shipped': r['severity'], 'base': base_severity(r, lang, decisions)}


def load_sources(corpus, out, decisions):
    files = english_source_files(corpus)
    keys = {}
    for set_id, p in files:
        keys.setdefault(set_id, []).append(source_document(set_id, os.path.basename(p)[:-4]))
    folds = {}
    for set_id, ks in keys.items():
        for k, f in assign_folds(ks).items():
            folds[(set_id, k)] = f
    by_path = {}
    for set_id, p in files:
        name = os.path.basename(p)
        by_path[p] = Doc(set_id, name, 'en-US', folds[(set_id, source_document(set_id, name[:-4]))], 0, [])
    for mode in MODES:
        d = os.path.join(out, SOURCES_ID, mode)
        for r in read_csv(os.path.join(d, 'summary.csv')):
            if r['file'] in by_path and r['words']:
                by_path[r['file']].words = int(r['words'])
        for r in read_csv(os.path.join(d, 'findings.csv')):
            if r['file'] in by_path:
                by_path[r['file']].findings[mode].append(finding(r, 'en-US', decisions))
    return files, list(by_path.values())


# ---------------------------------------------------------------- statistics

def wilson(k, n, z=Z90):
    if n == 0:
        return None, None
    p = k / n
    den = 1 + z * z / n
    mid = (p + z * z / (2 * n)) / den
    half = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / den
    return max(0.0, mid - half), min(1.0, mid + half)


def mcc(tp, fp, fn, tn):
    d = (tp + fp) * (tp + fn) * (tn + fp) * (tn + fn)
    return 0.0 if d <= 0 else (tp * tn - fp * fn) / math.sqrt(d)


def overlaps_gold(f, gold, score):
    return any(score.overlaps(f['start'], f['end'], g['start'], g['end']) for g in gold)


class Evidence:
    """What the decision rule needs from a set of articles: per rule, span hits and the
    characters it flags, and for all rules together the pattern of flagged characters."""

    def __init__(self):
        self.spans = collections.Counter()      # rule -> findings
        self.hits = collections.Counter()       # rule -> findings overlapping gold
        self.cells = collections.Counter()      # (frozenset(rules), in_gold) -> characters
        self.gold_chars = 0
        self.text_chars = 0

    def add(self, doc, score, mode='tqc'):
        self.gold_chars += len(doc.gold_chars)
        self.text_chars += doc.text_len
        cover = collections.defaultdict(set)
        for f in doc.findings[mode]:
            if f['base'] not in COUNTED:
                continue
            self.spans[f['rule']] += 1
            if overlaps_gold(f, doc.gold, score):
                self.hits[f['rule']] += 1
            for c in range(f['start'], f['end']):
                cover[c].add(f['rule'])
        for c, rules in cover.items():
            self.cells[(frozenset(rules), c in doc.gold_chars)] += 1

    def counts(self, removed):
        """Flagged characters in and out of gold with the removed rules left out, and per rule
        the characters only it flags (in gold, out of gold)."""
        tp = fp = 0
        alone = collections.defaultdict(lambda: [0, 0])
        for (rules, gold), n in self.cells.items():
            active = rules - removed
            if not active:
                continue
            if gold:
                tp += n
            else:
                fp += n
            if len(active) == 1:
                alone[next(iter(active))][0 if gold else 1] += n
        return tp, fp, alone

    def mcc(self, tp, fp):
        fn = self.gold_chars - tp
        return mcc(tp, fp, fn, self.text_chars - tp - fp - fn)


def noise_counts(docs):
    """Findings at minor or above per rule on English sources, and the words."""
    per_rule = collections.Counter()
    words = 0
    for d in docs:
        words += d.words
        for f in d.findings['tqc']:
            if f['base'] in COUNTED:
                per_rule[f['rule']] += 1
    return per_rule, words


def decide(train_docs, noise_docs, score, mode='tqc'):
    """The decision rule (module docstring) on training articles' findings of one mode:
    {rule: (severity, reason)} for the rules it demotes; every other rule keeps its base
    severity. The noise documents (English sources) are always judged by their 'tqc' run."""
    ev = Evidence()
    for d in train_docs:
        ev.add(d, score, mode)
    own = set()
    for d in train_docs:
        own.update(f['rule'] for f in d.findings[mode] if f['source'] != LT)
    for d in noise_docs:
        own.update(f['rule'] for f in d.findings['tqc'] if f['source'] != LT)
    demoted = {}
    for rule, n in ev.spans.items():
        lo, hi = wilson(ev.hits[rule], n)
        if hi < 0.5:
            demoted[rule] = 'span precision %d/%d, 90%% interval %.2f-%.2f lies below 0.5' % (
                ev.hits[rule], n, lo, hi)
    if noise_docs:
        per_rule, words = noise_counts(noise_docs)
        for rule, n in per_rule.items():
            rate = 10000 * n / words if words else 0
            if rule in own and rate > MAX_NOISE and rule not in demoted:
                demoted[rule] = 'fires %.1f times per 10,000 words of professional English news' % rate
    removed = set(demoted)
    while True:
        tp, fp, alone = ev.counts(removed)
        current = ev.mcc(tp, fp)
        worse = {}
        for rule, (g, ng) in alone.items():
            if ev.spans.get(rule) and ev.hits[rule] >= 0.5 * ev.spans[rule]:
                continue
            after = ev.mcc(tp - g, fp - ng)
            if after > current + 1e-12:
                worse[rule] = after
        if not worse:
            break
        rule = max(worse, key=lambda r: (worse[r], r))
        demoted[rule] = 'leaving it out raises the character MCC from %.4f to %.4f' % (current, worse[rule])
        removed.add(rule)
    return {r: ('neutral', why) for r, why in demoted.items()}


def severity_after(f, decisions):
    if f['base'] not in COUNTED:
        return f['base']
    return decisions[f['rule']][0] if f['rule'] in decisions else f['base']


# ---------------------------------------------------------------- scoring

def write_findings(path, rows):
    with open(path, 'w', encoding='utf-8', newline='') as fo:
        w = csv.writer(fo)
        w.writerow(['file', 'start', 'end', 'rule_id', 'category', 'severity'])
        for name, f, sev in rows:
            w.writerow([name, f['start'], f['end'], f['rule'], f['category'], sev])


def score_rows(score, corpus, set_id, rows, include_neutral):
    with tempfile.TemporaryDirectory() as tmp:
        p = os.path.join(tmp, 'findings.csv')
        write_findings(p, rows)
        res = score.score(os.path.join(corpus, set_id, 'gold'), p, quiet=True,
                          include_neutral=include_neutral)
    a, c = res['all_severities']['ALL'], res['char_level']['all_severities']
    return {'findings': res['findings_stats']['used'], 'cP': c['precision'], 'cR': c['recall'],
            'MCC': c['mcc'], 'P': a['precision'], 'R': a['recall'], 'F1': a['f1']}


def fmt(x, nd=3):
    return '-' if x is None else '%.*f' % (nd, x)


# ---------------------------------------------------------------- the run

def main():
    ap = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    ap.add_argument('--shared', help='folder with corpus/ and tools/score.py (default: ../shared '
                    'beside the repository or a folder above it)')
    ap.add_argument('--out', default=os.path.join(REPO, 'reports', 'evaluate'),
                    help='where the findings of each set and mode are kept (default reports/evaluate)')
    ap.add_argument('--jobs', type=int, default=2)
    ap.add_argument('--no-run', action='store_true', help='score the findings already in --out')
    ap.add_argument('--write-decisions', action='store_true',
                    help='decide on all articles and write the LanguageTool severities file')
    ap.add_argument('--markdown', action='store_true',
                    help='also print the accuracy table as Markdown (the README\'s table)')
    ap.add_argument('--source', action='store_true',
                    help='also run and score every set with its sources (--source SET/src)')
    ap.add_argument('--sets', help='only these set ids, comma-separated (default: all)')
    ap.add_argument('--rules', type=int, default=5,
                    help='per-rule table: rules with at least this many findings (default 5)')
    args = ap.parse_args()
    shared = os.path.abspath(args.shared) if args.shared else find_shared()
    corpus = os.path.join(shared, 'corpus')
    score = load_score(shared)
    decisions_file = read_decisions(DECISIONS)
    global SETS
    if args.sets:
        wanted = args.sets.split(',')
        unknown = [w for w in wanted if w not in [s for s, _, _ in SETS]]
        if unknown:
            raise SystemExit('unknown set(s): %s' % ', '.join(unknown))
        SETS = [s for s in SETS if s[0] in wanted]
    modes = MODES + ((SOURCE_MODE,) if args.source else ())

    if not args.no_run:
        for set_id, folder, lang in SETS:
            for mode in modes:
                source = os.path.join(corpus, folder, 'src') if mode == SOURCE_MODE else None
                run_tqc(args, os.path.join(args.out, set_id, mode), lang, mode,
                        [os.path.join(corpus, folder)], '*.txt', source)
        files = [p for _, p in english_source_files(corpus)]
        for mode in MODES:
            run_tqc(args, os.path.join(args.out, SOURCES_ID, mode), 'en-US', mode, files, '*.src')

    docs = {}
    for set_id, folder, lang in SETS:
        docs[set_id] = load_set(score, corpus, args.out, set_id, lang, decisions_file, modes)
    _, sources = load_sources(corpus, args.out, decisions_file)
    langs = sorted(set(lang for _, _, lang in SETS))

    # decisions per fold and language, from the other folds only
    fold_decisions = {}
    for k in range(FOLDS):
        for lang in langs:
            train = [d for s, _, l in SETS if l == lang for d in docs[s] if d.fold != k]
            noise = [d for d in sources if d.fold != k] if lang2(lang) == 'en' else []
            fold_decisions[(k, lang)] = decide(train, noise, score)
            if args.source:
                fold_decisions[(k, lang, SOURCE_MODE)] = decide(train, noise, score, SOURCE_MODE)
    final = {}
    final_source = {}
    for lang in langs:
        train = [d for s, _, l in SETS if l == lang for d in docs[s]]
        final[lang] = decide(train, sources if lang2(lang) == 'en' else [], score)
        if args.source:
            final_source[lang] = decide(train, sources if lang2(lang) == 'en' else [], score,
                                        SOURCE_MODE)

    table = print_accuracy(score, corpus, docs, fold_decisions, final, args.source)
    if args.markdown:
        print_markdown(table)
    if args.source:
        print_source_rules(score, docs)
    print_rules(score, docs, final, args.rules)
    if 'en-US' in final:  # the noise is measured on English sources, with English decisions
        print_noise(sources, fold_decisions, final)
    print_recommendations(docs, sources, final)
    if args.write_decisions:
        write_decisions(docs, final, final_source)


def print_accuracy(score, corpus, docs, fold_decisions, final, with_source=False):
    print('== Accuracy per set (score.py defaults, all raters; cross-validated: 5 folds by source document)')
    head = '%-20s %-26s %8s %6s %6s %6s %6s %6s %6s' % (
        'set', '', 'findings', 'char P', 'char R', 'MCC', 'span P', 'span R', 'F1')
    print(head)
    table = []
    for set_id, _, lang in SETS:
        lt = [(d.name, f, f['shipped']) for d in docs[set_id] for f in d.findings['languagetool-only']]
        # what ships once --write-decisions has run: the decisions made on all articles
        shipped = [(d.name, f, severity_after(f, final[lang])) for d in docs[set_id] for f in d.findings['tqc']]
        cv = [(d.name, f, severity_after(f, fold_decisions[(d.fold, lang)]))
              for d in docs[set_id] for f in d.findings['tqc']]
        rows = [('LanguageTool alone', score_rows(score, corpus, set_id, lt, True)),
                ('tqc as shipped (in-sample)', score_rows(score, corpus, set_id, shipped, False)),
                ('tqc cross-validated', score_rows(score, corpus, set_id, cv, False))]
        if with_source:
            cv_source = [(d.name, f, severity_after(f, fold_decisions[(d.fold, lang, SOURCE_MODE)]))
                         for d in docs[set_id] for f in d.findings[SOURCE_MODE]]
            rows.append(('tqc+source cross-validated',
                         score_rows(score, corpus, set_id, cv_source, False)))
        for label, r in rows:
            print('%-20s %-26s %8d %6s %6s %6s %6s %6s %6s' % (
                set_id, label, r['findings'], fmt(r['cP']), fmt(r['cR']), fmt(r['MCC']),
                fmt(r['P']), fmt(r['R']), fmt(r['F1'])))
        table.append((set_id, rows))
        lt_r, cv_r = rows[0][1], rows[2][1]
        ok_mcc = cv_r['MCC'] - lt_r['MCC'] >= 0.01
        ok_p = cv_r['cP'] is not None and lt_r['cP'] is not None and cv_r['cP'] >= lt_r['cP'] - 0.02
        print('%-20s bar: MCC %+.3f (needs +0.010: %s), char P %+.3f (needs >= -0.020: %s)' % (
            set_id, cv_r['MCC'] - lt_r['MCC'], 'met' if ok_mcc else 'NOT met',
            (cv_r['cP'] or 0) - (lt_r['cP'] or 0), 'met' if ok_p else 'NOT met'))
        if with_source:
            src_r = rows[3][1]
            print('%-20s source: MCC %+.3f against tqc without it (needs >= 0: %s)' % (
                set_id, src_r['MCC'] - cv_r['MCC'], 'met' if src_r['MCC'] >= cv_r['MCC'] else 'NOT met'))
    print()
    return table


def source_aware_rules(docs):
    """The rules that fire only when the sources are given."""
    without, with_source = set(), set()
    for set_docs in docs.values():
        for d in set_docs:
            without.update(f['rule'] for f in d.findings['tqc'])
            with_source.update(f['rule'] for f in d.findings[SOURCE_MODE])
    return sorted(with_source - without)


def rule_precision(docs, rule, score):
    """Findings of a rule in the source run at any severity, how many overlap a rater's span,
    and the characters it flags in and out of the raters' spans."""
    n = hits = chars = in_gold = 0
    for d in docs:
        cover = set()
        for f in d.findings[SOURCE_MODE]:
            if f['rule'] != rule:
                continue
            n += 1
            hits += overlaps_gold(f, d.gold, score)
            cover.update(range(f['start'], f['end']))
        chars += len(cover)
        in_gold += len(cover & d.gold_chars)
    return n, hits, chars, in_gold


def print_source_rules(score, docs):
    print('== Source-aware rules per set (findings of the source run at any severity; span P = '
          'share overlapping a rater\'s span; char P = share of its characters inside one; a '
          'zero-length finding has no characters)')
    print('%-32s %-20s %8s %7s %7s' % ('rule', 'set', 'findings', 'span P', 'char P'))
    for rule in source_aware_rules(docs):
        for set_id, _, _ in SETS:
            n, hits, chars, in_gold = rule_precision(docs[set_id], rule, score)
            if n:
                print('%-32s %-20s %8d %7s %7s' % (rule[:32], set_id, n, fmt(hits / n, 2),
                                                  fmt(in_gold / chars if chars else None, 2)))
    print()


def print_markdown(table):
    print('| set | | findings | **char MCC** | **char P** | char R | span P | span R | span F1 |')
    print('| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |')
    for set_id, rows in table:
        for label, r in rows:
            print('| %s | %s | %d | %s | %s | %s | %s | %s | %s |' % (
                set_id, label, r['findings'], fmt(r['MCC']), fmt(r['cP']), fmt(r['cR']),
                fmt(r['P']), fmt(r['R']), fmt(r['F1'])))
    print()


def print_rules(score, docs, final, min_findings):
    print('== Rules over all sets (findings of the full run at any severity; span P = share '
          'overlapping a rater\'s span, with its 90% Wilson interval)')
    stats = collections.defaultdict(lambda: {'n': 0, 'k': 0, 'chars': 0, 'gold': 0, 'langs': set(),
                                             'source': '', 'base': {}})
    for set_id, _, lang in SETS:
        for d in docs[set_id]:
            own = collections.defaultdict(set)
            for f in d.findings['tqc']:
                s = stats[f['rule']]
                s['n'] += 1
                s['k'] += overlaps_gold(f, d.gold, score)
                s['langs'].add(lang2(lang))
                s['source'] = f['source']
                s['base'][lang] = f['base']
                own[f['rule']].update(range(f['start'], f['end']))
            for rule, cs in own.items():
                stats[rule]['chars'] += len(cs)
                stats[rule]['gold'] += len(cs & d.gold_chars)
    print('%-38s %-5s %-9s %7s %6s %-11s %6s  %s' % ('rule', 'lang', 'source', 'finds', 'span P',
                                                   '90% CI', 'char P', 'severity decided on all articles'))
    for rule, s in sorted(stats.items(), key=lambda kv: (-kv[1]['n'], kv[0])):
        if s['n'] < min_findings and s['source'] == LT:
            continue
        lo, hi = wilson(s['k'], s['n'])
        verdict = []
        for lang, base in sorted(s['base'].items()):
            after = final[lang][rule][0] if rule in final[lang] else base
            verdict.append('%s: %s' % (lang2(lang), after if after == base else '%s -> %s' % (base, after)))
        print('%-38s %-5s %-9s %7d %6s %-11s %6s  %s' % (
            rule[:38], ','.join(sorted(s['langs'])), source_label(s['source']), s['n'],
            fmt(s['k'] / s['n'], 2), '%.2f-%.2f' % (lo, hi),
            fmt(s['gold'] / s['chars'] if s['chars'] else None, 2), '; '.join(verdict)))
    print()


def source_label(source):
    return 'LT' if source == LT else ('builtin' if source == 'builtin' else os.path.basename(source))


def print_noise(sources, fold_decisions, final):
    words = sum(d.words for d in sources)
    print('== Noise on professionally written English news (the sets\' English sources: %d documents, '
          '%d words): findings at minor or above per 10,000 words' % (len(sources), words))

    def rate(n):
        return 10000 * n / words if words else 0.0
    lt = sum(len(d.findings['languagetool-only']) for d in sources)
    shipped = sum(1 for d in sources for f in d.findings['tqc']
                  if severity_after(f, final['en-US']) in COUNTED)
    cv = [(f, severity_after(f, fold_decisions[(d.fold, 'en-US')])) for d in sources for f in d.findings['tqc']]
    cv_all = sum(1 for f, s in cv if s in COUNTED)
    cv_own = sum(1 for f, s in cv if s in COUNTED and f['source'] != LT)
    shipped_own = sum(1 for d in sources for f in d.findings['tqc']
                      if severity_after(f, final['en-US']) in COUNTED and f['source'] != LT)
    print('%-44s %8s %10s' % ('', 'findings', 'per 10k'))
    print('%-44s %8d %10.1f' % ('LanguageTool alone (every match)', lt, rate(lt)))
    print('%-44s %8d %10.1f' % ('tqc as shipped (in-sample)', shipped, rate(shipped)))
    print('%-44s %8d %10.1f' % ('tqc cross-validated', cv_all, rate(cv_all)))
    print('%-44s %8d %10.1f' % ('  of which tqc\'s own rules, as shipped', shipped_own, rate(shipped_own)))
    print('%-44s %8d %10.1f  (bar: at most 2.0: %s)' % (
        '  of which tqc\'s own rules, cross-validated', cv_own, rate(cv_own),
        'met' if rate(cv_own) <= 2.0 else 'NOT met'))
    top = collections.Counter()
    for d in sources:
        for f in d.findings['tqc']:
            top[(f['rule'], f['source'], f['base'])] += 1
    print('rules firing most there (full run, before decisions; decision on all articles):')
    for (rule, source, base), n in top.most_common(15):
        after = final['en-US'][rule][0] if rule in final['en-US'] else base
        print('  %-38s %-9s %5d %6.1f per 10k  %s -> %s' % (rule[:38], source_label(source), n, rate(n), base, after))
    print()


def print_recommendations(docs, sources, final):
    print('== Pack rules: severities to ship (decision rule on all articles)')
    seen = {}
    for set_id, _, lang in SETS:
        for d in docs[set_id]:
            for f in d.findings['tqc']:
                if f['source'] not in MEASURED_SOURCES:
                    seen.setdefault((lang, f['rule']), (f['source'], f['base']))
    for d in sources:
        for f in d.findings['tqc']:
            if f['source'] not in MEASURED_SOURCES:
                seen.setdefault(('en-US', f['rule']), (f['source'], f['base']))
    changes = 0
    for (lang, rule), (source, base) in sorted(seen.items()):
        if lang in final and rule in final[lang] and base in COUNTED:
            changes += 1
            print('  %-6s %-34s %-32s %s -> neutral: %s' % (lang2(lang), rule, source, base, final[lang][rule][1]))
    if not changes:
        print('  none: every pack rule keeps its shipped severity')
    print()


def write_decisions(docs, final, final_source=None):
    """LanguageTool's and the built-in rules, per language, as decided on all articles
    (neutral rows only; every other rule keeps its category's or its class's severity). The
    source-aware rules are decided on the source run (with --source; without it they have no
    findings and keep their severity)."""
    lt_rules = {}
    for set_id, _, lang in SETS:
        for d in docs[set_id]:
            for f in d.findings['tqc'] + d.findings['languagetool-only'] + d.findings[SOURCE_MODE]:
                if f['source'] in MEASURED_SOURCES:
                    lt_rules[(lang2(lang), f['rule'])] = f['base']
    aware = set(source_aware_rules(docs)) if final_source else set()
    rows = [list(r) for r in POLICY]
    for lang in sorted(final):
        dec = {r: v for r, v in final[lang].items() if r not in aware}
        if final_source:
            dec.update({r: v for r, v in final_source[lang].items() if r in aware})
        for rule, (sev, why) in sorted(dec.items()):
            key = (lang2(lang), rule)
            if key in lt_rules and lt_rules[key] in COUNTED:
                rows.append([lang2(lang), rule, sev, lt_rules[key], why])
    tmp = DECISIONS + '.tmp'
    with open(tmp, 'w', encoding='utf-8', newline='') as fo:
        w = csv.writer(fo, lineterminator='\n')
        w.writerow(DECISION_COLUMNS)
        w.writerows(rows)
    os.replace(tmp, DECISIONS)
    print('wrote %d decisions (%d by policy) to %s' % (len(rows), len(POLICY), os.path.relpath(DECISIONS, REPO)))


if __name__ == '__main__':
    main()
