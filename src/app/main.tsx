import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { fetchBasemap } from '../map/load-basemap.ts';
import { startMapEarly } from '../map/start-map.ts';
import { App } from './App.tsx';
import './app.css';

// Start the basemap download and the map itself now, in parallel with the dataset; MapView adopts the
// map when it mounts. A failure here is reported by the map when it asks for the basemap.
fetchBasemap().catch(() => undefined);
startMapEarly();

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
