// Every built-in kind is defined once, in DEFAULT_KINDS; these check that everything derived
// from it (and the one thing that cannot be: its row in docs/scoring.md) is there for each.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { DEFAULT_CATALOGUE, keyProblem } from '../../../lib/domain/catalogue';
import { manifestCommands, parseTagCommand } from '../../../lib/domain/commands';
import { followUpKind } from '../../../lib/domain/follow-up';
import { KIND_ICON_NAMES } from '../../../lib/domain/kind-icons';
import { SIDES } from '../../../lib/domain/model';
import {
  DEFAULT_KINDS,
  type DefaultKind,
  type KindClass,
  type MomentKind,
} from '../../../lib/domain/moment-kinds';
import { panelActionFor } from '../../../lib/domain/panel-keys';
import { summarize } from '../../../lib/domain/reciprocity';

const SCORING = readFileSync(join(import.meta.dirname, '../../../docs/scoring.md'), 'utf8');

/** The body rows of the first table after `heading`, as trimmed cells. */
function tableAfter(markdown: string, heading: string): string[][] {
  const start = markdown.indexOf(heading);
  if (start < 0) throw new Error(`docs/scoring.md has no “${heading}”`);
  const lines = markdown.slice(start).split('\n');
  const first = lines.findIndex((l) => l.startsWith('|'));
  const rows: string[][] = [];
  for (const line of lines.slice(first + 2)) {
    if (!line.startsWith('|')) break;
    rows.push(
      line
        .slice(1, -1)
        .split('|')
        .map((c) => c.trim()),
    );
  }
  return rows;
}

/** The row whose first cell names the kind as code: `id`. */
function rowNaming(rows: string[][], id: string): string[] | undefined {
  return rows.find((r) => r[0]?.match(/`[^`]+`/g)?.includes(`\`${id}\``));
}

const COUNTS_AS: Readonly<Record<KindClass, string>> = {
  give: 'give',
  take: 'take',
  flag: 'red flag',
  accountability: 'accountability',
  neutral: 'neutral',
};

const press = { shiftKey: false, ctrlKey: false, metaKey: false, altKey: false };

describe.each(DEFAULT_KINDS.map((k) => [k.id, k] as const))('the default kind %s', (id, kind) => {
  test('has an icon the UI can draw, and the default catalogue shows it', () => {
    expect(KIND_ICON_NAMES).toContain(kind.icon);
    expect(DEFAULT_CATALOGUE.kinds.find((k) => k.id === id)?.icon).toBe(kind.icon);
  });

  test('has a panel key of its own that tags it, Shift for my side', () => {
    expect(kind.key).toMatch(/^[a-z0-9]$/);
    expect(keyProblem(DEFAULT_CATALOGUE, id, kind.key)).toBeUndefined();
    expect(panelActionFor({ ...press, key: kind.key })).toEqual({
      type: 'tag',
      side: 'them',
      kind: id,
    });
    expect(panelActionFor({ ...press, key: kind.key.toUpperCase(), shiftKey: true })).toEqual({
      type: 'tag',
      side: 'me',
      kind: id,
    });
  });

  test('has a global command for each side, in the manifest', () => {
    const commands = manifestCommands();
    for (const side of SIDES) {
      expect(parseTagCommand(`tag-${side}-${id}`)).toMatchObject({ side, kind: id });
      // Described in the browser's language (public/_locales); English beside the command.
      expect(commands[`tag-${side}-${id}`]?.description).toBe(
        `__MSG_command_tag_${side}_${id.replaceAll('-', '_')}__`,
      );
      expect(parseTagCommand(`tag-${side}-${id}`)?.description).toBe(
        `Tag ${side === 'them' ? 'Them' : 'Me'}: ${kind.label.toLowerCase()}`,
      );
    }
  });

  test('has its row in docs/scoring.md, saying how it counts', () => {
    const row = rowNaming(tableAfter(SCORING, '## 1. Points'), id);
    expect(row, `add a row for \`${id}\` to the points table of docs/scoring.md`).toBeDefined();
    expect(row?.slice(1)).toEqual([COUNTS_AS[kind.classification], String(kind.points)]);
  });

  test('raises its own flag, with its row in docs/scoring.md, if it is a red flag', () => {
    const flagRow = rowNaming(tableAfter(SCORING, '## 4. Flags'), id);
    for (const side of SIDES) {
      const flags = summarize([{ id: 'm1', side, kind: id, offsetMs: 0 }]).flags;
      if (kind.classification === 'flag') {
        expect(flags).toEqual([
          {
            id,
            side,
            momentIds: ['m1'],
            message: expect.stringMatching(/ \(once\)\.$/),
            text: { id: `flag.${id}.${side}`, params: { count: 1 } },
          },
        ]);
      } else {
        expect(flags.map((f) => f.id)).not.toContain(id);
      }
    }
    if (kind.classification === 'flag') expect(flagRow).toBeDefined();
  });
});

describe('the default kinds together', () => {
  test('ids, panel keys and icons are each unique', () => {
    for (const field of ['id', 'key', 'icon'] as const) {
      const values = DEFAULT_KINDS.map((k) => k[field]);
      expect(new Set(values).size, field).toBe(values.length);
    }
  });

  test('the default catalogue is plain data, so that it can be stored as a setting', () => {
    expect(structuredClone(DEFAULT_CATALOGUE)).toEqual(DEFAULT_CATALOGUE);
    for (const kind of DEFAULT_CATALOGUE.kinds) {
      expect(Object.keys(kind).sort()).toEqual(
        [
          'classification',
          'custom',
          'defaultWeight',
          'hidden',
          'icon',
          'id',
          'key',
          'label',
          'meaning',
          'points',
          'short',
          'tone',
        ].sort(),
      );
    }
  });

  test('asks and commitments are the kinds that say so', () => {
    expect(DEFAULT_KINDS.filter((k) => followUpKind(k.id) === 'ask').map((k) => k.id)).toEqual([
      'request',
      'proprietary',
    ]);
    expect(
      DEFAULT_KINDS.filter((k) => followUpKind(k.id) === 'commitment').map((k) => k.id),
    ).toEqual(['commitment']);
  });

  test('a kind without an icon, or a red flag without its words, does not compile', () => {
    const base: MomentKind = {
      id: 'x',
      label: 'X',
      short: 'X',
      meaning: 'X',
      classification: 'give',
      points: 1,
      key: 'x',
      tone: 'give',
    };
    // @ts-expect-error: a default kind needs an icon
    const noIcon: DefaultKind = base;
    // @ts-expect-error: a red-flag kind needs the words of its flag
    const noWords: DefaultKind = { ...base, classification: 'flag', icon: 'flag' };
    // @ts-expect-error: only a red-flag kind raises a flag of its own
    const stray: DefaultKind = {
      ...base,
      icon: 'flag',
      flagged: { them: 'trend.mixed', me: 'trend.mixed' },
    };
    expect([noIcon, noWords, stray]).toHaveLength(3);
  });
});
