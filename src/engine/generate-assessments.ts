import {
  DONT_KNOW,
  NOT_APPLICABLE,
  REGIERUNGSBEZIRKE,
  type Answers,
  type AssessmentRecord,
  type PopulationClass,
  type Targets,
} from './assessment';
import type { MunicipalityKind } from './questionnaire-schema';
import type { QuestionnairePackage } from './questionnaire-package';
import { isQuestionVisible } from './score';

/** Seeded pseudo-random numbers in [0, 1) (mulberry32): the same seed gives the same sequence. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// Roughly how often each kind occurs among Bavarian municipalities, with the name used for it.
interface KindShare {
  kind: MunicipalityKind;
  name: string;
  weight: number;
  populations: PopulationClass[];
}
const GEMEINDE: KindShare = {
  kind: 'gemeinde',
  name: 'Gemeinde',
  weight: 50,
  populations: ['unter-1000', '1000-2999', '3000-4999', '5000-9999', '10000-19999'],
};
const KINDS: KindShare[] = [
  GEMEINDE,
  {
    kind: 'markt',
    name: 'Markt',
    weight: 18,
    populations: ['1000-2999', '3000-4999', '5000-9999', '10000-19999'],
  },
  {
    kind: 'stadt',
    name: 'Stadt',
    weight: 12,
    populations: ['3000-4999', '5000-9999', '10000-19999', '20000-49999'],
  },
  {
    kind: 'grosse-kreisstadt',
    name: 'Große Kreisstadt',
    weight: 2,
    populations: ['20000-49999', '50000-99999'],
  },
  {
    kind: 'kreisfreie-stadt',
    name: 'Kreisfreie Stadt',
    weight: 2,
    populations: ['20000-49999', '50000-99999', 'ab-100000'],
  },
  { kind: 'landkreis', name: 'Landkreis', weight: 4, populations: ['50000-99999', 'ab-100000'] },
  {
    kind: 'verwaltungsgemeinschaft',
    name: 'Verwaltungsgemeinschaft',
    weight: 12,
    populations: ['1000-2999', '3000-4999', '5000-9999', '10000-19999'],
  },
];
const ROLES = ['Bürgermeister/in', 'Geschäftsleitung', 'Kämmerei', 'IT', 'Hauptamt', ''];
const DONT_KNOW_SHARE = 0.05;
const NOT_APPLICABLE_SHARE = 0.03;
const TARGET_SHARE = 0.3;
const DAY = 24 * 60 * 60 * 1000;
const START = Date.UTC(2025, 0, 1);

/**
 * Plausible, valid assessments for tests and benchmarks, the same for the same seed: one per
 * municipality ("Gemeinde 0001" …), every visible question answered with a level around the
 * municipality's own maturity, about 5 % "weiß nicht" and, where offered, 3 % "nicht
 * zutreffend"; targets for some fields; no plan.
 */
export function generateAssessments(
  pkg: QuestionnairePackage,
  count: number,
  seed: number,
): AssessmentRecord[] {
  if (!Number.isInteger(count) || count < 0)
    throw new Error(`Anzahl muss eine ganze Zahl ab 0 sein, nicht ${String(count)}`);
  const q = pkg.questionnaire;
  const random = mulberry32(seed);
  const pick = <T>(items: readonly T[], fallback: T): T =>
    items[Math.floor(random() * items.length)] ?? fallback;
  const totalWeight = KINDS.reduce((s, k) => s + k.weight, 0);
  const pickKind = () => {
    let r = random() * totalWeight;
    return KINDS.find((k) => (r -= k.weight) < 0) ?? GEMEINDE;
  };
  const digits = Math.max(4, String(count).length);

  return Array.from({ length: count }, (_, i): AssessmentRecord => {
    const number = String(i + 1).padStart(digits, '0');
    const kind = pickKind();
    // Each municipality has its own maturity; answers scatter around it.
    const maturity = random() * 4;
    const answers: Answers = {};
    const targets: Targets = {};
    for (const field of q.fields) {
      const fieldMaturity = maturity + (random() - 0.5) * 1.5;
      if (random() < TARGET_SHARE) targets[field.id] = 2 + Math.floor(random() * 3);
      for (const question of field.questions) {
        if (!isQuestionVisible(question, kind.kind)) continue;
        const r = random();
        if (question.allowDontKnow && r < DONT_KNOW_SHARE) answers[question.id] = DONT_KNOW;
        else if (
          question.allowNotApplicable &&
          r >= DONT_KNOW_SHARE &&
          r < DONT_KNOW_SHARE + NOT_APPLICABLE_SHARE
        )
          answers[question.id] = NOT_APPLICABLE;
        else
          answers[question.id] = Math.min(4, Math.max(0, Math.round(fieldMaturity + (random() - 0.5) * 2)));
      }
    }
    const created = new Date(START + Math.floor(random() * 540) * DAY + 9 * 60 * 60 * 1000);
    const updated = new Date(created.getTime() + Math.floor(random() * 14) * DAY);
    return {
      id: `generiert-${seed}-${number}`,
      questionnaireId: q.id,
      questionnaireVersion: q.version,
      label: 'Generierte Bewertung',
      createdAt: created.toISOString(),
      updatedAt: updated.toISOString(),
      profile: {
        municipality: `${kind.name} ${number}`,
        kind: kind.kind,
        regierungsbezirk: pick(REGIERUNGSBEZIRKE, 'oberbayern'),
        population: pick(kind.populations, '1000-2999'),
        role: pick(ROLES, ''),
        date: created.toISOString().slice(0, 10),
      },
      answers,
      notes: {},
      targets,
      plan: [],
      currentPage: null,
      completedAt: updated.toISOString(),
      toConfirm: [],
      previousId: null,
    };
  });
}
