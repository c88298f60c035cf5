import {
  FORMER_KIND_IDS,
  type LocalizedText,
  type ProfileDeclaration,
  type Subject,
  type Vocabularies,
} from './questionnaire-schema.ts';

// What a questionnaire in the format before the declarations (format 1, e.g. a package loaded
// from a file before version 2.1) meant without saying it: the Bavarian municipal profile, words
// and theme label, which the app had built in. The Bavarian questionnaire now declares the same
// values itself (tests/unit/content.test.ts compares them).

const t = (de: string, en: string): LocalizedText => ({ de, en });

/** What a format-1 questionnaire assesses: a Bavarian municipality. */
export const FORMER_SUBJECT: Subject = {
  de: { gender: 'f', singular: 'Kommune', plural: 'Kommunen' },
  en: { singular: 'municipality', plural: 'municipalities' },
};

/** The header of a format-1 questionnaire. */
export const FORMER_APP_NAME = t('Digitalkompass Kommune', 'Digitalkompass Kommune');
export const FORMER_SUBTITLE = t(
  'Selbstbewertung der digitalen Reife für bayerische Kommunen',
  'Self-assessment of digital maturity for Bavarian municipalities',
);

/** The label of the themes on a recommendation card. */
export const FORMER_THEME_LABEL = t('Whitepaper-Thema', 'White paper theme');

const KIND_LABELS: Record<(typeof FORMER_KIND_IDS)[number], LocalizedText> = {
  gemeinde: t('Gemeinde', 'Municipality (Gemeinde)'),
  markt: t('Markt', 'Market town (Markt)'),
  stadt: t('Stadt', 'Town (Stadt)'),
  'grosse-kreisstadt': t('Große Kreisstadt', 'Major district town (Große Kreisstadt)'),
  'kreisfreie-stadt': t('Kreisfreie Stadt', 'District-free city (kreisfreie Stadt)'),
  landkreis: t('Landkreis', 'District (Landkreis)'),
  verwaltungsgemeinschaft: t(
    'Verwaltungsgemeinschaft',
    'Administrative association (Verwaltungsgemeinschaft)',
  ),
};

/** The profile of a Bavarian municipality: kind, Regierungsbezirk and population class. */
export const FORMER_PROFILE = {
  kind: {
    label: t('Art der Kommune', 'Kind of municipality'),
    shortLabel: t('Art', 'Kind'),
    // The ids a format-1 `onlyFor` may name, each with its words.
    choices: FORMER_KIND_IDS.map((id) => ({ id, label: KIND_LABELS[id] })),
  },
  region: {
    label: t('Regierungsbezirk', 'Administrative region (Regierungsbezirk)'),
    shortLabel: t('Regierungsbezirk', 'Region'),
    choices: [
      { id: 'oberbayern', label: t('Oberbayern', 'Upper Bavaria') },
      { id: 'niederbayern', label: t('Niederbayern', 'Lower Bavaria') },
      { id: 'oberpfalz', label: t('Oberpfalz', 'Upper Palatinate') },
      { id: 'oberfranken', label: t('Oberfranken', 'Upper Franconia') },
      { id: 'mittelfranken', label: t('Mittelfranken', 'Middle Franconia') },
      { id: 'unterfranken', label: t('Unterfranken', 'Lower Franconia') },
      { id: 'schwaben', label: t('Schwaben', 'Swabia') },
    ],
  },
  size: {
    label: t('Einwohnerzahl', 'Population'),
    shortLabel: t('Einwohner', 'Population'),
    choices: [
      { id: 'unter-1000', label: t('unter 1.000', 'under 1,000') },
      { id: '1000-2999', label: t('1.000 bis 2.999', '1,000 to 2,999') },
      { id: '3000-4999', label: t('3.000 bis 4.999', '3,000 to 4,999') },
      { id: '5000-9999', label: t('5.000 bis 9.999', '5,000 to 9,999') },
      { id: '10000-19999', label: t('10.000 bis 19.999', '10,000 to 19,999') },
      { id: '20000-49999', label: t('20.000 bis 49.999', '20,000 to 49,999') },
      { id: '50000-99999', label: t('50.000 bis 99.999', '50,000 to 99,999') },
      { id: 'ab-100000', label: t('100.000 und mehr', '100,000 and more') },
    ],
  },
  roleHint: t('z. B. Bürgermeisterin, Kämmerer, IT', 'e.g. mayor, treasurer, IT'),
} satisfies ProfileDeclaration;

/** Who acts, effort and time frame as a municipality's recommendations name them. */
export const FORMER_VOCABULARIES: Vocabularies = {
  actors: [
    { id: 'buergermeister', label: t('Bürgermeister/in', 'Mayor') },
    { id: 'gemeinderat', label: t('Gemeinderat', 'Council') },
    { id: 'verwaltung', label: t('Verwaltung', 'Administration') },
    { id: 'it', label: t('IT', 'IT') },
  ],
  efforts: [
    { id: 'gering', label: t('gering', 'low') },
    { id: 'mittel', label: t('mittel', 'medium') },
    { id: 'hoch', label: t('hoch', 'high') },
  ],
  horizons: [
    { id: 'sofort', label: t('sofort', 'now'), printLabel: t('sofort', 'immediately') },
    {
      id: '6-12-monate',
      label: t('6–12 Monate', '6–12 months'),
      printLabel: t('6–12 Monate', '6–12 months'),
    },
    { id: 'laenger', label: t('länger', 'longer'), printLabel: t('längerfristig', 'longer term') },
  ],
};
