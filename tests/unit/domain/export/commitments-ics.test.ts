import fc from 'fast-check';
import ICAL from 'ical.js';
import { describe, expect, test } from 'vitest';
import {
  commitmentsToIcs,
  type CommitmentForCalendar,
} from '../../../../lib/domain/export/commitments-ics';
import { openCommitmentsOf } from '../../../../lib/domain/export/open-commitments';

const CALL = { id: 'call-1', title: 'Pilot scope review', startedAt: Date.UTC(2026, 11, 3, 14) };
const ITEM: CommitmentForCalendar = {
  momentId: 'm-1',
  side: 'me',
  note: 'send pilot site list',
  dueAt: Date.UTC(2026, 11, 11, 23, 30),
  call: CALL,
  partnerName: 'Acme Robotics',
};
const PAGE = 'chrome-extension://abc/calls.html';

/** The events as an independent parser (Mozilla's ical.js) reads the file. */
function events(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  return calendar.getAllSubcomponents('vevent').map((vevent) => {
    const event = new ICAL.Event(vevent);
    return {
      uid: event.uid,
      summary: event.summary,
      description: event.description,
      start: event.startDate,
      end: event.endDate,
      url: vevent.getFirstPropertyValue('url'),
    };
  });
}

describe('commitmentsToIcs', () => {
  test('one all-day event on the due date, who and what in its title, the call linked', () => {
    const [event] = events(commitmentsToIcs([ITEM], { timeZone: 'UTC', callsPageUrl: PAGE }));
    expect(event?.summary).toBe('Acme Robotics: send pilot site list');
    expect(event?.uid).toBe('m-1@reciprocity.coach');
    expect(event?.start.isDate).toBe(true);
    expect(event?.start.toString()).toBe('2026-12-11');
    expect(event?.end.toString()).toBe('2026-12-12');
    expect(event?.url).toBe(`${PAGE}#/call/call-1`);
    expect(event?.description).toContain('You committed to this in “Pilot scope review”');
    expect(event?.description).toContain(`${PAGE}#/call/call-1`);
  });

  test('the due date is the user’s calendar day, not UTC’s', () => {
    const [event] = events(commitmentsToIcs([ITEM], { timeZone: 'Asia/Tokyo' }));
    // 23:30 UTC on the 11th is the 12th in Tokyo.
    expect(event?.start.toString()).toBe('2026-12-12');
  });

  test('their commitment says so; text that is iCalendar syntax comes back as written', () => {
    const note = 'Send; the deck, v2\\final\nand: the “pricing” sheet';
    const [event] = events(
      commitmentsToIcs([{ ...ITEM, side: 'them', note }], { timeZone: 'UTC' }),
    );
    expect(event?.summary).toBe(`Acme Robotics: ${note} (theirs)`);
    expect(event?.description).toContain(note);
  });

  test('every commitment once, each with its own stable id, whatever the text', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(
          fc.record({
            momentId: fc.uuid(),
            note: fc.string({ maxLength: 300 }),
            dueAt: fc.integer({ min: Date.UTC(2000, 0, 1), max: Date.UTC(2100, 0, 1) }),
          }),
          { selector: (r) => r.momentId, maxLength: 8 },
        ),
        (items) => {
          const text = commitmentsToIcs(
            items.map((i) => ({ ...ITEM, ...i })),
            { timeZone: 'Europe/Berlin' },
          );
          const read = events(text);
          // Whatever the note holds, the calendar shows it as written.
          read.forEach((event, k) => {
            const note = items[k]?.note.trim() || 'commitment';
            expect(event.summary).toBe(`Acme Robotics: ${note}`);
          });
          expect(read.map((e) => e.uid)).toEqual(
            items.map((i) => `${i.momentId}@reciprocity.coach`),
          );
          // Folded lines, CRLF between them. The library folds at 75 characters; RFC 5545's
          // 75 octets is a SHOULD that calendars do not enforce, and the parser reads them.
          for (const line of text.split('\r\n')) expect([...line].length).toBeLessThanOrEqual(75);
        },
      ),
      { numRuns: 50 },
    );
  });
});

describe('openCommitmentsOf', () => {
  const base = {
    callId: 'call-1',
    at: 0,
    offsetMs: 0,
    weight: 1,
    createdAt: 0,
    updatedAt: 0,
  } as const;
  test('the open commitments with a due date, and only those', () => {
    const moments = [
      { ...base, id: 'a', side: 'me', kind: 'commitment', note: 'send list', dueAt: 5 },
      { ...base, id: 'b', side: 'them', kind: 'commitment', note: 'no date' },
      { ...base, id: 'c', side: 'them', kind: 'commitment', note: 'done', dueAt: 5, state: 'done' },
      { ...base, id: 'd', side: 'them', kind: 'request', note: 'an ask', dueAt: 5 },
    ] as const;
    const call = { ...CALL, platform: 'meet', endedAt: null, notes: '', updatedAt: 0 } as const;
    const partner = { id: 'p', name: 'Acme Robotics', notes: '', createdAt: 0, updatedAt: 0 };
    const items = openCommitmentsOf({ call, partner, moments: [...moments] });
    expect(items.map((i) => i.momentId)).toEqual(['a']);
    expect(items[0]).toMatchObject({ note: 'send list', dueAt: 5, partnerName: 'Acme Robotics' });
  });
});
