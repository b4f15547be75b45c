import { firstMatch, hasIcon, textOf, type CaptionAdapter } from './caption-adapter';

// Meet's icons are ligatures in an icon font; the font's class was renamed once (2024).
const ICONS = ['.google-symbols', '.google-material-icons', '.material-icons-extended'];
// The region: a focusable ARIA region (2025-09), then the obfuscated classes seen before.
const REGION = ['div[role="region"][tabindex="0"]', '.iOzk7', '.a4cQT'];
// Inside it, a block is an element holding a caption text; the last children may be UI.
const TEXT = ['[jsname="tgaKEf"]', '.bh44bd'];
const SPEAKER = ['.NWpY1d', '.KcIKyf'];

/** The block around a caption text: the nearest ancestor that also names a speaker. */
function blockOf(text: Element, region: Element): Element {
  let node: Element = text;
  while (node.parentElement && node.parentElement !== region) {
    node = node.parentElement;
    if (SPEAKER.some((selector) => node.querySelector(selector))) return node;
  }
  return node;
}

export const meetAdapter: CaptionAdapter = {
  platform: 'meet',
  matches: (url) =>
    url.hostname === 'meet.google.com' && /^\/[a-z]{3}-[a-z]{4}-[a-z]{3}/.test(url.pathname),
  root: (document) => document,
  inCall: (root) => hasIcon(root, ICONS, 'call_end'),
  captionsOff: (root) =>
    hasIcon(root, ICONS, 'closed_caption_off')
      ? true
      : hasIcon(root, ICONS, 'closed_caption')
        ? false
        : null,
  findRegion(root) {
    // Several ARIA regions may be focusable: the captions' is the one with caption texts.
    for (const [link, selector] of REGION.entries()) {
      for (const region of root.querySelectorAll(selector)) {
        if (firstMatch(region, TEXT)) return { region, link };
      }
    }
    return null;
  },
  readBlocks(region, keyOf) {
    const selector = TEXT.join(', ');
    return [...region.querySelectorAll(selector)].map((text) => {
      const block = blockOf(text, region);
      return { key: keyOf(block), speaker: textOf(block, SPEAKER), text: text.textContent ?? '' };
    });
  },
  rolling: false,
  speaking: () => null,
  // Meet captions the user's own words as "You": no name to find.
  localName: () => null,
};
