import { describe, expect, test } from 'vitest';
import { panelActionFor, type KeyPress } from '../../../lib/domain/panel-keys';

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
