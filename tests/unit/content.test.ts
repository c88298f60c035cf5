// Content checks over every questionnaire folder under questionnaires/: completeness of texts,
// references between the files, trigger coverage of every level, sources and plain-text rules.
// A failure here usually means the data needs fixing, not the test.
import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadQuestionnaireDir, questionnaireDirs } from '../../tooling/questionnaire-files.ts';
import type { Answers } from '../../src/engine/assessment';
import {
  monthsBetween,
  STALE_AFTER_MONTHS,
  type QuestionnairePackage,
} from '../../src/engine/questionnaire-package';
import {
  DECLARATION_KEYS,
  type Field,
  type LocalizedText,
  type MunicipalityKind,
  type Question,
  type Recommendation,
} from '../../src/engine/questionnaire-schema';
import { matchRecommendations } from '../../src/engine/recommend';
import { isQuestionVisible, scoreAssessment, visibleQuestions } from '../../src/engine/score';
import { errorStrings } from '../../src/i18n/strings-errors';
import { declarationsOf } from '../../src/engine/declarations';
import { de } from '../../src/i18n/strings';
import { en } from '../../src/i18n/strings-en';

const root = fileURLToPath(new URL('../../questionnaires', import.meta.url));
// The questionnaires built into the app, and the authoring guide's examples for another Land and
// another domain (test fixtures): the universal rules hold for each.
const dirs = [
  ...questionnaireDirs(root),
  ...questionnaireDirs(fileURLToPath(new URL('../fixtures/questionnaires', import.meta.url))),
];
const DEFAULT_ID = 'bayern-kommunen';
const LEVELS_BELOW_TOP = [0, 1, 2, 3] as const;
const FILES = ['questionnaire.json', 'recommendations.json', 'sources.json'] as const;

/**
 * When each section of the fact base (shared/research/bavaria-context.md) was checked. Sections 6
 * and 7 hold the facts checked for the update to December 2026 ("checked December 2026"). Sections
 * 1–5 name no month; they were the basis of version 1.0.0, built on 29.11.2026 with these very
 * addresses, and were not checked again for 2.0.0: November 2026 is the latest month they can have
 * been checked.
 */
const FACT_BASE_CHECKED: Readonly<Record<number, string>> = {
  1: '2026-11',
  2: '2026-11',
  3: '2026-11',
  4: '2026-11',
  5: '2026-11',
  6: '2026-12',
  7: '2026-12',
  // Not a section of bavaria-context.md: feature-anchors.md, "Higher anchors found later (checked
  // December 2026)", the one place the research names the StMD label "Digitales Amt" and its page.
  8: '2026-12',
};

/**
 * The section of the fact base each source of the Bavarian questionnaire comes from. A source named
 * in section 6 or 7 counts as checked then, also when an earlier section names it too; a source
 * whose topic section 6 corrects under another address (the whitepaper, Digitallotse, the
 * Zukunftskommission, the Modellprojekte) keeps the month of the section that names its address.
 */
const SOURCE_SECTION: Readonly<Record<string, number>> = {
  'whitepaper-scr-bayern': 1,
  'whitepaper-scr-bayern-volltext': 1,
  'zdb-digitalisierungskonzepte': 1,
  'digitalisierungskonzept-bayreuth': 1,
  'zdb-themenplattform': 1,
  'gemeinden-bayern-zahlen': 2,
  'baydig-ueberblick': 3,
  'ozg-2': 3,
  baykommun: 4,
  akdb: 4,
  digitallotse: 4,
  zukunftskommission: 4,
  'modellprojekte-smart-cities': 4,
  'smart-city-charta': 4,
  'trendreport-digitaler-staat-2022': 4,
  'foerderprogramm-digitales-rathaus': 4,
  'edih-dma': 5,
  'baydig-art-19': 6,
  'baydig-art-31': 6,
  'baydig-art-43': 6,
  'baydig-art-14': 6,
  'ozg-reifegradmodell-2': 6,
  bayernid: 6,
  unternehmenskonto: 6,
  bayernpackages: 6,
  digitalumlage: 6,
  'gigabit-foerderung': 6,
  baygibitr: 6,
  'lsi-siegel': 6,
  'baybitv-6': 6,
  'digitallotse-digitalwirt': 6,
  'it-dienstleister-zentral': 6,
  'digitalpakt-schule-2': 6,
  'smart-city-dialog': 6,
  'digitales-amt': 8,
  'ki-verordnung': 6,
  'baydiv-11': 7,
};

/** Words that tell the reader to check whether a programme still runs. */
const CHECK_WORDS = /prüfen|prüft|nachfrag|nachzufrag|erkundig/i;
/** Words that suggest applying for something. */
const APPLY_WORDS = /beantrag|antr[aä]ge?\s+stellen|\bbewerb/i;
/** Plain text only: no HTML tags or entities. */
const HTML = /[<>]|&lt;|&gt;/i;

/** The recommendations of `fieldId` that match these answers. */
function matchedInField(
  pkg: QuestionnairePackage,
  fieldId: string,
  answers: Answers,
  kind: MunicipalityKind,
): Recommendation[] {
  const { questionnaire, recommendations } = pkg;
  const score = scoreAssessment(questionnaire, answers, kind);
  return matchRecommendations(questionnaire, recommendations, answers, score, {}, kind)
    .map((m) => m.recommendation)
    .filter((r) => r.field === fieldId);
}

/** Answers every question of the field that this kind sees with the same level. */
function allAnswered(field: Field, kind: MunicipalityKind, level: number): Answers {
  return Object.fromEntries(visibleQuestions(field, kind).map((q) => [q.id, level]));
}

/** Every string value in a JSON document with its path, except `url` and `$schema`. */
function* strings(value: unknown, path: string): Generator<[string, string]> {
  if (typeof value === 'string') yield [path, value];
  else if (Array.isArray(value)) {
    for (const [i, v] of value.entries()) yield* strings(v, `${path}[${i}]`);
  } else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      if (k !== 'url' && k !== '$schema') yield* strings(v, path ? `${path}.${k}` : k);
    }
  }
}

/** The German texts of a questionnaire package, with a label naming where they are. */
function germanTexts(pkg: QuestionnairePackage): [string, string][] {
  const out: [string, string][] = [];
  const add = (where: string, ...texts: LocalizedText[]) => texts.forEach((t) => out.push([where, t.de]));
  const q = pkg.questionnaire;
  add(q.id, q.title, q.description, q.basedOn, ...q.levelNames);
  for (const f of q.fields) {
    add(f.id, f.title, f.description);
    for (const qu of f.questions) add(qu.id, qu.title, qu.help, ...qu.levels);
  }
  for (const r of pkg.recommendations) add(r.id, r.title, r.why, ...r.steps);
  for (const s of pkg.sources) add(s.id, s.name, ...(s.note ? [s.note] : []));
  return out;
}

describe.each(dirs.map((dir) => [basename(dir), dir] as const))('questionnaires/%s', (name, dir) => {
  const result = loadQuestionnaireDir(dir);

  it('the package validates', () => {
    expect(result.ok, result.ok ? '' : result.errors.map(errorStrings.de.packageError).join('\n')).toBe(true);
  });

  // Without a valid package the checks below cannot run; the test above prints why.
  if (!result.ok) return;
  const pkg = result.value;
  const { questionnaire, recommendations, sources } = pkg;
  const fields = questionnaire.fields;
  const questions = fields.flatMap((field) => field.questions.map((question) => ({ field, question })));
  const questionIds = new Set(questions.map(({ question }) => question.id));
  const fieldIds = new Set(fields.map((f) => f.id));
  const sourceById = new Map(sources.map((s) => [s.id, s]));
  const raw = FILES.map((file) => ({
    file,
    data: JSON.parse(readFileSync(join(dir, file), 'utf8')) as unknown,
  }));

  describe('texts', () => {
    it.each(questions.map(({ question }) => [question.id, question] as const))(
      '%s has title, help and five level descriptors in German and English',
      (_id, question) => {
        const missing: string[] = [];
        const check = (what: string, t: LocalizedText | undefined) => {
          if (!t?.de.trim()) missing.push(`${what}.de`);
          if (!t?.en.trim()) missing.push(`${what}.en`);
        };
        check('title', question.title);
        check('help', question.help);
        expect(question.levels, 'genau fünf Stufen').toHaveLength(5);
        question.levels.forEach((l, i) => check(`levels[${i}]`, l));
        expect(missing, `leere Texte in ${question.id}`).toEqual([]);
      },
    );

    it('every field has title and description in German and English', () => {
      const missing = fields.filter(
        (f) =>
          !f.title.de.trim() || !f.title.en.trim() || !f.description.de.trim() || !f.description.en.trim(),
      );
      expect(missing.map((f) => f.id)).toEqual([]);
    });

    it('no text contains HTML ("<", ">" or entities)', () => {
      const found = raw.flatMap(({ file, data }) =>
        [...strings(data, '')].filter(([, s]) => HTML.test(s)).map(([p, s]) => `${file}: ${p}: ${s}`),
      );
      expect(found, found.join('\n')).toEqual([]);
    });
  });

  describe('ids and references', () => {
    it('field and question ids are unique across the questionnaire', () => {
      const ids = [...fields.map((f) => f.id), ...questions.map(({ question }) => question.id)];
      const dupes = ids.filter((id, i) => ids.indexOf(id) !== i);
      expect(dupes).toEqual([]);
    });

    it('recommendation ids are unique', () => {
      const ids = recommendations.map((r) => r.id);
      expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
    });

    it('every recommendation names an existing field and its triggers existing questions or fields', () => {
      const broken: string[] = [];
      for (const r of recommendations) {
        if (!fieldIds.has(r.field)) broken.push(`${r.id}: Handlungsfeld „${r.field}“ fehlt`);
        for (const c of r.trigger.conditions) {
          if ('question' in c && !questionIds.has(c.question))
            broken.push(`${r.id}: Frage „${c.question}“ fehlt`);
          if ('field' in c && !fieldIds.has(c.field))
            broken.push(`${r.id}: Handlungsfeld „${c.field}“ fehlt`);
        }
      }
      expect(broken).toEqual([]);
    });
  });

  describe('sources', () => {
    it('every recommendation has at least one reference, and each is in sources.json', () => {
      const broken: string[] = [];
      for (const r of recommendations) {
        if (r.references.length === 0) broken.push(`${r.id}: keine Quelle`);
        for (const ref of r.references)
          if (!sourceById.has(ref)) broken.push(`${r.id}: Quelle „${ref}“ fehlt in sources.json`);
      }
      expect(broken).toEqual([]);
    });

    it('every source address starts with https://', () => {
      expect(sources.filter((s) => !s.url.startsWith('https://')).map((s) => `${s.id}: ${s.url}`)).toEqual(
        [],
      );
    });

    it('no recommendation references an ended programme', () => {
      const broken = recommendations.flatMap((r) =>
        r.references.filter((ref) => sourceById.get(ref)?.status === 'ended').map((ref) => `${r.id}: ${ref}`),
      );
      expect(broken).toEqual([]);
    });

    it('a recommendation referencing a source to check tells the reader to check it', () => {
      const broken = recommendations
        .filter((r) => r.references.some((ref) => sourceById.get(ref)?.status === 'check'))
        .filter((r) => ![r.why, ...r.steps].some((t) => CHECK_WORDS.test(t.de)))
        .map((r) => r.id);
      expect(broken, 'Text sagt nicht, dass man nachfragen oder prüfen soll').toEqual([]);
    });
  });

  it('"nicht zutreffend" is offered for at most a third of the questions', () => {
    const na = questions
      .filter(({ question }) => question.allowNotApplicable)
      .map(({ question }) => question.id);
    expect(na.length, `nicht zutreffend bei: ${na.join(', ')}`).toBeLessThanOrEqual(questions.length / 3);
  });

  if (name !== DEFAULT_ID) return;

  // The Bavarian content's own rules: every level of every question leads to advice, and the
  // themes are the whitepaper's W1–W9. Another questionnaire (another Land, another domain) keeps
  // its own rules; the universal ones above hold for every questionnaire.
  const kinds = declarationsOf(questionnaire).profile.kind?.choices.map((c) => c.id) ?? [];

  /** The first kind of municipality that sees the question. */
  function kindFor(question: Question): MunicipalityKind {
    const kind = kinds.find((k) => isQuestionVisible(question, k));
    if (!kind) throw new Error(`Frage „${question.id}“ ist für keine Kommunenart sichtbar`);
    return kind;
  }

  it('declares the profile, words and themes the app had built in (former-declarations.ts)', () => {
    // A questionnaire declaring nothing gets the defaults of the first format.
    expect(declarationsOf(questionnaire)).toEqual(declarationsOf({ title: questionnaire.title }));
    // Declared in the file itself, not taken from the defaults.
    expect(Object.keys(raw[0]?.data ?? {})).toEqual(expect.arrayContaining([...DECLARATION_KEYS]));
  });

  it('names its themes W1 to W9, as the whitepaper does', () => {
    expect(questionnaire.themes.map((th) => th.id).filter((id) => !/^W[1-9]$/.test(id))).toEqual([]);
  });

  describe('coverage', () => {
    const cases = questions.flatMap(({ field, question }) =>
      LEVELS_BELOW_TOP.map((level) => [question.id, level, field, question] as const),
    );

    it.each(cases)('%s answered %i alone triggers advice in its field', (_id, level, field, question) => {
      const kind = kindFor(question);
      const matched = matchedInField(pkg, field.id, { [question.id]: level }, kind);
      expect(
        matched.length,
        `Frage „${question.id}“ mit Stufe ${level} (Art: ${kind}) löst keine Empfehlung im Handlungsfeld „${field.id}“ aus`,
      ).toBeGreaterThan(0);
    });

    /** Kinds that see at least one question of the field, with the ids of matched recommendations. */
    const matchAll = (field: Field, level: number) =>
      kinds
        .filter((kind) => visibleQuestions(field, kind).length > 0)
        .map((kind) => ({
          kind,
          matched: matchedInField(pkg, field.id, allAnswered(field, kind, level), kind),
        }));

    it.each(fields.map((field) => [field.id, field] as const))(
      '%s: all questions at 4 give "keep it up" advice with theme W4 or W6',
      (_id, field) => {
        const results = matchAll(field, 4);
        const without = results.filter((r) => r.matched.length === 0).map((r) => r.kind);
        expect(without, `keine Empfehlung bei Stufe 4 für diese Kommunenarten`).toEqual([]);
        const offTheme = [
          ...new Set(
            results.flatMap((r) =>
              r.matched.filter((m) => !m.themes.some((t) => t === 'W4' || t === 'W6')).map((m) => m.id),
            ),
          ),
        ];
        expect(offTheme, 'Empfehlungen bei Stufe 4 ohne Thema W4 oder W6').toEqual([]);
      },
    );

    it.each(fields.flatMap((field) => LEVELS_BELOW_TOP.map((level) => [field.id, level, field] as const)))(
      '%s: all questions at %i give advice',
      (_id, level, field) => {
        const without = matchAll(field, level)
          .filter((r) => r.matched.length === 0)
          .map((r) => r.kind);
        expect(without, `keine Empfehlung, wenn alle Fragen Stufe ${level} haben`).toEqual([]);
      },
    );
  });

  describe('default questionnaire', () => {
    it('has at least 10 fields, 50 questions and 60 recommendations', () => {
      expect(fields.length).toBeGreaterThanOrEqual(10);
      expect(questions.length).toBeGreaterThanOrEqual(50);
      expect(recommendations.length).toBeGreaterThanOrEqual(60);
    });

    it.each(fields.map((field) => [field.id, field] as const))('%s has 4–6 questions', (_id, field) => {
      expect(field.questions.length).toBeGreaterThanOrEqual(4);
      expect(field.questions.length).toBeLessThanOrEqual(6);
    });

    it('every field and question has at least one theme', () => {
      const without = [...fields, ...questions.map(({ question }) => question)]
        .filter((x) => x.themes.length === 0)
        .map((x) => x.id);
      expect(without).toEqual([]);
    });

    it('the start screen promises as many short-check questions as the short check asks', () => {
      const asked = pkg.shortCheck?.questions.length;
      expect(de.start.shortCheckWhen).toContain(`${asked} Fragen`);
      expect(en.start.shortCheckWhen).toContain(`${asked} questions`);
    });

    it('asks a Gemeinde at most 60 questions', () => {
      const seen = questions.filter(({ question }) => isQuestionVisible(question, 'gemeinde'));
      expect(seen.length).toBeLessThanOrEqual(60);
    });

    it('has an as-of month, and every source was checked within 12 months before it', () => {
      const asOf = questionnaire.asOf ?? '';
      expect(asOf).toBe('2026-12');
      const stale = sources.filter((s) => {
        const age = monthsBetween(s.checked, asOf);
        return age < 0 || age > STALE_AFTER_MONTHS;
      });
      expect(stale.map((s) => `${s.id}: ${s.checked}`)).toEqual([]);
    });

    it('every source carries the month its section of the fact base was checked, none a later one', () => {
      expect(Object.keys(SOURCE_SECTION).sort()).toEqual(sources.map((s) => s.id).sort());
      const wrong = sources
        .filter((s) => s.checked !== FACT_BASE_CHECKED[SOURCE_SECTION[s.id] ?? 0])
        .map((s) => `${s.id}: ${s.checked}, Abschnitt ${SOURCE_SECTION[s.id] ?? '?'} der Faktenbasis`);
      expect(wrong, wrong.join('\n')).toEqual([]);
    });

    it('uses one spelling for one thing and no anglicisms in German', () => {
      const WRONG = [
        [/Onlinedienst/, 'Online-Dienst'],
        [/Ansprechpartner/, 'Ansprechperson'],
        [/Smart-Region/, 'deutsches Wort'],
        [/(?<!innen und )\bBürger\b(?!innen)/, 'Bürgerinnen und Bürger'],
      ] as const;
      const found = germanTexts(pkg).flatMap(([where, text]) =>
        WRONG.filter(([re]) => re.test(text)).map(([re, fix]) => `${where}: ${String(re)} → ${fix}: ${text}`),
      );
      expect(found, found.join('\n')).toEqual([]);
    });

    it('says "das Whitepaper …" only for what the whitepaper verifiably says', () => {
      // Section 6 of the fact base: status quo and more even progress, funding targeted at needs,
      // centralisation of services and tools, cross-regional collaboration, digital leadership, 14 %.
      const VERIFIED =
        /gleichmäßig|wo die Kommunen stehen|Förder|Zentralisierung|zentral|überregional|über Gemeindegrenzen|Führung|14 %/;
      const sentences = germanTexts(pkg).flatMap(([where, text]) =>
        text
          .split(/(?<=[.;:–])\s+/)
          .filter((s) => /Whitepaper/.test(s) && !/^Whitepaper „/.test(text))
          .map((s) => [where, s] as const),
      );
      const unverified = sentences.filter(([, s]) => !VERIFIED.test(s)).map(([w, s]) => `${w}: ${s}`);
      expect(unverified, unverified.join('\n')).toEqual([]);
      expect(sentences.some(([, s]) => /Vernetzung|bedarfsgerecht/.test(s))).toBe(false);
    });

    it('no recommendation cites the replaced OZG maturity model 1.1 or an unofficial law text when an official one exists', () => {
      const urls = sources.map((s) => s.url);
      expect(urls.filter((u) => /gesetze\.legal\/bayern\/baydig\//.test(u))).toEqual([]);
      expect(urls).not.toContain('https://digital-direkt.nrw/faq-items/reifegradmodell/');
      expect(urls).toContain('https://www.lsi.bayern.de/kommunen/siegel_kommunale_it_sicherheit/index.html');
    });

    it('never suggests applying to the ended programme Digitales Rathaus', () => {
      const found = germanTexts(pkg)
        .filter(([, text]) => /digitales rathaus/i.test(text) && APPLY_WORDS.test(text))
        .map(([where, text]) => `${where}: ${text}`);
      expect(found, found.join('\n')).toEqual([]);
    });

    it('names the StMD label "Digitales Amt" only with a source for it in sources.json', () => {
      // The label rests on the StMD page that feature-anchors.md names (checked December 2026).
      const sourced = sources.some((s) => /digitales-amt/i.test(s.url));
      const found = germanTexts(pkg)
        .filter(([, text]) => /digitales amt/i.test(text))
        .map(([where, text]) => `${where}: ${text}`);
      expect(sourced || found.length === 0, found.join('\n')).toBe(true);
    });

    it('names no funding programme for Mobilfunk, for which the fact base has no source, and says so', () => {
      const mobile = recommendations.filter((r) =>
        r.trigger.conditions.some((c) => 'question' in c && c.question === 'infrastruktur.mobilfunk'),
      );
      expect(mobile.map((r) => r.id)).toEqual(['empf.infrastruktur.mobilfunk-luecken']);
      for (const r of mobile) {
        expect(r.why.de).toContain('keine geprüfte Quelle');
        expect(r.references.every((ref) => sourceById.get(ref)?.status === 'reference')).toBe(true);
      }
    });
  });
});
