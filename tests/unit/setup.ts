// fake-indexeddb must be in place before anything imports Dexie.
import 'fake-indexeddb/auto';
import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { resetStore } from '../../lib/store/store';

afterEach(() => {
  cleanup();
  resetStore();
  fakeBrowser.reset();
});
