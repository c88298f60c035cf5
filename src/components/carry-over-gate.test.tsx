import { readFileSync } from 'node:fs';
import { Suspense } from 'react';
import { prerender } from 'react-dom/static';
import { describe, expect, it } from 'vitest';
import { loadQuestionnaireDir } from '../../tooling/questionnaire-files';
import { testProfile, testRecord } from '../../tests/fixtures/records';
import type { AnswerValue, AssessmentRecord } from '../engine/assessment';
import { MigrationList } from '../engine/questionnaire-migration';
import { CarryOverGate } from './carry-over-gate';

const dir = 'questionnaires/bayern-kommunen';
const loaded = loadQuestionnaireDir(dir);
if (!loaded.ok) throw new Error(loaded.errors.join('\n'));
const pkg = loaded.value;
const migrations = MigrationList.parse(JSON.parse(readFileSync(`${dir}/migrations.json`, 'utf8')));
const v1Answers: Record<string, AnswerValue> = Object.fromEntries(
  (migrations.migrations[0]?.questions ?? []).map((m, i) => [m.from, i % 5]),
);

function record(over: Partial<AssessmentRecord>): AssessmentRecord {
  return testRecord({
    id: 'r',
    questionnaireId: 'bayern-kommunen',
    questionnaireVersion: pkg.questionnaire.version,
    label: 'Runde',
    createdAt: '2025-03-01T08:00:00.000Z',
    updatedAt: '2025-03-02T08:00:00.000Z',
    ...over,
  });
}

const profile = (municipality: string) =>
  testProfile({ municipality, regierungsbezirk: 'schwaben', population: '1000-2999', date: '2025-04-01' });

/** The HTML once everything has loaded, text only. */
async function text(records: AssessmentRecord[]): Promise<string> {
  const { prelude } = await prerender(
    <Suspense>
      <CarryOverGate pkg={pkg} records={records}>
        {(c) => <p>Mitgezählt: {c.records.map((r) => `${r.id}@${r.questionnaireVersion}`).join(', ')}</p>}
      </CarryOverGate>
    </Suspense>,
  );
  const html = await new Response(prelude).text();
  return html
    .replace(/<!--.*?-->/g, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ');
}

describe('CarryOverGate', () => {
  const altdorf = record({
    id: 'altdorf',
    questionnaireVersion: '1.0.0',
    profile: profile('Altdorf'),
    label: 'Frühjahr 2025',
    answers: v1Answers,
  });
  const neudorf = record({ id: 'neudorf', profile: profile('Neudorf') });
  const zukunft = record({
    id: 'zukunft',
    questionnaireVersion: '9.9.9',
    profile: profile('Zukunft'),
    label: 'Test',
  });

  it('shows the notice for one carried-over record and gives the children the 2.0.0 record', async () => {
    const shown = await text([altdorf, neudorf]);
    expect(shown).toContain(
      'Altdorf – Frühjahr 2025: Die Antworten wurden aus Version 1.0.0 des Fragebogens in Version 2.0.0 übernommen.',
    );
    expect(shown).toContain('Gespeicherte Bewertungen bleiben unverändert, bis sie geöffnet werden.');
    expect(shown).toContain('Mitgezählt: altdorf@2.0.0, neudorf@2.0.0');
  });

  it('sums up several carried-over records and lists each', async () => {
    const shown = await text([altdorf, { ...altdorf, id: 'altdorf-2', label: 'Herbst 2025' }]);
    expect(shown).toMatch(
      /Die Antworten von 2 Bewertungen wurden aus Version 1\.0\.0 des Fragebogens in Version 2\.0\.0 übernommen\. \d+ Antworten sind mit „bitte prüfen“ markiert/,
    );
    expect(shown).toContain('Einzeln anzeigen');
    expect(shown).toContain('Altdorf – Herbst 2025: Die Antworten wurden aus Version 1.0.0');
  });

  it('names a record it leaves out, and says nothing when nothing is carried over', async () => {
    const shown = await text([neudorf, zukunft]);
    expect(shown).toContain('Eine Bewertung wird nicht berücksichtigt');
    expect(shown).toContain('Zukunft – Test: Die Bewertung wurde mit Version „9.9.9“');
    expect(shown).toContain('Mitgezählt: neudorf@2.0.0');
    expect(shown).not.toContain('übernommen');
    expect(await text([neudorf])).toBe(' Mitgezählt: neudorf@2.0.0 ');
  });
});
