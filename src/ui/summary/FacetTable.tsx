/** The numbers of one facet's chart as a table: each value, its initiatives, and their split by focus area. */
import { PILLAR_SHORT } from '../../data/labels.ts';
import type { FacetSummary } from '../../data/summary.ts';
import { PILLARS } from '../../data/vocabulary.ts';
import type { Lang } from '../../lib/lang.ts';
import { pillarColor } from '../../picture/palette.ts';
import { summaryStrings } from './summary-strings.ts';
import { barLabel } from './bar-text.ts';

export function FacetTable({ summary, title, lang }: { summary: FacetSummary; title: string; lang: Lang }) {
  const s = summaryStrings(lang);
  const { facet, others, folded } = summary;
  const rows = [...summary.bars, ...folded];
  return (
    <table className="summary-table" data-facet={facet}>
      <caption>{title}</caption>
      <thead>
        <tr>
          <th scope="col">{s.value}</th>
          <th scope="col">{s.total}</th>
          {/* The focus areas by number and colour, as the legend above names them; read out in full. */}
          {PILLARS.map((p) => (
            <th scope="col" key={p} title={PILLAR_SHORT[p][lang]}>
              <span className="summary-swatch" style={{ background: pillarColor(p) }} aria-hidden="true" /> {p}
              <span className="visually-hidden"> {PILLAR_SHORT[p][lang]}</span>
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((bar) => (
          <tr key={bar.value}>
            <th scope="row">{barLabel(facet, bar, lang)}</th>
            <td>{bar.total}</td>
            {PILLARS.map((p) => (
              <td key={p}>{bar.byPillar[p]}</td>
            ))}
          </tr>
        ))}
        {others && (
          <tr className="summary-table-others">
            <th scope="row">{barLabel(facet, others, lang, folded.length)}</th>
            <td>{others.total}</td>
            {PILLARS.map((p) => (
              <td key={p}>{others.byPillar[p]}</td>
            ))}
          </tr>
        )}
      </tbody>
    </table>
  );
}
