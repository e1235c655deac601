/** A user's feature under the pointer (hover) or clicked: its layer and its row's fields, always as text. */
import type { Lang } from '../../lib/lang.ts';
import type { UserLayer } from '../../user-data/types.ts';
import { userDataStrings } from './user-data-strings.ts';

/** Fields shown on the card; a row with more says how many are left out. */
const SHOWN_FIELDS = 12;

interface Props {
  readonly lang: Lang;
  readonly layer: UserLayer;
  readonly featureId: number;
  readonly x: number;
  readonly y: number;
  /** A clicked card stays, with a close button; a hovered one follows the pointer. */
  readonly pinned: boolean;
  readonly onClose: () => void;
}

export function UserFeatureCard({ lang, layer, featureId, x, y, pinned, onClose }: Props) {
  const t = userDataStrings(lang);
  const feature = layer.features.find((f) => f.id === featureId);
  if (!feature) return null;
  const entries = Object.entries(feature.properties).filter(([, value]) => value !== null && value !== '');
  return (
    <div
      className="user-feature-card"
      style={{ left: x + 14, top: y + 14 }}
      role={pinned ? 'dialog' : 'tooltip'}
      aria-label={layer.name}
      data-testid="user-feature-card"
    >
      <div className="dialog-header">
        <strong>{layer.name}</strong>
        {pinned && (
          <button type="button" className="icon-button" onClick={onClose} aria-label={t.close}>
            ×
          </button>
        )}
      </div>
      <dl>
        {entries.slice(0, SHOWN_FIELDS).map(([key, value]) => (
          <div key={key}>
            <dt>{key}</dt>
            <dd>{String(value)}</dd>
          </div>
        ))}
      </dl>
      {entries.length > SHOWN_FIELDS && <p className="user-data-hint">+{entries.length - SHOWN_FIELDS}</p>}
    </div>
  );
}
