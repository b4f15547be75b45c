import { parseTagCommand } from '../domain/commands';
import type { ReciprocityDatabase } from '../db/database';
import { tagLiveCall } from '../db/moments-repository';

export interface CommandDeps {
  db: ReciprocityDatabase;
  now: () => number;
  showCount: (count: number) => Promise<void>;
  flash: () => Promise<void>;
}

export type CommandResult =
  | { status: 'tagged'; callId: string; momentId: string; startedCall: boolean }
  | { status: 'ignored' };

/** What the background does for a global shortcut: tag the live call, starting one if needed. */
export async function handleCommand(name: string, deps: CommandDeps): Promise<CommandResult> {
  const command = parseTagCommand(name);
  if (!command) return { status: 'ignored' };
  const { call, moment, startedCall } = await tagLiveCall(deps.db, {
    side: command.side,
    kind: command.kind,
    pressedAt: deps.now(),
  });
  await deps.showCount(call.tally.total);
  await deps.flash();
  return { status: 'tagged', callId: call.id, momentId: moment.id, startedCall };
}
