import { describe, expect, it } from 'vitest';
import { AssessmentRecord, CoatOfArms, MAX_COAT_OF_ARMS_FILE_BYTES } from './assessment';
import { checkCoatOfArmsFile, fitInto, sniffImage } from './coat-of-arms';
import { createExport, parseImport, serializeExport } from './export-envelope';
import { migratePersistedState, PERSISTED_VERSION } from './persisted-state';
import { testRecord } from '../../tests/fixtures/records';

const text = (s: string) => new TextEncoder().encode(s);
// A real 1 × 1 PNG.
const PNG_DATA_URL =
  'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==';
const pngBytes = Uint8Array.from(atob(PNG_DATA_URL.split(',')[1] ?? ''), (c) => c.charCodeAt(0));

describe('sniffImage / checkCoatOfArmsFile', () => {
  it.each<[string, Uint8Array, ReturnType<typeof sniffImage>]>([
    ['a PNG', pngBytes, 'png'],
    ['a JPEG', Uint8Array.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10]), 'jpeg'],
    ['an SVG', text('<svg xmlns="http://www.w3.org/2000/svg"/>'), 'svg'],
    [
      'an SVG with declaration, comment and doctype',
      text('<?xml version="1.0"?>\n<!-- Wappen -->\n<!DOCTYPE svg>\n<svg>'),
      'svg',
    ],
    ['an HTML page', text('<!doctype html><html><svg></svg></html>'), null],
    ['a PDF', text('%PDF-1.7'), null],
    ['a text file named .png', text('hello'), null],
    ['an empty file', new Uint8Array(), null],
  ])('%s', (_name, bytes, format) => {
    expect(sniffImage(bytes)).toBe(format);
  });

  it('refuses a file over the limit and one that is no image', () => {
    const big = new Uint8Array(MAX_COAT_OF_ARMS_FILE_BYTES + 1);
    big.set(pngBytes);
    expect(checkCoatOfArmsFile(big)).toEqual({ ok: false, reason: 'tooLarge' });
    expect(checkCoatOfArmsFile(text('GIF89a'))).toEqual({ ok: false, reason: 'notImage' });
    expect(checkCoatOfArmsFile(pngBytes)).toEqual({ ok: true, format: 'png' });
  });

  it.each([
    [1000, 500, false, { width: 400, height: 200 }],
    [120, 160, false, { width: 120, height: 160 }],
    [125, 150, true, { width: 333, height: 400 }],
    [0, 0, false, { width: 400, height: 400 }],
  ])('fitInto(%i, %i, grow: %s)', (w, h, grow, size) => {
    expect(fitInto(w, h, 400, grow)).toEqual(size);
  });
});

describe('CoatOfArms in the assessment record', () => {
  const base = testRecord();
  const coat = { dataUrl: PNG_DATA_URL, width: 1, height: 1, fileName: 'wappen.svg' };

  it('a record of today without a coat of arms stays valid', () => {
    expect(AssessmentRecord.safeParse(base).success).toBe(true);
  });

  it('is kept in the stored state, and a stored SVG would be dropped, not loaded', () => {
    const stored = {
      language: 'de',
      assessments: {
        'as-1': { ...base, coatOfArms: coat },
        'as-2': { ...base, id: 'as-2', coatOfArms: { ...coat, dataUrl: 'data:image/svg+xml,<svg/>' } },
      },
      customQuestionnaires: {},
    };
    const result = migratePersistedState(stored, PERSISTED_VERSION);
    if (!result.ok) throw new Error(result.problem.code);
    expect(result.state.assessments['as-1']?.coatOfArms).toEqual(coat);
    expect(result.dropped).toEqual(['as-2']);
  });

  it('round-trips through the export file', () => {
    const record = { ...base, coatOfArms: coat };
    const result = parseImport(serializeExport(createExport([record], '0.1.0', new Date())));
    expect(result).toMatchObject({ ok: true, assessments: [{ coatOfArms: coat }] });
  });

  it.each([
    ['an SVG data URL', { ...coat, dataUrl: 'data:image/svg+xml;base64,PHN2Zz48c2NyaXB0Lz48L3N2Zz4=' }],
    ['a link to another server', { ...coat, dataUrl: 'https://example.com/wappen.png' }],
    ['markup after the data', { ...coat, dataUrl: `${PNG_DATA_URL}"><script>` }],
    ['a size beyond the limit', { ...coat, width: 4000 }],
  ])('refuses %s, also from an export file', (_name, bad) => {
    expect(CoatOfArms.safeParse(bad).success).toBe(false);
    const file = JSON.parse(serializeExport(createExport([{ ...base }], '0.1.0', new Date()))) as {
      data: { assessments: Record<string, unknown>[] };
    };
    const first = file.data.assessments[0];
    if (first) first.coatOfArms = bad;
    expect(parseImport(JSON.stringify(file)).ok).toBe(false);
  });
});
