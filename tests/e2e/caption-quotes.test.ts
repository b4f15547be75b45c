import { rm } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { PanelPage } from './pages/panel-page';
import { seriousViolations } from './support/axe';
import { POLL } from './support/browser-per-test';
import {
  launchExtensionBrowser,
  makeProfileDir,
  removeProfileDir,
  type ExtensionBrowser,
} from './support/extension-browser';
import {
  captionsOff,
  extensionWithMeetingHosts,
  restyleCaptions,
  say,
  serveMeeting,
  storedMoments,
  type MeetingPlatform,
} from './support/meeting-pages';
import { pressGlobalShortcut } from './support/worker';

let profile: string;
let extension: string;
let under: ExtensionBrowser;
const network: string[] = [];

beforeEach(async () => {
  extension = await extensionWithMeetingHosts();
  profile = await makeProfileDir();
  under = await launchExtensionBrowser(profile, { extensionDir: extension });
  network.length = 0;
  // Privacy: nothing but the (routed, offline) meeting page itself is ever requested.
  under.context.on('request', (request) => {
    if (/^(https?|wss?|ftp):/.test(request.url())) network.push(new URL(request.url()).origin);
  });
});
afterEach(async () => {
  await under.close();
  await removeProfileDir(profile);
  await rm(extension, { recursive: true, force: true });
});

/** A live call with quotes from captions switched on, and the meeting open beside it. */
async function callBesideMeeting(
  platform: MeetingPlatform,
): Promise<{ panel: PanelPage; meeting: Page }> {
  const url = await serveMeeting(under.context, platform);
  const panel = await PanelPage.open(under.context, under.extensionId);
  await panel.startCall('Pilot with Acme', 'Acme');
  await panel.page.getByRole('switch', { name: 'Quotes from captions' }).click();
  await expect
    .poll(() => panel.page.getByRole('switch', { name: 'Quotes from captions' }).isChecked(), POLL)
    .toBe(true);
  const meeting = await under.context.newPage();
  await meeting.goto(url);
  return { panel, meeting };
}

const status = (panel: PanelPage) => panel.page.locator('.caption-status').textContent();

/** The quote stored on the newest moment of this kind, as "speaker: text" lines. */
async function quoteOf(panel: PanelPage, kind: string): Promise<string[] | undefined> {
  const moment = (await storedMoments(panel.page)).filter((m) => m.kind === kind).at(-1);
  return moment?.quote?.map((line) => `${line.mine ? 'me' : 'them'} ${line.speaker}: ${line.text}`);
}

describe('quotes from the meeting’s captions, in real Chromium, offline', () => {
  test('Meet: tag by keys, the quote is the words of its window; captions off and a changed page are said', async () => {
    const { panel, meeting } = await callBesideMeeting('meet');
    await expect
      .poll(() => status(panel), POLL)
      .toMatch(/^Reading captions \(Meet, \d speakers?\)$/);
    // The fixture's first line is a request: its suggestion chip is up. Axe in both themes.
    await panel.page.getByRole('button', { name: /^Tag/ }).waitFor();
    await panel.screenshot('captions-01-reading');
    expect(await seriousViolations(panel.page)).toEqual([]);
    await panel.page.emulateMedia({ colorScheme: 'dark' });
    await panel.screenshot('captions-01-reading-dark');
    expect(await seriousViolations(panel.page)).toEqual([]);
    await panel.page.emulateMedia({ colorScheme: 'light' });

    // I answer; Dana starts a question, and the tag lands mid-sentence.
    await say(meeting, 'You', 'Let me check with the team first.');
    await say(meeting, 'Dana Smith', 'How do you price this for');
    await meeting.waitForTimeout(0);
    await expect.poll(() => status(panel), POLL).toBe('Reading captions (Meet, 2 speakers)');
    await panel.page.keyboard.press('p');
    await panel.page.keyboard.press('Escape');
    // (The fixture's first line may be inside the window too: the page loaded seconds ago.)
    await expect
      .poll(async () => (await quoteOf(panel, 'proprietary'))?.slice(-2), POLL)
      .toEqual([
        'me You: Let me check with the team first.',
        'them Dana Smith: How do you price this for',
      ]);
    // Dana finishes the sentence; the quote is completed with it.
    await meeting.evaluate(() => {
      const texts = document.querySelectorAll('#captions [jsname="tgaKEf"]');
      const last = texts[texts.length - 1];
      if (last) last.textContent = 'How do you price this for enterprise?';
    });
    await say(meeting, 'You', 'It depends on the volume.');
    await expect
      .poll(async () => (await quoteOf(panel, 'proprietary'))?.slice(-2), POLL)
      .toEqual([
        'me You: Let me check with the team first.',
        'them Dana Smith: How do you price this for enterprise?',
      ]);

    // A global shortcut's tag is quoted too.
    await say(meeting, 'Dana Smith', 'Could you introduce us to your CTO?');
    await say(meeting, 'You', 'Happy to.');
    await pressGlobalShortcut(under.worker, 'tag-them-request');
    await expect
      .poll(async () => (await quoteOf(panel, 'request'))?.slice(-2), POLL)
      .toEqual(['them Dana Smith: Could you introduce us to your CTO?', 'me You: Happy to.']);

    await captionsOff(meeting);
    await expect.poll(() => status(panel), POLL).toBe('Captions are off in the meeting — press CC');
    await panel.screenshot('captions-02-off');
    expect(network.every((origin) => origin === 'https://meet.google.com')).toBe(true);
  });

  test('Meet: a page whose structure changed is "not recognised" within 20 s; tagging still works', async () => {
    const { panel, meeting } = await callBesideMeeting('meet');
    await expect.poll(() => status(panel), POLL).toMatch(/^Reading captions/);
    await restyleCaptions(meeting);
    await expect
      .poll(() => status(panel), { timeout: 30_000, interval: 250 })
      .toBe('Captions not recognised — the meeting page may have changed');
    await panel.screenshot('captions-03-not-recognised');
    await panel.page.keyboard.press('a');
    await expect.poll(() => panel.moments.count(), POLL).toBe(1);
  }, 60_000);

  test.each([
    // Teams: one block per turn; the author named like the self view is the user.
    [
      'teams',
      /^Reading captions \(Teams, 1 speaker\)$/,
      [
        ['Dana Smith', 'Could you share the deck?'],
        ['Sam Lee', 'Sure.'],
      ],
      'Reading captions (Teams, 2 speakers)',
      'them Dana Smith: Could you share the deck?',
    ],
    // Zoom: one rolling box, Dana's words in it; her turn ends when the next speaker starts.
    [
      'zoom',
      /^Reading captions \(Zoom\)$/,
      [['Sam Lee', 'Sure.']],
      'Reading captions (Zoom, 1 speaker)',
      'them Dana Smith: we can send the pilot site list',
    ],
  ] as const)(
    '%s: the reader is injected at the real address and quotes who said what',
    async (platform, reading, turns, afterTurns, theirs) => {
      const { panel, meeting } = await callBesideMeeting(platform);
      await expect.poll(() => status(panel), POLL).toMatch(reading);
      for (const [speaker, text] of turns) await say(meeting, speaker, text);
      await expect.poll(() => status(panel), POLL).toBe(afterTurns);
      await panel.page.keyboard.press('a');
      await expect
        .poll(async () => (await quoteOf(panel, 'request'))?.slice(-2), POLL)
        .toEqual([theirs, 'me Sam Lee: Sure.']);
    },
  );
});
