import { StrictMode } from 'react';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import { fetchBasemap } from '../map/load-basemap.ts';
import { startMapEarly } from '../map/start-map.ts';
import { App } from './App.tsx';
import { MAP_SLOT_SELECTOR } from './LoadingShell.tsx';
import './app.css';

// Start the basemap download now, in parallel with the dataset. A failure here is reported by the
// map when it asks for the basemap.
fetchBasemap().catch(() => undefined);

const element = document.getElementById('root');
if (!element) throw new Error('index.html has no #root element');
const root = createRoot(element);
// The loading frame renders at once, and the map starts over its map area; MapView adopts the map
// when it mounts in the same place.
flushSync(() =>
  root.render(
    <StrictMode>
      <App />
    </StrictMode>,
  ),
);
startMapEarly(document.querySelector(MAP_SLOT_SELECTOR));
