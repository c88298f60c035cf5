import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import type { Answers } from '../engine/assessment';
import { targetReached } from '../engine/gaps';
import { displayScore, visibleQuestions } from '../engine/score';
import { computeResults } from '../services/results';
import { de } from '../i18n/strings';
import { en } from '../i18n/strings-en';
import { resultDocumentBytes, type ResultDocumentInput } from './result-document';
import { bavarian } from '../../tests/fixtures/bavarian-package';
import { planOf, testProfile, testRecord } from '../../tests/fixtures/records';

// Two real PNGs of different colours: the coat of arms and the chart must both be in the file.
const COAT =
  'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==';
const CHART =
  'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==';
const bytesOf = (dataUrl: string) =>
  Uint8Array.from(atob(dataUrl.split(',')[1] ?? ''), (c) => c.charCodeAt(0));

const pkg = bavarian;
const q = pkg.questionnaire;
const municipality = 'Markt Wappenhausen an der Vils';

function input(): ResultDocumentInput {
  const answers: Answers = {};
  let n = 0;
  for (const field of q.fields)
    for (const question of visibleQuestions(field, 'markt')) {
      answers[question.id] =
        n % 7 === 3 && question.allowDontKnow ? 'dontKnow' : ((n % 5) as 0 | 1 | 2 | 3 | 4);
      n++;
    }
  const plan = planOf([
    ['Digitalstrategie beschließen', 'Geschäftsleitung', '2027-03-31', 'in-arbeit'],
    ['E-Akte im Bauamt & Bürgerbüro', 'Hauptamt <IT>', '', 'offen'],
  ]);
  const targets = { [q.fields[0]?.id ?? '']: 4 };
  const assessment = testRecord({
    id: 'a1',
    questionnaireId: q.id,
    questionnaireVersion: q.version,
    label: 'Herbst 2026',
    profile: testProfile({
      municipality,
      kind: 'markt',
      regierungsbezirk: 'niederbayern',
      population: '5000-9999',
      date: '2026-11-20',
    }),
    answers,
    targets,
    plan,
    coatOfArms: { dataUrl: COAT, width: 1, height: 1, fileName: 'wappen.svg' },
  });
  // The same derivation as the screens (services/results.ts), summary included.
  const results = computeResults(pkg, answers, targets, 'markt');
  if (!results.ok) throw new Error(results.error);
  return {
    assessment,
    pkg,
    score: results.score,
    gaps: results.gaps,
    recommendations: results.recommendations,
    summary: results.summary,
    t: de,
    lang: 'de',
    chartPng: CHART,
    today: '2026-12-02',
  };
}

const decode = (s: string) =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');

/** The document's paragraphs as plain text, read back from the .docx file. */
function readBack(docx: Uint8Array) {
  const files = unzipSync(docx);
  const xml = strFromU8(files['word/document.xml'] ?? new Uint8Array());
  const paragraphs = xml
    .split('</w:p>')
    .map((p) => decode([...p.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('')))
    .filter(Boolean);
  const media = Object.entries(files).filter(([name]) => name.startsWith('word/media/'));
  return { paragraphs, media, files };
}

describe('the council paper (Sitzungsvorlage)', async () => {
  const data = input();
  const { paragraphs, media, files } = readBack(await resultDocumentBytes('council', data));
  const text = paragraphs.join('\n');
  const { score, gaps, summary } = data;

  it('is a Word file with the parts Word and LibreOffice need', () => {
    expect(Object.keys(files)).toEqual(
      expect.arrayContaining([
        '[Content_Types].xml',
        '_rels/.rels',
        'word/document.xml',
        'word/styles.xml',
        'word/numbering.xml',
      ]),
    );
  });

  it('follows the form of a Sitzungsvorlage', () => {
    const order = [
      'Sitzungsvorlage',
      'Betreff',
      'Sachverhalt',
      'Ergebnis je Handlungsfeld',
      'Die stärksten Handlungsfelder',
      'Die größten Abstände zum Ziel',
      'Klärungsbedarf',
      'Maßnahmenplan',
      'Beschlussvorschlag',
    ];
    const at = order.map((h) => paragraphs.indexOf(h));
    expect(
      at.every((i) => i >= 0),
      `${order.join(', ')} in ${text}`,
    ).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
    expect(text).toContain('Gremium: Marktgemeinderat');
    expect(text).toContain(
      'Ergebnis der Selbstbewertung zur digitalen Reife (Herbst 2026) und Maßnahmenplan',
    );
    expect(text).toContain(
      'Der Marktgemeinderat nimmt das Ergebnis der Selbstbewertung zur digitalen Reife zur Kenntnis.',
    );
  });

  it('names the municipality and carries the engine’s numbers', () => {
    expect(paragraphs[0]).toBe(municipality);
    if (score.overall === null || !score.band) throw new Error('the answers give a score');
    expect(text).toContain(
      `Gesamtergebnis: ${displayScore(score.overall)} von 100 Punkten, Reifegrad „${score.band.name.de}“.`,
    );
    const shown = score.fields.filter((f) => f.total > 0);
    shown.forEach((f, i) => {
      const gap = gaps.find((g) => g.fieldId === f.fieldId);
      const title = q.fields.find((x) => x.id === f.fieldId)?.title.de ?? '';
      const row = paragraphs.indexOf(`${i + 1} ${title}`);
      expect(row, title).toBeGreaterThan(0);
      expect(paragraphs[row + 1]).toBe(f.score === null ? '–' : String(displayScore(f.score)));
      expect(paragraphs[row + 2]).toBe(String(gap?.target));
    });
  });

  it('names the summary’s strongest and weakest fields against their targets, as the screen does', () => {
    const line = (fieldId: string, current: number, target: number, gap: number) => {
      const title = q.fields.find((x) => x.id === fieldId)?.title.de ?? '';
      return targetReached(gap)
        ? `${title}: Ist ${displayScore(current)}, Soll ${target}, Ziel erreicht`
        : `${title}: Ist ${displayScore(current)}, Soll ${target}, Abstand ${displayScore(gap)} Punkte`;
    };
    const section = (heading: string, next: string) =>
      paragraphs.slice(paragraphs.indexOf(heading) + 1, paragraphs.indexOf(next));
    expect(summary.strongest).toHaveLength(3);
    expect(section('Die stärksten Handlungsfelder', 'Die größten Abstände zum Ziel')).toEqual(
      summary.strongest.map((g) => line(g.fieldId, g.current, g.target, g.gap)),
    );
    // The first field was given target level 4: it is the largest gap, here as on the screen.
    expect(summary.weakest[0]?.fieldId).toBe(q.fields[0]?.id);
    expect(section('Die größten Abstände zum Ziel', 'Klärungsbedarf')).toEqual(
      summary.weakest
        .filter((g) => !targetReached(g.gap))
        .map((g) => line(g.fieldId, g.current, g.target, g.gap)),
    );
    expect(gaps.filter((g) => g.gap !== null && g.gap > 0).length).toBeGreaterThanOrEqual(3);
  });

  it('lists what is unclear, the top recommendations and the plan with owners and dates', () => {
    const unclear = q.fields
      .flatMap((f) => visibleQuestions(f, 'markt'))
      .filter((qu) => data.assessment.answers[qu.id] === 'dontKnow');
    expect(unclear.length).toBeGreaterThan(0);
    for (const qu of unclear) expect(text).toContain(qu.title.de);
    expect(text).toContain(`Die 5 wichtigsten Empfehlungen (von ${data.recommendations.length})`);
    expect(summary.topRecommendations).toEqual(data.recommendations.slice(0, 5));
    for (const r of data.recommendations.slice(0, 5)) expect(text).toContain(r.recommendation.title.de);
    expect(text).not.toContain(data.recommendations[5]?.recommendation.title.de ?? '-');
    // Each measure's row: title, owner, due date, status.
    const row = (title: string) => paragraphs.slice(paragraphs.indexOf(title), paragraphs.indexOf(title) + 4);
    expect(row('Digitalstrategie beschließen')).toEqual([
      'Digitalstrategie beschließen',
      'Geschäftsleitung',
      '31.03.2027',
      'in Arbeit',
    ]);
    expect(row('E-Akte im Bauamt & Bürgerbüro')).toEqual([
      'E-Akte im Bauamt & Bürgerbüro',
      'Hauptamt <IT>',
      '–',
      'offen',
    ]);
  });

  it('holds the coat of arms and the chart as images', () => {
    const images = media.map(([, b]) => Buffer.from(b).toString('base64'));
    expect(images).toHaveLength(2);
    expect(images).toContain(Buffer.from(bytesOf(COAT)).toString('base64'));
    expect(images).toContain(Buffer.from(bytesOf(CHART)).toString('base64'));
    const xml = strFromU8(files['word/document.xml'] ?? new Uint8Array());
    expect(xml).toContain(`descr="Wappen: ${municipality}"`);
  });
});

describe('the report', async () => {
  const data = input();
  data.assessment = {
    ...data.assessment,
    coatOfArms: undefined,
    notes: { [Object.keys(data.assessment.answers)[0] ?? '']: 'Nachweis: Beschluss vom 3.5.' },
  };
  const { paragraphs, media } = readBack(await resultDocumentBytes('report', data));
  const text = paragraphs.join('\n');

  it('lists every recommendation and every answer, and has no draft resolution', () => {
    for (const r of data.recommendations) expect(text).toContain(r.recommendation.title.de);
    expect(text).toContain('Anhang: alle Antworten und Notizen');
    expect(text).toContain('Nachweis: Beschluss vom 3.5.');
    expect(text).not.toContain('Beschlussvorschlag');
    expect(paragraphs).toContain(`Bericht zur digitalen Reife: ${municipality}`);
    expect(media).toHaveLength(1);
  });
});

describe('in English', async () => {
  const data = { ...input(), t: en, lang: 'en' as const };
  const { paragraphs } = readBack(await resultDocumentBytes('council', data));
  const text = paragraphs.join('\n');

  it('uses the English texts and dates', () => {
    for (const h of ['Council paper (Sitzungsvorlage)', 'Subject', 'Facts', 'Draft resolution'])
      expect(paragraphs).toContain(h);
    expect(text).toContain('Body: market council');
    expect(text).toContain('Kind: Market town (Markt)');
    expect(paragraphs).toContain('31/03/2027');
    expect(text).not.toContain('Beschlussvorschlag');
  });
});
