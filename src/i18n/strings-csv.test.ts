import { describe, expect, it } from 'vitest';
import type { AssessmentRecord } from '../engine/assessment';
import { assessmentToCsv } from '../engine/csv-export';
import { fixtureQuestionnaire } from '../../tests/fixtures/fixture-questionnaire';
import { savedRound, testPlanItem, testProfile } from '../../tests/fixtures/records';
import { de } from './strings';
import { csvLabels } from './strings-csv';
import { en } from './strings-en';

const record: AssessmentRecord = savedRound({
  profile: testProfile({
    municipality: 'Landkreis Muster',
    kind: 'landkreis',
    regierungsbezirk: 'schwaben',
    population: 'ab-100000',
    date: '2026-02-01',
  }),
  answers: { 'a.1': 'dontKnow', 'b.1': 'notApplicable' },
  plan: [testPlanItem({ id: 'p', title: 'Plan', owner: '', due: '', status: 'in-arbeit' })],
});
const pkg = { questionnaire: fixtureQuestionnaire, recommendations: [], sources: [] };
const rows = (csv: string) => csv.replace(/^\uFEFF/, '').split('\r\n');

describe('csvLabels: the CSV names things as the screen does', () => {
  it.each([
    [
      'de',
      csvLabels(de, 'de'),
      [
        'Kommune;Art;Regierungsbezirk;Einwohner;Funktion;Datum;Runde;Art der Bewertung;Fragebogen;Version',
        'Landkreis Muster;Landkreis;Schwaben;100.000 und mehr;;2026-02-01;Herbst 2026;Vollständige Bewertung;Testfragebogen;1.0.0',
        'Feld A;a.1;A1;weiß nicht;;',
        'Feld B;b.1;B1;nicht zutreffend;;',
        'Handlungsfeld;Ist (Punkte);Soll (Stufe);Soll (Punkte);Abstand;bewertet;weiß nicht;nicht zutreffend;offen',
        'Maßnahme;Empfehlung-ID;Verantwortlich;Fällig;Status;Notiz',
        'Plan;;;;in Arbeit;',
      ],
    ],
    [
      'en',
      csvLabels(en, 'en'),
      [
        'Municipality;Kind;Region;Population;Role;Date;Round;Kind of assessment;Questionnaire;Version',
        'Landkreis Muster;District (Landkreis);Swabia;100,000 and more;;2026-02-01;Herbst 2026;Full assessment;Testfragebogen (en);1.0.0',
        'Feld A (en);a.1;A1 (en);don’t know;;',
        'Feld B (en);b.1;B1 (en);not applicable;;',
        'Field of action;Current (points);Target (level);Target (points);Gap;rated;don’t know;not applicable;open',
        'Measure;Recommendation ID;Owner;Due;Status;Note',
        'Plan;;;;in progress;',
      ],
    ],
  ] as const)('%s', (_lang, labels, expected) => {
    const lines = rows(assessmentToCsv(pkg, record, labels));
    for (const line of expected) expect(lines).toContain(line);
  });

  it('uses the labels the screen shows', () => {
    for (const t of [de, en]) {
      const labels = csvLabels(t, t === de ? 'de' : 'en');
      expect(labels.statuses).toBe(t.plan.statuses);
    }
  });
});
