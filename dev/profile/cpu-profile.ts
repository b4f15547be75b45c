/** A V8 CPU profile (`Profiler.stop`), as far as the profiles read it. */
export interface CpuNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
export interface CpuProfile {
  nodes: CpuNode[];
  startTime: number;
  samples: number[];
  timeDeltas: number[];
}

/** A profile's call tree: a node's label, and its stack from itself up to the root. */
export interface ProfileTree {
  node: (id: number) => CpuNode | undefined;
  /** Function, file and line: the same function in two chunks stays two rows. */
  label: (node: CpuNode) => string;
  stack: (id: number) => CpuNode[];
}

export function profileTree(profile: CpuProfile): ProfileTree {
  const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  return {
    node: (id) => nodes.get(id),
    label: (n) =>
      `${n.callFrame.functionName || '(anon)'} ${n.callFrame.url.split('/').pop()}:${n.callFrame.lineNumber}`,
    stack(id) {
      const frames: CpuNode[] = [];
      for (let at = nodes.get(id); at; at = nodes.get(parent.get(at.id) ?? -1)) frames.push(at);
      return frames;
    },
  };
}

/** JS time by function, in ms: its own (self), and all under it (each function once a sample). */
export interface JsTimes {
  self: Map<string, number>;
  under: Map<string, number>;
}

export const noJsTimes = (): JsTimes => ({ self: new Map(), under: new Map() });

/**
 * Adds the profile's samples taken at a time `keep` accepts (µs, the profile's clock) to
 * `times`; calls `each` with every kept sample's node id, time and duration in ms.
 */
export function addSamples(
  profile: CpuProfile,
  times: JsTimes,
  keep: (at: number) => boolean = () => true,
  each?: (id: number, at: number, ms: number) => void,
): void {
  const tree = profileTree(profile);
  let at = profile.startTime;
  profile.samples.forEach((id, i) => {
    at += profile.timeDeltas[i] ?? 0;
    const ms = (profile.timeDeltas[i + 1] ?? 0) / 1000;
    const node = tree.node(id);
    if (!node || !keep(at)) return;
    times.self.set(tree.label(node), (times.self.get(tree.label(node)) ?? 0) + ms);
    const seen = new Set<string>();
    for (const frame of tree.stack(id)) {
      const key = tree.label(frame);
      if (seen.has(key)) continue;
      seen.add(key);
      times.under.set(key, (times.under.get(key) ?? 0) + ms);
    }
    each?.(id, at, ms);
  });
}

/** Prints the `n` largest rows of `rows`, each divided by `per` (e.g. ms per tag). */
export function printTop(
  title: string,
  rows: Iterable<[string, number]>,
  {
    n,
    per = 1,
    unit = 'ms',
    min = 0,
    digits = 2,
  }: {
    n: number;
    per?: number;
    unit?: string;
    min?: number;
    digits?: number;
  },
): void {
  console.log(title);
  for (const [key, value] of [...rows].sort((a, b) => b[1] - a[1]).slice(0, n))
    if (value >= min) console.log(`${(value / per).toFixed(digits).padStart(9)} ${unit}  ${key}`);
}
