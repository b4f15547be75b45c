import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { panelActionFor, panelActionInNote, type KeyPress } from '../../../lib/domain/panel-keys';

function press(key: string, mods: Partial<KeyPress> = {}): KeyPress {
  return { key, shiftKey: false, ctrlKey: false, metaKey: false, altKey: false, ...mods };
}

describe('panelActionFor', () => {
  test.each<[KeyPress, ReturnType<typeof panelActionFor>]>([
    [press('a'), { type: 'tag', side: 'them', kind: 'request' }],
    [press('A', { shiftKey: true }), { type: 'tag', side: 'me', kind: 'request' }],
    [press('p'), { type: 'tag', side: 'them', kind: 'proprietary' }],
    [press('V', { shiftKey: true }), { type: 'tag', side: 'me', kind: 'value' }],
    [press('n'), { type: 'tag', side: 'them', kind: 'note' }],
    [press('z', { ctrlKey: true }), { type: 'undo' }],
    [press('z', { metaKey: true }), { type: 'undo' }],
    [press('x'), { type: 'switch-side' }],
    [press('?', { shiftKey: true }), { type: 'toggle-help' }],
    [press('a', { ctrlKey: true }), undefined],
    [press('a', { altKey: true }), undefined],
    [press('z', { ctrlKey: true, shiftKey: true }), undefined],
    [press('q'), undefined],
    [press('Enter'), undefined],
  ])('%j → %j', (keyPress, action) => {
    expect(panelActionFor(keyPress)).toEqual(action);
  });
});

describe('panelActionInNote', () => {
  const keyPress = fc.record({
    key: fc.oneof(
      fc.constantFrom('a', 'A', 'x', 'X', 'z', 'p', '?', ' ', 'w', 'Enter'),
      fc.string(),
    ),
    shiftKey: fc.boolean(),
    ctrlKey: fc.boolean(),
    metaKey: fc.boolean(),
    altKey: fc.boolean(),
  });

  test('before the note is started, every panel key is the panel’s', () => {
    fc.assert(
      fc.property(keyPress, fc.boolean(), (p, empty) => {
        expect(panelActionInNote(p, { writing: false, empty })).toEqual(panelActionFor(p));
      }),
    );
  });

  test('once started, a note with text takes every key', () => {
    fc.assert(
      fc.property(keyPress, (p) => {
        expect(panelActionInNote(p, { writing: true, empty: false })).toBeUndefined();
      }),
    );
  });

  test('a started but empty note leaves only Ctrl/Cmd+Z to the panel', () => {
    const started = { writing: true, empty: true };
    expect(panelActionInNote(press('z', { ctrlKey: true }), started)).toEqual({ type: 'undo' });
    expect(panelActionInNote(press('x'), started)).toBeUndefined();
    expect(panelActionInNote(press('a'), started)).toBeUndefined();
    expect(panelActionInNote(press('x'), { writing: false, empty: true })).toEqual({
      type: 'switch-side',
    });
  });
});
