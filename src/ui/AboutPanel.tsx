/**
 * "About this data": release, sources, licences and how to cite, from the dataset's metadata
 * (src/data/about.ts). Everything is rendered as text; links are https addresses only.
 */
import { aboutData } from '../data/about.ts';
import type { DatasetMetadata } from '../data/initiative.ts';
import type { Lang } from '../lib/lang.ts';
import { releaseStrings } from './release-strings.ts';

interface Props {
  readonly lang: Lang;
  readonly metadata: DatasetMetadata | undefined;
  /** Shown as a close button when given. */
  readonly onClose?: () => void;
}

export function AboutPanel({ lang, metadata, onClose }: Props) {
  const t = releaseStrings(lang);
  const about = aboutData(metadata, lang);
  return (
    <section className="about-panel" aria-labelledby="about-title" data-testid="about">
      <div className="about-header">
        <h2 id="about-title">{t.aboutHeading}</h2>
        {onClose && (
          <button type="button" className="icon-button" onClick={onClose} aria-label={t.close} title={t.close}>
            ×
          </button>
        )}
      </div>
      {about.release && (
        <p className="about-release">
          <span className="term">{t.aboutRelease}: </span>
          {about.release}
        </p>
      )}
      <p>{about.changes}</p>
      <h3>{t.aboutSources}</h3>
      <ul className="about-sources">
        {about.sources.map((source) => (
          <li key={source.title}>
            {source.title}
            {source.publisher ? ` — ${source.publisher}` : ''}
          </li>
        ))}
      </ul>
      <h3>{t.aboutLicence}</h3>
      <p>{about.dataLicence}</p>
      <p>{about.sourceTerms}</p>
      <p>{about.codeLicence}</p>
      <p>{about.basemap}</p>
      <ul className="about-links">
        {about.links.map((link) => (
          <li key={link.url}>
            <a href={link.url} target="_blank" rel="noopener noreferrer">
              {link.label}
            </a>
          </li>
        ))}
      </ul>
      <h3>{t.aboutCite}</h3>
      <blockquote className="about-citation">{about.citation}</blockquote>
    </section>
  );
}
