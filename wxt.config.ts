import react from '@vitejs/plugin-react';
import { defineConfig } from 'wxt';
import { manifestCommands } from './lib/domain/commands';
import { MEETING_ORIGINS } from './lib/domain/meeting-tab';

export default defineConfig({
  // Explicit imports everywhere: code reads the same in the editor, tests and build.
  imports: false,
  vite: () => ({ plugins: [react()] }),
  manifest: ({ browser }) => ({
    name: 'Reciprocity Coach',
    description:
      'Tag the moments of a partner call in one keystroke and see whether the exchange was reciprocal. Everything stays on your machine.',
    // sidePanel is added by WXT for Chrome; nothing broader than storage is asked at install.
    permissions: ['storage', 'unlimitedStorage'],
    // Asked only when the user chooses to fill the call from the meeting tab.
    ...(browser === 'firefox'
      ? { optional_permissions: [...MEETING_ORIGINS] }
      : { optional_host_permissions: [...MEETING_ORIGINS] }),
    action: { default_title: 'Open Reciprocity Coach' },
    commands: manifestCommands(),
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'reciprocity-coach@reciprocity.coach',
              strict_min_version: '142.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
});
