import { CircleAlert, X } from 'lucide-react';
import './error-banner.css';

export function ErrorBanner({ message, onDismiss }: { message: string; onDismiss?: () => void }) {
  return (
    <div className="banner banner-error" role="alert">
      <CircleAlert size={16} aria-hidden="true" />
      <span>{message}</span>
      {onDismiss ? (
        <button type="button" className="icon-button" onClick={onDismiss} aria-label="Dismiss">
          <X size={14} aria-hidden="true" />
        </button>
      ) : null}
    </div>
  );
}
