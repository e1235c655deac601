/** "List | Summary": what the sidebar shows under the filters. */
import { PANELS, type Panel } from '../state/app-state.ts';
import type { Lang } from '../lib/lang.ts';
import { strings } from './strings.ts';

interface Props {
  readonly panel: Panel;
  readonly lang: Lang;
  readonly onShow: (panel: Panel) => void;
}

export function PanelSwitch({ panel, lang, onShow }: Props) {
  const t = strings(lang);
  const label = { list: t.panelList, summary: t.panelSummary } as const satisfies Record<Panel, string>;
  return (
    <div className="panel-switch" role="group" aria-label={t.panelSwitch}>
      {PANELS.map((p) => (
        <button key={p} type="button" aria-pressed={panel === p} data-panel={p} onClick={() => onShow(p)}>
          {label[p]}
        </button>
      ))}
    </div>
  );
}
