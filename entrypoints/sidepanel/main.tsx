import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from '../../components/shell/app';
import '../../components/ui/theme.css';
import '../../components/ui/forms.css';
import '../../components/ui/follow-up/follow-up.css';
import '../../components/history/history.css';
import '../../components/ui/forced-colors.css';

createRoot(document.getElementById('root') as HTMLElement).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
