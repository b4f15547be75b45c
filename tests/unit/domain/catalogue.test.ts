import fc from 'fast-check';
import { translateMessage } from '../../../lib/domain/i18n/translate';
import { describe, expect, test } from 'vitest';
import {
  catalogueKind,
  countsDiffer,
  DEFAULT_CATALOGUE,
  keyProblem,
  panelKeyMap,
  summaryOptions,
  visibleKinds,
} from '../../../lib/domain/catalogue';
import { resolveCatalogue } from '../../../lib/domain/catalogue-schema';
import { addKind, deleteKind, moveKind, updateKind } from '../../../lib/domain/catalogue-edits';
import { otherSideLabel, resolvePreferences } from '../../../lib/domain/preferences';
import { summarize } from '../../../lib/domain/reciprocity';

function added(label: string, classification: 'give' | 'take' | 'neutral', key = '') {
  const result = addKind(DEFAULT_CATALOGUE, { label, classification, defaultWeight: 2, key });
  if (!result.ok) throw new Error(result.problem);
  return result.catalogue;
}

describe('the user’s catalogue', () => {
  test('nothing or garbage stored means the defaults', () => {
    expect(resolveCatalogue(undefined)).toEqual(DEFAULT_CATALOGUE);
    expect(resolveCatalogue({ kinds: 'nope' })).toEqual(DEFAULT_CATALOGUE);
    expect(resolveCatalogue(DEFAULT_CATALOGUE)).toEqual(DEFAULT_CATALOGUE);
  });

  test('a custom give kind is counted as a give by the summary, with its weight', () => {
    const catalogue = added('Shared a lead', 'give', 'l');
    const kind = catalogue.kinds.at(-1);
    expect(kind).toMatchObject({
      id: 'custom-shared-a-lead',
      key: 'l',
      classification: 'give',
      points: 1,
    });
    const moments = [
      { id: '1', side: 'them' as const, kind: kind?.id ?? '', offsetMs: 0, weight: 2 as const },
      { id: '2', side: 'them' as const, kind: 'request', offsetMs: 1 },
    ];
    expect(summarize(moments).give.them).toBe(0);
    expect(summarize(moments, summaryOptions(catalogue)).give.them).toBe(2);
    expect(panelKeyMap(catalogue).get('l')).toBe(kind?.id);
  });

  test('key conflicts are refused with a message naming the owner', () => {
    const english = (key: string) => {
      const problem = keyProblem(DEFAULT_CATALOGUE, 'value', key);
      return problem && translateMessage('en', problem);
    };
    expect(english('a')).toBe('“A” already tags “Asked for something”.');
    expect(english('x')).toMatch(/switches the last moment’s side/);
    expect(english('v')).toBeUndefined();
    expect(english('')).toBeUndefined();
    expect(english('!')).toMatch(/one letter or digit/);
    const clash = updateKind(DEFAULT_CATALOGUE, 'note', { key: 'p' });
    expect(clash).toMatchObject({
      ok: false,
      problem: '“P” already tags “Sought proprietary info”.',
    });
  });

  test('renaming and hiding keep the kind; hidden kinds leave the pad but still resolve', () => {
    const renamed = updateKind(DEFAULT_CATALOGUE, 'value', { label: 'Gave value', hidden: true });
    if (!renamed.ok) throw new Error(renamed.problem);
    expect(catalogueKind(renamed.catalogue, 'value').label).toBe('Gave value');
    expect(visibleKinds(renamed.catalogue).map((k) => k.id)).not.toContain('value');
    expect(panelKeyMap(renamed.catalogue).has('v')).toBe(false);
    expect(countsDiffer(DEFAULT_CATALOGUE, renamed.catalogue)).toBe(false);
  });

  test('built-in kinds keep their classification; custom ones can change theirs', () => {
    expect(updateKind(DEFAULT_CATALOGUE, 'value', { classification: 'take' }).ok).toBe(false);
    const catalogue = added('Shared a lead', 'give');
    const id = catalogue.kinds.at(-1)?.id ?? '';
    const changed = updateKind(catalogue, id, { classification: 'take' });
    if (!changed.ok) throw new Error(changed.problem);
    expect(countsDiffer(catalogue, changed.catalogue)).toBe(true);
  });

  test('a custom kind in use cannot be deleted (offer to hide); built-ins never', () => {
    const catalogue = added('Shared a lead', 'give');
    const id = catalogue.kinds.at(-1)?.id ?? '';
    expect(deleteKind(catalogue, id, 3)).toMatchObject({
      ok: false,
      problem:
        '3 moments use “Shared a lead”, so it cannot be deleted. Hide it instead: past calls keep it.',
    });
    expect(deleteKind(catalogue, id, 0)).toEqual({ ok: true, catalogue: DEFAULT_CATALOGUE });
    expect(deleteKind(catalogue, 'value', 0).ok).toBe(false);
  });

  test('a stored catalogue from an older version gains the kinds it lacks; stored duplicate keys lose out', () => {
    const stored = {
      kinds: [{ ...DEFAULT_CATALOGUE.kinds[2], key: 'a' }, DEFAULT_CATALOGUE.kinds[0]],
    };
    const resolved = resolveCatalogue(stored);
    expect(resolved.kinds).toHaveLength(DEFAULT_CATALOGUE.kinds.length);
    expect(resolved.kinds[0]?.key).toBe('a');
    expect(resolved.kinds[1]).toMatchObject({ id: 'request', key: '' });
  });

  test('property: any sequence of moves keeps every kind exactly once', () => {
    const ids = DEFAULT_CATALOGUE.kinds.map((k) => k.id);
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.constantFrom(...ids), fc.constantFrom(-1 as const, 1 as const))),
        (moves) => {
          const moved = moves.reduce((c, [id, d]) => moveKind(c, id, d), DEFAULT_CATALOGUE);
          expect([...moved.kinds.map((k) => k.id)].sort()).toEqual([...ids].sort());
        },
      ),
    );
  });

  test('property: whatever is stored, the resolved catalogue has unique ids and keys', () => {
    fc.assert(
      fc.property(fc.anything(), (stored) => {
        const { kinds } = resolveCatalogue(stored);
        const keys = kinds.map((k) => k.key).filter(Boolean);
        expect(new Set(kinds.map((k) => k.id)).size).toBe(kinds.length);
        expect(new Set(keys).size).toBe(keys.length);
      }),
    );
  });
});

describe('preferences', () => {
  test('malformed rows fall back to defaults', () => {
    const prefs = resolvePreferences(
      new Map<string, unknown>([
        ['leadTimeMs', -4],
        ['theme', 'neon'],
        ['otherSideName', '  Acme team  '],
        ['language', 'fr'],
        ['captionQuotes', 'yes'],
        ['captionsKept', 'everything'],
      ]),
    );
    expect(prefs).toEqual({
      leadTimeMs: 5000,
      otherSideName: 'Acme team',
      usePartnerName: false,
      theme: 'system',
      language: 'auto',
      captionQuotes: false,
      captionsKept: 'quotes',
    });
    expect(resolvePreferences(new Map([['captionQuotes', true]])).captionQuotes).toBe(true);
  });

  test('the other side is called by its name, the partner’s name or “Them”', () => {
    const prefs = resolvePreferences(new Map());
    expect(otherSideLabel(prefs, 'Acme')).toBe('Them');
    expect(otherSideLabel({ ...prefs, otherSideName: 'Client' })).toBe('Client');
    expect(otherSideLabel({ ...prefs, usePartnerName: true }, 'Acme')).toBe('Acme');
    expect(otherSideLabel({ ...prefs, usePartnerName: true })).toBe('Them');
  });
});
