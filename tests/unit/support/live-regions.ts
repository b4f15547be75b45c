/** Elements that announce their changes: aria-live, or a role that implies it. */
const LIVE = '[aria-live]:not([aria-live="off"]), [role="status"], [role="alert"], [role="log"]';

/**
 * Live regions inside another live region, described by their text. A screen reader reads
 * such a change twice, or drops one of them, depending on which it is.
 */
export function nestedLiveRegions(root: ParentNode = document): string[] {
  return [...root.querySelectorAll(LIVE)]
    .filter((region) => region.parentElement?.closest(LIVE))
    .map((region) => `${region.outerHTML.slice(0, 80)}… in a live region`);
}
