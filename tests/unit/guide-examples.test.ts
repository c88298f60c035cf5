import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

// The authoring guide shows the two example questionnaires whole; the tests load the very same
// files (tests/fixtures/questionnaires). Each block must stay the file it names.
const guide = readFileSync('questionnaires/README.md', 'utf8');
const examples = [...guide.matchAll(/<!-- example: (\S+) -->\n\n```json\n([\s\S]*?)```/g)];

describe('the authoring guide’s examples', () => {
  it('shows a questionnaire for another Land and one for another domain', () => {
    expect(examples.map((m) => m[1])).toEqual([
      'tests/fixtures/questionnaires/hessen-kommunen/questionnaire.json',
      'tests/fixtures/questionnaires/feuerwehr-beispiel/questionnaire.json',
    ]);
  });

  it.each(examples.map((m) => [m[1] ?? '', m[2] ?? ''] as const))('%s is shown as it is', (path, shown) => {
    expect(shown).toBe(readFileSync(path, 'utf8'));
  });
});
