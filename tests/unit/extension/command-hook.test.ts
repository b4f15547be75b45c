import { expect, test } from 'vitest';
import {
  COMMAND_HOOK,
  exposeCommandHook,
  type WithCommandHook,
} from '../../../lib/extension/command-hook';

test('the background exposes its command handler under the one name the tests call', async () => {
  const scope: WithCommandHook = {};
  const run = async () => ({ status: 'ignored' }) as const;
  exposeCommandHook(scope, run);
  expect(scope[COMMAND_HOOK]).toBe(run);
  // The end-to-end helpers (tests/e2e/support/worker.ts, tests/e2e-firefox/support) run in
  // the browser, where they cannot import the constant: they spell it out.
  expect(COMMAND_HOOK).toBe('reciprocityRunCommand');
  expect(Object.keys(scope)).toEqual([COMMAND_HOOK]);
});
