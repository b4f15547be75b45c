/**
 * A seeded pseudo-random source: Math.random cannot be seeded, and benchmark data must
 * be the same on every run and machine. mulberry32 is tiny, fast and good enough for
 * test data (not for anything secret).
 */
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface Random {
  /** In [0, 1). */
  next(): number;
  /** An integer in [min, max], both included. */
  int(min: number, max: number): number;
  chance(probability: number): boolean;
  pick<T>(items: readonly T[]): T;
  /** Shuffles in place (Fisher–Yates) and returns the same array. */
  shuffle<T>(items: T[]): T[];
  /** Looks like crypto.randomUUID() (version 4, RFC variant) but is reproducible. */
  uuid(): string;
}

const DIGITS = '0123456789abcdef';
/** Two hex digits per byte, looked up: number-to-hex conversion dominated generation. */
const BYTE_HEX = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, '0'));

function hex(byte: number): string {
  return BYTE_HEX[byte & 255] ?? '00';
}

function digit(nibble: number): string {
  return DIGITS[nibble & 15] ?? '0';
}

function wordHex(w: number): string {
  return hex(w >>> 24) + hex(w >>> 16) + hex(w >>> 8) + hex(w);
}

export function seededRandom(seed: number): Random {
  const next = mulberry32(seed);
  const int = (min: number, max: number): number => min + Math.floor(next() * (max - min + 1));
  return {
    next,
    int,
    chance: (probability) => next() < probability,
    pick<T>(items: readonly T[]): T {
      const item = items[Math.floor(next() * items.length)];
      if (item === undefined) throw new Error('pick() from an empty list');
      return item;
    },
    shuffle<T>(items: T[]): T[] {
      for (let i = items.length - 1; i > 0; i -= 1) {
        const j = int(0, i);
        [items[i], items[j]] = [items[j] as T, items[i] as T];
      }
      return items;
    },
    uuid() {
      const word = (): number => (next() * 4294967296) >>> 0;
      const a = word();
      const b = word();
      const c = word();
      const d = word();
      const version = `4${digit(b >>> 8)}${hex(b)}`;
      const variant = `${digit(8 | ((c >>> 28) & 3))}${digit(c >>> 24)}${hex(c >>> 16)}`;
      return `${wordHex(a)}-${hex(b >>> 24)}${hex(b >>> 16)}-${version}-${variant}-${hex(c >>> 8)}${hex(c)}${wordHex(d)}`;
    },
  };
}
