import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { manifestCommands } from '../../../../lib/domain/commands';
import { de } from '../../../../lib/domain/i18n/messages-de';
import { en as panel } from '../../../../lib/domain/i18n/messages-en';
import { enBackup } from '../../../../lib/domain/i18n/messages-en-backup';
import { enHistory } from '../../../../lib/domain/i18n/messages-en-history';
import { enKeys } from '../../../../lib/domain/i18n/messages-en-keys';
import { enPartners } from '../../../../lib/domain/i18n/messages-en-partners';
import { enReview } from '../../../../lib/domain/i18n/messages-en-review';
import { enSettings } from '../../../../lib/domain/i18n/messages-en-settings';
import { enUnsaved } from '../../../../lib/domain/i18n/messages-en-unsaved';
import { LOCALES, type Catalogue } from '../../../../lib/domain/i18n/translate';

const ROOT = resolve(import.meta.dirname, '../../../..');
const SHIPPED: Record<string, Catalogue> = { de };
/** The English parts loaded with a screen, by the name their module ends in. */
const PARTS: Record<string, Readonly<Record<string, unknown>>> = {
  backup: enBackup,
  history: enHistory,
  keys: enKeys,
  partners: enPartners,
  review: enReview,
  settings: enSettings,
  unsaved: enUnsaved,
};
/** Every English message: the panel's and each screen's part. */
const en: Readonly<Record<string, string | Readonly<Record<string, string>>>> = Object.assign(
  {},
  panel,
  ...Object.values(PARTS),
);

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

  const sources = ['components', 'lib', 'entrypoints']
    .flatMap((dir) => sourceFiles(join(ROOT, dir)))
    .filter((path) => !/[/\\]i18n[/\\]messages-[\w-]+\.ts$/.test(path))
    .map((path) => ({ path, code: readFileSync(path, 'utf8') }));
  const uses = (code: string, id: string): boolean =>
    code.includes(`'${id}'`) || code.includes(`"${id}"`);

  test('every message id is used in the code, written out in full', () => {
    const code = sources.map((s) => s.code).join('\n');
    const unused = Object.keys(en).filter((id) => !uses(code, id));
    expect(unused).toEqual([]);
  });

  test('an id is in one English part only', () => {
    const ids = [panel, ...Object.values(PARTS)].flatMap((part) => Object.keys(part));
    expect(ids.length).toBe(new Set(ids).size);
  });

  // A part's messages are there once its module has run: a file that uses one imports it (so
  // its screen's chunk brings them), and a file that imports one uses it (so nothing pulls a
  // part into the side panel's first load for nothing).
  test.each(Object.entries(PARTS))(
    'the files using the %s part’s ids, and only they, import it',
    (name, part) => {
      const load = new RegExp(`^import '[./]+(/lib/domain)?/i18n/messages-en-${name}';$`, 'm');
      const imports = (code: string) => load.test(code);
      const using = sources.filter(({ code }) => Object.keys(part).some((id) => uses(code, id)));
      expect(using.length).toBeGreaterThan(0);
      expect(using.filter(({ code }) => !imports(code)).map((s) => s.path)).toEqual([]);
      const importing = sources.filter(({ code }) => imports(code));
      expect(importing.map((s) => s.path)).toEqual(using.map((s) => s.path));
    },
  );
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
