import { describe, expect, it } from 'vitest';
import { wrapLabel } from './chart-setup';

describe('wrapLabel', () => {
  it.each([
    ['Strategie & Ziele', 16, ['Strategie &', 'Ziele']],
    ['Online-Verwaltungsleistungen', 16, ['Online-', 'Verwaltungsleistungen']],
    [
      'Interkommunale Zusammenarbeit und zentrale Dienste',
      16,
      ['Interkommunale', 'Zusammenarbeit', 'und zentrale', 'Dienste'],
    ],
    ['Kurz', 16, ['Kurz']],
    [
      'Interkommunale Zusammenarbeit und zentrale Dienste',
      26,
      ['Interkommunale', 'Zusammenarbeit und', 'zentrale Dienste'],
    ],
    ['Online-Verwaltungsleistungen', 30, ['Online-Verwaltungsleistungen']],
    ['  doppelte   Leerzeichen ', 30, ['doppelte Leerzeichen']],
    ['', 16, []],
  ])('%s (%d)', (label, width, lines) => expect(wrapLabel(label, width)).toEqual(lines));
});
