import { describe, expect, it } from 'vitest';
import { sourceCheckCounts } from '../../src/engine/questionnaire-package';
import type { Source } from '../../src/engine/questionnaire-schema';
import { sourceCheckLine } from '../../tooling/cli/source-check-line';
import { testSource as source } from '../fixtures/fixture-questionnaire';

describe('sourceCheckLine', () => {
  it.each<[string, Source[], string | undefined, string]>([
    [
      'all checked in the as-of month',
      [source('a', '2026-12'), source('b', '2026-12')],
      '2026-12',
      'Quellen zuletzt geprüft: 2 im Monat 2026-12; alle im Monat des Stands 2026-12, keine liegt mehr als 12 Monate davor (erst dann gibt es eine Warnung).',
    ],
    [
      'some not checked again for the as-of month, none stale',
      [source('a', '2026-12'), source('b', '2026-11'), source('c', '2026-11')],
      '2026-12',
      'Quellen zuletzt geprüft: 1 im Monat 2026-12, 2 im Monat 2026-11; 2 Quellen wurden für den Stand 2026-12 nicht neu geprüft, keine liegt mehr als 12 Monate davor (erst dann gibt es eine Warnung).',
    ],
    [
      'one stale source',
      [source('a', '2026-12'), source('b', '2025-11')],
      '2026-12',
      'Quellen zuletzt geprüft: 1 im Monat 2026-12, 1 im Monat 2025-11; 1 Quelle wurde für den Stand 2026-12 nicht neu geprüft, 1 liegt mehr als 12 Monate davor (siehe Warnungen).',
    ],
    [
      'exactly 12 months is not stale',
      [source('a', '2025-12')],
      '2026-12',
      'Quellen zuletzt geprüft: 1 im Monat 2025-12; 1 Quelle wurde für den Stand 2026-12 nicht neu geprüft, keine liegt mehr als 12 Monate davor (erst dann gibt es eine Warnung).',
    ],
    [
      'no as-of month: only the months',
      [source('a', '2026-11')],
      undefined,
      'Quellen zuletzt geprüft: 1 im Monat 2026-11.',
    ],
  ])('%s', (_name, sources, asOf, expected) => {
    expect(sourceCheckLine(sourceCheckCounts(sources, asOf))).toBe(expected);
  });
});
