import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { MigrationList, checkMigrations } from '../src/engine/questionnaire-migration.ts';
import {
  formatIssues,
  parseQuestionnairePackage,
  type PackageResult,
  type RawFile,
} from '../src/engine/questionnaire-package.ts';

/** The folders under `root` that hold a questionnaire.json. */
export function questionnaireDirs(root: string): string[] {
  return readdirSync(root, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(join(root, d.name, 'questionnaire.json')))
    .map((d) => join(root, d.name))
    .sort();
}

function readJson(path: string, base: string): RawFile | string {
  const name = relative(base, path);
  if (!existsSync(path)) return `${name}: Datei fehlt`;
  try {
    return { name, data: JSON.parse(readFileSync(path, 'utf8')) as unknown };
  } catch (e) {
    return `${name}: kein gültiges JSON (${(e as Error).message})`;
  }
}

/** Reads and validates the three files of one questionnaire folder. */
export function loadQuestionnaireDir(dir: string, base = process.cwd()): PackageResult {
  const files = ['questionnaire.json', 'recommendations.json', 'sources.json'].map((f) =>
    readJson(join(dir, f), base),
  );
  const broken = files.filter((f): f is string => typeof f === 'string');
  if (broken.length) return { ok: false, errors: broken };
  const [questionnaire, recommendations, sources] = files as [RawFile, RawFile, RawFile];
  const result = parseQuestionnairePackage({ questionnaire, recommendations, sources });
  // The app finds a built-in questionnaire by its folder: the two must agree.
  if (result.ok && result.value.questionnaire.id !== basename(dir))
    return {
      ok: false,
      errors: [
        `${questionnaire.name}: id: „${result.value.questionnaire.id}“ muss dem Ordnernamen „${basename(dir)}“ entsprechen`,
      ],
    };
  if (!result.ok) return result;
  // A mapping from older versions, when there is one, must fit this version.
  const migrationsPath = join(dir, 'migrations.json');
  if (existsSync(migrationsPath)) {
    const raw = readJson(migrationsPath, base);
    if (typeof raw === 'string') return { ok: false, errors: [raw] };
    const parsed = MigrationList.safeParse(raw.data);
    if (!parsed.success) return { ok: false, errors: formatIssues(raw.name, parsed.error) };
    const errors = checkMigrations(parsed.data, result.value.questionnaire);
    if (errors.length) return { ok: false, errors };
  }
  return result;
}
