import type { CaptionAdapter } from './caption-adapter';
import { meetAdapter } from './meet-adapter';
import { teamsAdapter } from './teams-adapter';
import { zoomAdapter } from './zoom-adapter';

/** Every platform whose captions can be read; a new platform is one file and one line here. */
export const CAPTION_ADAPTERS: readonly CaptionAdapter[] = [meetAdapter, teamsAdapter, zoomAdapter];

/** The adapter for a page's address, or null: that platform is not supported (yet). */
export function adapterFor(address: string): CaptionAdapter | null {
  let url: URL;
  try {
    url = new URL(address);
  } catch {
    return null;
  }
  if (url.protocol !== 'https:') return null;
  return CAPTION_ADAPTERS.find((adapter) => adapter.matches(url)) ?? null;
}
