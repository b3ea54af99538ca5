import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { startUrlSync } from './app/url-sync';
import { App } from './ui/app';
import './styles.css';

// Read the link before the first render, so the first paint already shows the linked scenario.
startUrlSync();

const container = document.getElementById('root');
if (!container) throw new Error('Missing #root element in index.html');

createRoot(container).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
