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
 */
export function builtInQuestionnaires(): Plugin {
  return {
    name: 'digitalkompass-questionnaires',
    enforce: 'pre',
    load(id) {
      const match = id.includes('?') ? null : FILE.exec(id);
      if (!match) return null;
      const dir = dirname(id);
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
