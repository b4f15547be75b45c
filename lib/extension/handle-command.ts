import { parseTagCommand } from '../domain/commands';
import type { TagPress } from '../domain/model';
import type { ReciprocityDatabase } from '../db/database';
import { tagLiveCall } from '../db/moments-repository';
import { explainWriteError } from '../db/errors';
import type { UnsavedTag } from './unsaved-tags';

export interface CommandDeps {
  db: ReciprocityDatabase;
  now: () => number;
  showCount: (count: number) => Promise<void>;
  flash: () => Promise<void>;
  /** Keeps a tag whose write failed, for the panel to save later. */
  keepUnsaved: (tag: UnsavedTag) => Promise<void>;
}

export type CommandResult =
  | {
      status: 'tagged';
      callId: string;
      momentId: string;
      startedCall: boolean;
      /** When the shortcut was pressed: a quote's window ends here. */
      pressedAt: number;
    }
  | { status: 'ignored' };

/** What the background does for a global shortcut: tag the live call, starting one if needed. */
export async function handleCommand(name: string, deps: CommandDeps): Promise<CommandResult> {
  const command = parseTagCommand(name);
  if (!command) return { status: 'ignored' };
  const tag: TagPress = {
    id: crypto.randomUUID(),
    side: command.side,
    kind: command.kind,
    pressedAt: deps.now(),
  };
  const { call, moment, startedCall } = await tagLiveCall(deps.db, tag).catch(
    async (error: unknown) => {
      // No panel may be open to show it: the tag is kept, and the panel offers to save it.
      // Should keeping it fail too (the whole disk is full), the write's own error is the one
      // that explains, so it is the one thrown.
      await deps
        .keepUnsaved({ ...tag, error: await explainWriteError(error) })
        .catch((keepError: unknown) =>
          console.error('Reciprocity Coach: the tag could not be kept either', keepError),
        );
      throw error;
    },
  );
  await deps.showCount(call.tally.total);
  await deps.flash();
  return {
    status: 'tagged',
    callId: call.id,
    momentId: moment.id,
    startedCall,
    pressedAt: tag.pressedAt,
  };
}
