import { describe, expect, test } from 'vitest';
import { VERDICTS } from '../../../lib/domain/model';
import { summarize } from '../../../lib/domain/reciprocity';
import { VERDICT_LABELS } from '../../../lib/domain/verdict-labels';

describe('verdict labels', () => {
  test('speak to the user in one voice: “You got more”, never “I”', () => {
    expect(VERDICT_LABELS['i-took-more']).toBe('You got more');
    expect(VERDICT_LABELS['one-sided-i-took']).toBe('One-sided: you only took');
    expect(VERDICT_LABELS['they-took-more']).toBe('They got more');
    for (const verdict of VERDICTS) expect(VERDICT_LABELS[verdict]).not.toMatch(/\bI\b/);
  });

  test('every verdict has its own label', () => {
    const labels = VERDICTS.map((v) => VERDICT_LABELS[v]);
    expect(new Set(labels).size).toBe(VERDICTS.length);
  });

  test('the label agrees with the explanation beside it, which also says “you”', () => {
    const s = summarize([
      { id: 'a', side: 'them', kind: 'value', offsetMs: 0, weight: 3 },
      { id: 'b', side: 'me', kind: 'value', offsetMs: 1 },
      { id: 'c', side: 'me', kind: 'request', offsetMs: 2 },
    ]);
    expect(s.verdict).toBe('i-took-more');
    expect(s.explanation).toContain('you got more');
    expect(`${VERDICT_LABELS[s.verdict]}.`.toLowerCase()).toBe('you got more.');
  });
});
