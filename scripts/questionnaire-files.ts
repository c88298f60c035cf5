// Temporary forward, to be deleted at the merge of issue 17: tests in src/ (restructured on
// another branch at the same time) still import this path. Everything else imports
// tooling/questionnaire-files.ts.
export { loadQuestionnaireDir, questionnaireDirs } from '../tooling/questionnaire-files.ts';
