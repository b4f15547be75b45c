import { describe, expect, test } from 'vitest';
import { stepPath } from '../../../components/review/step-path';

describe('stepPath', () => {
  test('starts with a full move-to, steps through each point and carries the last value on', () => {
    expect(
      stepPath(
        [
          [26, 120],
          [40, 90],
          [40, 60],
          [100, 30],
        ],
        312,
      ),
    ).toBe('M26.0 120.0 H40.0 V90.0 H40.0 V60.0 H100.0 V30.0 H312.0');
  });

  test('one point is a flat line to the end; no points draw nothing', () => {
    expect(stepPath([[26, 120]], 312)).toBe('M26.0 120.0 H312.0');
    expect(stepPath([], 312)).toBe('');
  });
});
