import { CircleAlert, X } from 'lucide-react';
import './error-banner.css';
import { useT } from '../app-context/i18n-context';

export function ErrorBanner({ message, onDismiss }: { message: string; onDismiss?: () => void }) {
  const t = useT();
  return (
    <div className="banner banner-error" role="alert">
      <CircleAlert size={16} aria-hidden="true" />
      <span>{message}</span>
      {onDismiss ? (
        <button
          type="button"
          className="icon-button"
          onClick={onDismiss}
          aria-label={t('ui.dismiss')}
        >
          <X size={14} aria-hidden="true" />
        </button>
      ) : null}
    </div>
  );
}
