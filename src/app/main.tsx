import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { prewarm } from 'maplibre-gl';
import { fetchBasemap } from '../map/load-basemap.ts';
import { App } from './App.tsx';
import './app.css';

// Start the basemap download and the map's worker now, in parallel with the dataset; the map picks
// up the same promise and worker. A failure here is reported by the map when it asks for the basemap.
fetchBasemap().catch(() => undefined);
prewarm();

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
