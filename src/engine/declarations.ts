import type { Profile } from './assessment.ts';
import type { Language } from './language.ts';
import {
  FORMER_APP_NAME,
  FORMER_PROFILE,
  FORMER_SUBJECT,
  FORMER_SUBTITLE,
  FORMER_THEME_LABEL,
  FORMER_VOCABULARIES,
} from './former-declarations.ts';
import {
  DECLARATION_KEYS,
  type Choice,
  type LocalizedText,
  type ProfileDeclaration,
  type ProfileField,
  type Questionnaire,
  type Subject,
  type Vocabularies,
} from './questionnaire-schema.ts';

/** What a questionnaire declares about itself, with the format-1 defaults filled in. */
export interface Declarations {
  appName: LocalizedText;
  subtitle: LocalizedText | undefined;
  subject: Subject;
  profile: ProfileDeclaration;
  themeLabel: LocalizedText;
  vocabularies: Vocabularies;
}

/** The parts of a questionnaire the declarations are read from (also its catalogue entry). */
export type DeclaringQuestionnaire = Pick<Questionnaire, 'title' | 'subtitle' | 'appName'> &
  Partial<Pick<Questionnaire, (typeof DECLARATION_KEYS)[number]>>;

/**
 * The questionnaire's declarations. One that declares none of subject, profile, theme label and
 * vocabularies is of the format before them and gets the Bavarian municipal ones it meant; one
 * that declares any has been checked to declare all but the profile (none: no profile fields).
 */
export function declarationsOf(q: DeclaringQuestionnaire): Declarations {
  const former = DECLARATION_KEYS.every((key) => q[key] === undefined);
  if (former)
    return {
      appName: q.appName ?? FORMER_APP_NAME,
      subtitle: q.subtitle ?? FORMER_SUBTITLE,
      subject: FORMER_SUBJECT,
      profile: FORMER_PROFILE,
      themeLabel: FORMER_THEME_LABEL,
      vocabularies: FORMER_VOCABULARIES,
    };
  return {
    appName: q.appName ?? q.title,
    subtitle: q.subtitle,
    subject: q.subject ?? FORMER_SUBJECT,
    profile: q.profile ?? {},
    themeLabel: q.themeLabel ?? FORMER_THEME_LABEL,
    vocabularies: q.vocabularies ?? FORMER_VOCABULARIES,
  };
}

/**
 * What the start file carries of a questionnaire besides id, version and title: what the header
 * and the profile form show (tooling/vite/questionnaires.ts), with the defaults of the first
 * format filled in. Not the vocabularies: they come with the recommendations.
 */
export function startDeclarations(
  q: DeclaringQuestionnaire,
): Pick<Declarations, 'appName' | 'subtitle' | 'subject' | 'profile' | 'themeLabel'> {
  const { appName, subtitle, subject, profile, themeLabel } = declarationsOf(q);
  return { appName, subtitle, subject, profile, themeLabel };
}

/** The profile fields, by the key an assessment's profile stores them under. */
export const PROFILE_KEYS = {
  kind: 'kind',
  region: 'regierungsbezirk',
  size: 'population',
} as const;
/** A declared profile field's name in the declaration. */
export type ProfileFieldName = keyof typeof PROFILE_KEYS;
/** The three profile fields in the order the form asks for them. */
export const PROFILE_FIELD_NAMES = ['kind', 'region', 'size'] as const satisfies readonly ProfileFieldName[];

/** The profile fields a questionnaire declares, in the form's order, with the key they are stored under. */
export function declaredProfileFields(
  profile: ProfileDeclaration,
): { name: ProfileFieldName; key: (typeof PROFILE_KEYS)[ProfileFieldName]; field: ProfileField }[] {
  return PROFILE_FIELD_NAMES.flatMap((name) => {
    const field = profile[name];
    return field ? [{ name, key: PROFILE_KEYS[name], field }] : [];
  });
}

/** The word of the choice `id` in `language`; the id itself for one not declared (from an older file). */
export function choiceLabel(
  choices: readonly Choice[] | undefined,
  id: string | undefined,
  language: Language,
  print = false,
): string {
  if (id === undefined) return '';
  const choice = choices?.find((c) => c.id === id);
  if (!choice) return id;
  return ((print && choice.printLabel) || choice.label)[language];
}

const ARTICLES = { f: 'die', m: 'der', n: 'das' } as const;
const GENITIVE_ARTICLES = { f: 'der', m: 'des', n: 'des' } as const;
const TO_THE = { f: 'zur', m: 'zum', n: 'zum' } as const;
const SAME = { f: 'dieselbe', m: 'derselbe', n: 'dasselbe' } as const;
const EACH = { f: 'jede', m: 'jeder', n: 'jedes' } as const;
const YOUR = { f: 'Ihre', m: 'Ihr', n: 'Ihr' } as const;

/** The word forms screens use for what is assessed, built from the questionnaire's subject. */
export interface SubjectWords {
  /** "Kommune" / "municipality". */
  one: string;
  /** "Kommunen" / "municipalities". */
  many: string;
  /** "Kommune" / "Municipality": a column heading. */
  heading: string;
  /** "Kommunen" / "Municipalities": a column heading. */
  headingMany: string;
  /** "die Kommune" / "the municipality". */
  the: string;
  /** "der Kommune", "des Teams" / "of the municipality". */
  ofThe: string;
  /** "zur Kommune", "zum Team" / "about the municipality". */
  aboutThe: string;
  /** "dieselbe Kommune", "dasselbe Team" / "the same municipality". */
  same: string;
  /** "jede Kommune", "jedes Team" / "each municipality". */
  each: string;
  /** "Ihre Kommune", "Ihr Team" / "your municipality". */
  your: string;
}

const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** The subject's word forms in `language`. */
export function subjectWords(subject: Subject, language: Language): SubjectWords {
  if (language === 'de') {
    const { gender, singular, plural } = subject.de;
    const genitive = subject.de.genitive ?? singular;
    return {
      one: singular,
      many: plural,
      heading: singular,
      headingMany: plural,
      the: `${ARTICLES[gender]} ${singular}`,
      ofThe: `${GENITIVE_ARTICLES[gender]} ${genitive}`,
      aboutThe: `${TO_THE[gender]} ${singular}`,
      same: `${SAME[gender]} ${singular}`,
      each: `${EACH[gender]} ${singular}`,
      your: `${YOUR[gender]} ${singular}`,
    };
  }
  const { singular, plural } = subject.en;
  return {
    one: singular,
    many: plural,
    heading: capital(singular),
    headingMany: capital(plural),
    the: `the ${singular}`,
    ofThe: `of the ${singular}`,
    aboutThe: `about the ${singular}`,
    same: `the same ${singular}`,
    each: `each ${singular}`,
    your: `your ${singular}`,
  };
}

/** A profile's key of a declared field. */
export type ProfileKey = (typeof PROFILE_KEYS)[ProfileFieldName];

/** What is wrong with a profile's choices for a questionnaire's declared profile fields. */
export type ProfileProblem =
  { key: ProfileKey; code: 'missing' } | { key: ProfileKey; code: 'undeclared'; value: string };

/**
 * Checks a profile against the fields a questionnaire declares: each declared field needs one of
 * its choices, and a field it does not declare stays empty.
 */
export function profileProblems(
  declaration: ProfileDeclaration,
  profile: Pick<Profile, ProfileKey>,
): ProfileProblem[] {
  return PROFILE_FIELD_NAMES.flatMap((name): ProfileProblem[] => {
    const key = PROFILE_KEYS[name];
    const value = profile[key];
    const field = declaration[name];
    if (!field) return value === undefined ? [] : [{ key, code: 'undeclared', value }];
    if (value === undefined || value === '') return [{ key, code: 'missing' }];
    return field.choices.some((c) => c.id === value) ? [] : [{ key, code: 'undeclared', value }];
  });
}

/**
 * The declared profile fields a profile has a choice for, as a sheet lists them: short label and
 * the choice's word ("Regierungsbezirk", "Schwaben").
 */
export function profileRows(
  declaration: ProfileDeclaration,
  profile: Pick<Profile, ProfileKey>,
  language: Language,
): [string, string][] {
  return declaredProfileFields(declaration).flatMap(({ key, field }): [string, string][] => {
    const value = profile[key];
    return value === undefined
      ? []
      : [[field.shortLabel[language], choiceLabel(field.choices, value, language)]];
  });
}
