import type { CatalogError, PackageError, PackageResult } from '../engine/questionnaire-package';
import type { Questionnaire, RecommendationCatalogue, SourceList } from '../engine/questionnaire-schema';
import { declarationsOf, type Declarations } from '../engine/declarations';
import { useAssessmentStore } from '../store/assessment-store';
import { ownValue } from '../engine/assessment';

/** The questionnaire offered for new assessments. */
export const DEFAULT_QUESTIONNAIRE_ID = 'bayern-kommunen';

// Every folder under questionnaires/ with the three files ships with the app: adding a region
// needs no code change. Each file becomes its own lazily loaded chunk. The files are checked when
// the app is built (tooling/vite/questionnaires.ts: errors stop the build) and arrive as the
// schema reads them, so they are not checked again here.
const files = {
  questionnaire: import.meta.glob<Questionnaire>('../../questionnaires/*/questionnaire.json', {
    import: 'default',
  }),
  recommendations: import.meta.glob<RecommendationCatalogue>('../../questionnaires/*/recommendations.json', {
    import: 'default',
  }),
  sources: import.meta.glob<SourceList>('../../questionnaires/*/sources.json', { import: 'default' }),
};
const fileOf = <K extends keyof typeof files>(kind: K, id: string) =>
  files[kind][`../../questionnaires/${id}/${kind}.json`];

/** The folder (the questionnaire's id) of a glob path `../../questionnaires/<folder>/questionnaire.json`. */
const folderOf = (path: string): string | undefined =>
  /questionnaires\/([^/]+)\/questionnaire\.json$/.exec(path)?.[1];

/**
 * What the header and the profile form show of a questionnaire (its name, what it assesses, its
 * profile fields) and what a new assessment stores of it; for a built-in questionnaire with a
 * short check also the short check's question ids.
 */
export type QuestionnaireMeta = Pick<Questionnaire, 'id' | 'version' | 'title'> &
  Partial<Pick<Questionnaire, 'appName' | 'subtitle' | 'subject' | 'profile' | 'themeLabel'>> & {
    shortCheckQuestions?: readonly string[];
  };

/**
 * Id, version and title of each built-in questionnaire, in the start file (a few hundred bytes,
 * tooling/vite/questionnaires.ts): "Neue Bewertung beginnen" shows the profile form at once, even
 * before the questionnaire file has loaded in the background.
 */
export const BUILT_IN_META: Readonly<Record<string, QuestionnaireMeta>> = Object.fromEntries(
  Object.entries(
    import.meta.glob<QuestionnaireMeta>('../../questionnaires/*/questionnaire.json', {
      query: '?meta',
      import: 'default',
      eager: true,
    }),
  ).flatMap(([path, meta]) => {
    // Keyed by folder, like BUILT_IN_IDS and the files themselves.
    const folder = folderOf(path);
    return folder ? [[folder, meta]] : [];
  }),
);

/** Ids of the questionnaires built into the app. */
export const BUILT_IN_IDS = Object.keys(files.questionnaire)
  .flatMap((path) => {
    const folder = folderOf(path);
    return folder ? [folder] : [];
  })
  .sort((a, b) =>
    a === DEFAULT_QUESTIONNAIRE_ID ? -1 : b === DEFAULT_QUESTIONNAIRE_ID ? 1 : a.localeCompare(b),
  );

/** A questionnaire package from the catalogue, or why there is none. */
export type CatalogResult =
  | Extract<PackageResult, { ok: true }>
  | { ok: false; errors: (PackageError | CatalogError)[]; missing?: boolean };

const cache = new Map<string, Promise<CatalogResult>>();

/**
 * Marks the promise as settled once it is, the way React's `use` records it. React then reads a
 * questionnaire that was loaded in the background (while the start screen was idle) at once,
 * instead of showing "Wird geladen …" for a moment and rendering the screen a second time.
 */
function settled<T>(promise: Promise<T>): Promise<T> {
  const p = promise as Promise<T> & { status?: string; value?: T };
  p.then(
    (value) => {
      p.status = 'fulfilled';
      p.value = value;
    },
    () => undefined,
  );
  return p;
}

// The checks for a questionnaire loaded from a file: their code loads only when one is opened.
const packageCode = () => import('../engine/questionnaire-package');

async function loadBuiltIn(id: string): Promise<CatalogResult> {
  const [q, r, s] = [fileOf('questionnaire', id), fileOf('recommendations', id), fileOf('sources', id)];
  if (!q || !r || !s) return { ok: false, errors: [{ code: 'notAvailable', id }] };
  try {
    const [questionnaire, catalogue, list] = await Promise.all([q(), r(), s()]);
    const shortCheckQuestions = ownValue(BUILT_IN_META, id)?.shortCheckQuestions;
    return {
      ok: true,
      value: {
        questionnaire,
        recommendations: catalogue.recommendations,
        sources: list.sources,
        // Checked with the folder when the app was built; its ids come with the start file.
        ...(shortCheckQuestions && {
          shortCheck: {
            type: 'digitalkompass-short-check' as const,
            questionnaireId: questionnaire.id,
            questions: [...shortCheckQuestions],
          },
        }),
      },
      // Built-in questionnaires were checked when the app was built; warnings were printed there.
      warnings: [],
    };
  } catch (e) {
    // For whoever looks into it with the browser's tools; the person is told in words of their own.
    console.warn(`Fragebogen ${id}:`, e);
    return { ok: false, errors: [{ code: 'loadFailed', id }] };
  }
}

/**
 * Loads a questionnaire with its recommendations: a built-in one (checked when the app was built),
 * or one the person loaded from a file (kept in the store), checked here. Cached per version, for
 * React's `use`.
 */
export function loadQuestionnairePackage(id: string): Promise<CatalogResult> {
  if (BUILT_IN_IDS.includes(id)) {
    let p = cache.get(id);
    if (!p) {
      p = loadBuiltIn(id);
      cache.set(id, settled(p));
    }
    return p;
  }
  const custom = ownValue(useAssessmentStore.getState().customQuestionnaires, id);
  if (!custom)
    return Promise.resolve({
      ok: false,
      missing: true,
      errors: [{ code: 'notLoaded', id }],
    });
  const key = `custom:${id}@${custom.loadedAt}`;
  let p = cache.get(key);
  if (!p) {
    p = packageCode().then(
      ({ parseQuestionnairePackage, parseShortCheck }): CatalogResult => {
        const result = parseQuestionnairePackage({
          questionnaire: { name: `${id} › questionnaire`, data: custom.questionnaire },
          recommendations: { name: `${id} › recommendations`, data: custom.recommendations },
          sources: { name: `${id} › sources`, data: custom.sources },
        });
        if (!result.ok || custom.shortCheck === undefined) return result;
        const shortCheck = parseShortCheck(
          { name: `${id} › shortCheck`, data: custom.shortCheck },
          result.value.questionnaire,
        );
        if (!shortCheck.ok) return shortCheck;
        return { ...result, value: { ...result.value, shortCheck: shortCheck.value } };
      },
      (e: unknown): CatalogResult => {
        console.warn(`Fragebogen ${id}:`, e);
        return { ok: false, errors: [{ code: 'checkFailed', id }] };
      },
    );
    cache.set(key, settled(p));
  }
  return p;
}

/** A questionnaire alone, validated (its recommendations are checked with the full package). */
export type QuestionnaireResult =
  | { ok: true; value: Questionnaire }
  | { ok: false; errors: (PackageError | CatalogError)[]; missing?: boolean };

async function loadBuiltInQuestionnaire(id: string): Promise<QuestionnaireResult> {
  const loader = fileOf('questionnaire', id);
  if (!loader) return { ok: false, errors: [{ code: 'notAvailable', id }] };
  try {
    return { ok: true, value: await loader() };
  } catch (e) {
    console.warn(`Fragebogen ${id}:`, e);
    return { ok: false, errors: [{ code: 'loadFailed', id }] };
  }
}

const questionnaireCache = new Map<string, Promise<QuestionnaireResult>>();

/** Loads only the questionnaire (for the profile and the questions); cached, for React's `use`. */
export function loadQuestionnaire(id: string): Promise<QuestionnaireResult> {
  // React's `use` needs the same promise on every render: cache built-in and loaded ones alike.
  const builtIn = BUILT_IN_IDS.includes(id);
  const key = builtIn
    ? id
    : `custom:${id}@${ownValue(useAssessmentStore.getState().customQuestionnaires, id)?.loadedAt ?? ''}`;
  let p = questionnaireCache.get(key);
  if (!p) {
    p = builtIn
      ? loadBuiltInQuestionnaire(id)
      : loadQuestionnairePackage(id).then((r) => (r.ok ? { ok: true, value: r.value.questionnaire } : r));
    questionnaireCache.set(key, settled(p));
  }
  return p;
}

/**
 * What the questionnaire `id` declares about itself (what it assesses, its profile fields, its
 * name in the header), known at once: a built-in one's from the start file, a loaded one's from
 * its stored file (checked when it was loaded; read again here value by value). Unknown ids get
 * the Bavarian declarations, as a questionnaire of the first format does.
 */
export function declarationsById(id: string): Declarations {
  const meta = ownValue(BUILT_IN_META, id);
  if (meta) return declarationsOf(meta);
  const data = storedQuestionnaire(id);
  const unknown = declarationsOf({ title: { de: id, en: id } });
  if (!data) return unknown;
  const declared = declarationsOf(data);
  // Storage changed by hand since: the screens' words must still be words.
  try {
    const { subject, appName } = declared;
    const words = [
      subject.de.singular,
      subject.de.plural,
      subject.en.singular,
      subject.en.plural,
      appName.de,
    ];
    return words.every((w) => typeof w === 'string') ? declared : unknown;
  } catch {
    return unknown;
  }
}

/** The title of the questionnaire `id` (built in or loaded from a file); its id when it is not there. */
export function questionnaireTitleById(id: string): Questionnaire['title'] {
  return (ownValue(BUILT_IN_META, id) ?? storedQuestionnaire(id))?.title ?? { de: id, en: id };
}

/**
 * The stored file of the loaded questionnaire `id`. It passed the questionnaire's schema when it
 * was loaded (the store keeps only such files); the schema's code stays out of the start file.
 */
function storedQuestionnaire(id: string): Questionnaire | undefined {
  const data = ownValue(useAssessmentStore.getState().customQuestionnaires, id)?.questionnaire;
  return typeof data === 'object' && data !== null && 'title' in data ? (data as Questionnaire) : undefined;
}
