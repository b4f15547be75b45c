import type { Moment } from './model';

/** Moments in time order (sorted in place), the order every screen and export shows them in. */
export function inTimeOrder(moments: Moment[]): Moment[] {
  return moments.sort(
    (a, b) => a.at - b.at || a.createdAt - b.createdAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
}
