import { cp, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { MEETING_ORIGINS } from '../../../lib/domain/meeting-tab';
import { EXTENSION_DIR } from './extension-browser';

export type MeetingPlatform = 'meet' | 'teams' | 'zoom';

/** The real addresses the fixtures are served at: the reader is injected because they match. */
export const MEETING_URLS: Readonly<Record<MeetingPlatform, string>> = {
  meet: 'https://meet.google.com/abc-defg-hij',
  teams: 'https://teams.microsoft.com/v2/?meetingjoin=true',
  zoom: 'https://app.zoom.us/wc/1234567890/start',
};

/**
 * A copy of the built extension whose meeting hosts are granted at install. A test cannot
 * click the browser's permission prompt; with the hosts already granted, the switch's
 * `permissions.request` resolves true without one, and everything after it runs as shipped.
 * Only the copy's manifest differs (host_permissions added); the shipped build is untouched.
 */
export async function extensionWithMeetingHosts(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'reciprocity-granted-'));
  await cp(EXTENSION_DIR, dir, { recursive: true });
  const path = join(dir, 'manifest.json');
  const manifest = JSON.parse(await readFile(path, 'utf8')) as Record<string, unknown>;
  manifest.host_permissions = [...MEETING_ORIGINS];
  await writeFile(path, JSON.stringify(manifest));
  return dir;
}

/**
 * Plays a conversation into the fixture's caption region the way each platform draws it:
 * Meet and Teams add a block per speaker turn and rewrite it while it is spoken; Zoom's one
 * box shows the current speaker's words. `off()` removes the region as switching captions
 * off does; `restyle()` draws it anew without any of the hooks, as a platform update would.
 */
const PLAYER = `
<script>
window.captions = (() => {
  const platform = document.documentElement.dataset.platform;
  const make = (html) => { const t = document.createElement('template'); t.innerHTML = html.trim(); return t.content.firstElementChild; };
  const esc = (s) => s.replace(/[&<>]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;' })[c]);
  return {
    say(speaker, text) {
      if (platform === 'meet') {
        const region = document.querySelector('#captions');
        region.insertBefore(make('<div class="nMcdL"><div class="KcIKyf"><span class="NWpY1d">' + esc(speaker) + '</span></div><div jsname="tgaKEf" class="bh44bd">' + esc(text) + '</div></div>'), region.querySelector('.ui-jump'));
      } else if (platform === 'teams') {
        document.querySelector('[data-tid="closed-caption-v2-virtual-list-content"]').append(make('<div class="fui-ChatMessageCompact"><span data-tid="author">' + esc(speaker) + '</span><span data-tid="closed-caption-text">' + esc(text) + '</span></div>'));
      } else {
        const box = document.querySelector('.live-transcription-subtitle__box');
        box.querySelector('img').alt = speaker;
        box.querySelector('.live-transcription-subtitle__item').textContent = text;
      }
    },
    off() {
      if (platform === 'meet') {
        [...document.querySelectorAll('.google-symbols')].find((i) => i.textContent === 'closed_caption').textContent = 'closed_caption_off';
      }
      document.querySelector('#captions, [data-tid="closed-caption-v2-window-wrapper"], .live-transcription-subtitle__box').remove();
    },
    restyle() {
      // The platform ships new markup: the region is drawn anew, none of the hooks kept.
      const region = document.querySelector('#captions');
      const drawn = document.createElement('div');
      drawn.className = 'x7Yq2';
      for (const text of region.querySelectorAll('[jsname="tgaKEf"]')) {
        const line = document.createElement('div');
        line.className = 'z9Kp1';
        line.textContent = text.textContent;
        drawn.append(line);
      }
      region.replaceWith(drawn);
    },
  };
})();
</script>`;

/** Serves a platform's fixture page (tests/fixtures/captions) at its real address, offline. */
export async function serveMeeting(
  context: BrowserContext,
  platform: MeetingPlatform,
): Promise<string> {
  const fixture = resolve(import.meta.dirname, '../../fixtures/captions', `${platform}.html`);
  const html = (await readFile(fixture, 'utf8'))
    .replace('<html lang="en">', `<html lang="en" data-platform="${platform}">`)
    .replace('</body>', `${PLAYER}</body>`);
  const url = MEETING_URLS[platform];
  const { origin } = new URL(url);
  await context.route(`${origin}/**`, (route) =>
    route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html }),
  );
  return url;
}

export async function say(page: Page, speaker: string, text: string): Promise<void> {
  await page.evaluate(([s, t]) => (window as unknown as CaptionPlayer).captions.say(s, t), [
    speaker,
    text,
  ] as const);
}

export async function captionsOff(page: Page): Promise<void> {
  await page.evaluate(() => (window as unknown as CaptionPlayer).captions.off());
}

export async function restyleCaptions(page: Page): Promise<void> {
  await page.evaluate(() => (window as unknown as CaptionPlayer).captions.restyle());
}

interface CaptionPlayer {
  captions: { say: (speaker: string, text: string) => void; off: () => void; restyle: () => void };
}

/** Every moment of every call, as stored, read from an extension page. */
export interface StoredMoment {
  id: string;
  side: string;
  kind: string;
  quote?: Array<{ speaker: string; text: string; mine: boolean }>;
}

export async function storedMoments(page: Page): Promise<StoredMoment[]> {
  return page.evaluate(
    () =>
      new Promise<StoredMoment[]>((resolvePromise, reject) => {
        const open = indexedDB.open('reciprocity-coach');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const request = open.result
            .transaction('callMoments')
            .objectStore('callMoments')
            .getAll();
          request.onsuccess = () => {
            open.result.close();
            resolvePromise(
              (request.result as Array<{ moments: StoredMoment[] }>).flatMap((r) => r.moments),
            );
          };
          request.onerror = () => reject(request.error);
        };
      }),
  );
}
