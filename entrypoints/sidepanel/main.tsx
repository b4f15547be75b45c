import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from '../../components/shell/app';
// Only the tokens and the globals: every screen and widget imports its own stylesheet. The
// forced-colours overrides come last and win by their own specificity, not this order.
import '../../components/ui/theme.css';
import '../../components/ui/utilities.css';
import '../../components/ui/buttons.css';
import '../../components/ui/forms.css';
import '../../components/ui/forced-colors.css';

createRoot(document.getElementById('root') as HTMLElement).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
