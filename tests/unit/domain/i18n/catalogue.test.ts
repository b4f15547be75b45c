import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { manifestCommands } from '../../../../lib/domain/commands';
import { de } from '../../../../lib/domain/i18n/messages-de';
import { en } from '../../../../lib/domain/i18n/messages-en';
import { LOCALES, type Catalogue } from '../../../../lib/domain/i18n/translate';

const ROOT = resolve(import.meta.dirname, '../../../..');
const SHIPPED: Record<string, Catalogue> = { de };

/** Every text of a message: the string, or each plural form. */
function texts(value: string | Readonly<Record<string, string>>): string[] {
  return typeof value === 'string' ? [value] : Object.values(value);
}

function paramsOf(value: string | Readonly<Record<string, string>>): string[] {
  return [...new Set(texts(value).flatMap((t) => [...t.matchAll(/\{(\w+)\}/g)].map((m) => m[1])))]
    .filter((p) => p !== undefined)
    .sort();
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(name) ? [path] : [];
  });
}

describe('message catalogues', () => {
  test('every shipped language is a catalogue here', () => {
    expect(Object.keys(SHIPPED).sort()).toEqual(LOCALES.filter((l) => l !== 'en'));
  });

  test.each(Object.entries(SHIPPED))(
    '%s has every English id, no other, with the same shape and parameters',
    (_locale, catalogue) => {
      expect(Object.keys(catalogue).sort()).toEqual(Object.keys(en).sort());
      for (const [id, english] of Object.entries(en)) {
        const translated = (
          catalogue as unknown as Record<string, string | Record<string, string>>
        )[id];
        expect(translated, id).toBeDefined();
        if (translated === undefined) continue;
        expect(typeof translated, id).toBe(typeof english);
        expect(paramsOf(translated), id).toEqual(paramsOf(english));
        for (const text of texts(translated)) expect(text.trim(), id).not.toBe('');
      }
    },
  );

  test('every message id is used in the code, written out in full', () => {
    const code = ['components', 'lib', 'entrypoints']
      .flatMap((dir) => sourceFiles(join(ROOT, dir)))
      .filter((path) => !/[/\\]i18n[/\\]messages-\w+\.ts$/.test(path))
      .map((path) => readFileSync(path, 'utf8'))
      .join('\n');
    const unused = Object.keys(en).filter(
      (id) => !code.includes(`'${id}'`) && !code.includes(`"${id}"`),
    );
    expect(unused).toEqual([]);
  });
});

describe('the manifest’s messages (public/_locales)', () => {
  const locales = readdirSync(join(ROOT, 'public/_locales')).sort();
  const messages = (locale: string): Record<string, { message: string }> =>
    JSON.parse(
      readFileSync(join(ROOT, 'public/_locales', locale, 'messages.json'), 'utf8'),
    ) as Record<string, { message: string }>;

  test('are there for every shipped language, with the same names', () => {
    expect(locales).toEqual([...LOCALES].sort());
    const names = Object.keys(messages('en')).sort();
    for (const locale of locales) expect(Object.keys(messages(locale)).sort()).toEqual(names);
    for (const locale of locales) {
      for (const [name, { message }] of Object.entries(messages(locale))) {
        expect(message.trim(), `${locale} ${name}`).not.toBe('');
      }
    }
  });

  test('every __MSG_…__ the manifest uses has a message, and every message is used', () => {
    const config = readFileSync(join(ROOT, 'wxt.config.ts'), 'utf8');
    const used = [...(config + JSON.stringify(manifestCommands())).matchAll(/__MSG_(\w+)__/g)]
      .map((m) => m[1])
      .sort();
    expect(used.length).toBeGreaterThan(20);
    expect(config).toContain("default_locale: 'en'");
    expect(Object.keys(messages('en')).sort()).toEqual([...new Set(used)].sort());
  });
});
