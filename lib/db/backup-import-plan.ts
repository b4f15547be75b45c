import {
  callRecord,
  partnerRecord,
  type BackupCall,
  type BackupFile,
  type BackupSetting,
} from '../domain/backup/backup-format';
import { planMerge, planSettingsMerge, type MergePlan } from '../domain/backup/merge-plan';
import { withFollowUpIndex } from '../domain/follow-up';
import type { Call, Moment, Partner } from '../domain/model';
import { derivedFields } from './call-derived';

/** Records per table. */
export interface ImportCounts {
  partners: number;
  calls: number;
  moments: number;
  settings: number;
}

/** What the database holds about the file's own records, read inside the import's transaction. */
export interface LocalRecords {
  /** Every local partner (a short table): calls need their partner's name for search words. */
  partners: ReadonlyMap<string, Partner>;
  /** Local rows of the calls the file holds. */
  calls: ReadonlyMap<string, Call>;
  /** Every local moment, by id: a file's moment may be stored here under another call. */
  moments: ReadonlyMap<string, Pick<Moment, 'callId' | 'updatedAt'>>;
  settingKeys: ReadonlySet<string>;
}

export interface MergePlans {
  partners: MergePlan<Partner>;
  calls: MergePlan<BackupCall>;
  /** Moments as they are stored: with the `open` index flag. */
  moments: MergePlan<Moment>;
  settings: MergePlan<BackupSetting>;
}

/** Merge by id, newer `updatedAt` wins; settings only where the key is not set here. */
export function mergePlans(file: BackupFile, local: LocalRecords): MergePlans {
  const moments = planMerge(local.moments, file.moments);
  return {
    partners: planMerge(local.partners, file.partners),
    calls: planMerge(local.calls, file.calls),
    // Only the moments actually written get their follow-up index: one copy each.
    moments: { ...moments, toPut: moments.toPut.map((m) => withFollowUpIndex(m)) },
    settings: planSettingsMerge(local.settingKeys, file.settings),
  };
}

/**
 * The calls whose derived fields (tally, search words) the import changes: calls written
 * from the file, calls gaining or losing a moment, and calls of a partner whose name the
 * file updates. The last need a query, so their ids are passed in.
 */
export function affectedCallIds(
  plans: MergePlans,
  local: LocalRecords,
  callsOfUpdatedPartners: readonly string[],
): Set<string> {
  const ids = new Set<string>(callsOfUpdatedPartners);
  for (const call of plans.calls.toPut) ids.add(call.id);
  for (const moment of plans.moments.toPut) {
    ids.add(moment.callId);
    // A moment whose newer version belongs to another call leaves its old call.
    const before = local.moments.get(moment.id);
    if (before) ids.add(before.callId);
  }
  return ids;
}

export interface FinalCallsInput {
  plans: MergePlans;
  affected: ReadonlySet<string>;
  /** Local rows of every affected call that exists here. */
  localCalls: ReadonlyMap<string, Call>;
  /** Every local moment of the affected calls. */
  localMoments: readonly Moment[];
  partners: ReadonlyMap<string, Partner>;
  /** The call live here before the import, if any. */
  liveCallId: string | undefined;
}

export interface FinalCalls {
  calls: Call[];
  /** Calls the file holds as still running that were imported as ended (see liveDecisions). */
  ended: number;
}

function byId(a: { id: string }, b: { id: string }): number {
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/**
 * Every affected call's moments after the import, as they are stored, each list in id order
 * (an index's order). A local moment the file replaces leaves the list it was in.
 */
export function finalMoments(input: FinalCallsInput): Map<string, Moment[]> {
  const incoming = input.plans.moments.toPut;
  // Restored into an empty profile there is nothing to replace: no set of half a million ids.
  const replaced = input.localMoments.length > 0 ? new Set(incoming.map((m) => m.id)) : undefined;
  const groups = new Map<string, Moment[]>();
  for (const id of input.affected) groups.set(id, []);
  for (const m of input.localMoments) if (!replaced?.has(m.id)) groups.get(m.callId)?.push(m);
  for (const m of incoming) groups.get(m.callId)?.push(m);
  for (const list of groups.values()) list.sort(byId);
  return groups;
}

/**
 * Calls and partners the file's records refer to that are no longer here: deleted between
 * reading the file and writing it. Checked before anything is written.
 */
export function missingRecords(input: FinalCallsInput): string[] {
  const incoming = new Map(input.plans.calls.toPut.map((c) => [c.id, c]));
  const missing: string[] = [];
  for (const id of input.affected) {
    const fromFile = incoming.get(id);
    if (!fromFile && !input.localCalls.has(id)) missing.push(`call ${id}`);
    const partnerId = fromFile?.partnerId;
    if (partnerId && !input.partners.has(partnerId)) missing.push(`partner ${partnerId}`);
  }
  return missing;
}

/**
 * The import rule for calls the file holds as still running (`endedAt: null`): one call
 * at a time is live. Such a call is imported as live only when no other call is live here
 * (the newest by start time, should a file hold several); any other is ended at its last
 * moment's time (its start when it has none), as if the user had pressed End there.
 * Its `updatedAt` stays the file's, so importing the file again still changes nothing.
 */
export function liveDecisions(
  incoming: readonly BackupCall[],
  liveCallId: string | undefined,
  lastMomentAt: (callId: string, startedAt: number) => number,
): { live: Set<string>; endedAt: Map<string, number> } {
  // The live call stays live unless the file holds a newer version of it that has ended.
  let taken =
    liveCallId !== undefined && !incoming.some((c) => c.id === liveCallId && c.endedAt !== null);
  const live = new Set<string>();
  const endedAt = new Map<string, number>();
  const open = incoming
    .filter((c) => c.endedAt === null)
    .sort((a, b) => b.startedAt - a.startedAt || byId(a, b));
  for (const call of open) {
    if (call.id === liveCallId) {
      live.add(call.id);
    } else if (!taken) {
      live.add(call.id);
      taken = true;
    } else {
      endedAt.set(call.id, lastMomentAt(call.id, call.startedAt));
    }
  }
  return { live, endedAt };
}

/**
 * The affected calls as they are stored: file or local fields, derived fields recomputed from
 * `moments` (finalMoments). A call in neither place is left out (see missingRecords).
 */
export function finalCalls(
  input: FinalCallsInput,
  moments: ReadonlyMap<string, Moment[]>,
): FinalCalls {
  const incoming = new Map(input.plans.calls.toPut.map((c) => [c.id, c]));
  const { live, endedAt } = liveDecisions(
    input.plans.calls.toPut,
    input.liveCallId,
    (callId, startedAt) =>
      (moments.get(callId) ?? []).reduce((last, m) => Math.max(last, m.at), startedAt),
  );
  const calls: Call[] = [];
  for (const id of input.affected) {
    const fromFile = incoming.get(id);
    const here = input.localCalls.get(id);
    const base = fromFile ?? (here ? callRecord(here) : undefined);
    if (!base) continue;
    const partner = base.partnerId ? input.partners.get(base.partnerId) : undefined;
    const ended = endedAt.get(id);
    const stored: Call = {
      ...base,
      ...(ended !== undefined && { endedAt: ended }),
      ...derivedFields(base, moments.get(id) ?? [], partner),
    };
    // A local call keeps its own state; a call from the file is live only if chosen above.
    if (fromFile ? live.has(id) : stored.endedAt === null) stored.live = 1;
    calls.push(stored);
  }
  return { calls, ended: endedAt.size };
}

/** Partners as they are stored, the file's overriding the local ones. */
export function finalPartners(
  local: ReadonlyMap<string, Partner>,
  toPut: readonly Partner[],
): Map<string, Partner> {
  const partners = new Map(local);
  for (const p of toPut) partners.set(p.id, partnerRecord(p));
  return partners;
}

export function counts(plans: MergePlans, field: 'added' | 'updated'): ImportCounts {
  return {
    partners: plans.partners[field],
    calls: plans.calls[field],
    moments: plans.moments[field],
    settings: plans.settings[field],
  };
}
