import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app';
import './app/app.css';
import { loadStrings } from './i18n/load-strings';
import { useAssessmentStore } from './store/assessment-store';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
const render = () =>
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
// Someone who chose English last time sees English from the first frame (it is its own chunk).
void loadStrings(useAssessmentStore.getState().language).then(render);
