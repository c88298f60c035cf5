import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BUNDLE_TYPE, readQuestionnaireUpload } from './questionnaire-package';

const dir = 'questionnaires/bayern-kommunen';
const file = (name: string) => ({ name, text: readFileSync(`${dir}/${name}`, 'utf8') });
const three = ['questionnaire.json', 'recommendations.json', 'sources.json'].map(file);
const bundle = {
  name: 'bundle.json',
  text: JSON.stringify({
    type: BUNDLE_TYPE,
    questionnaire: JSON.parse(three[0]?.text ?? '') as unknown,
    recommendations: JSON.parse(three[1]?.text ?? '') as unknown,
    sources: JSON.parse(three[2]?.text ?? '') as unknown,
  }),
};

describe('readQuestionnaireUpload', () => {
  it('reads the three files in any order', () => {
    const r = readQuestionnaireUpload([...three].reverse());
    expect(r.ok && r.value.questionnaire.id).toBe('bayern-kommunen');
  });

  it('reads one bundle file', () => {
    const r = readQuestionnaireUpload([bundle]);
    expect(r.ok && r.value.recommendations.length).toBeGreaterThan(0);
  });

  it.each([
    [[{ name: 'x.json', text: '{' }], { code: 'notJson', file: 'x.json', line: 1, column: 2 }],
    [[{ name: 'x.json', text: '{"type":"other"}' }], { code: 'notQuestionnaireFile', file: 'x.json' }],
    [three.slice(0, 2), { code: 'missingFile', kind: 'sources', type: 'digitalkompass-sources' }],
    [
      [
        {
          name: 'b.json',
          text: JSON.stringify({
            type: BUNDLE_TYPE,
            questionnaire: { type: 'digitalkompass-questionnaire' },
          }),
        },
      ],
      { code: 'at', file: 'b.json › questionnaire', path: 'id', problem: { code: 'missing' } },
    ],
  ])('reports problems by file (%#)', (files, error) => {
    const r = readQuestionnaireUpload(files);
    expect(r.ok).toBe(false);
    expect(r.ok ? [] : r.errors).toContainEqual(expect.objectContaining(error));
  });

  it('names what is wrong and where, in codes, where the schema has no message of its own', () => {
    const q = JSON.parse(three[0]?.text ?? '') as Record<string, unknown>;
    const broken = { ...q, title: 42, colour: 'blau' };
    const r = readQuestionnaireUpload([
      { name: 'questionnaire.json', text: JSON.stringify(broken) },
      ...three.slice(1),
    ]);
    expect(r.ok ? [] : r.errors).toEqual([
      {
        code: 'at',
        file: 'questionnaire.json',
        path: 'title',
        place: [{ part: 'property', name: 'title' }],
        problem: { code: 'wrongType', expected: 'object', found: { type: 'number', value: 42 } },
      },
      {
        code: 'at',
        file: 'questionnaire.json',
        path: '',
        place: [],
        problem: { code: 'unknownKeys', keys: ['colour'] },
      },
    ]);
  });
});

describe('the rules every package meets, when loaded as by the validator', () => {
  it('refuses HTML in a title', () => {
    const data = JSON.parse(three[0]?.text ?? '') as { fields: { title: { de: string } }[] };
    const first = data.fields[0];
    if (!first) throw new Error('the questionnaire has fields');
    first.title.de = '<b>Strategie</b>';
    const r = readQuestionnaireUpload([
      { name: 'questionnaire.json', text: JSON.stringify(data) },
      ...three.slice(1),
    ]);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.errors).toContainEqual({
      code: 'at',
      file: 'questionnaire.json',
      path: 'fields[0].title.de',
      place: [
        { part: 'field', id: 'strategie', number: 1 },
        { part: 'property', name: 'title' },
        { part: 'language', language: 'de' },
      ],
      problem: { code: 'html' },
    });
  });
});

describe('readQuestionnaireUpload with a short check', () => {
  const shortCheck = JSON.parse(file('short-check.json').text) as { questions: string[] };
  it('takes it as a fourth file, and keeps it with the documents', () => {
    const r = readQuestionnaireUpload([...three, file('short-check.json')]);
    expect(r.ok && r.value.shortCheck?.questions).toEqual(shortCheck.questions);
    expect(r.ok && r.documents.shortCheck).toEqual(shortCheck);
  });
  it('takes it from a bundle', () => {
    const b = JSON.parse(bundle.text) as Record<string, unknown>;
    const r = readQuestionnaireUpload([{ name: 'b.json', text: JSON.stringify({ ...b, shortCheck }) }]);
    expect(r.ok && r.value.shortCheck?.questions).toHaveLength(15);
  });
  it('is optional', () => {
    const r = readQuestionnaireUpload(three);
    expect(r.ok && r.value.shortCheck).toBeUndefined();
  });
  it('refuses one that names a question the questionnaire does not have, at its place', () => {
    // strategie.ziele (2nd) replaced: its field still has strategie.digitalstrategie.
    const broken = {
      ...shortCheck,
      questions: shortCheck.questions.map((q, i) => (i === 1 ? 'gibt.es-nicht' : q)),
    };
    const r = readQuestionnaireUpload([...three, { name: 'kurz.json', text: JSON.stringify(broken) }]);
    expect(r).toMatchObject({
      ok: false,
      errors: [{ file: 'kurz.json', path: 'questions[1]', problem: { code: 'unknownQuestionRef' } }],
    });
  });
});
