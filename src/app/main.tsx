/**
 * The page's entry. It holds only what the first moments need: React, the loading frame and the
 * map's start. The explorer's own code (panels, filters, tours, country names, …) is a second
 * chunk, loaded while the map's worker is already at work: evaluating it first delayed the map's
 * start by 0.2–0.4 s in interleaved runs here.
 */
import { StrictMode } from 'react';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import { loadCountryLabels } from '../map/style/load-basemap.ts';
import { startMapEarly } from '../map/owner/start-map.ts';
import { LoadingShell, MAP_SLOT_SELECTOR } from './LoadingShell.tsx';
import { OPENED } from './page-url.ts';
import './app.css';
import { errorMessage } from '../lib/error-message.ts';

// Start the country names' download now, in parallel with the dataset (the map's worker fetches the
// countries and borders itself). A failure here is reported by the map when it asks for them.
loadCountryLabels().catch(() => undefined);

const element = document.getElementById('root');
if (!element) throw new Error('index.html has no #root element');
const root = createRoot(element);
const { lang, embed, view } = OPENED;
// The loading frame renders at once, and the map starts over its map area; MapView adopts the map
// when it mounts in the same place.
flushSync(() =>
  root.render(
    <StrictMode>
      <LoadingShell lang={lang} embed={embed} />
    </StrictMode>,
  ),
);
startMapEarly(document.querySelector(MAP_SLOT_SELECTOR), view);
import('./App.tsx').then(
  ({ App }) =>
    root.render(
      <StrictMode>
        <App />
      </StrictMode>,
    ),
  (error: unknown) =>
    root.render(
      <StrictMode>
        <LoadingShell lang={lang} embed={embed} failure={errorMessage(error)} />
      </StrictMode>,
    ),
);
