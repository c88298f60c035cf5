// Validates every questionnaire folder (or the folders given as arguments) and prints one
// summary line per questionnaire. Exits with 1 on any error.
import { errorStrings } from '../../src/i18n/strings-errors.ts';
import { sourceCheckCounts } from '../../src/engine/questionnaire-package.ts';
import { loadQuestionnaireDir, questionnaireDirs } from '../questionnaire-files.ts';
import { sourceCheckLine } from './source-check-line.ts';

// Authors read German first: the same messages the app shows when a questionnaire is loaded.
const { packageError } = errorStrings.de;

const dirs = process.argv.length > 2 ? process.argv.slice(2) : questionnaireDirs('questionnaires');
let failed = dirs.length === 0;
if (dirs.length === 0)
  console.error('Keine Fragebögen gefunden (erwartet: questionnaires/<name>/questionnaire.json)');
for (const dir of dirs) {
  const result = loadQuestionnaireDir(dir);
  if (!result.ok) {
    failed = true;
    console.error(`${dir}: ${result.errors.length} Fehler`);
    for (const e of result.errors) console.error(`  ${packageError(e)}`);
    continue;
  }
  const { questionnaire, recommendations, sources } = result.value;
  const questions = questionnaire.fields.reduce((n, f) => n + f.questions.length, 0);
  const asOf = questionnaire.asOf ? `, Stand ${questionnaire.asOf}` : '';
  console.log(
    `${questionnaire.id} ${questionnaire.version}${asOf}: ${questionnaire.fields.length} Handlungsfelder, ${questions} Fragen, ${recommendations.length} Empfehlungen, ${sources.length} Quellen`,
  );
  console.log(`  ${sourceCheckLine(sourceCheckCounts(sources, questionnaire.asOf))}`);
  const { shortCheck } = result.value;
  console.log(
    shortCheck
      ? `  Kurzcheck: ${shortCheck.questions.length} Fragen aus allen ${questionnaire.fields.length} Handlungsfeldern`
      : '  Kein Kurzcheck (short-check.json fehlt)',
  );
  for (const w of result.warnings) console.warn(`  Warnung: ${packageError(w)}`);
}
process.exit(failed ? 1 : 0);
