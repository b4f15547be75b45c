import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { FullPageApp, preloadRoute } from '../../components/shell/full-page-app';
import { appDatabase } from '../../lib/db/app-database';
// Only the tokens and the globals: every screen and widget imports its own stylesheet. The
// forced-colours overrides come last and win by their own specificity, not this order.
import '../../components/ui/theme.css';
import '../../components/ui/utilities.css';
import '../../components/ui/buttons.css';
import '../../components/ui/forms.css';
import '../../components/ui/forced-colors.css';

// Both started before the first render, so that they run while React starts: opening the
// database (else opened by the first query, after the render and its effects) and what the
// page the URL names needs first (the history's first rows, or another page's code). A failed
// open or read is reported by the queries that need it.
const db = appDatabase();
db.open().catch(() => undefined);
preloadRoute(db, window.location.hash);

createRoot(document.getElementById('root') as HTMLElement).render(
  <StrictMode>
    <FullPageApp db={db} />
  </StrictMode>,
);
