import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { MigrationList, checkMigrations } from '../src/engine/questionnaire-migration.ts';
import {
  jsonErrorPlace,
  packageIssues,
  parseQuestionnairePackage,
  parseShortCheck,
  type PackageError,
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

function readJson(path: string, base: string): RawFile | PackageError {
  const file = relative(base, path);
  if (!existsSync(path)) return { code: 'fileMissing', file };
  const text = readFileSync(path, 'utf8');
  try {
    return { name: file, data: JSON.parse(text) as unknown };
  } catch (e) {
    return { code: 'notJson', file, ...jsonErrorPlace(text, e) };
  }
}

const isRawFile = (f: RawFile | PackageError): f is RawFile => 'data' in f;

/** Reads and validates the three files of one questionnaire folder, its version mapping and its short check. */
export function loadQuestionnaireDir(dir: string, base = process.cwd()): PackageResult {
  const files = ['questionnaire.json', 'recommendations.json', 'sources.json'].map((f) =>
    readJson(join(dir, f), base),
  );
  const broken = files.filter((f): f is PackageError => !isRawFile(f));
  if (broken.length) return { ok: false, errors: broken };
  const [questionnaire, recommendations, sources] = files as [RawFile, RawFile, RawFile];
  const result = parseQuestionnairePackage({ questionnaire, recommendations, sources });
  // The app finds a built-in questionnaire by its folder: the two must agree.
  if (result.ok && result.value.questionnaire.id !== basename(dir))
    return {
      ok: false,
      errors: [
        {
          code: 'at',
          file: questionnaire.name,
          path: 'id',
          place: [],
          problem: { code: 'folderName', id: result.value.questionnaire.id, folder: basename(dir) },
        },
      ],
    };
  if (!result.ok) return result;
  // A mapping from older versions, when there is one, must fit this version.
  const migrationsPath = join(dir, 'migrations.json');
  if (existsSync(migrationsPath)) {
    const raw = readJson(migrationsPath, base);
    if (!isRawFile(raw)) return { ok: false, errors: [raw] };
    const parsed = MigrationList.safeParse(raw.data, { reportInput: true });
    if (!parsed.success) return { ok: false, errors: packageIssues(raw, 'migrations', parsed.error) };
    const errors = checkMigrations(parsed.data, result.value.questionnaire, raw);
    if (errors.length) return { ok: false, errors };
  }
  // A short check, when the region wrote one, must fit the questionnaire.
  const shortCheckPath = join(dir, 'short-check.json');
  if (existsSync(shortCheckPath)) {
    const raw = readJson(shortCheckPath, base);
    if (!isRawFile(raw)) return { ok: false, errors: [raw] };
    const shortCheck = parseShortCheck(raw, result.value.questionnaire);
    if (!shortCheck.ok) return shortCheck;
    return { ...result, value: { ...result.value, shortCheck: shortCheck.value } };
  }
  return result;
}
