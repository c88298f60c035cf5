import type { LocalizedText, Question, Questionnaire } from './questionnaire-schema';

/** Field and question titles of a questionnaire in one language, by id. */
export interface Titles {
  /** The field's title; the id itself for an unknown field. */
  field: (id: string) => string;
  /** The question's title; the id itself for an unknown question. */
  question: (id: string) => string;
  /** The question itself, for what it offers (levels, "nicht zutreffend"). */
  questionById: ReadonlyMap<string, Question>;
}

/** Looks up titles by id in a Map, so an id like "constructor" finds nothing instead of a prototype member. */
export function titlesOf(q: Pick<Questionnaire, 'fields'>, lang: keyof LocalizedText): Titles {
  const fields = new Map(q.fields.map((f) => [f.id, f]));
  const questionById = new Map(q.fields.flatMap((f) => f.questions.map((x) => [x.id, x] as const)));
  return {
    field: (id) => fields.get(id)?.title[lang] ?? id,
    question: (id) => questionById.get(id)?.title[lang] ?? id,
    questionById,
  };
}
