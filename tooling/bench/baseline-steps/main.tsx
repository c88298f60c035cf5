import {
  StrictMode,
  useEffect,
  useState,
  useSyncExternalStore,
  type ComponentType,
  type FormEvent,
} from 'react';
import { createRoot } from 'react-dom/client';
import { fixture } from './fixture';

// Benchmark reference (npm run bench): React + SurveyJS with only the steps the app asks of a
// person before the first question (a start screen, then the profile form of issue 4) and nothing
// else: no store, no checks, no saving. SurveyJS loads lazily and is prefetched once the start
// screen shows, as the app does. It tells what the steps cost on the bare stack, so that the app's
// "first question" can be read against it as well as against the bare question.

let Questions: ComponentType | null = null;
const loadQuestions = () =>
  import('./questions').then((m) => {
    Questions = m.Questions;
  });

const subscribe = (onChange: () => void) => {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
};
const useHash = () => useSyncExternalStore(subscribe, () => location.hash);

function Profile({ onDone }: { onDone: () => void }) {
  const { labels, options } = fixture;
  const submit = (e: FormEvent) => {
    e.preventDefault();
    void loadQuestions().then(onDone);
  };
  const select = (name: keyof typeof options) => (
    <p>
      <label htmlFor={name}>{labels[name]}</label>
      <select id={name} name={name} required defaultValue="">
        <option value="">{fixture.choose}</option>
        {Object.entries(options[name]).map(([value, text]) => (
          <option key={value} value={value}>
            {text}
          </option>
        ))}
      </select>
    </p>
  );
  return (
    <form className="profile-form" onSubmit={submit} noValidate>
      <h1>{fixture.profileTitle}</h1>
      <p>
        <label htmlFor="municipality">{labels.municipality}</label>
        <input id="municipality" name="municipality" type="text" required />
      </p>
      {select('kind')}
      {select('regierungsbezirk')}
      {select('population')}
      <p>
        <label htmlFor="role">{labels.role}</label>
        <input id="role" name="role" type="text" />
      </p>
      <p>
        <label htmlFor="date">{labels.date}</label>
        <input
          id="date"
          name="date"
          type="date"
          required
          defaultValue={new Date().toISOString().slice(0, 10)}
        />
      </p>
      <button type="submit">{fixture.submitLabel}</button>
    </form>
  );
}

/** `#/alle`: every question of the app in bare SurveyJS, for the cost of an answer (all-questions.tsx). */
function AllQuestionsRoute() {
  const [All, setAll] = useState<ComponentType | null>(null);
  useEffect(() => {
    void import('./all-questions').then((m) => setAll(() => m.AllQuestions));
  }, []);
  return All ? <All /> : null;
}

function App() {
  const hash = useHash();
  const [asking, setAsking] = useState(false);
  useEffect(() => {
    const prefetch = () => void loadQuestions();
    if (window.requestIdleCallback) window.requestIdleCallback(prefetch);
    else window.setTimeout(prefetch, 200);
  }, []);
  if (hash === '#/alle') return <AllQuestionsRoute />;
  if (asking && Questions) return <Questions />;
  if (hash === '#/neu') return <Profile onDone={() => setAsking(true)} />;
  return (
    <div className="start">
      <h1>{fixture.heading}</h1>
      <a className="button primary" href="#/neu">
        {fixture.startLabel}
      </a>
    </div>
  );
}

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
