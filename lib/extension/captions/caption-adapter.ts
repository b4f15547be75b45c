import type { CaptionBlock } from '../../domain/captions/caption-stream';
import type { Platform } from '../../domain/model';

/**
 * How to read one platform's captions from its meeting page. One file per platform holds
 * one of these, and a fixture page in tests/fixtures/captions holds the structure it reads:
 * when the platform changes its page, that file and that fixture change, nothing else.
 *
 * Every hook is a chain of selectors tried in order, stable ones first (ARIA roles, test ids,
 * the platform's own attribute names), obfuscated class names last; a localised label is
 * never the only hook. Which link of a chain matched is reported, so the panel can tell a
 * page read through its last resort.
 */
export interface CaptionAdapter {
  platform: Exclude<Platform, 'other' | 'webex'>;
  /** Whether this adapter reads the page at this address. */
  matches: (url: URL) => boolean;
  /** Where the meeting's own UI is: Zoom draws it in a same-origin frame. */
  root: (document: Document) => ParentNode | null;
  /** The call is running (not the lobby, not the goodbye screen). */
  inCall: (root: ParentNode) => boolean;
  /** The meeting's captions switch reads off; null where the page does not tell. */
  captionsOff: (root: ParentNode) => boolean | null;
  /** The caption region and the link of its selector chain that found it (0: most stable). */
  findRegion: (root: ParentNode) => { region: Element; link: number } | null;
  /**
   * The region's caption blocks, oldest first, each keyed by its element (`keyOf`): Meet and
   * Teams rewrite a block in place while it is spoken. A platform whose region is one rolling
   * box (Zoom) returns that box as one block; its reader joins the rolling text.
   */
  readBlocks: (region: Element, keyOf: (element: Element) => string) => CaptionBlock[];
  /** Whether the box rolls (drops words off its front) rather than holding whole lines. */
  rolling: boolean;
  /** The page shows someone speaking; null where it does not tell. */
  speaking: (root: ParentNode) => boolean | null;
  /**
   * The name the page shows for the local participant, which its captions use for the user's
   * own words; null where the captions say "You" instead (Meet) or the page does not tell.
   */
  localName: (root: ParentNode) => string | null;
}

/** The first element a chain of selectors finds, and which link found it. */
export function firstMatch(
  root: ParentNode,
  chain: readonly string[],
): { element: Element; link: number } | null {
  for (const [link, selector] of chain.entries()) {
    const element = root.querySelector(selector);
    if (element) return { element, link };
  }
  return null;
}

/** The text of the first element the chain finds inside `root`, or ''. */
export function textOf(root: ParentNode, chain: readonly string[]): string {
  return firstMatch(root, chain)?.element.textContent?.trim() ?? '';
}

/** Whether any icon-font element in the page shows this ligature (Meet's icons are text). */
export function hasIcon(root: ParentNode, iconSelectors: readonly string[], name: string): boolean {
  return iconSelectors.some((selector) =>
    [...root.querySelectorAll(selector)].some((icon) => icon.textContent?.trim() === name),
  );
}
