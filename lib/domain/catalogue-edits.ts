import {
  catalogueKind,
  keyProblem,
  LABEL_MAX,
  SHORT_MAX,
  type Catalogue,
  type CatalogueKind,
} from './catalogue';
import type { KindClass } from './moment-kinds';
import { translateMessage, type Message } from './i18n/translate';
import './i18n/messages-en-settings';

/** A refusal's `problem` is English; `text` is the same as a message, for the UI. */
export type EditResult =
  { ok: true; catalogue: Catalogue } | { ok: false; problem: string; text: Message };

function refuse(text: Message): EditResult {
  return { ok: false, problem: translateMessage('en', text), text };
}

export type KindChanges = Partial<
  Pick<CatalogueKind, 'label' | 'short' | 'tone' | 'icon' | 'key' | 'hidden' | 'defaultWeight'>
> & { classification?: KindClass };

/** Points a custom kind's moment of weight 1 is worth: the same as the defaults' ordinary kinds. */
const CUSTOM_POINTS: Readonly<Record<KindClass, number>> = {
  give: 1,
  take: 1,
  flag: 0,
  accountability: 0,
  neutral: 0,
};

function check(catalogue: Catalogue, id: string, changes: KindChanges): Message | undefined {
  if (changes.label !== undefined && !changes.label.trim()) return { id: 'kinds.problem.noName' };
  if (changes.short !== undefined && !changes.short.trim()) return { id: 'kinds.problem.noShort' };
  if (changes.key !== undefined) return keyProblem(catalogue, id, changes.key.toLowerCase());
  return undefined;
}

export function updateKind(catalogue: Catalogue, id: string, changes: KindChanges): EditResult {
  const current = catalogue.kinds.find((k) => k.id === id);
  if (!current) return refuse({ id: 'kinds.problem.gone' });
  const problem = check(catalogue, id, changes);
  if (problem) return refuse(problem);
  if (
    changes.classification &&
    !current.custom &&
    changes.classification !== current.classification
  ) {
    return refuse({ id: 'kinds.problem.builtInCounts' });
  }
  const next: CatalogueKind = {
    ...current,
    ...changes,
    ...(changes.label !== undefined ? { label: changes.label.trim().slice(0, LABEL_MAX) } : {}),
    ...(changes.short !== undefined ? { short: changes.short.trim().slice(0, SHORT_MAX) } : {}),
    ...(changes.key !== undefined ? { key: changes.key.toLowerCase() } : {}),
    ...(changes.classification && current.custom
      ? { classification: changes.classification, points: CUSTOM_POINTS[changes.classification] }
      : {}),
  };
  return { ok: true, catalogue: { kinds: catalogue.kinds.map((k) => (k.id === id ? next : k)) } };
}

export interface NewKind {
  label: string;
  classification: KindClass;
  defaultWeight: CatalogueKind['defaultWeight'];
  key?: string;
  tone?: CatalogueKind['tone'];
  icon?: CatalogueKind['icon'];
}

const TONE_FOR: Readonly<Record<KindClass, CatalogueKind['tone']>> = {
  give: 'give',
  take: 'take',
  flag: 'flag',
  accountability: 'commit',
  neutral: 'neutral',
};

/** A slug id from the label, unique in the catalogue: readable in exports and backups. */
function newId(catalogue: Catalogue, label: string): string {
  const slug =
    label
      .toLowerCase()
      .normalize('NFKD')
      .replace(/\p{M}/gu, '')
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '')
      .slice(0, 40) || 'kind';
  const base = `custom-${slug}`;
  let id = base;
  for (let n = 2; catalogue.kinds.some((k) => k.id === id); n += 1) id = `${base}-${n}`;
  return id;
}

export function addKind(catalogue: Catalogue, input: NewKind): EditResult {
  const label = input.label.trim();
  if (!label) return refuse({ id: 'kinds.problem.noName' });
  const id = newId(catalogue, label);
  const key = (input.key ?? '').toLowerCase();
  const problem = keyProblem(catalogue, id, key);
  if (problem) return refuse(problem);
  const kind: CatalogueKind = {
    id,
    label: label.slice(0, LABEL_MAX),
    short: label.slice(0, 16),
    meaning: label,
    classification: input.classification,
    points: CUSTOM_POINTS[input.classification],
    key,
    tone: input.tone ?? TONE_FOR[input.classification],
    icon: input.icon ?? 'tag',
    hidden: false,
    custom: true,
    defaultWeight: input.defaultWeight,
  };
  return { ok: true, catalogue: { kinds: [...catalogue.kinds, kind] } };
}

/** Moves a kind up (−1) or down (+1) on the tag pad. */
export function moveKind(catalogue: Catalogue, id: string, delta: -1 | 1): Catalogue {
  const kinds = [...catalogue.kinds];
  const from = kinds.findIndex((k) => k.id === id);
  const to = from + delta;
  const moved = kinds[from];
  if (from < 0 || to < 0 || to >= kinds.length || !moved) return catalogue;
  kinds.splice(from, 1);
  kinds.splice(to, 0, moved);
  return { kinds };
}

/**
 * Deletes a custom kind. Refused while moments use it — history must keep its meaning —
 * and for built-in kinds, which can only be hidden.
 */
export function deleteKind(catalogue: Catalogue, id: string, momentsUsingIt: number): EditResult {
  const kind = catalogueKind(catalogue, id);
  if (!kind.custom) return refuse({ id: 'kinds.problem.builtIn', params: { kind: kind.label } });
  if (momentsUsingIt > 0) {
    return refuse({
      id: 'kinds.problem.inUse',
      params: { count: momentsUsingIt, kind: kind.label },
    });
  }
  return { ok: true, catalogue: { kinds: catalogue.kinds.filter((k) => k.id !== id) } };
}
