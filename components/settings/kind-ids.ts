export type MoveDirection = 'up' | 'down';

/** The id of a row's move button, so focus can follow the kind to its new place. */
export function moveButtonId(prefix: string, kindId: string, direction: MoveDirection): string {
  return `${prefix}-${kindId}-${direction}`;
}

/** The id of a row's Edit button, where focus returns when its editor closes. */
export function editButtonId(prefix: string, kindId: string): string {
  return `${prefix}-${kindId}-edit`;
}
