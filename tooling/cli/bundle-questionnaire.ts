// Packs a questionnaire folder (questionnaire.json, recommendations.json, sources.json and a
// short-check.json if there is one) into one
// bundle file that can be loaded in the app under "Fragebögen". Validates first.
// Usage: npm run bundle:questionnaire -- questionnaires/<folder> <target>.json
import { writeFileSync } from 'node:fs';
import { BUNDLE_TYPE } from '../../src/engine/questionnaire-package.ts';
import { loadQuestionnaireDir } from '../questionnaire-files.ts';

const [dir, target] = process.argv.slice(2);
if (!dir || !target) {
  console.error('Aufruf: npm run bundle:questionnaire -- questionnaires/<ordner> <ziel>.json');
  process.exit(2);
}
const result = loadQuestionnaireDir(dir);
if (!result.ok) {
  console.error(result.errors.join('\n'));
  process.exit(1);
}
const { questionnaire, recommendations, sources, shortCheck } = result.value;
const bundle = {
  type: BUNDLE_TYPE,
  questionnaire,
  recommendations: {
    type: 'digitalkompass-recommendations',
    questionnaireId: questionnaire.id,
    version: questionnaire.version,
    recommendations,
  },
  sources: { type: 'digitalkompass-sources', sources },
  // The short check, when the folder has one (short-check.json).
  ...(shortCheck && { shortCheck }),
};
writeFileSync(target, JSON.stringify(bundle, null, 2) + '\n');
console.log(`${target}: ${questionnaire.id} ${questionnaire.version}`);
