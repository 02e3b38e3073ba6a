#!/usr/bin/env python3
"""Tests of scripts/evaluate.py's folds, statistics and decision rule: python3 scripts/test_evaluate.py"""
import os
import sys
import unittest

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import evaluate  # noqa: E402

SCORE = evaluate.load_score(evaluate.find_shared())


def doc(name, gold, findings, text_len=1000, words=0, fold=0):
    d = evaluate.Doc('set', name, 'en-US', fold, text_len,
                     [{'start': s, 'end': e} for s, e in gold], words)
    d.findings['tqc'] = [{'start': s, 'end': e, 'rule': r, 'source': src, 'category': '',
                          'shipped': sev, 'base': sev} for s, e, r, src, sev in findings]
    return d


class FoldsTest(unittest.TestCase):
    def test_the_systems_of_one_source_document_share_a_fold(self):
        self.assertEqual('cnn.151755', evaluate.source_document('mqm', 'GPT4-5shot__cnn.151755'))
        self.assertEqual('ende_a01_86787c6f', evaluate.source_document('qe', 'ende_a01_86787c6f'))
        folds = evaluate.assign_folds(['d%02d' % i for i in range(12)] * 3)
        self.assertEqual(12, len(folds))
        sizes = sorted([list(folds.values()).count(k) for k in range(5)])
        self.assertEqual([2, 2, 2, 3, 3], sizes)


class StatisticsTest(unittest.TestCase):
    def test_wilson_interval_at_90_percent(self):
        lo, hi = evaluate.wilson(0, 3)
        self.assertEqual(0.0, lo)
        self.assertAlmostEqual(0.4742, hi, places=4)
        lo, hi = evaluate.wilson(5, 10)
        self.assertAlmostEqual(0.2693, lo, places=4)
        self.assertAlmostEqual(0.7307, hi, places=4)
        self.assertEqual((None, None), evaluate.wilson(0, 0))


class DecideTest(unittest.TestCase):
    def test_demotes_imprecise_mcc_lowering_and_noisy_rules(self):
        train = [doc('a', [(0, 10), (100, 110)], [
            (0, 10, 'GOOD', 'languagetool', 'minor'),
            (100, 110, 'GOOD', 'languagetool', 'minor'),
            (200, 205, 'WRONG', 'builtin', 'minor'),
            (300, 305, 'WRONG', 'builtin', 'minor'),
            (400, 405, 'WRONG', 'builtin', 'minor'),
            (0, 3, 'HALF', 'languagetool', 'minor'),
            (500, 560, 'HALF', 'languagetool', 'minor'),
            (700, 760, 'HALF', 'languagetool', 'minor'),
            (0, 90, 'WIDE', 'languagetool', 'major'),
            (100, 190, 'WIDE', 'languagetool', 'major'),
            (100, 104, 'NOISY', 'rules/en/pack.csv', 'major'),
            (600, 605, 'ADVICE', 'builtin', 'neutral')])]
        sources = [doc('s', [], [(0, 4, 'NOISY', 'rules/en/pack.csv', 'major'),
                                 (9, 12, 'NOISY', 'rules/en/pack.csv', 'major'),
                                 (20, 24, 'GOOD', 'languagetool', 'minor')], words=10000)]
        decided = evaluate.decide(train, sources, SCORE)
        self.assertEqual({'WRONG', 'HALF', 'NOISY'}, set(decided))
        self.assertEqual('span precision 0/3, 90% interval 0.00-0.47 lies below 0.5',
                         decided['WRONG'][1])
        self.assertEqual('fires 2.0 times per 10,000 words of professional English news',
                         decided['NOISY'][1])
        self.assertTrue(decided['HALF'][1].startswith('leaving it out raises the character MCC'))
        # WIDE only adds characters the raters did not mark, but both its findings are right
        self.assertNotIn('WIDE', decided)
        # a LanguageTool rule is not judged by the sources, and neutral findings are never counted
        self.assertEqual({}, evaluate.decide([], [doc('t', [], [
            (0, 4, 'GOOD', 'languagetool', 'minor')], words=10)], SCORE))
        f = train[0].findings['tqc']
        self.assertEqual(['minor', 'neutral', 'neutral', 'neutral'],
                         [evaluate.severity_after(x, decided) for x in (f[0], f[2], f[5], f[11])])


class SourceModeTest(unittest.TestCase):
    def test_source_aware_rules_are_those_only_the_source_run_has(self):
        a = doc('a', [(10, 20)], [(10, 20, 'WORD', 'builtin', 'minor')])
        a.findings[evaluate.SOURCE_MODE] = [
            {'start': s, 'end': e, 'rule': r, 'source': 'builtin', 'category': '',
             'shipped': 'major', 'base': 'major'}
            for s, e, r in [(10, 20, 'WORD'), (12, 16, 'NAME'), (30, 38, 'NAME'), (50, 50, 'NAME'),
                            (15, 15, 'GAP')]]
        self.assertEqual(['GAP', 'NAME'], evaluate.source_aware_rules({'set': [a]}))
        # NAME: 3 findings, one inside a span; 12 characters, 4 of them in the rater's span
        self.assertEqual((3, 1, 12, 4), evaluate.rule_precision([a], 'NAME', SCORE))
        # a zero-length finding inside a rater's span overlaps it but flags no character
        self.assertEqual((1, 1, 0, 0), evaluate.rule_precision([a], 'GAP', SCORE))

    def test_decide_judges_the_mode_it_is_given(self):
        a = doc('a', [(0, 10)], [(0, 10, 'GOOD', 'builtin', 'minor')])
        a.findings[evaluate.SOURCE_MODE] = [
            {'start': s, 'end': e, 'rule': 'NAME', 'source': 'builtin', 'category': '',
             'shipped': 'major', 'base': 'major'} for s, e in [(100, 105), (200, 205), (300, 305)]]
        self.assertEqual({}, evaluate.decide([a], [], SCORE))
        self.assertEqual({'NAME'}, set(evaluate.decide([a], [], SCORE, evaluate.SOURCE_MODE)))


if __name__ == '__main__':
    unittest.main()
