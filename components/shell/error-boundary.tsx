import { Component, type ErrorInfo, type ReactNode } from 'react';
import './error-boundary.css';

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
    return (
      <main className="screen crash" role="alert">
        <h1>Something went wrong</h1>
        <p>
          The panel hit an error: <code>{this.state.error.message}</code>. Everything you tagged was
          saved before this screen; nothing is lost.
        </p>
        <button type="button" className="primary-button" onClick={() => location.reload()}>
          Reload the panel
        </button>
      </main>
    );
  }
}
