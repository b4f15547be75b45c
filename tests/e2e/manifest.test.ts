import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { MEETING_ORIGINS } from '../../lib/domain/meeting-tab';

// The built manifests, as a user installs them: what the extension may do is decided here.
function manifest(target: 'chrome-mv3' | 'firefox-mv2'): Record<string, unknown> {
  const path = resolve(import.meta.dirname, '../../.output', target, 'manifest.json');
  return JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;
}

const CHROME_KEYS = [
  'action',
  'background',
  'commands',
  'default_locale',
  'description',
  'icons',
  'manifest_version',
  'minimum_chrome_version',
  'name',
  'optional_host_permissions',
  'options_ui',
  'permissions',
  'side_panel',
  'version',
];

describe('the built manifests ask for the least', () => {
  test('Chrome: side panel, storage, unlimited storage and scripting; meeting hosts only on demand; nothing else', () => {
    const m = manifest('chrome-mv3');
    // Any other key (content scripts, host permissions, a page override such as
    // chrome_url_overrides, a loosened CSP) has to be added here on purpose.
    expect(Object.keys(m).sort()).toEqual(CHROME_KEYS);
    // scripting has no install warning: it registers the caption reader, which runs only on
    // the optional meeting hosts once granted (lib/extension/captions/caption-registration.ts).
    expect([...(m.permissions as string[])].sort()).toEqual([
      'scripting',
      'sidePanel',
      'storage',
      'unlimitedStorage',
    ]);
    expect(m).not.toHaveProperty('content_scripts');
    expect(m).not.toHaveProperty('host_permissions');
    expect(m.optional_host_permissions).toEqual([...MEETING_ORIGINS]);
    expect(m.side_panel).toEqual({ default_path: 'sidepanel.html' });
    // Options opens Settings in a tab (entrypoints/options); 123 for CSS light-dark(), the
    // newest thing the code needs (the reasons are listed in wxt.config.ts).
    expect(m.options_ui).toEqual({ page: 'options.html', open_in_tab: true });
    expect(m.minimum_chrome_version).toBe('123');
  });

  test('Chrome: four suggested shortcuts, every other kind a command without a key', () => {
    const commands = manifest('chrome-mv3').commands as Record<
      string,
      { suggested_key?: { default: string } }
    >;
    const keyed = Object.entries(commands)
      .filter(([, c]) => c.suggested_key)
      .map(([name, c]) => [name, c.suggested_key?.default]);
    expect(keyed).toEqual([
      ['tag-them-request', 'Alt+Shift+1'],
      ['tag-them-proprietary', 'Alt+Shift+2'],
      ['tag-them-value', 'Alt+Shift+3'],
      ['tag-me-value', 'Alt+Shift+4'],
    ]);
    expect(Object.keys(commands)).toHaveLength(20);
  });

  test('Firefox: the same panel as a sidebar, the same permissions', () => {
    const m = manifest('firefox-mv2');
    expect([...(m.permissions as string[])].sort()).toEqual([
      'scripting',
      'storage',
      'unlimitedStorage',
    ]);
    expect(m.optional_permissions).toEqual([...MEETING_ORIGINS]);
    expect(m.sidebar_action).toMatchObject({ default_panel: 'sidepanel.html' });
    expect(m.options_ui).toEqual({ page: 'options.html', open_in_tab: true });
    // 142: data_collection_permissions is known from there on Android too (desktop 140).
    expect(m.browser_specific_settings).toMatchObject({ gecko: { strict_min_version: '142.0' } });
    expect(m).not.toHaveProperty('minimum_chrome_version');
    // A persistent background page: see entrypoints/background.ts for why not an event page.
    expect(m.background).toEqual({ scripts: ['background.js'], persistent: true });
    expect(m).not.toHaveProperty('content_scripts');
    expect(m).not.toHaveProperty('chrome_url_overrides');
  });
});
