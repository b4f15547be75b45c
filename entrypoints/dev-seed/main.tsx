// Development only: built with RC_DEV_PAGES=1 (see wxt.config.ts), never shipped.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createDevApi, type DevApi } from '../../dev/components/dev-api';
import { DevSeedPage } from '../../dev/components/dev-seed-page';
import { appDatabase } from '../../lib/db/app-database';
import '../../components/ui/theme.css';
import '../../components/ui/utilities.css';
import '../../components/ui/buttons.css';

const api = createDevApi(appDatabase());
// For the console and for `npm run bench`.
(globalThis as unknown as { reciprocityDev: DevApi }).reciprocityDev = api;

createRoot(document.getElementById('root') as HTMLElement).render(
  <StrictMode>
    <DevSeedPage api={api} />
  </StrictMode>,
);
