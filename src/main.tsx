import { StrictMode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { App } from './app/app';
import { languageClicksBeforeStart, switchLanguage } from './app/language-switch';
import './app/app.css';
import { loadStrings } from './i18n/load-strings';
import { useAssessmentStore } from './store/assessment-store';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
const app = (
  <StrictMode>
    <App />
  </StrictMode>
);
// The skip link, followed before the code ran, left "#main" in the address, which names no screen.
if (window.location.hash === '#main')
  history.replaceState(null, '', window.location.pathname + window.location.search);
// The build writes the start screen into index.html (tooling/vite/prerender.ts); its script there
// removes it when this visit shows something else first. Hydrating keeps every element in place.
const render = () => {
  if (!root.firstElementChild) return createRoot(root).render(app);
  // Asked right before React listens: no click falls between the two.
  const languageClicks = languageClicksBeforeStart();
  hydrateRoot(root, app);
  if (languageClicks % 2) switchLanguage();
};
// Someone who chose English last time sees English from the first frame (it is its own chunk).
void loadStrings(useAssessmentStore.getState().language).then(render);
