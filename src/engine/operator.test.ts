import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  checkOperatorDetails,
  missingImprintFields,
  parseOperatorFile,
  type OperatorResult,
} from './operator';
import { operatorDetails } from '../../tests/fixtures/operator-details';

const full = {
  ...operatorDetails,
  responsible: 'Anna Beispiel, Anschrift wie oben',
  imprintUrl: 'https://www.beispielhausen.example/impressum',
};

describe('parseOperatorFile', () => {
  it.each<[string, string, OperatorResult['status']]>([
    ['the shipped example', readFileSync('public/betreiber.json', 'utf8'), 'unset'],
    ['an empty file', '', 'unset'],
    ['an empty object', '{}', 'unset'],
    ['only empty texts', '{"name": "  ", "email": ""}', 'unset'],
    ['full details', JSON.stringify(full), 'set'],
    ['a name only', '{"name": "Gemeinde Irgendwo"}', 'set'],
    ['not JSON', '{name: Gemeinde}', 'invalid'],
    ['a list', '[]', 'invalid'],
  ])('%s', (_name, text, status) => {
    expect(parseOperatorFile(text).status).toBe(status);
  });

  it('keeps what was given, trims it and fills the rest with empty texts', () => {
    const r = parseOperatorFile(JSON.stringify({ ...full, name: '  Markt Beispielhausen ' }));
    if (r.status !== 'set') throw new Error(r.status);
    expect(r.details.name).toBe('Markt Beispielhausen');
    expect(r.details.privacyUrl).toBe('');
    expect(missingImprintFields(r.details)).toEqual([]);
    expect(missingImprintFields({ ...r.details, email: '', city: '' })).toEqual(['city', 'email']);
  });

  it.each([
    ['an e-mail address without @', { email: 'rathaus.example' }, 'email', 'email'],
    ['a javascript: link', { imprintUrl: 'javascript:alert(1)' }, 'imprintUrl', 'url'],
    [
      'a date in German form',
      { accessibilityStatementDate: '30.11.2026' },
      'accessibilityStatementDate',
      'date',
    ],
    [
      'a date that does not exist',
      { accessibilityStatementDate: '2026-02-30' },
      'accessibilityStatementDate',
      'date',
    ],
    ['an unknown compliance status', { accessibilityStatus: 'weitgehend' }, 'accessibilityStatus', 'choice'],
    ['a number instead of text', { postalCode: 12345 }, 'postalCode', 'notText'],
    ['a misspelt key', { nmae: 'Gemeinde' }, 'nmae', 'unknownField'],
    ['a far too long name', { name: 'x'.repeat(201) }, 'name', 'tooLong'],
  ])('names the problem: %s', (_name, extra, field, kind) => {
    const r = checkOperatorDetails({ name: 'Gemeinde Irgendwo', ...extra });
    expect(r.status).toBe('invalid');
    if (r.status === 'invalid') expect(r.problems).toContainEqual(expect.objectContaining({ field, kind }));
  });

  it('ignores inherited keys and never throws on odd input', () => {
    expect(parseOperatorFile('{"__proto__": {"name": "x"}}').status).not.toBe('set');
    expect(checkOperatorDetails(null).status).toBe('invalid');
    expect(parseOperatorFile('x'.repeat(60_000)).status).toBe('invalid');
  });
});
