/** The app's notices, stacked: what the user should know but can work past. Texts are rendered as text. */
import { Notice } from './Notice.tsx';

export interface NoticeItem {
  readonly id: string;
  readonly tone: 'info' | 'error';
  readonly text: string;
  readonly items?: readonly string[];
  /** A button after the text (e.g. reload to update). */
  readonly action?: { readonly label: string; readonly run: () => void };
  /** Absent: the notice stays (e.g. the synthetic-data warning). */
  readonly onDismiss?: () => void;
}

export function Notices({ notices, dismissLabel }: { notices: readonly NoticeItem[]; dismissLabel: string }) {
  return (
    <div className="notices">
      {notices.map((notice) => (
        <Notice
          key={notice.id}
          tone={notice.tone}
          dismissLabel={dismissLabel}
          testId={notice.id}
          {...(notice.onDismiss ? { onDismiss: notice.onDismiss } : {})}
        >
          {notice.text}
          {notice.items && notice.items.length > 0 && (
            <ul>
              {notice.items.map((item, n) => (
                <li key={n}>{item}</li>
              ))}
            </ul>
          )}
          {notice.action && (
            <button type="button" className="notice-action" onClick={notice.action.run}>
              {notice.action.label}
            </button>
          )}
        </Notice>
      ))}
    </div>
  );
}
