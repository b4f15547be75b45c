import { beforeEach, describe, expect, test } from 'vitest';
import type { CaptionAdapter } from '../../../lib/extension/captions/caption-adapter';
import { adapterFor } from '../../../lib/extension/captions/caption-adapters';
import { elementKeys } from '../../../lib/extension/captions/element-keys';
import { meetAdapter } from '../../../lib/extension/captions/meet-adapter';
import { teamsAdapter } from '../../../lib/extension/captions/teams-adapter';
import { zoomAdapter } from '../../../lib/extension/captions/zoom-adapter';
import { loadCaptionFixture } from '../support/caption-fixtures';

function read(adapter: CaptionAdapter, keyOf = elementKeys()) {
  const root = adapter.root(document);
  if (!root) throw new Error('no root');
  const found = adapter.findRegion(root);
  return {
    root,
    link: found?.link,
    blocks: found ? adapter.readBlocks(found.region, keyOf) : [],
  };
}

beforeEach(() => {
  document.documentElement.innerHTML = '<head></head><body></body>';
});

describe.each([
  [
    'meet',
    meetAdapter,
    [
      ['Dana Smith', 'Could you send the deck after the call?'],
      ['You', 'Sure, I will send it by Friday.'],
    ],
  ],
  [
    'teams',
    teamsAdapter,
    [
      ['Dana Smith', 'How do you price this for enterprise?'],
      ['Sam Lee', 'It depends on the volume.'],
    ],
  ],
  ['zoom', zoomAdapter, [['Dana Smith', 'we can send the pilot site list']]],
] as const)('%s adapter on its fixture page', (name, adapter, expected) => {
  test('finds the call and its caption region by the most stable hook', () => {
    loadCaptionFixture(name);
    const { root, link } = read(adapter);
    expect(adapter.inCall(root)).toBe(true);
    expect(link).toBe(0);
  });

  test('reads each block’s speaker and text, oldest first', () => {
    loadCaptionFixture(name);
    const { blocks } = read(adapter);
    expect(blocks.map((b) => [b.speaker, b.text.trim()])).toEqual(expected);
  });

  test('a block keeps its key while its element lives, and only then', () => {
    loadCaptionFixture(name);
    const keyOf = elementKeys();
    const first = read(adapter, keyOf).blocks.map((b) => b.key);
    expect(read(adapter, keyOf).blocks.map((b) => b.key)).toEqual(first);
    expect(new Set(first).size).toBe(first.length);
    loadCaptionFixture(name);
    expect(read(adapter, keyOf).blocks.map((b) => b.key)).not.toEqual(first);
  });

  test('a page without the caption region is no region, not an error', () => {
    loadCaptionFixture(name);
    const { root } = read(adapter);
    const found = adapter.findRegion(root);
    found?.region.remove();
    expect(adapter.findRegion(root)).toBeNull();
  });
});

describe('hooks further down the chain', () => {
  test('Meet without its ARIA region falls back to its classes, and says so', () => {
    loadCaptionFixture('meet');
    document.querySelector('#captions')?.removeAttribute('role');
    expect(read(meetAdapter).link).toBe(1);
    expect(read(meetAdapter).blocks).toHaveLength(2);
  });

  test('Meet picks the region with captions, not another focusable region', () => {
    loadCaptionFixture('meet');
    expect(meetAdapter.findRegion(document)?.region.id).toBe('captions');
  });

  test('Meet tells captions off from its captions button', () => {
    loadCaptionFixture('meet');
    expect(meetAdapter.captionsOff(document)).toBe(false);
    const icon = [...document.querySelectorAll('.google-symbols')].find(
      (i) => i.textContent === 'closed_caption',
    );
    if (icon) icon.textContent = 'closed_caption_off';
    expect(meetAdapter.captionsOff(document)).toBe(true);
  });

  test('out of the call (the lobby) is not in call', () => {
    loadCaptionFixture('teams');
    document.querySelector('#hangup-button')?.remove();
    expect(teamsAdapter.inCall(document)).toBe(false);
  });
});

describe('the local participant, whose words are the user’s', () => {
  test.each([
    ['meet', meetAdapter, null],
    ['teams', teamsAdapter, 'Sam Lee'],
    ['zoom', zoomAdapter, 'Sam Lee'],
  ] as const)('%s names them %j', (name, adapter, local) => {
    loadCaptionFixture(name);
    const root = adapter.root(document);
    expect(root && adapter.localName(root)).toBe(local);
  });

  test('a page that does not show the name gives null, not an empty name', () => {
    loadCaptionFixture('teams');
    document.querySelector('[data-tid="calling-self-video-tile"]')?.remove();
    expect(teamsAdapter.localName(document)).toBeNull();
  });
});

describe('adapterFor', () => {
  test.each([
    ['https://meet.google.com/abc-defg-hij', 'meet'],
    ['https://meet.google.com/landing', null],
    ['https://teams.microsoft.com/v2/', 'teams'],
    ['https://teams.live.com/meet/123', 'teams'],
    ['https://app.zoom.us/wc/123/join', 'zoom'],
    ['https://us02web.zoom.us/wc/123/join', 'zoom'],
    ['https://zoom.us/j/123', null],
    ['https://acme.webex.com/meet/dana', null],
    ['http://meet.google.com/abc-defg-hij', null],
    ['not a url', null],
  ])('%s → %s', (address, platform) => {
    expect(adapterFor(address)?.platform ?? null).toBe(platform);
  });
});
