import { Component, type ErrorInfo, type ReactNode } from 'react';
import './error-boundary.css';
import { useT } from '../app-context/i18n-context';

interface State {
  error: Error | null;
}

/** A crash in one screen shows a way out instead of a blank panel. Your data is untouched. */
export class ErrorBoundary extends Component<{ children: ReactNode }, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: Error): State {
    return { error };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    console.error('Reciprocity Coach crashed', error, info.componentStack);
  }

  override render(): ReactNode {
    if (!this.state.error) return this.props.children;
    return <CrashScreen message={this.state.error.message} />;
  }
}

/** Outside the settings (they may be what failed): in the browser's language. */
function CrashScreen({ message }: { message: string }) {
  const t = useT();
  return (
    <main className="screen crash" role="alert">
      <h1>{t('shell.crash.title')}</h1>
      <p>
        {t('shell.crash.detail')} <code>{message}</code>. {t('shell.crash.safe')}
      </p>
      <button type="button" className="primary-button" onClick={() => location.reload()}>
        {t('shell.crash.reload')}
      </button>
    </main>
  );
}
