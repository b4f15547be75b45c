import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from '../../components/shell/app';
import '../../components/ui/theme.css';

createRoot(document.getElementById('root') as HTMLElement).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
