import { readFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { Plugin } from 'vite';
import type { PackageResult } from '../../src/engine/questionnaire-package.ts';
import { RecommendationCatalogue, SourceList } from '../../src/engine/questionnaire-schema.ts';
import { errorStrings } from '../../src/i18n/strings-errors.ts';
import { startDeclarations } from '../../src/engine/declarations.ts';
import { loadQuestionnaireDir } from '../questionnaire-files.ts';

const { packageError } = errorStrings.de;

const FILE = /[\\/]questionnaires[\\/]([^\\/]+)[\\/](questionnaire|recommendations|sources)\.json$/;

/**
 * Checks the questionnaires built into the app (questionnaires/<folder>/) when they are bundled,
 * with the same checks as `npm run validate:questionnaires`: a file with errors stops the build,
 * and in development Vite shows the German messages. Each file is bundled as checked, with the
 * schema's defaults filled in, so the app does not check it again on every device
 * (src/services/questionnaire-catalog.ts): on an old laptop that check took about 130 ms on the way
 * to the first question (Chromium trace at CPU ×4).
 *
 * `questionnaire.json?meta` is the questionnaire's id, version, title and what the header and the
 * profile form need of its declarations (checked the same way): the start file carries these few bytes, so the profile form shows without waiting for the
 * questionnaire file.
 */
export function builtInQuestionnaires(): Plugin {
  // One check per folder and build: each of its three files, and `?meta`, is loaded on its own.
  // A change to one of them (development) checks the folder again.
  const checks = new Map<string, PackageResult>();
  return {
    name: 'digitalkompass-questionnaires',
    enforce: 'pre',
    buildStart() {
      checks.clear();
    },
    watchChange(id) {
      checks.delete(dirname(id));
    },
    load(id) {
      const [path = '', query] = id.split('?', 2);
      const match = FILE.exec(path);
      const meta = query === 'meta' && match?.[2] === 'questionnaire';
      if (!match || (query !== undefined && !meta)) return null;
      const dir = dirname(path);
      for (const name of ['questionnaire', 'recommendations', 'sources', 'short-check'])
        this.addWatchFile(join(dir, `${name}.json`));
      let result = checks.get(dir);
      if (!result) {
        result = loadQuestionnaireDir(dir, dirname(dirname(dir)));
        checks.set(dir, result);
        if (result.ok)
          for (const w of result.warnings) this.warn(`Fragebogen „${basename(dir)}“: ${packageError(w)}`);
      }
      if (!result.ok)
        return this.error(
          `Fragebogen „${basename(dir)}“ ist fehlerhaft:\n${result.errors.map((e) => `  ${packageError(e)}`).join('\n')}`,
        );
      // The questionnaire as the check read it (defaults filled in).
      const { questionnaire, shortCheck } = result.value;
      if (meta) {
        const { id: questionnaireId, version, title } = questionnaire;
        // What the header and the profile form say (what is assessed, the profile's fields and
        // choices: a few kilobytes), with the defaults of an older format filled in.
        // The short check's question ids (a few hundred bytes) too: a short check starts from the
        // profile form, like a full assessment, before the questionnaire file has loaded.
        const shortCheckQuestions = shortCheck?.questions;
        const fields = { id: questionnaireId, version, title, ...startDeclarations(questionnaire) };
        // A module of its own (Vite's JSON plugin leaves ids with a query alone).
        return `export default ${JSON.stringify({ ...fields, shortCheckQuestions })};`;
      }
      // JSON text: Vite's own JSON plugin turns it into a module as before.
      if (match[2] === 'questionnaire') return JSON.stringify(questionnaire);
      // The other two files whole, as the schema reads them: the package keeps only their lists.
      // The check above has passed, so this cannot fail.
      const raw = JSON.parse(readFileSync(join(dir, `${match[2]}.json`), 'utf8')) as unknown;
      return JSON.stringify(
        match[2] === 'recommendations' ? RecommendationCatalogue.parse(raw) : SourceList.parse(raw),
      );
    },
  };
}
