import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { Model } from 'survey-core';
import 'survey-core/i18n/german';
import 'survey-core/survey-core.fontless.min.css';
import { Survey } from 'survey-react-ui';

// Benchmark baseline: React + SurveyJS with the German locale and one rating question, nothing else.
// npm run bench compares the app against this page (load time, first question, bytes).
const model = new Model({
  locale: 'de',
  elements: [
    {
      type: 'rating',
      name: 'reife',
      title: 'Wie weit ist die Digitalisierung Ihrer Verwaltung?',
      rateMin: 0,
      rateMax: 4,
    },
  ],
});

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
createRoot(root).render(
  <StrictMode>
    <Survey model={model} />
  </StrictMode>,
);
