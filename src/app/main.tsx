import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { loadBasemap } from '../map/load-basemap.ts';
import { App } from './App.tsx';
import './app.css';

// Start the basemap download now, in parallel with the dataset; the map picks up the same promise.
// A failure here is reported by the map when it asks for the basemap.
loadBasemap().catch(() => undefined);

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
