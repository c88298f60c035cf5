import { useEffect, useId, useState, type ReactNode } from 'react';
import {
  ACCESSIBILITY_STATUSES,
  checkOperatorDetails,
  emptyOperatorDetails,
  missingImprintFields,
  OPERATOR_FIELDS,
  type OperatorDetails,
  type OperatorField,
  type OperatorProblem,
} from '../../engine/operator';
import { routeHref } from '../../router/routes';
import { FormErrors } from '../../components/error-box';
import { useLanguage, useStrings } from '../../i18n/use-strings';
import { BAYDIV_11_URL, legalStrings, type LegalStrings } from '../../i18n/strings-legal';
import { loadOperator, operatorFromBrowser, storeOperator, type OperatorState } from './operator-source';
import { formatDate } from '../../i18n/format';

/** The legal pages the footer links to. */
export type LegalPage = 'imprint' | 'privacy' | 'accessibility';

function useOperator(): OperatorState {
  const [state, setState] = useState<OperatorState>({ status: 'loading' });
  useEffect(() => {
    let live = true;
    void loadOperator().then((s) => live && setState(s));
    return () => {
      live = false;
    };
  }, []);
  return state;
}

function useLegalStrings(): LegalStrings {
  return legalStrings[useLanguage()];
}

function problemText(l: LegalStrings, p: OperatorProblem): string {
  const label = (OPERATOR_FIELDS as readonly string[]).includes(p.field)
    ? l.fieldNames[p.field as OperatorField]
    : undefined;
  return l.problem(p, label);
}

/** Says plainly when the details are not set, wrong or not reachable; nothing when they are set. */
function OperatorNotice({ state }: { state: OperatorState }) {
  const l = useLegalStrings();
  const fromBrowser = operatorFromBrowser();
  if (state.status === 'loading') return <p role="status">{l.loading}</p>;
  if (state.status === 'unavailable')
    return (
      <div className="warning-box legal-notice" role="status">
        <p>{l.unavailable}</p>
      </div>
    );
  if (state.status === 'unset')
    return (
      <div className="note-box legal-notice" role="status">
        <h2>{l.unsetTitle}</h2>
        <p>{fromBrowser ? l.unsetFile : l.unsetServer}</p>
        {fromBrowser && <a href={routeHref({ name: 'operator' })}>{l.editLink}</a>}
      </div>
    );
  if (state.status === 'invalid')
    return (
      <div className="error-box" role="alert">
        <h2>{l.invalidTitle}</h2>
        {state.notJson || state.problems.length === 0 ? (
          <p>{l.invalidFile}</p>
        ) : (
          <>
            <p>{fromBrowser ? l.form.errorsTitle : l.invalidIntro}</p>
            <ul>
              {state.problems.map((p) => (
                <li key={`${p.field}-${p.kind}`}>{problemText(l, p)}</li>
              ))}
            </ul>
          </>
        )}
        {fromBrowser && <a href={routeHref({ name: 'operator' })}>{l.editLink}</a>}
      </div>
    );
  return null;
}

function detailsOf(state: OperatorState): OperatorDetails | null {
  return state.status === 'set' ? state.details : null;
}

function Value({ text }: { text: string }) {
  const l = useLegalStrings();
  return text ? <>{text}</> : <em className="not-given">{l.notGiven}</em>;
}

function Address({ d }: { d: OperatorDetails }) {
  const l = useLegalStrings();
  if (!d.street && !d.postalCode && !d.city) return <em className="not-given">{l.notGiven}</em>;
  return (
    <>
      <Value text={d.street} />
      <br />
      <Value text={[d.postalCode, d.city].filter(Boolean).join(' ')} />
    </>
  );
}

function Contact({ d, text }: { d: OperatorDetails; text?: string }) {
  const l = useLegalStrings();
  // A contact given as one e-mail address becomes a link; anything else is shown as written.
  if (text)
    return /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(text) ? <a href={`mailto:${text}`}>{text}</a> : <>{text}</>;
  if (!d.email && !d.phone) return <em className="not-given">{l.notGiven}</em>;
  return (
    <>
      {d.email && <a href={`mailto:${d.email}`}>{d.email}</a>}
      {d.email && d.phone && <br />}
      {d.phone}
    </>
  );
}

/** A link to the operator's own page, if it gave one. */
function OwnPage({ url, title }: { url: string | undefined; title: string }) {
  const l = useLegalStrings();
  if (!url) return null;
  return (
    <p>
      {l.ownPage}{' '}
      <a href={url} rel="noopener noreferrer">
        {title}
      </a>
    </p>
  );
}

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section className="legal-section">
      <h2>{title}</h2>
      {children}
    </section>
  );
}

function Imprint({ state }: { state: OperatorState }) {
  const l = useLegalStrings();
  const d = detailsOf(state);
  const missing = d ? missingImprintFields(d) : [];
  return (
    <>
      <p>{l.imprint.intro}</p>
      <OperatorNotice state={state} />
      {d && (
        <>
          <dl className="legal-details">
            <Detail term={l.imprint.operator}>
              <Value text={d.name} />
              {d.legalForm && (
                <>
                  <br />
                  {d.legalForm}
                </>
              )}
            </Detail>
            <Detail term={l.imprint.representative}>
              <Value text={d.representative} />
            </Detail>
            <Detail term={l.imprint.address}>
              <Address d={d} />
            </Detail>
            <Detail term={l.imprint.contact}>
              <Contact d={d} />
            </Detail>
            <Detail term={l.imprint.responsible}>
              <Value text={d.responsible} />
              {d.responsible && (
                <>
                  <br />
                  {d.responsibleAddress || l.imprint.sameAddress}
                </>
              )}
            </Detail>
          </dl>
          {missing.length > 0 && (
            <p className="legal-missing">
              {l.imprint.missing(missing.map((f) => l.fieldNames[f]).join(', '))}
            </p>
          )}
          <OwnPage url={d.imprintUrl} title={l.imprint.title} />
        </>
      )}
      <TextSection title={l.appTitle} text={l.appText(__APP_VERSION__)} />
    </>
  );
}

/** One term of a details list and what it says. */
function Detail({ term, children }: { term: string; children: ReactNode }) {
  return (
    <>
      <dt>{term}</dt>
      <dd>{children}</dd>
    </>
  );
}

/** A section of one paragraph. */
function TextSection({ title, text }: { title: string; text: string }) {
  return (
    <Section title={title}>
      <p>{text}</p>
    </Section>
  );
}

function Privacy({ state }: { state: OperatorState }) {
  const l = useLegalStrings();
  const t = useStrings();
  const d = detailsOf(state);
  return (
    <>
      <OperatorNotice state={state} />
      <Section title={l.privacy.controllerTitle}>
        <p>{l.privacy.controller}</p>
        {d?.name && <p>{l.privacy.operator(d.name)}</p>}
        {d && (
          <dl className="legal-details">
            <Detail term={l.imprint.address}>
              <Address d={d} />
            </Detail>
            <Detail term={l.privacy.dpContact}>
              <Contact d={d} text={d.dataProtectionContact} />
            </Detail>
          </dl>
        )}
      </Section>
      <Section title={l.privacy.whatTitle}>
        <p>{l.privacy.what}</p>
        {operatorFromBrowser() && <p>{l.privacy.whatFile}</p>}
      </Section>
      <TextSection title={l.privacy.whereTitle} text={l.privacy.where} />
      <TextSection title={l.privacy.notTitle} text={l.privacy.not} />
      {!operatorFromBrowser() && <TextSection title={l.privacy.serverTitle} text={l.privacy.server} />}
      <TextSection title={l.privacy.deleteTitle} text={t.start.privacyDelete} />
      <TextSection title={l.privacy.authorityTitle} text={l.privacy.authority} />
      <OwnPage url={d?.privacyUrl} title={l.privacy.title} />
    </>
  );
}

function Accessibility({ state }: { state: OperatorState }) {
  const l = useLegalStrings();
  const lang = useLanguage();
  const a = l.accessibility;
  const d = detailsOf(state);
  const hasContact = d && (d.accessibilityContact || d.email || d.phone);
  const status = declaredStatus(d?.accessibilityStatus);
  return (
    <>
      <OperatorNotice state={state} />
      <p>{a.commitment(d?.name || a.unnamed)}</p>
      <p>{a.scope(__APP_VERSION__)}</p>
      <Section title={a.statusTitle}>
        <p>{status ? a.declared[status] : a.undeclared}</p>
        <p>{a.status}</p>
      </Section>
      <TextSection title={a.limitsTitle} text={a.limits} />
      <TextSection
        title={a.madeTitle}
        text={a.made(d?.accessibilityStatementDate ? formatDate(d.accessibilityStatementDate, lang) : null)}
      />
      <Section title={a.feedbackTitle}>
        <p>{a.feedback}</p>
        {d && hasContact ? (
          <p className="legal-contact">
            {d.name && (
              <>
                {d.name}
                <br />
              </>
            )}
            <Contact d={d} text={d.accessibilityContact} />
          </p>
        ) : (
          <p>
            <em className="not-given">{a.noContact}</em>
          </p>
        )}
      </Section>
      <Section title={a.enforcementTitle}>
        <p>
          {a.enforcement} (
          <a href={BAYDIV_11_URL} rel="noopener noreferrer">
            {a.enforcementLaw}
          </a>
          )
        </p>
      </Section>
      <OwnPage url={d?.accessibilityUrl} title={a.title} />
    </>
  );
}

function declaredStatus(value: string | undefined): (typeof ACCESSIBILITY_STATUSES)[number] | undefined {
  return ACCESSIBILITY_STATUSES.find((s) => s === value);
}

/** Impressum, privacy notice or accessibility statement, from the operator details and what is known of the app. */
export function LegalScreen({ page }: { page: LegalPage }) {
  const l = useLegalStrings();
  const state = useOperator();
  const title =
    page === 'imprint' ? l.imprint.title : page === 'privacy' ? l.privacy.title : l.accessibility.title;
  return (
    <article className="legal-page">
      <h1>{title}</h1>
      {page === 'imprint' && <Imprint state={state} />}
      {page === 'privacy' && <Privacy state={state} />}
      {page === 'accessibility' && <Accessibility state={state} />}
    </article>
  );
}

const INPUT_TYPES: Partial<Record<OperatorField, string>> = {
  email: 'email',
  phone: 'tel',
  accessibilityStatementDate: 'date',
  imprintUrl: 'url',
  privacyUrl: 'url',
  accessibilityUrl: 'url',
};

/** The form of the single-file edition: who runs this copy, kept in this browser's storage. */
export function OperatorScreen() {
  const l = useLegalStrings();
  const uid = useId();
  const state = useOperator();
  const [problems, setProblems] = useState<OperatorProblem[]>([]);
  const [message, setMessage] = useState('');
  const [formKey, setFormKey] = useState(0);

  if (!operatorFromBrowser())
    return (
      <article className="legal-page">
        <h1>{l.form.title}</h1>
        <p>{l.form.serverNote}</p>
      </article>
    );

  if (state.status === 'loading') return <p role="status">{l.loading}</p>;
  const initial = state.status === 'set' ? state.details : emptyOperatorDetails();

  const submit = async (form: HTMLFormElement) => {
    const data = new FormData(form);
    const draft = Object.fromEntries(OPERATOR_FIELDS.map((f) => [f, String(data.get(f) ?? '')]));
    const result = checkOperatorDetails(draft);
    if (result.status === 'invalid') {
      setProblems(result.problems);
      setMessage('');
      document.getElementById(`${uid}-errors`)?.focus();
      return;
    }
    setProblems([]);
    const kept = await storeOperator(result.status === 'set' ? result.details : null);
    setMessage(kept ? l.form.saved : l.form.storageFailed);
  };
  const clear = async () => {
    const kept = await storeOperator(null);
    setProblems([]);
    setMessage(kept ? l.form.cleared : l.form.storageFailed);
    setFormKey((k) => k + 1);
  };
  const wrong = new Set(problems.map((p) => p.field));

  return (
    <article className="legal-page">
      <h1>{l.form.title}</h1>
      <p>{l.form.intro}</p>
      <FormErrors
        id={`${uid}-errors`}
        title={l.form.errorsTitle}
        messages={problems.map((p) => problemText(l, p))}
      />
      <form
        key={formKey}
        className="profile-form"
        onSubmit={(e) => {
          e.preventDefault();
          void submit(e.currentTarget);
        }}
        noValidate
      >
        {OPERATOR_FIELDS.map((f) => (
          <div className="form-row" key={f}>
            <label htmlFor={`${uid}-${f}`}>{l.fieldNames[f]}</label>
            {f === 'accessibilityStatus' ? (
              <select
                id={`${uid}-${f}`}
                name={f}
                defaultValue={formKey === 0 ? initial[f] : ''}
                aria-invalid={wrong.has(f) ? true : undefined}
              >
                <option value="">{l.notGiven}</option>
                {ACCESSIBILITY_STATUSES.map((v) => (
                  <option key={v} value={v}>
                    {v}
                  </option>
                ))}
              </select>
            ) : (
              <input
                id={`${uid}-${f}`}
                name={f}
                type={INPUT_TYPES[f] ?? 'text'}
                defaultValue={formKey === 0 ? initial[f] : ''}
                aria-invalid={wrong.has(f) ? true : undefined}
              />
            )}
          </div>
        ))}
        <p className="actions">
          <button type="submit" className="button primary">
            {l.form.save}
          </button>
          <button type="button" className="button" onClick={() => void clear()}>
            {l.form.clear}
          </button>
        </p>
      </form>
      <p role="status">{message}</p>
      <p>
        <a href={routeHref({ name: 'imprint' })}>{l.imprint.title}</a>
      </p>
    </article>
  );
}
