// Three made-up municipalities answer the Bavarian questionnaire; each gets the recommendations that
// fit its answers. The lists are written out, so a change of content or trigger rules shows here.
import { describe, expect, it } from 'vitest';
import { loadQuestionnaireDir } from '../../tooling/questionnaire-files.ts';
import type { Answers } from '../../src/engine/assessment';
import type { MunicipalityKind, RecommendationKind } from '../../src/engine/questionnaire-schema';
import { matchRecommendations } from '../../src/engine/recommend';
import { scoreAssessment, visibleQuestions } from '../../src/engine/score';

const loaded = loadQuestionnaireDir('questionnaires/bayern-kommunen');
if (!loaded.ok) throw new Error(loaded.errors.join('\n'));
const { questionnaire, recommendations } = loaded.value;
const KIND: MunicipalityKind = 'gemeinde';
const allQuestions = questionnaire.fields.flatMap((f) => visibleQuestions(f, KIND));

/** Every question at `level`, then the exceptions. */
const answers = (level: number, exceptions: Record<string, number> = {}): Answers => ({
  ...Object.fromEntries(allQuestions.map((q) => [q.id, level])),
  ...exceptions,
});

const municipalities = {
  // Has started nowhere, except a data protection officer and printable forms.
  beginner: answers(0, { 'sicherheit.datenschutz': 2, 'onlinedienste.formulare': 1 }),
  // Has begun everywhere; online services and the BayernPackages further along.
  middle: answers(2, { 'onlinedienste.nutzerkonto': 3, 'onlinedienste.angebot': 3 }),
  // Near the top everywhere; incident reporting and AI rules only just written down.
  advanced: answers(4, { 'sicherheit.meldewege': 2, 'personal.ki': 2, 'infrastruktur.mobilfunk': 3 }),
};

function recommendationsFor(a: Answers): { id: string; kind: RecommendationKind }[] {
  const score = scoreAssessment(questionnaire, a, KIND);
  return matchRecommendations(questionnaire, recommendations, a, score, {}, KIND).map((m) => ({
    id: m.recommendation.id,
    kind: m.recommendation.kind,
  }));
}

const byKind = (list: { id: string; kind: RecommendationKind }[]) => ({
  'first-step': list
    .filter((r) => r.kind === 'first-step')
    .map((r) => r.id)
    .sort(),
  'next-step': list
    .filter((r) => r.kind === 'next-step')
    .map((r) => r.id)
    .sort(),
  'keep-going': list
    .filter((r) => r.kind === 'keep-going')
    .map((r) => r.id)
    .sort(),
});

const EXPECTED: Record<string, Record<RecommendationKind, string[]>> = {
  beginner: {
    'first-step': [
      'empf.beteiligung.barrierefreiheit',
      'empf.beteiligung.hilfe-ohne-internet',
      'empf.beteiligung.information-sitzungen',
      'empf.beteiligung.internetseite',
      'empf.beteiligung.online-beteiligung',
      'empf.daten.anwendung-erproben',
      'empf.daten.datenbestand-erfassen',
      'empf.daten.entscheidungen-vorbereiten',
      'empf.daten.konzept-erarbeiten',
      'empf.daten.offene-daten',
      'empf.finanzierung.foerderung-beobachten',
      'empf.finanzierung.folgekosten',
      'empf.finanzierung.gemeinsam-finanzieren',
      'empf.finanzierung.haushaltsstelle',
      'empf.fuehrung.beauftragte-benennen',
      'empf.fuehrung.chefsache',
      'empf.fuehrung.lenkungsgruppe-kriterien',
      'empf.infrastruktur.arbeitsplatz-mobil',
      'empf.infrastruktur.betrieb-rechenzentrum',
      'empf.infrastruktur.glasfaser-ausbauen',
      'empf.infrastruktur.mobilfunk-luecken',
      'empf.infrastruktur.wlan-schulen',
      'empf.onlinedienste.bayernpackages-nutzen',
      'empf.onlinedienste.formulare-digital',
      'empf.onlinedienste.haeufigste-leistungen',
      'empf.onlinedienste.nutzerkonto-anbinden',
      'empf.onlinedienste.online-bezahlen',
      'empf.personal.digitallotse',
      'empf.personal.grundschulung',
      'empf.personal.kapazitaet',
      'empf.personal.ki-regeln',
      'empf.personal.veraenderung-begleiten',
      'empf.prozesse.ablaeufe-vereinfachen',
      'empf.prozesse.bescheide-digital',
      'empf.prozesse.eakte-einfuehren',
      'empf.prozesse.erechnung',
      'empf.prozesse.ratsarbeit',
      'empf.sicherheit.datensicherung',
      'empf.sicherheit.konzept-erstellen',
      'empf.sicherheit.meldewege',
      'empf.sicherheit.notfallplan',
      'empf.sicherheit.schulung',
      'empf.strategie.bestandsaufnahme',
      'empf.strategie.jahresbericht',
      'empf.strategie.strategie-beschliessen',
      'empf.strategie.ziele-massnahmenplan',
      'empf.zusammenarbeit.nachbarn-vorhaben',
      'empf.zusammenarbeit.netzwerke',
      'empf.zusammenarbeit.region-abstimmen',
    ],
    'next-step': [],
    'keep-going': [],
  },
  middle: {
    'first-step': [
      'empf.beteiligung.barrierefreiheit',
      'empf.beteiligung.hilfe-ohne-internet',
      'empf.beteiligung.information-sitzungen',
      'empf.beteiligung.internetseite',
      'empf.beteiligung.online-beteiligung',
      'empf.daten.anwendung-erproben',
      'empf.daten.konzept-erarbeiten',
      'empf.daten.offene-daten',
      'empf.finanzierung.foerderung-beobachten',
      'empf.finanzierung.folgekosten',
      'empf.finanzierung.gemeinsam-finanzieren',
      'empf.fuehrung.beauftragte-benennen',
      'empf.infrastruktur.arbeitsplatz-mobil',
      'empf.infrastruktur.betrieb-rechenzentrum',
      'empf.infrastruktur.glasfaser-ausbauen',
      'empf.infrastruktur.mobilfunk-luecken',
      'empf.personal.ki-regeln',
      'empf.sicherheit.datensicherung',
      'empf.sicherheit.konzept-erstellen',
      'empf.strategie.strategie-beschliessen',
      'empf.zusammenarbeit.netzwerke',
      'empf.zusammenarbeit.region-abstimmen',
    ],
    'next-step': [
      'empf.beteiligung.rueckmeldungen-auswerten',
      'empf.daten.kennzahlen',
      'empf.finanzierung.finanzplanung',
      'empf.fuehrung.verankern',
      'empf.infrastruktur.erneuerungsplan',
      'empf.onlinedienste.bayernpackages-ausbauen',
      'empf.onlinedienste.naechste-stufe',
      'empf.personal.kompetenzen-planen',
      'empf.prozesse.durchgaengig-ausbauen',
      'empf.sicherheit.jaehrlich-pruefen',
      'empf.strategie.fortschreiben',
      'empf.zusammenarbeit.verbindlich-ausbauen',
    ],
    'keep-going': [],
  },
  advanced: {
    'first-step': ['empf.personal.ki-regeln'],
    'next-step': [],
    'keep-going': [
      'empf.beteiligung.erfahrungen-teilen',
      'empf.daten.loesungen-teilen',
      'empf.finanzierung.foerderwissen-teilen',
      'empf.fuehrung.erfahrungen-teilen',
      'empf.infrastruktur.erfahrungen-teilen',
      'empf.onlinedienste.erfahrungen-teilen',
      'empf.personal.wissen-teilen',
      'empf.prozesse.erfahrungen-teilen',
      'empf.sicherheit.erfahrungen-teilen',
      'empf.strategie.erfahrungen-teilen',
      'empf.zusammenarbeit.verbund-oeffnen',
    ],
  },
};

describe('recommendations fit the answers of three made-up municipalities', () => {
  const result = {
    beginner: byKind(recommendationsFor(municipalities.beginner)),
    middle: byKind(recommendationsFor(municipalities.middle)),
    advanced: byKind(recommendationsFor(municipalities.advanced)),
  };

  it('gives the beginner only first steps – nothing that builds on what does not exist', () => {
    expect(result.beginner).toEqual(EXPECTED.beginner);
    expect(result.beginner['first-step']).not.toContain('empf.sicherheit.datenschutz');
  });

  it('gives the middle municipality next steps in every field and first steps only where it is below level 3', () => {
    expect(result.middle).toEqual(EXPECTED.middle);
  });

  it('gives the advanced municipality "keep going" advice and the first steps it still lacks', () => {
    expect(result.advanced).toEqual(EXPECTED.advanced);
    // Level 2 of the AI question is not done yet; level 2 of incident reporting is past its first step.
    expect(result.advanced['first-step']).toEqual(['empf.personal.ki-regeln']);
  });

  it('gives the three different lists', () => {
    const flat = (r: (typeof result)['beginner']) => JSON.stringify(r);
    expect(new Set([flat(result.beginner), flat(result.middle), flat(result.advanced)]).size).toBe(3);
  });
});
