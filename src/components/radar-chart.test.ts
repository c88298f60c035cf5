import { describe, expect, it } from 'vitest';
import { wrapLabel } from './radar-chart';

describe('wrapLabel', () => {
  it.each([
    ['Strategie & Ziele', ['Strategie &', 'Ziele']],
    ['Online-Verwaltungsleistungen', ['Online-', 'Verwaltungsleistungen']],
    [
      'Interkommunale Zusammenarbeit und zentrale Dienste',
      ['Interkommunale', 'Zusammenarbeit', 'und zentrale', 'Dienste'],
    ],
    ['Kurz', ['Kurz']],
  ])('%s', (label, lines) => expect(wrapLabel(label, 16)).toEqual(lines));
});
