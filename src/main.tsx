import { StrictMode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { App } from './app/app';
import { switchLanguage } from './app/language-switch';
import './app/app.css';
import { loadStrings } from './i18n/load-strings';
import { takeOverWrittenScreen } from './router/written-screen';
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
// The build writes the start screen and the profile forms into index.html (tooling/vite/prerender.ts);
// its script there removes them when this visit shows something else first, and shows a profile
// form when its link is followed before this code runs. Hydrating keeps every element in place.
const render = () => {
  if (!root.firstElementChild) return createRoot(root).render(app);
  const { hydrate, languageClicks } = takeOverWrittenScreen();
  // Another screen asked for meanwhile (a footer link followed on a slow laptop): React draws it
  // in place of the written one in one step, instead of first taking that over.
  if (hydrate) hydrateRoot(root, app);
  else createRoot(root).render(app);
  if (languageClicks % 2) switchLanguage();
};
// Someone who chose English last time sees English from the first frame (it is its own chunk).
void loadStrings(useAssessmentStore.getState().language).then(render);
