import { readFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { Plugin } from 'vite';
import { Questionnaire, RecommendationCatalogue, SourceList } from '../src/engine/questionnaire-schema.ts';
import { loadQuestionnaireDir } from './questionnaire-files.ts';

const FILE = /[\\/]questionnaires[\\/]([^\\/]+)[\\/](questionnaire|recommendations|sources)\.json$/;

/**
 * Checks the questionnaires built into the app (questionnaires/<folder>/) when they are bundled,
 * with the same checks as `npm run validate:questionnaires`: a file with errors stops the build,
 * and in development Vite shows the German messages. Each file is bundled as checked, with the
 * schema's defaults filled in, so the app does not check it again on every device
 * (src/store/questionnaire-catalog.ts): on an old laptop that check took about 130 ms on the way
 * to the first question (Chromium trace at CPU ×4).
 *
 * `questionnaire.json?meta` is the questionnaire's id, version and title alone (checked the same
 * way): the start file carries these few bytes, so the profile form shows without waiting for the
 * questionnaire file.
 */
export function builtInQuestionnaires(): Plugin {
  return {
    name: 'digitalkompass-questionnaires',
    enforce: 'pre',
    load(id) {
      const [path = '', query] = id.split('?', 2);
      const match = FILE.exec(path);
      const meta = query === 'meta' && match?.[2] === 'questionnaire';
      if (!match || (query !== undefined && !meta)) return null;
      const dir = dirname(path);
      for (const name of ['questionnaire', 'recommendations', 'sources'])
        this.addWatchFile(join(dir, `${name}.json`));
      const result = loadQuestionnaireDir(dir, dirname(dirname(dir)));
      if (!result.ok)
        this.error(
          `Fragebogen „${basename(dir)}“ ist fehlerhaft:\n${result.errors.map((e) => `  ${e}`).join('\n')}`,
        );
      // The file itself as the schema reads it (defaults filled in); the package check above has
      // already passed, so this cannot fail.
      const file = join(dir, `${match[2]}.json`);
      const raw = JSON.parse(readFileSync(file, 'utf8')) as unknown;
      if (meta) {
        const { id: questionnaireId, version, title } = Questionnaire.parse(raw);
        // A module of its own (Vite's JSON plugin leaves ids with a query alone).
        return `export default ${JSON.stringify({ id: questionnaireId, version, title })};`;
      }
      const checked =
        match[2] === 'questionnaire'
          ? Questionnaire.parse(raw)
          : match[2] === 'recommendations'
            ? RecommendationCatalogue.parse(raw)
            : SourceList.parse(raw);
      // JSON text: Vite's own JSON plugin turns it into a module as before.
      return JSON.stringify(checked);
    },
  };
}
