import type { Call, Moment, Partner, Side, Weight } from '../../../../lib/domain/model';
import type { CallExport } from '../../../../lib/domain/export/call-export';
import { computeTally } from '../../../../lib/domain/tally';

const MIN = 60_000;
export const STARTED_AT = Date.UTC(2026, 10, 23, 14, 5);

export const PARTNER: Partner = {
  id: '5b1f0c2e-8d4a-4f6b-9e3c-7a2d1b0c9e8f',
  name: 'Acme Corp',
  notes: 'Met at the logistics summit in Oslo.',
  createdAt: STARTED_AT - 30 * 24 * 60 * MIN,
  updatedAt: STARTED_AT - 30 * 24 * 60 * MIN,
};

/** People named in the notes, hidden by the anonymise test. */
export const OTHER_NAMES = ['Dana Whitfield'];

type Seed = [
  offsetMin: number,
  side: Side,
  kind: string,
  weight: Weight,
  note: string,
  extra?: Partial<Moment>,
];

const SEEDS: Seed[] = [
  [1.5, 'them', 'value', 1, 'Shared their Q1 volume forecast: roughly 12,000 parcels a week'],
  [
    3.2,
    'them',
    'request',
    2,
    'Asked for an intro to Dana Whitfield, our "Nordics" lead',
    { state: 'answered' },
  ],
  [9 + 1 / 3, 'me', 'value', 1, '-5% on rates was floated for volumes over 10k'],
  [
    12 + 2 / 3,
    'them',
    'proprietary',
    3,
    'Wanted our exact supplier margins\nand the routing algorithm details',
    { state: 'declined' },
  ],
  [15, 'them', 'evasive', 1, 'Vague on who signs off the budget'],
  [18.5, 'me', 'request', 1, 'Asked for a named sponsor'],
  [21.25, 'them', 'note', 1, '=HYPERLINK("http://x")'],
  [
    25 + 1 / 6,
    'me',
    'commitment',
    2,
    'Send the pilot proposal, incl. pricing',
    { dueAt: Date.UTC(2026, 10, 27, 17, 0) },
  ],
  [30, 'them', 'commitment', 1, 'Share the volume forecast by region', { state: 'done' }],
  [33 + 2 / 3, 'me', 'follow-up-call', 1, '@Dana to join the next call'],
];

export const MOMENTS: Moment[] = SEEDS.map(([offsetMin, side, kind, weight, note, extra], i) => {
  const offsetMs = Math.round(offsetMin * MIN);
  const at = STARTED_AT + offsetMs;
  return {
    id: `a${i}e4c7b2-3f1d-4c8a-b6e5-0d9f8c7b6a5${i}`,
    callId: 'c4a7e1f2-6b3d-4e9a-8c5f-2d1e0f9a8b7c',
    side,
    kind,
    at,
    offsetMs,
    note,
    weight,
    createdAt: at + 4_000,
    updatedAt: at + 4_000,
    ...extra,
    ...(extra?.state === undefined &&
      (kind === 'request' || kind === 'commitment') && { open: 1 as const }),
  };
});

export const CALL: Call = {
  id: 'c4a7e1f2-6b3d-4e9a-8c5f-2d1e0f9a8b7c',
  title: '<b>Acme</b> intro',
  partnerId: PARTNER.id,
  platform: 'meet',
  url: 'https://meet.google.com/abc-defg-hij',
  startedAt: STARTED_AT,
  endedAt: STARTED_AT + 42 * MIN,
  prep: {
    goal: 'Agree on a paid pilot for Q1',
    bring: 'Our routing data for the Nordics, and an intro to Dana Whitfield',
    need: 'A named sponsor at Acme and a budget range',
  },
  notes:
    'Acme wants the pilot but pushed hard on our margins.\n\n# Next steps\n1. Proposal by Friday\n2. Call with their CFO in early December',
  outcome: {
    reached: 'partly',
    why: 'Pilot agreed in principle; the budget is still "under review".',
  },
  updatedAt: STARTED_AT + 50 * MIN,
  tally: computeTally(MOMENTS),
  words: ['acme', 'intro', 'corp'],
};

export const FIXTURE: CallExport = { call: CALL, partner: PARTNER, moments: MOMENTS };
