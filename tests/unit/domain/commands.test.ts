import { describe, expect, test } from 'vitest';
import { manifestCommands, parseTagCommand, TAG_COMMANDS } from '../../../lib/domain/commands';
import { DEFAULT_KINDS } from '../../../lib/domain/moment-kinds';

describe('tag commands', () => {
  test('every default kind has a command for each side', () => {
    expect(Object.keys(TAG_COMMANDS)).toHaveLength(DEFAULT_KINDS.length * 2);
    for (const kind of DEFAULT_KINDS) {
      expect(parseTagCommand(`tag-them-${kind.id}`)).toMatchObject({ side: 'them', kind: kind.id });
      expect(parseTagCommand(`tag-me-${kind.id}`)).toMatchObject({ side: 'me', kind: kind.id });
    }
  });

  test('exactly four suggested keys, the most frequent moments, all distinct', () => {
    const suggested = Object.entries(TAG_COMMANDS).filter(([, c]) => c.suggestedKey);
    expect(suggested.map(([name]) => name).sort()).toEqual([
      'tag-me-value',
      'tag-them-proprietary',
      'tag-them-request',
      'tag-them-value',
    ]);
    expect(new Set(suggested.map(([, c]) => c.suggestedKey)).size).toBe(4);
  });

  test('suggested keys avoid what Meet, Zoom and Teams use', () => {
    const taken = [
      'Ctrl+D',
      'Ctrl+E',
      'Alt+A',
      'Alt+V',
      'Ctrl+Shift+M',
      'Ctrl+Shift+O',
      'Ctrl+Shift+E',
    ];
    for (const c of Object.values(TAG_COMMANDS)) {
      if (c.suggestedKey) expect(taken).not.toContain(c.suggestedKey);
    }
  });

  test.each(['', 'tag-them', 'tag-you-request', 'toString', '__proto__', '_execute_action'])(
    'unknown command %j is not a tag',
    (name) => {
      expect(parseTagCommand(name)).toBeUndefined();
    },
  );

  test('the manifest section names every command with its description and key', () => {
    const section = manifestCommands();
    // The description is the browser's language's (public/_locales/*/messages.json).
    expect(section['tag-them-request']).toEqual({
      description: '__MSG_command_tag_them_request__',
      suggested_key: { default: 'Alt+Shift+1' },
    });
    expect(section['tag-me-note']).toEqual({ description: '__MSG_command_tag_me_note__' });
    expect(TAG_COMMANDS['tag-me-note'].description).toBe('Tag Me: note');
  });
});
