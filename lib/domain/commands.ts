import { DEFAULT_KINDS, type DefaultKindId } from './moment-kinds';
import { SIDE_LABELS, type Side } from './model';

export type TagCommandName = `tag-${Side}-${DefaultKindId}`;

export interface TagCommand {
  side: Side;
  kind: DefaultKindId;
  description: string;
  /**
   * Chrome allows four suggested keys per extension. Alt+Shift+digit is free in
   * Meet, Zoom and Teams on the web (they use Ctrl+D/E, Alt+A/V, Ctrl+Shift+M/O…).
   */
  suggestedKey?: string;
}

const SUGGESTED: Partial<Record<TagCommandName, string>> = {
  'tag-them-request': 'Alt+Shift+1',
  'tag-them-proprietary': 'Alt+Shift+2',
  'tag-them-value': 'Alt+Shift+3',
  'tag-me-value': 'Alt+Shift+4',
};

function buildCommands(): Record<TagCommandName, TagCommand> {
  const entries: Array<[TagCommandName, TagCommand]> = [];
  for (const side of ['them', 'me'] as const) {
    for (const kind of DEFAULT_KINDS) {
      const name: TagCommandName = `tag-${side}-${kind.id}`;
      const suggestedKey = SUGGESTED[name];
      entries.push([
        name,
        {
          side,
          kind: kind.id,
          description: `Tag ${SIDE_LABELS[side]}: ${kind.label.toLowerCase()}`,
          ...(suggestedKey ? { suggestedKey } : {}),
        },
      ]);
    }
  }
  return Object.fromEntries(entries) as Record<TagCommandName, TagCommand>;
}

/** Every global command; the manifest and the background handler both read this. */
export const TAG_COMMANDS: Readonly<Record<TagCommandName, TagCommand>> = buildCommands();

export function parseTagCommand(name: string): TagCommand | undefined {
  return Object.hasOwn(TAG_COMMANDS, name) ? TAG_COMMANDS[name as TagCommandName] : undefined;
}

/**
 * The manifest's message for a command's description (public/_locales/<lang>/messages.json):
 * message names allow only letters, digits and underscores.
 */
export function commandMessageName(name: TagCommandName): string {
  return `command_${name.replaceAll('-', '_')}`;
}

/** The `commands` section of the manifest, described in the browser's language. */
export function manifestCommands(): Record<
  string,
  { description: string; suggested_key?: { default: string } }
> {
  return Object.fromEntries(
    Object.entries(TAG_COMMANDS).map(([name, command]) => [
      name,
      {
        description: `__MSG_${commandMessageName(name as TagCommandName)}__`,
        ...(command.suggestedKey ? { suggested_key: { default: command.suggestedKey } } : {}),
      },
    ]),
  );
}
