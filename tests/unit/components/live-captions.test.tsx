import { act, cleanup, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { App } from '../../../components/shell/app';
import { startCall } from '../../../lib/db/calls-repository';
import type { ReciprocityDatabase } from '../../../lib/db/database';
import { setPreference } from '../../../lib/db/settings-repository';
import type { TranscriptLine } from '../../../lib/domain/model';
import type {
  CaptionStatusReply,
  FromCaptionTab,
} from '../../../lib/extension/captions/caption-messages';
import { freshDatabase } from '../support/fresh-database';
import { allMoments } from '../support/stored-moments';

// The meeting tab, the browser's prompt and the background are outside the panel: these
// stand in for them, and record what the panel asked of them.
const tab = vi.hoisted(() => ({
  status: null as CaptionStatusReply | null,
  hear: (() => undefined) as (message: FromCaptionTab) => void,
  unsupported: null as string | null,
  access: true,
  listening: false,
}));
const sent = vi.hoisted(() => ({
  tags: [] as unknown[],
  outcomes: [] as Array<[string, boolean]>,
  turnedOn: 0,
  granted: true,
}));
vi.mock('../../../lib/extension/captions/panel-captions', () => ({
  askCaptionStatus: async () => tab.status,
  openUnsupportedMeeting: async () => tab.unsupported,
  hasMeetingAccess: async () => tab.access,
  listenToCaptionTabs(handler: (message: FromCaptionTab) => void) {
    tab.hear = handler;
    tab.listening = true;
    return () => {
      tab.hear = () => undefined;
      tab.listening = false;
    };
  },
}));
vi.mock('../../../lib/extension/captions/tag-quotes', () => ({
  announceTagCommitted: (tag: unknown) => sent.tags.push(tag),
}));
vi.mock('../../../lib/extension/captions/caption-registration', () => ({
  turnCaptionQuotesOn: async () => {
    sent.turnedOn += 1;
    return sent.granted ? { on: true } : { on: false, problem: 'denied' };
  },
  stopReadingCaptions: async () => undefined,
}));
vi.mock('../../../lib/db/quotes-repository', () => ({
  recordSuggestionOutcome: async (kind: string, accepted: boolean) => {
    sent.outcomes.push([kind, accepted]);
  },
}));

let db: ReciprocityDatabase;
beforeEach(async () => {
  db = freshDatabase();
  await startCall(db, { title: 'Intro with Acme', partnerName: 'Acme' });
  tab.status = null;
  tab.unsupported = null;
  tab.access = true;
  sent.tags.length = 0;
  sent.outcomes.length = 0;
  sent.turnedOn = 0;
  sent.granted = true;
});
afterEach(() => {
  cleanup();
  db.close();
});

async function renderLive(on = true) {
  if (on) await setPreference(db, 'captionQuotes', true);
  const user = userEvent.setup();
  render(<App db={db} />);
  await screen.findByRole('heading', { name: 'Intro with Acme' });
  // Listening from the moment the setting is read: the status line shows then.
  // The panel hears the meeting tab from the moment the setting is read.
  if (on) await waitFor(() => expect(tab.listening).toBe(true));
  return user;
}

const statusLine = () => document.querySelector('.caption-status')?.textContent;

const said = (speaker: string, text: string, mine = false): TranscriptLine => ({
  speaker,
  text,
  mine,
  startedAt: Date.now() - 2_000,
  endedAt: Date.now(),
});

describe('quotes from captions on the live screen', () => {
  test('off by default: the switch, no status line; on asks the browser, then remembers', async () => {
    const user = await renderLive(false);
    const toggle = screen.getByRole('switch', { name: 'Quotes from captions' });
    expect(toggle).not.toBeChecked();
    expect(statusLine()).toBe('');
    await user.click(toggle);
    await waitFor(() => expect(toggle).toBeChecked());
    expect(sent.turnedOn).toBe(1);
    await waitFor(() => expect(statusLine()).toBe('No meeting tab'));
  });

  test('right after the switch is clicked, a letter still tags (a checkbox takes no text)', async () => {
    const user = await renderLive(false);
    await user.click(screen.getByRole('switch', { name: 'Quotes from captions' }));
    await waitFor(() =>
      expect(screen.getByRole('switch', { name: 'Quotes from captions' })).toBeChecked(),
    );
    expect(screen.getByRole('switch', { name: 'Quotes from captions' })).toHaveFocus();
    await user.keyboard('a');
    await waitFor(async () =>
      expect(await allMoments(db)).toEqual([
        expect.objectContaining({ side: 'them', kind: 'request' }),
      ]),
    );
  });

  test('refused access: stays off, and says why', async () => {
    sent.granted = false;
    const user = await renderLive(false);
    await user.click(screen.getByRole('switch', { name: 'Quotes from captions' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Reading captions needs access to the meeting sites; it was not given.',
    );
    expect(screen.getByRole('switch', { name: 'Quotes from captions' })).not.toBeChecked();
  });

  test('the status line follows the meeting tab, in a polite live region', async () => {
    tab.status = { platform: 'meet', health: { state: 'reading', speakers: 2 }, link: 0 };
    await renderLive();
    await waitFor(() => expect(statusLine()).toBe('Reading captions (Meet, 2 speakers)'));
    expect(document.querySelector('.caption-status')).toHaveAttribute('aria-live', 'polite');
    act(() =>
      tab.hear({
        type: 'caption-health',
        platform: 'meet',
        health: { state: 'captions-off' },
        link: null,
      }),
    );
    expect(statusLine()).toBe('Captions are off in the meeting — press CC');
  });

  test('on without access to the meeting sites (a restored backup): says how to get it', async () => {
    tab.access = false;
    await renderLive();
    await waitFor(() =>
      expect(statusLine()).toBe(
        'No access to the meeting sites — switch off and on again to allow it',
      ),
    );
  });

  test('a Webex tab: not supported yet, said plainly', async () => {
    tab.unsupported = 'webex';
    await renderLive();
    await waitFor(() => expect(statusLine()).toBe('Captions from Webex are not supported yet'));
  });

  test('a suggestion is only a chip; Enter tags it with that line as its quote', async () => {
    const user = await renderLive();
    act(() =>
      tab.hear({
        type: 'caption-lines',
        platform: 'meet',
        lines: [said('Dana Smith', 'Could you send the deck after the call?')],
      }),
    );
    expect(await screen.findByText(/Dana Smith — asked for something/)).toBeInTheDocument();
    expect(await allMoments(db)).toEqual([]);
    await user.keyboard('{Enter}');
    await waitFor(async () =>
      expect(await allMoments(db)).toEqual([
        expect.objectContaining({ side: 'them', kind: 'request' }),
      ]),
    );
    expect(sent.outcomes).toEqual([['request', true]]);
    await waitFor(() =>
      expect(sent.tags).toEqual([
        expect.objectContaining({
          quote: [
            { speaker: 'Dana Smith', text: 'Could you send the deck after the call?', mine: false },
          ],
        }),
      ]),
    );
    expect(screen.queryByText(/asked for something/)).not.toBeInTheDocument();
  });

  test('Escape ignores it, and that is counted', async () => {
    const user = await renderLive();
    act(() =>
      tab.hear({
        type: 'caption-lines',
        platform: 'meet',
        lines: [said('Dana Smith', 'Could you share the pricing sheet?')],
      }),
    );
    await screen.findByText(/asked for something/);
    await user.keyboard('{Escape}');
    expect(screen.queryByText(/asked for something/)).not.toBeInTheDocument();
    expect(sent.outcomes).toEqual([['request', false]]);
    expect(await allMoments(db)).toEqual([]);
  });

  test('in German: the switch, its hint, the status line and the chip', async () => {
    await setPreference(db, 'language', 'de');
    tab.status = { platform: 'meet', health: { state: 'reading', speakers: 2 }, link: 0 };
    await renderLive();
    expect(screen.getByRole('switch', { name: 'Zitate aus Untertiteln' })).toBeChecked();
    expect(screen.getByText(/Schalten Sie die Untertitel im Meeting ein \(CC\)/)).toBeVisible();
    await waitFor(() =>
      expect(statusLine()).toBe('Untertitel werden gelesen (Meet, 2 Personen sprechen)'),
    );
    act(() =>
      tab.hear({
        type: 'caption-lines',
        platform: 'meet',
        lines: [said('Dana Smith', 'Could you send the deck after the call?')],
      }),
    );
    // The default kinds' names stay English, and keep their capital in a German sentence.
    const chip = (await screen.findByText('Dana Smith – Asked for something')).closest('p');
    expect(chip).toHaveTextContent(
      'Dana Smith – Asked for something: „Could you send the deck after the call?“ – markieren?',
    );
    expect(screen.getByRole('button', { name: /Markieren/ })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: /Ignorieren/ })).toBeInTheDocument();
  });

  test('my own commitment is suggested for me, and goes by itself, uncounted', async () => {
    await renderLive();
    vi.useFakeTimers({ shouldAdvanceTime: true });
    try {
      act(() =>
        tab.hear({
          type: 'caption-lines',
          platform: 'meet',
          lines: [said('You', "I'll send it by Friday.", true)],
        }),
      );
      expect(await screen.findByText(/You — made a commitment/)).toBeInTheDocument();
      await act(() => vi.advanceTimersByTimeAsync(7_900));
      expect(screen.getByText(/You — made a commitment/)).toBeInTheDocument();
      await act(() => vi.advanceTimersByTimeAsync(200));
      expect(screen.queryByText(/made a commitment/)).not.toBeInTheDocument();
      expect(sent.outcomes).toEqual([]);
      expect(await allMoments(db)).toEqual([]);
    } finally {
      vi.useRealTimers();
    }
  });
});
