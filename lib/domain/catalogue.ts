import type { KindIconName } from './kind-icons';
import { DEFAULT_KINDS, type DefaultKind, type KindClass, type MomentKind } from './moment-kinds';
import type { Weight } from './model';
import type { SummaryOptions } from './reciprocity';
import type { Message } from './i18n/translate';

/** A kind as the user shaped it: the catalogue's entry plus how it looks and behaves. */
export interface CatalogueKind extends MomentKind {
  icon: KindIconName;
  hidden: boolean;
  custom: boolean;
  /** The weight a new moment of this kind gets. */
  defaultWeight: Weight;
}

/** The user's tag pad, in order. Stored whole under the `catalogue` setting. */
export interface Catalogue {
  kinds: CatalogueKind[];
}

export const CATALOGUE_KEY = 'catalogue';
export const LABEL_MAX = 40;
export const SHORT_MAX = 16;
/** Keys the panel uses for other things: X switches side, ? opens the keys. */
export const RESERVED_KEYS: ReadonlySet<string> = new Set(['x', '?']);

export const CLASSIFICATION_LABELS: Readonly<Record<KindClass, string>> = {
  give: 'Give',
  take: 'Take',
  flag: 'Red flag',
  accountability: 'Accountability',
  neutral: 'Neutral',
};

/**
 * The stored form of a built-in kind: its fields by name, not spread, so that what only the
 * code needs (follow-up, a flag's words, which are functions) never reaches the settings row.
 */
function fromDefault(kind: DefaultKind): CatalogueKind {
  const { id, label, short, meaning, classification, points, key, tone, icon } = kind;
  return {
    id,
    label,
    short,
    meaning,
    classification,
    points,
    key,
    tone,
    icon,
    hidden: false,
    custom: false,
    defaultWeight: 1,
  };
}

export const DEFAULT_CATALOGUE: Catalogue = { kinds: DEFAULT_KINDS.map(fromDefault) };

/**
 * The catalogue from stored kinds already checked (see catalogue-schema.ts); the defaults
 * when none are. Default kinds missing from it (added by a later version) are appended, so
 * an old setting never hides a new kind; a default kind's classification cannot be changed.
 */
export function catalogueFromStored(stored: readonly CatalogueKind[] | undefined): Catalogue {
  if (!stored) return DEFAULT_CATALOGUE;
  const seen = new Set<string>();
  const kinds: CatalogueKind[] = [];
  for (const kind of stored) {
    if (seen.has(kind.id)) continue;
    seen.add(kind.id);
    const base = DEFAULT_KINDS.find((d) => d.id === kind.id);
    kinds.push(
      base
        ? { ...kind, custom: false, classification: base.classification, points: base.points }
        : { ...kind, custom: true },
    );
  }
  for (const d of DEFAULT_KINDS) if (!seen.has(d.id)) kinds.push(fromDefault(d));
  return { kinds: withoutKeyClashes(kinds) };
}

/** A later kind that claims a key already taken loses it rather than shadowing silently. */
function withoutKeyClashes(kinds: CatalogueKind[]): CatalogueKind[] {
  const taken = new Set<string>();
  return kinds.map((k) => {
    if (!k.key) return k;
    if (taken.has(k.key) || RESERVED_KEYS.has(k.key)) return { ...k, key: '' };
    taken.add(k.key);
    return k;
  });
}

/** A kind of the catalogue; one nobody defined any more reads as a neutral label. */
export function catalogueKind(catalogue: Catalogue, id: string): CatalogueKind {
  return (
    catalogue.kinds.find((k) => k.id === id) ?? {
      id,
      label: id,
      short: id,
      meaning: 'A kind that is no longer in your catalogue',
      classification: 'neutral',
      points: 0,
      key: '',
      tone: 'neutral',
      icon: 'tag',
      hidden: true,
      custom: true,
      defaultWeight: 1,
    }
  );
}

export function visibleKinds(catalogue: Catalogue): CatalogueKind[] {
  return catalogue.kinds.filter((k) => !k.hidden);
}

/** How the reciprocity engine counts every kind of this catalogue. */
export function summaryOptions(catalogue: Catalogue): SummaryOptions {
  return {
    kinds: Object.fromEntries(
      catalogue.kinds.map((k) => [k.id, { classification: k.classification, points: k.points }]),
    ),
  };
}

/** Panel key → kind id, for the kinds on the tag pad. */
export function panelKeyMap(catalogue: Catalogue): ReadonlyMap<string, string> {
  return new Map(visibleKinds(catalogue).flatMap((k) => (k.key ? [[k.key, k.id] as const] : [])));
}

/** Why `key` cannot be bound to `kindId`, in words; undefined when it can. */
export function keyProblem(catalogue: Catalogue, kindId: string, key: string): Message | undefined {
  if (key === '') return undefined;
  if (!/^[a-z0-9]$/.test(key)) return { id: 'kinds.problem.keyShape' };
  if (RESERVED_KEYS.has(key)) {
    return { id: 'kinds.problem.keyReserved', params: { key: key.toUpperCase() } };
  }
  const owner = catalogue.kinds.find((k) => k.key === key && k.id !== kindId);
  return owner
    ? { id: 'kinds.problem.keyTaken', params: { key: key.toUpperCase(), kind: owner.label } }
    : undefined;
}

/** The same labels by id, as exports want them. */
export function kindLabels(catalogue: Catalogue): Record<string, string> {
  return Object.fromEntries(catalogue.kinds.map((k) => [k.id, k.label]));
}

/**
 * Whether two catalogues count moments differently, so stored tallies need a recount. Here,
 * not with the edits (catalogue-edits.ts): the settings repository, which the panel loads at
 * once, needs only this; the edits and their messages come with the settings screen.
 */
export function countsDiffer(a: Catalogue, b: Catalogue): boolean {
  const rules = (c: Catalogue) =>
    JSON.stringify([...c.kinds].map((k) => [k.id, k.classification, k.points]).sort());
  return rules(a) !== rules(b);
}
