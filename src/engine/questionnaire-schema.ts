import { de } from 'zod/locales';
import * as z from 'zod/mini';

// Zod's fast path compiles validators with `new Function`, which our Content-Security-Policy
// forbids (no 'unsafe-eval'). Run it in interpreted mode everywhere, and speak German: zod/mini
// brings no locale of its own, and where a schema sets no message of its own (a wrong type, an
// unknown key in an uploaded questionnaire) the German locale's message is shown.
z.config({ jitless: true, ...de() });

/** A text in both product languages. German is the source, English the translation. */
export const LocalizedText = z.lazy(() =>
  z.strictObject({
    de: z.string().check(z.trim(), z.minLength(1, 'Deutscher Text fehlt')),
    en: z.string().check(z.trim(), z.minLength(1, 'Englischer Text fehlt')),
  }),
);
export type LocalizedText = z.infer<typeof LocalizedText>;

/** Stable identifier: lowercase letters, digits, dots and hyphens. Never renamed without a mapping. */
export const Id = z.lazy(() =>
  z
    .string()
    .check(
      z.regex(
        /^[a-z0-9][a-z0-9.-]*$/,
        'Kennung darf nur Kleinbuchstaben, Ziffern, Punkt und Bindestrich enthalten',
      ),
    ),
);

/** Whitepaper theme ids W1–W6 (see the questionnaire's `themes`). */
export const ThemeId = z.lazy(() =>
  z.string().check(z.regex(/^W[1-9]$/, 'Themenkennung muss W1 bis W9 sein')),
);

/** The kinds of municipality a profile can have; questions can be shown only for some. */
export const MUNICIPALITY_KINDS = [
  'gemeinde',
  'markt',
  'stadt',
  'grosse-kreisstadt',
  'kreisfreie-stadt',
  'landkreis',
  'verwaltungsgemeinschaft',
] as const;
export const MunicipalityKind = z.lazy(() => z.enum(MUNICIPALITY_KINDS));
export type MunicipalityKind = z.infer<typeof MunicipalityKind>;

/** A calendar month "YYYY-MM", e.g. the month a source was last checked. */
export const Month = z.lazy(() =>
  z.string().check(z.regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'Monat im Format JJJJ-MM angeben, etwa „2026-12“')),
);

/** A maturity level 0–4. */
export const Level = z.lazy(() => z.number().check(z.int(), z.minimum(0), z.maximum(4)));

export const Question = z.lazy(() =>
  z.strictObject({
    id: Id,
    title: LocalizedText,
    help: LocalizedText,
    /** Descriptors of the five levels, index = level 0..4. */
    levels: z.array(LocalizedText).check(z.length(5, 'Es müssen genau fünf Stufen (0–4) beschrieben sein')),
    /** Relative weight inside its field, 1 = normal. */
    weight: z._default(z.number().check(z.positive(), z.maximum(10)), 1),
    themes: z.array(ThemeId).check(z.minLength(1, 'Mindestens ein Whitepaper-Thema angeben')),
    /** "weiß nicht" is offered unless switched off. */
    allowDontKnow: z._default(z.boolean(), true),
    /** "nicht zutreffend" only where the question can truly not apply. */
    allowNotApplicable: z._default(z.boolean(), false),
    /** Shown only for these kinds of municipality; all kinds when missing. */
    onlyFor: z.optional(z.array(MunicipalityKind).check(z.minLength(1))),
  }),
);
export type Question = z.infer<typeof Question>;

export const Field = z.lazy(() =>
  z.strictObject({
    id: Id,
    title: LocalizedText,
    description: LocalizedText,
    themes: z.array(ThemeId).check(z.minLength(1, 'Mindestens ein Whitepaper-Thema angeben')),
    /** Default target (Soll) level 0–4. */
    defaultTarget: Level,
    /** Weight for ranking gaps (gap × weight). The overall score stays the plain mean of fields. */
    weight: z._default(z.number().check(z.positive(), z.maximum(10)), 1),
    questions: z.array(Question).check(z.minLength(1, 'Ein Handlungsfeld braucht mindestens eine Frage')),
  }),
);
export type Field = z.infer<typeof Field>;

export const Theme = z.lazy(() =>
  z.strictObject({ id: ThemeId, title: LocalizedText, description: LocalizedText }),
);
export type Theme = z.infer<typeof Theme>;

export const Band = z.lazy(() =>
  z.strictObject({
    /** Lower bound in points, inclusive. */
    from: z.number().check(z.minimum(0), z.maximum(100)),
    name: LocalizedText,
    /** Plain-language interpretation shown with the overall score. */
    description: LocalizedText,
  }),
);
export type Band = z.infer<typeof Band>;

export const Questionnaire = z.lazy(() =>
  z
    .strictObject({
      $schema: z.optional(z.string()),
      type: z.literal('digitalkompass-questionnaire'),
      id: Id,
      version: z.string().check(z.regex(/^\d+\.\d+\.\d+$/, 'Version im Format 1.0.0 angeben')),
      /**
       * The month the content is current as of ("2026-12"). Shown as "Inhaltlicher Stand" on the
       * results screen and the print sheet; sources checked more than 12 months earlier are flagged.
       */
      asOf: z.optional(Month),
      title: LocalizedText,
      description: LocalizedText,
      /** The publication the content draws on, shown in the footer of the result sheet. */
      basedOn: LocalizedText,
      /** Generic names of the levels 0..4 (e.g. "nicht begonnen" … "vorbildlich"). */
      levelNames: z.array(LocalizedText).check(z.length(5, 'Es müssen genau fünf Stufennamen sein')),
      themes: z.array(Theme).check(z.minLength(1)),
      /** Maturity bands, ordered by `from`, the first starting at 0. */
      bands: z.array(Band).check(z.minLength(1)),
      fields: z.array(Field).check(z.minLength(1, 'Mindestens ein Handlungsfeld angeben')),
    })
    .check(
      z.superRefine((q, ctx) => {
        const seen = new Set<string>();
        const themeIds = new Set(q.themes.map((t) => t.id));
        const checkThemes = (themes: string[], path: (string | number)[]) => {
          themes.forEach((t, i) => {
            if (!themeIds.has(t))
              ctx.addIssue({ code: 'custom', path: [...path, i], message: `Unbekanntes Thema „${t}“` });
          });
        };
        q.fields.forEach((f, fi) => {
          if (seen.has(f.id))
            ctx.addIssue({
              code: 'custom',
              path: ['fields', fi, 'id'],
              message: `Kennung „${f.id}“ ist doppelt`,
            });
          seen.add(f.id);
          checkThemes(f.themes, ['fields', fi, 'themes']);
          f.questions.forEach((qu, qi) => {
            if (seen.has(qu.id))
              ctx.addIssue({
                code: 'custom',
                path: ['fields', fi, 'questions', qi, 'id'],
                message: `Kennung „${qu.id}“ ist doppelt`,
              });
            seen.add(qu.id);
            checkThemes(qu.themes, ['fields', fi, 'questions', qi, 'themes']);
          });
        });
        if (q.bands[0] && q.bands[0].from !== 0)
          ctx.addIssue({
            code: 'custom',
            path: ['bands', 0, 'from'],
            message: 'Die erste Stufe muss bei 0 beginnen',
          });
        q.bands.forEach((b, i) => {
          const prev = q.bands[i - 1];
          if (prev && b.from <= prev.from)
            ctx.addIssue({
              code: 'custom',
              path: ['bands', i, 'from'],
              message: 'Reifegradstufen müssen nach „from“ aufsteigend sortiert sein',
            });
        });
      }),
    ),
);
export type Questionnaire = z.infer<typeof Questionnaire>;

/** One condition of a trigger rule. */
export const Condition = z.lazy(() =>
  z.union([
    z.strictObject({ question: Id, atOrBelow: Level }),
    z.strictObject({ question: Id, atOrAbove: Level }),
    z.strictObject({ field: Id, scoreBelow: z.number().check(z.minimum(0), z.maximum(100)) }),
    z.strictObject({ field: Id, scoreAtLeast: z.number().check(z.minimum(0), z.maximum(100)) }),
  ]),
);
export type Condition = z.infer<typeof Condition>;

export const Trigger = z.lazy(() =>
  z.strictObject({
    /** "any": one condition suffices; "all": every condition must hold. */
    match: z._default(z.enum(['any', 'all']), 'any'),
    conditions: z
      .array(Condition)
      .check(z.minLength(1, 'Eine Auslöseregel braucht mindestens eine Bedingung')),
  }),
);
export type Trigger = z.infer<typeof Trigger>;

export const ACTORS = ['buergermeister', 'gemeinderat', 'verwaltung', 'it'] as const;
export const EFFORTS = ['gering', 'mittel', 'hoch'] as const;
export const HORIZONS = ['sofort', '6-12-monate', 'laenger'] as const;

/**
 * What a recommendation is for, which decides when its trigger may fire:
 * - first-step: starting something that does not exist yet; stops once the question reaches level 3
 *   (or the field 75 points), i.e. once it is done;
 * - next-step: building on what exists; never fires while the question is at level 0 or the field at 0 points;
 * - keep-going: holding and sharing a high level; never fires at level 0 / 0 points either.
 */
export const RECOMMENDATION_KINDS = ['first-step', 'next-step', 'keep-going'] as const;
export const RecommendationKind = z.lazy(() => z.enum(RECOMMENDATION_KINDS));
export type RecommendationKind = z.infer<typeof RecommendationKind>;

export const Recommendation = z.lazy(() =>
  z.strictObject({
    id: Id,
    field: Id,
    kind: RecommendationKind,
    title: LocalizedText,
    /** What to do first: concrete steps, in order. */
    steps: z.array(LocalizedText).check(z.minLength(1, 'Mindestens einen ersten Schritt angeben')),
    /** Why, in plain words, tied to the whitepaper themes. */
    why: LocalizedText,
    themes: z.array(ThemeId).check(z.minLength(1)),
    actors: z.array(z.enum(ACTORS)).check(z.minLength(1)),
    effort: z.enum(EFFORTS),
    horizon: z.enum(HORIZONS),
    trigger: Trigger,
    /** Ids of entries in the sources file. */
    references: z._default(z.array(Id), []),
  }),
);
export type Recommendation = z.infer<typeof Recommendation>;

export const RecommendationCatalogue = z.lazy(() =>
  z.strictObject({
    $schema: z.optional(z.string()),
    type: z.literal('digitalkompass-recommendations'),
    questionnaireId: Id,
    version: z.string().check(z.regex(/^\d+\.\d+\.\d+$/, 'Version im Format 1.0.0 angeben')),
    recommendations: z.array(Recommendation),
  }),
);
export type RecommendationCatalogue = z.infer<typeof RecommendationCatalogue>;

export const Source = z.lazy(() =>
  z.strictObject({
    id: Id,
    name: LocalizedText,
    url: z.url({ protocol: /^https$/, error: 'Adresse muss mit https:// beginnen' }),
    /** live: may be recommended; check: status unclear, text must say so; ended: never recommended. */
    status: z.enum(['live', 'check', 'ended', 'reference']),
    /** The month someone last checked the address and the status against the source ("2026-12"). */
    checked: z
      .string({
        error: 'Es fehlt der Monat, in dem die Quelle zuletzt geprüft wurde („checked“, etwa „2026-12“)',
      })
      .check(z.regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'Prüfmonat im Format JJJJ-MM angeben, etwa „2026-12“')),
    note: z.optional(LocalizedText),
  }),
);
export type Source = z.infer<typeof Source>;

export const SourceList = z.lazy(() =>
  z.strictObject({
    $schema: z.optional(z.string()),
    type: z.literal('digitalkompass-sources'),
    sources: z.array(Source),
  }),
);
export type SourceList = z.infer<typeof SourceList>;
