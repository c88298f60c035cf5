import { ownValue } from '../engine/assessment';
import type { Route } from '../router/routes';
import { declarationsById } from '../services/questionnaire-catalog';
import { useAssessmentStore } from '../store/assessment-store';
import { useLanguage, useStrings } from '../i18n/use-strings';

/** The questionnaire a route shows: the one named in the address, or the open assessment's. */
function useRouteQuestionnaire(route: Route): string | undefined {
  const ofAssessment = useAssessmentStore((s) =>
    'id' in route ? ownValue(s.assessments, route.id)?.questionnaireId : undefined,
  );
  return ofAssessment ?? ('questionnaire' in route ? route.questionnaire : undefined);
}

/**
 * The header's name and line under it: the questionnaire's own (a fire brigade's questionnaire is
 * not "für bayerische Kommunen") while one is open, else the app's.
 */
export function useBrand(route: Route): { name: string; tagline: string | undefined } {
  const t = useStrings();
  const lang = useLanguage();
  const id = useRouteQuestionnaire(route);
  if (!id) return { name: t.appName, tagline: t.appTagline };
  const declared = declarationsById(id);
  return { name: declared.appName[lang], tagline: declared.subtitle?.[lang] };
}
