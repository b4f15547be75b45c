/**
 * An SVG path through points drawn as steps: a total holds until the next point and then
 * jumps, because it changes at the moment, not gradually before it. The last value is
 * carried on to `endX` (the end of the call).
 */
export function stepPath(points: ReadonlyArray<readonly [x: number, y: number]>, endX: number) {
  const [first, ...rest] = points;
  if (!first) return '';
  const moveTo = `M${first[0].toFixed(1)} ${first[1].toFixed(1)}`;
  const steps = rest.map(([x, y]) => ` H${x.toFixed(1)} V${y.toFixed(1)}`).join('');
  return `${moveTo}${steps} H${endX.toFixed(1)}`;
}
