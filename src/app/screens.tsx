import { lazy, type ReactNode } from 'react';
import type { AssessmentRecord } from '../engine/assessment';
import type { QuestionnairePackage } from '../engine/questionnaire-package';
import type { MunicipalityKind, Questionnaire } from '../engine/questionnaire-schema';
import { ProfileForm } from '../features/profile/profile-form';
import { StartScreen } from '../features/start/start-screen';
import { useStrings } from '../i18n/use-strings';
import { ROUTES, type Route, type RouteName, type RouteOf } from '../router/routes';
import { useRoute } from '../router/use-route';
import { DEFAULT_QUESTIONNAIRE_ID, type QuestionnaireMeta } from '../services/questionnaire-catalog';
import { PackageGate, QuestionnaireGate } from '../components/package-gate';
import { roundPackage, roundQuestionnaire } from '../services/round-questionnaire';
import { NeedsAssessment, NeedsQuestionnaireMeta } from './needs';
import { prepareQuestions, QuestionnaireScreen } from './questionnaire-code';

// Every screen but the start and profile screens is loaded when first opened.
const QuestionnairesScreen = lazy(() =>
  import('../features/questionnaires/questionnaires-screen').then((m) => ({
    default: m.QuestionnairesScreen,
  })),
);
const AssessmentList = lazy(() =>
  import('../features/list/assessment-list').then((m) => ({ default: m.AssessmentList })),
);
const CompareScreen = lazy(() =>
  import('../features/compare/compare-screen').then((m) => ({ default: m.CompareScreen })),
);
const ConsolidateScreen = lazy(() =>
  import('../features/consolidate/consolidate-screen').then((m) => ({ default: m.ConsolidateScreen })),
);
const DataScreen = lazy(() =>
  import('../features/data/data-screen').then((m) => ({ default: m.DataScreen })),
);
const ExplainScreen = lazy(() =>
  import('../features/explain/explain-screen').then((m) => ({ default: m.ExplainScreen })),
);
const PrintView = lazy(() => import('../features/print/print-view').then((m) => ({ default: m.PrintView })));
const RegionScreen = lazy(() =>
  import('../features/region/region-screen').then((m) => ({ default: m.RegionScreen })),
);
const LegalScreen = lazy(() =>
  import('../features/legal/legal-screen').then((m) => ({ default: m.LegalScreen })),
);
const OperatorScreen = lazy(() =>
  import('../features/legal/legal-screen').then((m) => ({ default: m.OperatorScreen })),
);
// The projector view uses SurveyJS too: it lives with the questions (features/questionnaire).
const ProjectorScreen = lazy(() =>
  import('../features/questionnaire/projector-screen').then((m) => ({ default: m.ProjectorScreen })),
);
const ResultsScreen = lazy(() =>
  import('../features/results/results-screen').then((m) => ({ default: m.ResultsScreen })),
);

/** What a route's screen is given, by what the route needs in the table. */
type Given<N extends RouteName> = (typeof ROUTES)[N]['needs'] extends 'assessment+package'
  ? { route: RouteOf<N>; assessment: AssessmentRecord; pkg: QuestionnairePackage }
  : (typeof ROUTES)[N]['needs'] extends 'assessment+questionnaire'
    ? { route: RouteOf<N>; assessment: AssessmentRecord; questionnaire: Questionnaire }
    : (typeof ROUTES)[N]['needs'] extends 'questionnaire'
      ? { route: RouteOf<N>; questionnaire: QuestionnaireMeta }
      : { route: RouteOf<N> };

/** The screen of each route of the table; the compiler checks that none is missing. */
const SCREENS: { [N in RouteName]: (given: Given<N>) => ReactNode } = {
  start: () => <StartScreen />,
  new: ({ questionnaire }) => (
    <ProfileForm
      key={questionnaire.id}
      questionnaire={questionnaire}
      onKindChosen={(kind: MunicipalityKind) => prepareQuestions(questionnaire.id, kind)}
    />
  ),
  newShortCheck: ({ questionnaire }) => (
    <ProfileForm key={`${questionnaire.id}-kurz`} questionnaire={questionnaire} shortCheck />
  ),
  list: () => <AssessmentList />,
  compare: () => <CompareScreen />,
  consolidate: () => <ConsolidateScreen />,
  region: () => <RegionScreen />,
  questionnaires: () => <QuestionnairesScreen />,
  data: () => <DataScreen />,
  imprint: () => <LegalScreen key="imprint" page="imprint" />,
  privacy: () => <LegalScreen key="privacy" page="privacy" />,
  accessibility: () => <LegalScreen key="accessibility" page="accessibility" />,
  operator: () => <OperatorScreen />,
  // A short check's screens get the questionnaire cut to its questions (roundQuestionnaire/roundPackage).
  profile: ({ assessment, questionnaire }) => (
    <ProfileForm questionnaire={questionnaire} assessmentId={assessment.id} />
  ),
  questions: ({ route, assessment, questionnaire }) =>
    // Without a profile there is no municipality kind, and the kind decides the questions.
    assessment.profile ? (
      <QuestionnaireScreen
        questionnaire={roundQuestionnaire(questionnaire, assessment)}
        assessment={assessment}
        focusQuestion={route.question}
      />
    ) : (
      <ProfileForm questionnaire={questionnaire} assessmentId={assessment.id} />
    ),
  results: ({ assessment, pkg }) => (
    <ResultsScreen pkg={roundPackage(pkg, assessment)} full={pkg.questionnaire} assessment={assessment} />
  ),
  explain: ({ assessment, pkg }) => (
    <ExplainScreen pkg={roundPackage(pkg, assessment)} assessment={assessment} />
  ),
  // As the questions: without a profile the kind of municipality, which decides them, is missing.
  projector: ({ assessment, pkg }) =>
    assessment.profile ? (
      <ProjectorScreen key={assessment.id} pkg={roundPackage(pkg, assessment)} assessment={assessment} />
    ) : (
      <ProfileForm questionnaire={pkg.questionnaire} assessmentId={assessment.id} />
    ),
  print: ({ assessment, pkg }) => (
    <PrintView pkg={roundPackage(pkg, assessment)} full={pkg.questionnaire} assessment={assessment} />
  ),
};

/** Shows a route's screen once what it needs (table column `needs`) has loaded. */
function show(route: Exclude<Route, { name: 'notFound' }>): ReactNode {
  // Each branch gives exactly what `Given<N>` names for the routes with that need. The compiler
  // cannot tie `SCREENS[route.name]` to `route` (a correlated union), hence the one cast.
  const render = SCREENS[route.name] as (given: unknown) => ReactNode;
  switch (ROUTES[route.name].needs) {
    case 'nothing':
      return render({ route });
    case 'questionnaire': {
      const id =
        'questionnaire' in route && route.questionnaire ? route.questionnaire : DEFAULT_QUESTIONNAIRE_ID;
      return (
        <NeedsQuestionnaireMeta id={id}>
          {(questionnaire) => render({ route, questionnaire })}
        </NeedsQuestionnaireMeta>
      );
    }
    case 'assessment+questionnaire':
      return (
        <NeedsAssessment id={'id' in route ? route.id : ''}>
          {(assessment) => (
            <QuestionnaireGate id={assessment.questionnaireId}>
              {(questionnaire) => render({ route, assessment, questionnaire })}
            </QuestionnaireGate>
          )}
        </NeedsAssessment>
      );
    case 'assessment+package':
      return (
        <NeedsAssessment id={'id' in route ? route.id : ''}>
          {(assessment) => (
            <PackageGate id={assessment.questionnaireId}>
              {(pkg) => render({ route, assessment, pkg })}
            </PackageGate>
          )}
        </NeedsAssessment>
      );
  }
}

/** The current route's screen, or the not-found message. */
export function Screen() {
  const route = useRoute();
  const t = useStrings();
  if (route.name === 'notFound') return <p role="alert">{t.errors.notFound}</p>;
  return show(route);
}
