import { useId, useState, type FormEvent } from 'react';
import {
  POPULATION_CLASSES,
  Profile,
  REGIERUNGSBEZIRKE,
  type Profile as ProfileValue,
} from '../../engine/assessment';
import { MUNICIPALITY_KINDS, type MunicipalityKind } from '../../engine/questionnaire-schema';
import type { QuestionnaireMeta } from '../../services/questionnaire-catalog';
import { routeHref } from '../../router/routes';
import { navigate } from '../../router/use-route';
import { FormErrors } from '../../components/error-box';
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

/** What the form's fields hold now. */
function readForm(form: HTMLFormElement): Draft {
  const value = (key: keyof Draft) => {
    const el = form.elements.namedItem(key);
    return el instanceof HTMLInputElement || el instanceof HTMLSelectElement ? el.value : '';
  };
  return Object.fromEntries(FIELDS.map((key) => [key, value(key)])) as Draft;
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
  /** Only its id, version and title: a built-in one's are there before its file has loaded. */
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
  const labels: Record<keyof Draft, string> = {
    municipality: t.profile.municipality,
    kind: t.profile.kind,
    regierungsbezirk: t.profile.regierungsbezirk,
    population: t.profile.population,
    role: t.profile.role,
    date: t.profile.date,
  };

  const submit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const draft = readForm(e.currentTarget);
    const parsed = Profile.safeParse(draft);
    if (!parsed.success) {
      const next: Partial<Record<keyof Draft, string>> = {};
      for (const issue of parsed.error.issues) {
        const key = issue.path[0] as keyof Draft;
        next[key] ??=
          draft[key].trim() === ''
            ? t.profile.required(labels[key])
            : issue.code === 'too_big'
              ? t.profile.tooLong(labels[key], Number(issue.maximum))
              : t.profile.invalid(labels[key]);
      }
      setErrors(next);
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
    options: readonly string[],
    names: Record<string, string>,
  ) => (
    <div className="form-row">
      <label htmlFor={`${uid}-${key}`}>{labels[key]}</label>
      <select
        {...field(key)}
        required
        onChange={
          key === 'kind'
            ? (e) => {
                const kind = MUNICIPALITY_KINDS.find((k) => k === e.target.value);
                if (kind) onKindChosen?.(kind);
              }
            : undefined
        }
      >
        <option value="">{t.profile.choose}</option>
        {options.map((o) => (
          <option key={o} value={o}>
            {names[o]}
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
    <form className="profile-form" onSubmit={submit} noValidate>
      <h1>{t.profile.title}</h1>
      <p>{t.profile.intro}</p>
      <p className="meta">
        {t.questionnaires.choose}: {questionnaire.title[lang]} ({questionnaire.version})
      </p>
      {shortQuestions && <p className="meta">{t.shortCheck.profileNote(shortQuestions.length)}</p>}
      <FormErrors id={`${uid}-errors`} title={t.profile.errorsTitle} messages={errorList} />
      <div className="form-row">
        <label htmlFor={`${uid}-municipality`}>{labels.municipality}</label>
        <input {...field('municipality')} type="text" autoComplete="organization" required maxLength={200} />
        {error('municipality')}
      </div>
      {select('kind', MUNICIPALITY_KINDS, t.kinds)}
      {select('regierungsbezirk', REGIERUNGSBEZIRKE, t.bezirke)}
      {select('population', POPULATION_CLASSES, t.populations)}
      <div className="form-row">
        <label htmlFor={`${uid}-role`}>{labels.role}</label>
        <input {...field('role')} type="text" maxLength={200} />
        {error('role')}
      </div>
      <div className="form-row">
        <label htmlFor={`${uid}-date`}>{labels.date}</label>
        <input {...field('date')} type="date" required />
        {error('date')}
      </div>
      <button type="submit" className="button primary">
        {assessmentId && existing ? t.profile.save : t.profile.submit}
      </button>
    </form>
  );
}
