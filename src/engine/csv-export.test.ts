import { describe, expect, it } from 'vitest';
import type { AssessmentRecord } from './assessment';
import { assessmentToCsv, csvCell, formatDecimalDe, type CsvLabels } from './csv-export';
import { fixturePackage as pkg, fixtureQuestionnaire } from '../../tests/fixtures/fixture-questionnaire';
import { savedRound, testPlanItem, testProfile, testRecord } from '../../tests/fixtures/records';
import { shortPackage } from './short-check';

// The words come from the UI strings (src/i18n/strings-csv.ts, tested there); here, labels of the
// test's own show where each one goes. What is assessed, the profile fields and their choices are
// the questionnaire's (the fixture declares none: the Bavarian ones of the first format).
const de: CsvLabels = {
  lang: 'de',
  headers: {
    profile: ['Funktion', 'Datum', 'Runde', 'Art', 'Fragebogen', 'Version'],
    answers: ['Handlungsfeld', 'Frage-ID', 'Frage', 'Antwort', 'Stufentext', 'Notiz'],
    fields: [
      'Handlungsfeld',
      'Ist (Punkte)',
      'Soll (Stufe)',
      'Soll (Punkte)',
      'Abstand',
      'bewertet',
      'weiß nicht',
      'nicht zutreffend',
      'offen',
    ],
    plan: ['Maßnahme', 'Empfehlung-ID', 'Verantwortlich', 'Fällig', 'Status', 'Notiz'],
  },
  statuses: { offen: 'offen', 'in-arbeit': 'in Arbeit', erledigt: 'erledigt' },
  scopes: {
    short: 'Kurzcheck',
    continued: 'Vollständige Bewertung (begonnen)',
    full: 'Vollständige Bewertung',
  },
  answers: { dontKnow: 'weiß nicht', notApplicable: 'nicht zutreffend' },
};
const en: CsvLabels = {
  lang: 'en',
  headers: {
    profile: ['Role', 'Date', 'Round', 'Kind', 'Questionnaire', 'Version'],
    answers: ['Field of action', 'Question ID', 'Question', 'Answer', 'Level description', 'Note'],
    fields: [
      'Field of action',
      'Current (points)',
      'Target (level)',
      'Target (points)',
      'Gap',
      'rated',
      "don't know",
      'not applicable',
      'open',
    ],
    plan: ['Measure', 'Recommendation ID', 'Owner', 'Due', 'Status', 'Note'],
  },
  statuses: { offen: 'open', 'in-arbeit': 'in progress', erledigt: 'done' },
  scopes: { short: 'Short check', continued: 'Full (begun short)', full: 'Full assessment' },
  answers: { dontKnow: "don't know", notApplicable: 'not applicable' },
};

function record(over: Partial<AssessmentRecord> = {}): AssessmentRecord {
  return savedRound({
    // Field a: (1 × 75 + 3 × 50) / 4 = 56.25 points; field b has no scorable answer.
    answers: { 'a.1': 3, 'a.2': 2, 'b.1': 'dontKnow' },
    notes: { 'a.1': 'Notiz; mit "Zitat"' },
    targets: { a: 4 },
    plan: [
      testPlanItem({ recommendationId: 'r.a1-low', title: 'Strategie beschließen', status: 'in-arbeit' }),
      testPlanItem({
        id: 'p2',
        title: '-Kosten senken',
        owner: '',
        due: '',
        status: 'erledigt',
        note: 'Zeile 1\r\nZeile 2',
      }),
    ],
    ...over,
  });
}

/** The CSV split into sections (by the empty line) and rows; quoted line breaks stay inside a row. */
function sections(csv: string): string[][] {
  return csv
    .replace(/^\uFEFF/, '')
    .replace(/\r\n$/, '')
    .split('\r\n\r\n')
    .map((s) => s.split(/\r\n(?=(?:[^"]*"[^"]*")*[^"]*$)/));
}

describe('csvCell', () => {
  it.each([
    ['plain text', 'Musterdorf', 'Musterdorf'],
    ['empty', '', ''],
    ['semicolon', 'a;b', '"a;b"'],
    ['quotes are doubled', 'sagt "ja"', '"sagt ""ja"""'],
    ['line feed', 'a\nb', '"a\nb"'],
    ['carriage return', 'a\rb', '"a\rb"'],
    ['comma needs no quotes', '1,5', '1,5'],
    ['formula =', '=1+1', "'=1+1"],
    ['formula +', '+49 89 123', "'+49 89 123"],
    ['formula -', '-5', "'-5"],
    ['formula @', '@SUMME(A1)', "'@SUMME(A1)"],
    ['leading tab', '\t=1', "'\t=1"],
    ['leading carriage return', '\r=1', `"'\r=1"`],
    ['formula with quotes and semicolon', '=HYPERLINK("x";"y")', `"'=HYPERLINK(""x"";""y"")"`],
    ['equals later is fine', 'a=b', 'a=b'],
  ])('%s', (_name, input, expected) => {
    expect(csvCell(input)).toBe(expected);
  });
});

describe('formatDecimalDe', () => {
  it.each([
    [62.5, '62,5'],
    [25, '25,0'],
    [56.25, '56,3'],
    [43.75, '43,8'],
    [100, '100,0'],
    [33.3333, '33,3'],
    [-12.5, '-12,5'],
    [-0.04, '0,0'],
    [0, '0,0'],
  ])('%d → %s', (value, expected) => {
    expect(formatDecimalDe(value)).toBe(expected);
  });
});

describe('assessmentToCsv', () => {
  it('is a German spreadsheet file: BOM, semicolons, CRLF only', () => {
    const csv = assessmentToCsv(pkg, record(), de);
    expect(csv.startsWith('\uFEFFKommune;Art;')).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
    // Every LF belongs to a CRLF.
    expect(csv.replace(/\r\n/g, '')).not.toContain('\n');
  });

  it('writes the expected sections for a known assessment (de)', () => {
    expect(sections(assessmentToCsv(pkg, record(), de))).toEqual([
      [
        'Kommune;Art;Regierungsbezirk;Einwohner;Funktion;Datum;Runde;Art;Fragebogen;Version',
        'Musterdorf;Gemeinde;Oberbayern;3.000 bis 4.999;Kämmerer;2026-02-01;Herbst 2026;Vollständige Bewertung;Testfragebogen;1.0.0',
      ],
      [
        'Handlungsfeld;Frage-ID;Frage;Antwort;Stufentext;Notiz',
        'Feld A;a.1;A1;3;Stufe 3;"Notiz; mit ""Zitat"""',
        'Feld A;a.2;A2;2;Stufe 2;',
        // b.lk is asked only of a Landkreis.
        'Feld B;b.1;B1;weiß nicht;;',
      ],
      [
        'Handlungsfeld;Ist (Punkte);Soll (Stufe);Soll (Punkte);Abstand;bewertet;weiß nicht;nicht zutreffend;offen',
        'Feld A;56,3;4;100,0;43,8;2;0;0;0',
        'Feld B;;2;50,0;;0;1;0;0',
      ],
      [
        'Maßnahme;Empfehlung-ID;Verantwortlich;Fällig;Status;Notiz',
        'Strategie beschließen;r.a1-low;Bürgermeisterin;2026-06-30;in Arbeit;',
        '\'-Kosten senken;;;;erledigt;"Zeile 1\r\nZeile 2"',
      ],
    ]);
  });

  it('writes English headers and labels (en), numbers stay German', () => {
    const [profile, answers, fields, plan] = sections(
      assessmentToCsv(
        pkg,
        record({
          profile: testProfile({
            municipality: 'Landkreis Muster',
            kind: 'landkreis',
            regierungsbezirk: 'schwaben',
            population: 'ab-100000',
            date: '2026-02-01',
          }),
          answers: { 'a.1': 4, 'b.1': 'notApplicable', 'b.lk': 1 },
          notes: {},
          plan: [testPlanItem({ recommendationId: 'r.a1-low', title: 'Plan' })],
        }),
        en,
      ),
    );
    expect(profile).toEqual([
      'Municipality;Kind;Region;Population;Role;Date;Round;Kind;Questionnaire;Version',
      'Landkreis Muster;District (Landkreis);Swabia;100,000 and more;;2026-02-01;Herbst 2026;Full assessment;Testfragebogen (en);1.0.0',
    ]);
    expect(answers).toEqual([
      'Field of action;Question ID;Question;Answer;Level description;Note',
      'Feld A (en);a.1;A1 (en);4;Stufe 4 (en);',
      'Feld A (en);a.2;A2 (en);;;',
      'Feld B (en);b.1;B1 (en);not applicable;;',
      'Feld B (en);b.lk;B nur Landkreis (en);1;Stufe 1 (en);',
    ]);
    expect(fields).toEqual([
      "Field of action;Current (points);Target (level);Target (points);Gap;rated;don't know;not applicable;open",
      'Feld A (en);100,0;4;100,0;0,0;1;0;0;1',
      'Feld B (en);25,0;2;50,0;25,0;1;0;1;0',
    ]);
    expect(plan).toEqual([
      'Measure;Recommendation ID;Owner;Due;Status;Note',
      'Plan;r.a1-low;Bürgermeisterin;2026-06-30;open;',
    ]);
  });

  it('writes a negative gap as a number, not as defused text', () => {
    const [, , fields] = sections(
      assessmentToCsv(pkg, record({ answers: { 'a.1': 4, 'a.2': 4 }, targets: { a: 2 } }), de),
    );
    expect(fields?.[1]).toBe('Feld A;100,0;2;50,0;-50,0;2;0;0;0');
  });

  it('defuses formulas in everything a person typed', () => {
    const csv = assessmentToCsv(
      pkg,
      record({
        label: '=cmd|" /C calc"!A0',
        notes: { 'a.2': '@SUMME(1)' },
        plan: [
          testPlanItem({ id: 'p', title: '+Plan', owner: '-x', due: '', status: 'erledigt', note: '=1' }),
        ],
        profile: { ...record().profile, municipality: '=Musterdorf' } as AssessmentRecord['profile'],
      }),
      de,
    );
    const [profile, answers, , plan] = sections(csv);
    expect(profile?.[1]).toBe(
      '\'=Musterdorf;Gemeinde;Oberbayern;3.000 bis 4.999;Kämmerer;2026-02-01;"\'=cmd|"" /C calc""!A0";Vollständige Bewertung;Testfragebogen;1.0.0',
    );
    expect(answers?.[2]).toBe("Feld A;a.2;A2;2;Stufe 2;'@SUMME(1)");
    expect(plan?.[1]).toBe("'+Plan;;'-x;;erledigt;'=1");
  });

  it('shows every question and empty profile cells without a profile', () => {
    const [profile, answers] = sections(assessmentToCsv(pkg, record({ profile: null }), de));
    expect(profile?.[1]).toBe(';;;;;;Herbst 2026;Vollständige Bewertung;Testfragebogen;1.0.0');
    expect(answers).toHaveLength(5);
  });

  it('leaves out answers the questionnaire cannot score instead of failing', () => {
    const csv = assessmentToCsv(pkg, record({ answers: { 'a.1': 4, 'z.9': 1, 'b.lk': 'dontKnow' } }), de);
    const [, , fields] = sections(csv);
    expect(fields?.[1]).toBe('Feld A;100,0;4;100,0;0,0;1;0;0;1');
  });

  it('treats ids like "constructor" as plain keys, not as Object.prototype members', () => {
    const questionnaire = structuredClone(fixtureQuestionnaire);
    const a2 = questionnaire.fields[0]?.questions[1];
    if (!a2) throw new Error('fixture changed');
    a2.id = 'constructor';
    const csv = assessmentToCsv({ ...pkg, questionnaire }, record({ answers: { 'a.1': 4 }, notes: {} }), de);
    const [, answers, fields] = sections(csv);
    expect(answers?.[2]).toBe('Feld A;constructor;A2;;;');
    expect(fields?.[1]).toBe('Feld A;100,0;4;100,0;0,0;1;0;0;1');
  });
});

describe('assessmentToCsv of a short check', () => {
  it('says it is one, and lists only the questions it asked', () => {
    const record = testRecord({
      profile: testProfile(),
      answers: { 'a.2': 3 },
      shortCheck: { questions: ['a.2', 'b.1'], continuedAt: null },
    });
    const csv = assessmentToCsv(shortPackage(pkg, ['a.2', 'b.1']), record, de);
    const lines = csv.split('\r\n');
    expect(lines[1]?.split(';')[7]).toBe('Kurzcheck');
    expect(lines.filter((l) => /;(a|b)\.[0-9a-z]+;/.test(l)).map((l) => l.split(';')[1])).toEqual([
      'a.2',
      'b.1',
    ]);
  });
});
