import type { Side } from '../../lib/domain/model';

export const SIDE_LABELS: Readonly<Record<Side, string>> = { them: 'Them', me: 'Me' };
