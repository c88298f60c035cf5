import { DONT_KNOW, NOT_APPLICABLE } from '../../../engine/assessment';
import type { LocalizedText, MunicipalityKind, Questionnaire } from '../../../engine/questionnaire-schema';
import { visibleQuestions } from '../../../engine/score';

/** A localised string as SurveyJS reads it: one key per locale. */
type SurveyText = { de: string; en: string };

/** Texts the rendering needs that are not part of the questionnaire (they come from the UI strings). */
export interface SurveyLabels {
  level: LocalizedText; // "Stufe" / "Level"
  dontKnow: LocalizedText;
  notApplicable: LocalizedText;
  note: LocalizedText;
}

/** The subset of SurveyJS's JSON we produce. */
export interface SurveyJson {
  showQuestionNumbers: 'off';
  questionsOnPageMode: 'standard';
  showCompletedPage: false;
  checkErrorsMode: 'onComplete';
  pages: {
    name: string;
    title: SurveyText;
    description: SurveyText;
    elements: {
      type: 'radiogroup';
      name: string;
      title: SurveyText;
      description: SurveyText;
      descriptionLocation: 'underTitle';
      choices: { value: number | string; text: SurveyText }[];
      showCommentArea: true;
      commentText: SurveyText;
    }[];
  }[];
}

const copy = (t: LocalizedText): SurveyText => ({ de: t.de, en: t.en });

/**
 * Turns the domain questionnaire into SurveyJS JSON: one page per field of action, one radio
 * group per visible question whose options carry the full level descriptors, plus "weiß nicht"
 * and "nicht zutreffend" where offered, and a note field. Scoring never reads this.
 */
export function toSurveyJson(
  questionnaire: Questionnaire,
  labels: SurveyLabels,
  kind?: MunicipalityKind,
): SurveyJson {
  const pages = questionnaire.fields
    .map((field) => ({ field, questions: visibleQuestions(field, kind) }))
    .filter(({ questions }) => questions.length > 0)
    .map(({ field, questions }) => ({
      name: field.id,
      title: copy(field.title),
      description: copy(field.description),
      elements: questions.map((q) => ({
        type: 'radiogroup' as const,
        name: q.id,
        title: copy(q.title),
        description: copy(q.help),
        descriptionLocation: 'underTitle' as const,
        choices: [
          // A level the question marks unused is not offered: it would earn points for nothing.
          ...q.levels.flatMap((descriptor, level) => {
            if (q.unusedLevels?.includes(level)) return [];
            const name = questionnaire.levelNames[level] ?? { de: '', en: '' };
            return [
              {
                value: level,
                text: {
                  de: `${labels.level.de} ${level} – ${name.de}: ${descriptor.de}`,
                  en: `${labels.level.en} ${level} – ${name.en}: ${descriptor.en}`,
                },
              },
            ];
          }),
          ...(q.allowDontKnow ? [{ value: DONT_KNOW, text: copy(labels.dontKnow) }] : []),
          ...(q.allowNotApplicable ? [{ value: NOT_APPLICABLE, text: copy(labels.notApplicable) }] : []),
        ],
        showCommentArea: true as const,
        commentText: copy(labels.note),
      })),
    }));
  return {
    showQuestionNumbers: 'off',
    questionsOnPageMode: 'standard',
    showCompletedPage: false,
    checkErrorsMode: 'onComplete',
    pages,
  };
}
