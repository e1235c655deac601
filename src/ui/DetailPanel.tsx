/** The selected initiative in full, with its source. All data is rendered as text. */
import { formatAmount } from '../data/amount.ts';
import { useEffect, useRef } from 'react';
import { countryName } from '../data/countries.ts';
import type { Initiative } from '../data/initiative.ts';
import type { Tool } from '../data/vocabulary.ts';
import { PILLAR_LABELS, PRECISION_LABELS, SCOPE_LABELS, SOURCE_LABELS, STATUS_LABELS, TOOL_LABELS, partnerName } from '../data/labels.ts';
import type { ProfileKind } from '../data/profile.ts';
import type { Lang } from '../lib/lang.ts';
import { pillarColor } from '../picture/palette.ts';
import { profileStrings } from './profile-strings.ts';
import { releaseStrings } from './release-strings.ts';
import { strings } from './strings.ts';

interface Props {
  readonly initiative: Initiative;
  /** The initiatives its `related` ids name (the same decision in other countries, the other document). */
  readonly related?: readonly Initiative[];
  readonly lang: Lang;
  /** The dataset's release (metadata.version), shown with the source. */
  readonly dataVersion?: string;
  readonly onClose: () => void;
  readonly onSelect?: (id: string) => void;
  /** Opens the profile of a host country, partner or means: their names are links when given. */
  readonly onProfile?: (kind: ProfileKind, value: string) => void;
}

export function DetailPanel({ initiative, related = [], lang, dataVersion, onClose, onSelect, onProfile }: Props) {
  const t = strings(lang);
  const { properties: p } = initiative;
  const heading = useRef<HTMLHeadingElement>(null);
  const separator = lang === 'ja' ? '、' : ', ';
  const names = (kind: ProfileKind, values: readonly string[], name: (value: string) => string) => (
    <Names kind={kind} values={values} name={name} separator={separator} lang={lang} onProfile={onProfile} />
  );

  useEffect(() => {
    heading.current?.focus({ preventScroll: true });
  }, [initiative.id]);

  return (
    <aside className="detail-panel" aria-labelledby="detail-title" data-testid="detail" data-id={initiative.id}>
      <div className="detail-header">
        <span className="pillar-chip" style={{ borderColor: pillarColor(p.pillar) }}>
          <span className="swatch" style={{ background: pillarColor(p.pillar) }} aria-hidden="true" />
          {t.pillar} {p.pillar}: {PILLAR_LABELS[p.pillar][lang]}
        </span>
        <button type="button" className="icon-button" onClick={onClose} aria-label={t.close} title={t.close}>
          ×
        </button>
      </div>
      <h2 id="detail-title" ref={heading} tabIndex={-1}>
        {p.title[lang]}
      </h2>
      <p className="summary">{p.summary[lang]}</p>
      <dl className="facts">
        {p.place && <Fact term={t.place}>{p.place[lang]}</Fact>}
        <Fact term={t.countries}>
          {p.scope ? `${SCOPE_LABELS[p.scope][lang]} — ` : ''}
          {names('country', p.countries, (c) => countryName(c, lang))}
        </Fact>
        <Fact term={t.partners}>{p.partners.length ? names('partner', p.partners, (c) => partnerName(c, lang)) : t.partnersNone}</Fact>
        <Fact term={t.tools}>{names('tool', p.tools, (tool) => TOOL_LABELS[tool as Tool][lang])}</Fact>
        <Fact term={t.precision}>
          {PRECISION_LABELS[p.precision][lang]} ({p.precision})
        </Fact>
        {p.status && <Fact term={t.status}>{STATUS_LABELS[p.status][lang]}</Fact>}
        {p.date && <Fact term={t.date}>{p.date}</Fact>}
        {p.amount && (
          <Fact term={t.amount}>
            {formatAmount(p.amount.value, p.amount.currency, lang)} — {p.amount.note[lang]}
          </Fact>
        )}
      </dl>
      {related.length > 0 && (
        <section className="related" aria-labelledby="related-heading">
          <h3 id="related-heading">{t.related}</h3>
          <ul>
            {related.map((other) => (
              <li key={other.id}>
                <button type="button" className="link-button" data-id={other.id} onClick={() => onSelect?.(other.id)}>
                  <span className="swatch" style={{ background: pillarColor(other.properties.pillar) }} aria-hidden="true" />
                  {other.properties.title[lang]}
                </button>
              </li>
            ))}
          </ul>
        </section>
      )}
      <section className="source" aria-label={t.source}>
        <h3>{t.source}</h3>
        <p className="source-doc">{SOURCE_LABELS[p.source.doc][lang]}</p>
        <p className="source-section">
          <span className="term">{t.sourceSection}: </span>
          <Original text={p.source.section} english={lang === 'en' ? p.source.sectionEn : undefined} />
        </p>
        <blockquote lang="ja">{p.source.quote}</blockquote>
        {p.source.mapLabel && p.source.mapLabel !== p.source.quote && (
          <p className="source-map">
            <span className="term">{t.sourceMap}: </span>
            <Original text={p.source.mapLabel} english={lang === 'en' ? p.source.mapLabelEn : undefined} />
          </p>
        )}
        {dataVersion && <p className="source-release">{releaseStrings(lang).dataRelease(dataVersion)}</p>}
      </section>
    </aside>
  );
}

/** Names in a list, each a link to its profile when profiles can be opened, else plain text. */
function Names(props: {
  kind: ProfileKind;
  values: readonly string[];
  name: (value: string) => string;
  separator: string;
  lang: Lang;
  onProfile: Props['onProfile'];
}) {
  const { kind, values, name, separator, lang, onProfile } = props;
  if (!onProfile) return <>{values.map(name).join(separator)}</>;
  return values.map((value, k) => (
    <span key={value}>
      {k > 0 && separator}
      <button
        type="button"
        className="name-link"
        data-profile={`${kind}:${value}`}
        title={profileStrings(lang).profileOf(name(value))}
        onClick={() => onProfile(kind, value)}
      >
        {name(value)}
      </button>
    </span>
  ));
}

/** Japanese original, after its English rendering where there is one: "Security cooperation (<安保協力>)". */
function Original({ text, english }: { text: string; english: string | undefined }) {
  if (!english) return <span lang="ja">{text}</span>;
  return (
    <>
      {english} (<span lang="ja">{text}</span>)
    </>
  );
}

function Fact({ term, children }: { term: string; children: React.ReactNode }) {
  return (
    <div className="fact">
      <dt>{term}</dt>
      <dd>{children}</dd>
    </div>
  );
}
