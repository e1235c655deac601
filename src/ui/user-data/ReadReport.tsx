/** What opening a file did: how many features were placed, what was converted, and every skipped row with its reason (and a download of them). */
import type { Lang } from '../../lib/lang.ts';
import type { UserFeatures, TableSummary } from '../../user-data/types.ts';
import { saveText } from '../download.ts';
import { userDataStrings } from './user-data-strings.ts';

/** Rows listed in the dialog; the download holds all of them. */
const LISTED = 100;

interface Props {
  readonly lang: Lang;
  readonly name: string;
  readonly result: UserFeatures;
  readonly table: TableSummary | null;
  readonly onClose: () => void;
}

export function ReadReport({ lang, name, result, table, onClose }: Props) {
  const t = userDataStrings(lang);
  const { features, rejected, notes } = result;
  const download = () => {
    void import('../../user-data/rejected-csv.ts').then(({ rejectedRowsCsv }) =>
      saveText(rejectedRowsCsv(rejected, table?.columns ?? result.fields), `${name.replace(/\.[^.]+$/, '')}-skipped.csv`, 'text/csv'),
    );
  };
  return (
    <section className="read-report" data-testid="read-report" aria-live="polite">
      <p className="user-data-status">
        <strong>{name}</strong>: <span data-testid="placed-count">{t.placed(features.length)}</span>
        {rejected.length > 0 && (
          <>
            {' · '}
            <span data-testid="skipped-count">{t.skipped(rejected.length)}</span>
          </>
        )}
      </p>
      {notes.length > 0 && (
        <ul className="user-data-notes" data-testid="read-notes">
          {notes.map((note, i) => (
            <li key={i}>{note[lang]}</li>
          ))}
        </ul>
      )}
      {rejected.length > 0 && (
        <details open={rejected.length <= 20}>
          <summary>{t.skippedHeading}</summary>
          <table className="skipped-rows" data-testid="skipped-rows">
            <thead>
              <tr>
                <th scope="col">{t.row}</th>
                <th scope="col">{t.column}</th>
                <th scope="col">{t.reason}</th>
              </tr>
            </thead>
            <tbody>
              {rejected.slice(0, LISTED).map((row, i) => (
                <tr key={i}>
                  <td>{row.row}</td>
                  <td>{row.column ?? '—'}</td>
                  <td>{row.reason[lang]}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {rejected.length > LISTED && <p className="user-data-hint">{t.skippedMore(rejected.length - LISTED)}</p>}
          <button type="button" onClick={download} data-testid="download-skipped">
            {t.downloadSkipped}
          </button>
        </details>
      )}
      <button type="button" onClick={onClose}>
        {t.close}
      </button>
    </section>
  );
}
