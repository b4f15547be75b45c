import fc from 'fast-check';
import { beforeAll, describe, expect, test } from 'vitest';
import {
  loadCatalogue,
  LOCALES,
  resolveLocale,
  translate,
  translateMessage,
} from '../../../../lib/domain/i18n/translate';

beforeAll(() => loadCatalogue('de'));

describe('translate', () => {
  test.each([
    ['en', 1, 'Too early to tell: only 1 call with enough moments.'],
    ['en', 2, 'Too early to tell: only 2 calls with enough moments.'],
    ['en', 0, 'Too early to tell: only 0 calls with enough moments.'],
    ['de', 1, 'Noch zu früh für eine Aussage: erst 1 Gespräch mit genug Momenten.'],
    ['de', 2, 'Noch zu früh für eine Aussage: erst 2 Gespräche mit genug Momenten.'],
    ['de', 0, 'Noch zu früh für eine Aussage: erst 0 Gespräche mit genug Momenten.'],
  ] as const)('%s picks the plural form for %d', (locale, count, text) => {
    expect(translate(locale, 'relationship.tooEarly.some', { count })).toBe(text);
  });

  test('English says once and twice; German counts', () => {
    const say = (locale: 'en' | 'de', count: number) =>
      translate(locale, 'flag.dismissive.them', { count });
    expect([1, 2, 3].map((n) => say('en', n))).toEqual([
      'They dismissed your expertise (once).',
      'They dismissed your expertise (twice).',
      'They dismissed your expertise (3 times).',
    ]);
    expect([1, 2].map((n) => say('de', n))).toEqual([
      'Die Gegenseite hat Ihre Expertise abgetan (einmal).',
      'Die Gegenseite hat Ihre Expertise abgetan (2-mal).',
    ]);
  });

  test('numbers are written as the language writes them', () => {
    const params = { theyGave: 2.5, theyTook: 0.25, youGave: 1, youTook: 2026 };
    expect(translate('en', 'relationship.points', params)).toBe(
      'they gave 2.5 and took 0.25; you gave 1 and took 2026',
    );
    expect(translate('de', 'relationship.points', params)).toBe(
      'die Gegenseite gab 2,5 und nahm 0,25; Sie gaben 1 und nahmen 2026',
    );
  });

  test('a message parameter is translated in place, a list of them joined as the language lists', () => {
    const parts = [
      { id: 'relationship.mixed.theyGotMore', params: { count: 2 } },
      { id: 'relationship.mixed.youGotMore', params: { count: 1 } },
      { id: 'relationship.mixed.balanced', params: { count: 1 } },
    ] as const;
    const message = {
      id: 'relationship.mixed',
      params: { count: 4, parts, reason: { id: 'relationship.mixed.pointsYourFavour' } },
    } as const;
    expect(translateMessage('en', message)).toBe(
      'Mixed: of the last 4 calls, they got more in 2, you got more in 1 and 1 was balanced, but by points the exchange was even or in your favour.',
    );
    expect(translateMessage('de', message)).toBe(
      'Gemischt: Von den letzten 4 Gesprächen hatte die Gegenseite in 2 mehr davon, hatten Sie in 1 mehr davon und war 1 ausgeglichen, aber nach Punkten war der Austausch ausgeglichen oder zu Ihren Gunsten.',
    );
  });

  test('a parameter not given stays visible rather than vanishing', () => {
    expect(translate('en', 'relationship.points', {})).toContain('{theyGave}');
  });

  test('text parameters are inserted as they are, even with braces or dollar signs', () => {
    fc.assert(
      fc.property(fc.string(), (name) => {
        expect(translate('en', 'flag.noAppreciation.them', { count: 3, what: name })).toBe(
          `You offered ${name} 3 times and they never showed appreciation.`,
        );
      }),
    );
  });
});

describe('resolveLocale', () => {
  test.each([
    ['auto', ['de-AT', 'en'], 'de'],
    ['auto', ['fr-FR', 'de'], 'de'],
    ['auto', ['fr-FR', 'es'], 'en'],
    ['auto', [], 'en'],
    ['auto', ['DE'], 'de'],
    ['en', ['de-DE'], 'en'],
    ['de', ['en-US'], 'de'],
  ] as const)('%s with %j speaks %s', (setting, languages, locale) => {
    expect(resolveLocale(setting, languages)).toBe(locale);
  });

  test('always one of the shipped languages', () => {
    fc.assert(
      fc.property(fc.array(fc.string()), (languages) => {
        expect(LOCALES).toContain(resolveLocale('auto', languages));
      }),
    );
  });
});
