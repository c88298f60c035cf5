import { parseQuestionnairePackage, type PackageResult } from '../engine/questionnaire-package';

/** The questionnaire offered for new assessments. */
export const DEFAULT_QUESTIONNAIRE_ID = 'bayern-kommunen';

type JsonModule = { default: unknown };
// Every folder under questionnaires/ with the three files ships with the app: adding a region
// needs no code change. Each file becomes its own lazily loaded chunk.
const files = import.meta.glob<JsonModule>(
  '../../questionnaires/*/{questionnaire,recommendations,sources}.json',
);

const cache = new Map<string, Promise<PackageResult>>();

async function load(id: string): Promise<PackageResult> {
  const path = (name: string) => `../../questionnaires/${id}/${name}.json`;
  const loaders = ['questionnaire', 'recommendations', 'sources'].map((n) => files[path(n)]);
  const present = loaders.filter((l): l is NonNullable<typeof l> => l !== undefined);
  if (present.length !== 3) return { ok: false, errors: [`Fragebogen „${id}“ ist nicht vorhanden`] };
  try {
    const [q, r, s] = await Promise.all(present.map((l) => l()));
    return parseQuestionnairePackage({
      questionnaire: { name: `${id}/questionnaire.json`, data: q?.default },
      recommendations: { name: `${id}/recommendations.json`, data: r?.default },
      sources: { name: `${id}/sources.json`, data: s?.default },
    });
  } catch (e) {
    return { ok: false, errors: [`Fragebogen „${id}“ konnte nicht geladen werden: ${(e as Error).message}`] };
  }
}

/** Loads and validates a built-in questionnaire with its recommendations (cached promise, for React's `use`). */
export function loadQuestionnairePackage(id: string): Promise<PackageResult> {
  let p = cache.get(id);
  if (!p) {
    p = load(id);
    cache.set(id, p);
  }
  return p;
}
