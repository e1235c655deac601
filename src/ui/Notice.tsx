/** A small dismissible notice for things the user should know but can work past. */
import type { ReactNode } from 'react';

interface Props {
  readonly tone: 'info' | 'error';
  readonly dismissLabel?: string;
  readonly onDismiss?: () => void;
  readonly children: ReactNode;
  readonly testId?: string;
}

export function Notice({ tone, dismissLabel, onDismiss, children, testId }: Props) {
  return (
    <div className={`notice notice-${tone}`} role={tone === 'error' ? 'alert' : 'status'} data-testid={testId}>
      <div className="notice-body">{children}</div>
      {onDismiss && (
        <button type="button" className="icon-button" onClick={onDismiss} aria-label={dismissLabel} title={dismissLabel}>
          ×
        </button>
      )}
    </div>
  );
}
