import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { Profile, type Profile as ProfileValue } from '../../engine/assessment';
import {
  declarationsOf,
  declaredProfileFields,
  profileProblems,
  subjectWords,
} from '../../engine/declarations';
import type { MunicipalityKind } from '../../engine/questionnaire-schema';
import type { QuestionnaireMeta } from '../../services/questionnaire-catalog';
import { routeHref } from '../../router/routes';
import { navigate } from '../../router/use-route';
import { takeSubmitBeforeStart } from '../../router/written-screen';
import { FormErrors } from '../../components/error-box';
import { FormRow } from '../../components/form-row';
import { useLanguage, useStrings } from '../../i18n/use-strings';
import { useAssessmentStore } from '../../store/assessment-store';
import { today } from '../../engine/dates';

type Draft = Record<keyof ProfileValue, string>;
const FIELDS = [
  'municipality',
  'kind',
  'regierungsbezirk',
  'population',
  'role',
  'date',
] as const satisfies readonly (keyof Draft)[];

/** What the form's fields hold now; a field the form does not show is left out. */
function readForm(form: HTMLFormElement): Partial<Draft> {
  return Object.fromEntries(
    FIELDS.flatMap((key) => {
      const el = form.elements.namedItem(key);
      return el instanceof HTMLInputElement || el instanceof HTMLSelectElement ? [[key, el.value]] : [];
    }),
  );
}

/**
 * Profile of the municipality; creates the assessment on first submit. The fields keep their own
 * values (uncontrolled) and are read on submit: typing a name or choosing an option then costs the
 * browser's own work only, not a new render of the whole form per key press (docs/benchmarks.md,
 * "Profil ausfüllen").
 */
export function ProfileForm({
  questionnaire,
  assessmentId,
  onKindChosen,
  shortCheck = false,
}: {
  /** Its id, version, title and declarations: a built-in one's are there before its file has loaded. */
  questionnaire: QuestionnaireMeta;
  assessmentId?: string;
  /** Called when a kind is chosen, so the questions can be made ready while the form is filled in. */
  onKindChosen?: (kind: MunicipalityKind) => void;
  /** A new short check (asks the questionnaire's short-check questions only). */
  shortCheck?: boolean;
}) {
  const t = useStrings();
  const lang = useLanguage();
  const existing = useAssessmentStore((s) => (assessmentId ? s.assessments[assessmentId]?.profile : null));
  const createAssessment = useAssessmentStore((s) => s.createAssessment);
  const setProfile = useAssessmentStore((s) => s.setProfile);
  // What the fields start with; later changes to the stored profile do not overwrite what is typed.
  const [initial] = useState<Draft>(() => ({
    municipality: existing?.municipality ?? '',
    kind: existing?.kind ?? '',
    regierungsbezirk: existing?.regierungsbezirk ?? '',
    population: existing?.population ?? '',
    role: existing?.role ?? '',
    date: existing?.date ?? today(),
  }));
  const [errors, setErrors] = useState<Partial<Record<keyof Draft, string>>>({});
  const uid = useId();
  const declarations = declarationsOf(questionnaire);
  const words = subjectWords(declarations.subject, lang);
  const profileFields = declaredProfileFields(declarations.profile);
  const labels: Record<keyof Draft, string> = {
    municipality: t.profile.municipality(words),
    kind: declarations.profile.kind?.label[lang] ?? '',
    regierungsbezirk: declarations.profile.region?.label[lang] ?? '',
    population: declarations.profile.size?.label[lang] ?? '',
    role: t.profile.role(declarations.profile.roleHint?.[lang]),
    date: t.profile.date,
  };

  // The form written into index.html may have been filled in before the app's code ran
  // (router/written-screen.ts): a kind chosen then gets its questions ready now, and the form sent
  // then is sent now. Once, also when StrictMode runs the effect twice.
  const form = useRef<HTMLFormElement>(null);
  const adopted = useRef(false);
  useEffect(() => {
    const el = form.current;
    if (adopted.current || !el) return;
    adopted.current = true;
    const kind = declarations.profile.kind?.choices.find((c) => c.id === readForm(el).kind);
    if (kind) onKindChosen?.(kind.id);
    if (takeSubmitBeforeStart()) el.requestSubmit();
  }, [declarations.profile.kind, onKindChosen]);

  const submit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const draft = readForm(e.currentTarget);
    const parsed = Profile.safeParse(draft);
    // Each declared field needs one of the choices the questionnaire declares.
    const problems = profileProblems(declarations.profile, draft);
    if (!parsed.success || problems.length > 0) {
      const next: Partial<Record<keyof Draft, string>> = {};
      for (const p of problems)
        next[p.key] =
          p.code === 'missing' ? t.profile.required(labels[p.key]) : t.profile.invalid(labels[p.key]);
      for (const issue of parsed.success ? [] : parsed.error.issues) {
        const key = issue.path[0] as keyof Draft;
        next[key] ??=
          (draft[key] ?? '').trim() === ''
            ? t.profile.required(labels[key])
            : issue.code === 'too_big'
              ? t.profile.tooLong(labels[key], Number(issue.maximum))
              : t.profile.invalid(labels[key]);
      }
      // In the form's order.
      setErrors(Object.fromEntries(FIELDS.flatMap((key) => (next[key] ? [[key, next[key]]] : []))));
      document.getElementById(`${uid}-errors`)?.focus();
      return;
    }
    const id =
      assessmentId ??
      createAssessment(
        questionnaire.id,
        questionnaire.version,
        t.profile.defaultLabel(parsed.data.date),
        shortCheck ? questionnaire.shortCheckQuestions : undefined,
      );
    setProfile(id, parsed.data);
    navigate({ name: 'questions', id });
  };

  const field = (key: keyof Draft) => ({
    id: `${uid}-${key}`,
    name: key,
    defaultValue: initial[key],
    'aria-invalid': errors[key] ? true : undefined,
    'aria-describedby': errors[key] ? `${uid}-${key}-error` : undefined,
  });
  const error = (key: keyof Draft) =>
    errors[key] ? (
      <p className="field-error" id={`${uid}-${key}-error`}>
        {errors[key]}
      </p>
    ) : null;
  const select = (
    key: 'kind' | 'regierungsbezirk' | 'population',
    options: readonly { id: string; label: Record<typeof lang, string> }[],
  ) => (
    <div className="form-row" key={key}>
      <label htmlFor={`${uid}-${key}`}>{labels[key]}</label>
      <select
        {...field(key)}
        required
        onChange={
          key === 'kind'
            ? (e) => {
                const kind = options.find((k) => k.id === e.target.value);
                if (kind) onKindChosen?.(kind.id);
              }
            : undefined
        }
      >
        <option value="">{t.profile.choose}</option>
        {options.map((o) => (
          <option key={o.id} value={o.id}>
            {o.label[lang]}
          </option>
        ))}
      </select>
      {error(key)}
    </div>
  );
  const errorList = Object.values(errors);
  const shortQuestions = shortCheck ? questionnaire.shortCheckQuestions : undefined;
  if (shortCheck && !shortQuestions)
    return (
      <div className="note-box" role="alert">
        <p>{t.shortCheck.none}</p>
        <p>
          <a className="button" href={routeHref({ name: 'new', questionnaire: questionnaire.id })}>
            {t.shortCheck.startFull}
          </a>
        </p>
      </div>
    );

  return (
    <form ref={form} className="profile-form" onSubmit={submit} noValidate>
      <h1>{t.profile.title(words)}</h1>
      <p>{t.profile.intro(words, declarations.profile.kind !== undefined)}</p>
      <p className="meta">
        {t.questionnaires.choose}: {questionnaire.title[lang]} ({questionnaire.version})
      </p>
      {shortQuestions && <p className="meta">{t.shortCheck.profileNote(shortQuestions.length)}</p>}
      <FormErrors id={`${uid}-errors`} title={t.profile.errorsTitle} messages={errorList} />
      <FormRow id={`${uid}-municipality`} label={labels.municipality}>
        <input {...field('municipality')} type="text" autoComplete="organization" required maxLength={200} />
        {error('municipality')}
      </FormRow>
      {profileFields.map(({ key, field }) => select(key, field.choices))}
      <FormRow id={`${uid}-role`} label={labels.role}>
        <input {...field('role')} type="text" maxLength={200} />
        {error('role')}
      </FormRow>
      <FormRow id={`${uid}-date`} label={labels.date}>
        <input {...field('date')} type="date" required />
        {error('date')}
      </FormRow>
      <button type="submit" className="button primary">
        {assessmentId && existing ? t.profile.save : t.profile.submit}
      </button>
    </form>
  );
}
