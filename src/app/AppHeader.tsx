/** The page's header: title, subtitle and the language switch. The loading frame shows it too, with the switch off. */
import type { Lang } from '../lib/lang.ts';
import { strings } from '../ui/strings.ts';

export function AppHeader({ lang, onSwitchLanguage }: { readonly lang: Lang; readonly onSwitchLanguage?: () => void }) {
  const t = strings(lang);
  return (
    <header className="app-header">
      <div className="brand">
        <h1>{t.appTitle}</h1>
        <p className="subtitle">{t.appSubtitle}</p>
      </div>
      <button
        type="button"
        className="lang-switch"
        lang={lang === 'en' ? 'ja' : 'en'}
        title={t.switchLanguageLabel}
        disabled={!onSwitchLanguage}
        onClick={onSwitchLanguage}
      >
        {t.switchLanguage}
      </button>
    </header>
  );
}
