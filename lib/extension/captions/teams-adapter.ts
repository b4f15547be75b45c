import { firstMatch, textOf, type CaptionAdapter } from './caption-adapter';

// Test ids first (data-tid: more stable than classes, though one was renamed in 2025-07).
const REGION = [
  '[data-tid="closed-caption-v2-window-wrapper"]',
  '[data-tid="closed-captions-renderer"]',
  '[data-tid*="closed-caption"]',
];
const TEXT = ['[data-tid="closed-caption-text"]'];
const AUTHOR = ['[data-tid="author"]'];
// A caption item, when no ancestor of the text names its author.
const ITEM = '.fui-ChatMessageCompact';
// The user's own name, which Teams' captions show as the author of their words: the self
// video tile's name by test id first, then the account ("me control") button's name.
const LOCAL_NAME = [
  '[data-tid="calling-self-video-tile"] [data-tid="participant-name"]',
  '[data-tid="me-control-display-name"]',
  '#idna-me-control-avatar-trigger [data-tid="display-name"]',
];

function itemOf(text: Element, region: Element): Element {
  let node: Element = text;
  while (node.parentElement && node.parentElement !== region) {
    node = node.parentElement;
    if (firstMatch(node, AUTHOR) || node.matches(ITEM)) return node;
  }
  return node;
}

export const teamsAdapter: CaptionAdapter = {
  platform: 'teams',
  matches: (url) => url.hostname === 'teams.microsoft.com' || url.hostname === 'teams.live.com',
  root: (document) => document,
  inCall: (root) => root.querySelector('#hangup-button, [data-tid="hangup-main-btn"]') !== null,
  // Teams draws no region at all while captions are off: the region's absence is all we see.
  captionsOff: () => null,
  findRegion(root) {
    const found = firstMatch(root, REGION);
    return found ? { region: found.element, link: found.link } : null;
  },
  readBlocks(region, keyOf) {
    return [...region.querySelectorAll(TEXT.join(', '))].map((text) => {
      const item = itemOf(text, region);
      return { key: keyOf(item), speaker: textOf(item, AUTHOR), text: text.textContent ?? '' };
    });
  },
  rolling: false,
  speaking: () => null,
  localName: (root) => textOf(root, LOCAL_NAME) || null,
};
