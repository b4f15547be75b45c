import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { FullPageApp } from '../../components/shell/full-page-app';
import '../../components/ui/theme.css';
import '../../components/ui/forms.css';
import '../../components/follow-up/follow-up.css';
import '../../components/history/history.css';
import '../../components/backup/backup.css';

createRoot(document.getElementById('root') as HTMLElement).render(
  <StrictMode>
    <FullPageApp />
  </StrictMode>,
);
