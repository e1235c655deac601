/**
 * A profile: one country, partner, means or region as a readable page in the sidebar — its name,
 * how many initiatives and how they divide, and each initiative with its summary, status, date,
 * amount and source. Loaded when first opened. All data is rendered as text.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import { formatAmount } from '../data/amount.ts';
import type { Initiative } from '../data/initiative.ts';
import { countryName } from '../data/countries.ts';
import { SCOPE_LABELS, STATUS_LABELS } from '../data/labels.ts';
import { isProfileKind, profileParam, type Profile, type ProfileKind } from '../data/profile.ts';
import { profileName, profileSummary, profileValueName, type ProfileCountFacet } from '../data/profile-summary.ts';
import type { Lang } from '../lib/lang.ts';
import { pillarColor } from '../picture/palette.ts';
import type { Pillar } from '../data/vocabulary.ts';
import { COUNT_KEYS, KIND_KEYS, profileStrings } from './profile-strings.ts';
import { strings } from './strings.ts';

interface Props {
  readonly profile: Profile;
  /** Every initiative of the dataset: the profile is its own set, whatever the filters. */
  readonly initiatives: readonly Initiative[];
  readonly selected: string | null;
  readonly lang: Lang;
  readonly onClose: () => void;
  readonly onSelect: (id: string) => void;
  readonly onProfile: (kind: ProfileKind, value: string) => void;
}

export function ProfilePanel({ profile, initiatives, selected, lang, onClose, onSelect, onProfile }: Props) {
  const t = strings(lang);
  const p = profileStrings(lang);
  const summary = useMemo(() => profileSummary(initiatives, profile), [initiatives, profile]);
  const name = profileName(profile, lang);
  const heading = useRef<HTMLHeadingElement>(null);
  const key = profileParam(profile);

  useEffect(() => {
    heading.current?.focus({ preventScroll: true });
  }, [key]);

  return (
    <section className="profile-panel" aria-labelledby="profile-title" data-testid="profile" data-profile={key}>
      <div className="profile-header">
        <p className="profile-kind">{p[KIND_KEYS[profile.kind]]}</p>
        <button type="button" className="icon-button" onClick={onClose} aria-label={p.closeProfile} title={p.closeProfile}>
          ×
        </button>
      </div>
      <h2 id="profile-title" ref={heading} tabIndex={-1}>
        {name}
      </h2>
      <p className="profile-total" data-testid="profile-total">
        {t.count(summary.initiatives.length)}
      </p>
      {summary.counts.length > 0 && (
        <section className="profile-counts" aria-label={p.atAGlance}>
          {summary.counts.map(({ facet, values }) => (
            <CountGroup
              key={facet}
              facet={facet}
              title={p[COUNT_KEYS[facet]]}
              values={values}
              total={summary.initiatives.length}
              lang={lang}
              onProfile={onProfile}
            />
          ))}
        </section>
      )}
      <h3 className="profile-list-heading">{p.initiatives}</h3>
      <ol className="profile-initiatives" aria-label={p.profileLabel(name)}>
        {summary.initiatives.map((initiative) => (
          <ProfileItem key={initiative.id} initiative={initiative} current={initiative.id === selected} lang={lang} onSelect={onSelect} />
        ))}
      </ol>
    </section>
  );
}

function CountGroup(props: {
  facet: ProfileCountFacet;
  title: string;
  values: readonly { value: string; count: number }[];
  total: number;
  lang: Lang;
  onProfile: (kind: ProfileKind, value: string) => void;
}) {
  const { facet, title, values, total, lang, onProfile } = props;
  const p = profileStrings(lang);
  const t = strings(lang);
  const id = `profile-count-${facet}`;
  // A long tail of countries or partners would push the initiatives far down: the largest first, the rest on request.
  const [all, setAll] = useState(false);
  const shown = all ? values : values.slice(0, COUNTS_SHOWN);
  return (
    <div className="profile-count-group" data-facet={facet}>
      <h3 id={id}>{title}</h3>
      <ul aria-labelledby={id}>
        {shown.map(({ value, count }) => {
          const label = profileValueName(facet, value, lang);
          const width = `${Math.max(4, Math.round((count / Math.max(1, total)) * 100))}%`;
          const color = facet === 'pillar' ? pillarColor(Number(value) as Pillar) : undefined;
          return (
            <li key={value} data-value={value} data-count={count}>
              {isProfileKind(facet) ? (
                <button type="button" className="count-label name-link" onClick={() => onProfile(facet, value)} title={p.profileOf(label)}>
                  {label}
                </button>
              ) : (
                <span className="count-label">{label}</span>
              )}
              <span className="count-bar" aria-hidden="true">
                <span style={{ width, background: color }} />
              </span>
              <span className="count-n">{count}</span>
            </li>
          );
        })}
      </ul>
      {values.length > COUNTS_SHOWN && (
        <button type="button" className="link-button show-all" aria-expanded={all} onClick={() => setAll((v) => !v)}>
          {all ? t.showFewer : t.showAll(values.length)}
        </button>
      )}
    </div>
  );
}

/** How many values a count group shows before "Show all". */
const COUNTS_SHOWN = 8;

function ProfileItem({
  initiative,
  current,
  lang,
  onSelect,
}: {
  initiative: Initiative;
  current: boolean;
  lang: Lang;
  onSelect: (id: string) => void;
}) {
  const t = strings(lang);
  const { properties: q } = initiative;
  const separator = lang === 'ja' ? '、' : ', ';
  const where = q.scope ? SCOPE_LABELS[q.scope][lang] : q.countries.map((c) => countryName(c, lang)).join(separator);
  const facts = [
    `${t.countries}: ${where}`,
    q.status ? `${t.status}: ${STATUS_LABELS[q.status][lang]}` : null,
    q.date ? `${t.date}: ${q.date}` : null,
    q.amount ? `${t.amount}: ${formatAmount(q.amount.value, q.amount.currency, lang)} (${q.amount.note[lang]})` : null,
  ].filter((fact): fact is string => fact !== null);
  return (
    <li data-id={initiative.id}>
      <button type="button" className="profile-item-title" aria-current={current || undefined} onClick={() => onSelect(initiative.id)}>
        <span className="swatch" style={{ background: pillarColor(q.pillar) }} aria-hidden="true" />
        <span>{q.title[lang]}</span>
      </button>
      <p className="profile-item-summary">{q.summary[lang]}</p>
      <ul className="profile-item-facts">
        {facts.map((fact) => (
          <li key={fact}>{fact}</li>
        ))}
      </ul>
      <p className="profile-item-section">
        <span className="term">{t.sourceSection}: </span>
        {lang === 'en' && q.source.sectionEn ? (
          <>
            {q.source.sectionEn} (<span lang="ja">{q.source.section}</span>)
          </>
        ) : (
          <span lang="ja">{q.source.section}</span>
        )}
      </p>
      <blockquote lang="ja" className="profile-item-quote">
        {q.source.quote}
      </blockquote>
    </li>
  );
}
