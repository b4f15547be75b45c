import type { z } from 'zod';

/** One thing wrong with a file, in words a user understands. */
export interface BackupProblem {
  /** Where, e.g. `moments[12] (id 3f2a9c1e…).side`; empty for the file as a whole. */
  path: string;
  message: string;
}

/** A problem before its path is put into words: the path as keys and indexes. */
export interface BackupIssue {
  path: readonly PropertyKey[];
  message: string;
}

/** A file with thousands of broken records needs the first few, not a wall of text. */
export const MAX_PROBLEMS = 20;

const SHORT_ID = 8;
const SHORT_TEXT = 40;

function shorten(value: string, max: number): string {
  const chars = Array.from(value);
  return chars.length > max ? `${chars.slice(0, max).join('')}…` : value;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A value as a user would recognise it from the file: `"they"`, `5`, `null`, `a list`. */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (typeof value === 'string') return JSON.stringify(shorten(value, SHORT_TEXT));
  if (Array.isArray(value)) return 'a list';
  if (isRecord(value)) return 'an object';
  return String(value);
}

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let value = data;
  for (const key of path) {
    if (typeof key === 'symbol' || typeof value !== 'object' || value === null) return undefined;
    value = (value as Record<string | number, unknown>)[key];
  }
  return value;
}

/**
 * `moments[12] (id 3f2a9c1e…).side`: the index finds the record in an editor, the id
 * tells the user which record it is. Settings rows have a key instead of an id.
 */
export function describePath(data: unknown, path: readonly PropertyKey[]): string {
  let out = '';
  let value = data;
  for (const key of path) {
    if (typeof key === 'number') {
      out += `[${key}]`;
      const item = Array.isArray(value) ? (value[key] as unknown) : undefined;
      if (isRecord(item) && typeof item.id === 'string' && item.id) {
        out += ` (id ${shorten(item.id, SHORT_ID)})`;
      } else if (isRecord(item) && typeof item.callId === 'string' && item.callId) {
        out += ` (call ${shorten(item.callId, SHORT_ID)})`;
      } else if (isRecord(item) && typeof item.key === 'string' && item.key) {
        out += ` (key ${JSON.stringify(shorten(item.key, SHORT_TEXT))})`;
      }
      value = item;
    } else {
      const name = String(key);
      out += out ? `.${name}` : name;
      value = isRecord(value) ? value[name] : undefined;
    }
  }
  return out;
}

/** `"a"`, `"a" or "b"`, `"a", "b" or "c"`. */
function orList(values: readonly unknown[]): string {
  const shown = values.map((v) => (typeof v === 'string' ? JSON.stringify(v) : String(v)));
  return shown.length <= 1
    ? (shown[0] ?? '')
    : `${shown.slice(0, -1).join(', ')} or ${shown[shown.length - 1]}`;
}

const EXPECTED: Readonly<Record<string, string>> = {
  string: 'text',
  number: 'a number',
  boolean: 'true or false',
  object: 'an object',
  array: 'a list',
  null: 'null',
};

/** Nullable fields: zod reports only the non-null type it expected. */
const EXPECTED_BY_FIELD: Readonly<Record<string, string>> = {
  endedAt: 'a number or null',
};

function count(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** A zod issue in plain words; `found` is the value the file holds at the issue's path. */
export function issueMessage(issue: z.core.$ZodIssue, found: unknown): string {
  switch (issue.code) {
    case 'invalid_type': {
      if (found === undefined) return 'is missing';
      const field = issue.path[issue.path.length - 1];
      const expected =
        (typeof field === 'string' ? EXPECTED_BY_FIELD[field] : undefined) ??
        EXPECTED[issue.expected] ??
        issue.expected;
      return `must be ${expected}, found ${describeValue(found)}`;
    }
    case 'invalid_value':
      return `must be ${orList(issue.values)}, found ${describeValue(found)}`;
    case 'too_big': {
      const max = Number(issue.maximum);
      if (issue.origin === 'string' && typeof found === 'string') {
        return `must be at most ${count(max, 'character', 'characters')}, found ${found.length}`;
      }
      if (issue.origin === 'array' && Array.isArray(found)) {
        return `must have at most ${count(max, 'item', 'items')}, found ${found.length}`;
      }
      return `must be at most ${max}, found ${describeValue(found)}`;
    }
    case 'too_small': {
      const min = Number(issue.minimum);
      if (issue.origin === 'string') {
        return min === 1 ? 'must not be empty' : `must be at least ${min} characters`;
      }
      return `must be ${min} or more, found ${describeValue(found)}`;
    }
    default:
      // Our own refinements already speak plainly; anything else keeps zod's wording.
      return issue.message;
  }
}

/**
 * At most MAX_PROBLEMS problems, then one line saying how many more there are. Only the
 * problems shown are put into words: a file of 500 000 broken moments still answers at once.
 */
function capped<T>(items: readonly T[], toProblem: (item: T) => BackupProblem): BackupProblem[] {
  const shown = items.slice(0, MAX_PROBLEMS).map(toProblem);
  const more = items.length - shown.length;
  return more > 0
    ? [...shown, { path: '', message: `…and ${count(more, 'more problem', 'more problems')}` }]
    : shown;
}

export function problemsFromZod(
  data: unknown,
  issues: readonly z.core.$ZodIssue[],
): BackupProblem[] {
  return capped(issues, (issue) => ({
    path: describePath(data, issue.path),
    message: issueMessage(issue, valueAt(data, issue.path)),
  }));
}

export function problemsFromIssues(data: unknown, issues: readonly BackupIssue[]): BackupProblem[] {
  return capped(issues, (issue) => ({
    path: describePath(data, issue.path),
    message: issue.message,
  }));
}
