import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { derivedFields } from '../../../lib/db/call-derived';
import { startCall } from '../../../lib/db/calls-repository';
import type { ReciprocityDatabase } from '../../../lib/db/database';
import {
  addMissedMoment,
  addMoment,
  deleteMoment,
  tagLiveCall,
  updateMoment,
} from '../../../lib/db/moments-repository';
import { saveCatalogue, storedSummaryOptions } from '../../../lib/db/settings-repository';
import { DEFAULT_CATALOGUE } from '../../../lib/domain/catalogue';
import { addKind } from '../../../lib/domain/catalogue-edits';
import type { Side } from '../../../lib/domain/model';
import { freshDatabase } from '../support/fresh-database';
import { allMoments } from '../support/stored-moments';

let db: ReciprocityDatabase;
beforeEach(() => {
  db = freshDatabase();
});
afterEach(() => db.close());

/** The invariant: every call's stored tally and words are the full recount of its moments. */
async function expectStoredEqualsRecount(callId: string): Promise<void> {
  const call = await db.calls.get(callId);
  if (!call) throw new Error('no call');
  const moments = (await db.callMoments.get(callId))?.moments ?? [];
  const partner = call.partnerId ? await db.partners.get(call.partnerId) : undefined;
  const expected = derivedFields(call, moments, partner, await storedSummaryOptions(db));
  expect(call.tally).toEqual(expected.tally);
  expect(call.words).toEqual(expected.words);
}

const KINDS = [
  'request',
  'proprietary',
  'value',
  'offer-help',
  'commitment',
  'note',
  'custom-shared-a-lead',
];

type Op =
  | { type: 'tag'; side: Side; kind: string; note: string; retry: boolean }
  | { type: 'shortcut'; side: Side; kind: string }
  | { type: 'missed'; side: Side; kind: string; note: string }
  | { type: 'change'; pick: number; kind: string; note?: string; state?: 'answered' | 'done' }
  | { type: 'delete'; pick: number };

const side = fc.constantFrom<Side>('them', 'me');
const kind = fc.constantFrom(...KINDS);
const note = fc.constantFrom('', '', '', 'on their Kubernetes cluster', 'quarterly review');
const opArb: fc.Arbitrary<Op> = fc.oneof(
  fc.record({ type: fc.constant('tag' as const), side, kind, note, retry: fc.boolean() }),
  fc.record({ type: fc.constant('shortcut' as const), side, kind }),
  fc.record({ type: fc.constant('missed' as const), side, kind, note }),
  fc.record(
    {
      type: fc.constant('change' as const),
      pick: fc.nat(),
      kind,
      note,
      state: fc.constantFrom('answered' as const, 'done' as const),
    },
    { requiredKeys: ['type', 'pick', 'kind'] },
  ),
  fc.record({ type: fc.constant('delete' as const), pick: fc.nat() }),
);

describe('the stored tally of a call', () => {
  test('equals the full recount after any sequence of tags, edits and deletions', async () => {
    const lead = addKind(DEFAULT_CATALOGUE, {
      label: 'Shared a lead',
      classification: 'give',
      defaultWeight: 1,
      key: 'l',
    });
    if (!lead.ok) throw new Error(lead.problem);
    await fc.assert(
      fc.asyncProperty(fc.array(opArb, { maxLength: 25 }), fc.boolean(), async (ops, custom) => {
        await db.delete();
        await db.open();
        if (custom) await saveCatalogue(db, lead.catalogue);
        const { call } = await startCall(db, { title: 'Weekly sync', partnerName: 'Acme' }, 0);
        let pressedAt = 10_000;
        for (const op of ops) {
          pressedAt += 1_000;
          const ids = (await allMoments(db)).map((m) => m.id).sort();
          const picked = 'pick' in op ? ids[op.pick % Math.max(1, ids.length)] : undefined;
          if (op.type === 'tag') {
            const input = { id: crypto.randomUUID(), side: op.side, kind: op.kind, pressedAt };
            await addMoment(db, call.id, { ...input, note: op.note });
            // A retried write of the same moment: the tally must not count it twice.
            if (op.retry) await addMoment(db, call.id, input);
          } else if (op.type === 'shortcut') {
            await tagLiveCall(db, { side: op.side, kind: op.kind, pressedAt });
          } else if (op.type === 'missed') {
            await addMissedMoment(db, call.id, {
              side: op.side,
              kind: op.kind,
              note: op.note,
              offsetMs: 5,
            });
          } else if (op.type === 'change' && picked) {
            const { kind, note, state } = op;
            await updateMoment(
              db,
              { id: picked, callId: call.id },
              {
                kind,
                ...(note === undefined ? {} : { note }),
                ...(state ? { state } : {}),
              },
            );
          } else if (op.type === 'delete' && picked) {
            await deleteMoment(db, { id: picked, callId: call.id });
          }
          await expectStoredEqualsRecount(call.id);
        }
      }),
      { numRuns: 40 },
    );
  });
});
