import * as z from 'zod/mini';
import { schemaMessage as says, type SchemaMessage } from './value-problem.ts';

// Zod's fast path compiles validators with `new Function`, which our Content-Security-Policy
// forbids (no 'unsafe-eval'): run it in interpreted mode everywhere. Zod's own words never reach
// people: its issues become codes (value-problem.ts) that i18n words in German and English.
z.config({ jitless: true });

/** A missing text and an empty one are the same problem for an author. */
const text = (missing: SchemaMessage) =>
  z
    .string({ error: (issue) => (issue.input === undefined ? says(missing) : undefined) })
    .check(z.trim(), z.minLength(1, says(missing)));

/** A text in both product languages. German is the source, English the translation. */
export const LocalizedText = z.lazy(() =>
  z.strictObject({ de: text('germanTextMissing'), en: text('englishTextMissing') }),
);
export type LocalizedText = z.infer<typeof LocalizedText>;

/** Stable identifier: lowercase letters, digits, dots and hyphens. Never renamed without a mapping. */
export const Id = z.lazy(() => z.string().check(z.regex(/^[a-z0-9][a-z0-9.-]*$/, says('idCharacters'))));

/**
 * Theme ids, declared in the questionnaire's `themes` (the Bavarian questionnaire's are the
 * whitepaper's W1–W9; tests/unit/content.test.ts holds it to that).
 */
export const ThemeId = z.lazy(() =>
  z.string().check(z.regex(/^[A-Za-z0-9][A-Za-z0-9.-]*$/, says('themeId'))),
);

/**
 * A kind (of municipality, of fire brigade …) that a profile can have, one of the choices the
 * questionnaire declares in `profile.kind`; questions can be shown only for some.
 */
export const MunicipalityKind = Id;
export type MunicipalityKind = string;

/** A calendar month "YYYY-MM", e.g. the month a source was last checked. */
export const Month = z.lazy(() => z.string().check(z.regex(/^\d{4}-(0[1-9]|1[0-2])$/, says('month'))));

/** A maturity level 0–4. */
export const Level = z.lazy(() => z.number().check(z.int(), z.minimum(0), z.maximum(4)));

/** A level an author writes (a default target, a trigger's bound): named as such when out of range. */
const AuthorLevel = z.lazy(() =>
  z
    .number()
    .check(z.int(says('levelRange')), z.minimum(0, says('levelRange')), z.maximum(4, says('levelRange'))),
);

export const Question = z.lazy(() =>
  z.strictObject({
    id: Id,
    title: LocalizedText,
    help: LocalizedText,
    /** Descriptors of the five levels, index = level 0..4. */
    levels: z.array(LocalizedText).check(z.length(5, says('fiveLevels'))),
    /** Relative weight inside its field, 1 = normal. */
    weight: z._default(z.number().check(z.positive(), z.maximum(10)), 1),
    themes: z.array(ThemeId).check(z.minLength(1, says('oneTheme'))),
    /** "weiß nicht" is offered unless switched off. */
    allowDontKnow: z._default(z.boolean(), true),
    /** "nicht zutreffend" only where the question can truly not apply. */
    allowNotApplicable: z._default(z.boolean(), false),
    /** Shown only for these kinds (choices of the profile's `kind`); all kinds when missing. */
    onlyFor: z.optional(z.array(MunicipalityKind).check(z.minLength(1))),
    /**
     * Levels this question does not define (a model with fewer steps): not offered as answers, so
     * none reads "same as the level below" and earns points for nothing. Level 0 is always used.
     */
    unusedLevels: z.optional(
      z.array(
        z.number().check(z.int(), z.minimum(1, says('unusedLevel')), z.maximum(4, says('unusedLevel'))),
      ),
    ),
  }),
);
export type Question = z.infer<typeof Question>;

export const Field = z.lazy(() =>
  z.strictObject({
    id: Id,
    title: LocalizedText,
    description: LocalizedText,
    themes: z.array(ThemeId).check(z.minLength(1, says('oneTheme'))),
    /** Default target (Soll) level 0–4; without one the target is the highest level. */
    defaultTarget: z._default(AuthorLevel, 4),
    /** Weight for ranking gaps (gap × weight). The overall score stays the plain mean of fields. */
    weight: z._default(z.number().check(z.positive(), z.maximum(10)), 1),
    questions: z.array(Question).check(z.minLength(1, says('oneQuestion'))),
  }),
);
export type Field = z.infer<typeof Field>;

export const Theme = z.lazy(() =>
  z.strictObject({ id: ThemeId, title: LocalizedText, description: LocalizedText }),
);
export type Theme = z.infer<typeof Theme>;

/** One entry of a list the questionnaire declares: a profile field's choice, an actor, an effort … */
export const Choice = z.lazy(() =>
  z.strictObject({
    id: Id,
    label: LocalizedText,
    /** The printed result sheet's word, where it differs from the screen's ("längerfristig"). */
    printLabel: z.optional(LocalizedText),
  }),
);
export type Choice = z.infer<typeof Choice>;

/** A field of the profile form with its choices (regions, kinds, size classes). */
export const ProfileField = z.lazy(() =>
  z.strictObject({
    /** The form's and the regional overview's label ("Art der Kommune"). */
    label: LocalizedText,
    /** The print sheet's and the CSV's heading ("Art"). */
    shortLabel: LocalizedText,
    choices: z.array(Choice).check(z.minLength(1, says('oneChoice'))),
  }),
);
export type ProfileField = z.infer<typeof ProfileField>;

/**
 * The profile fields a questionnaire asks for, each optional: the kind (which can decide the
 * questions), the region and the size class. Stored as `kind`, `regierungsbezirk` and `population`
 * in an assessment's profile (the names of version 1, kept so stored data stays valid).
 */
export const ProfileDeclaration = z.lazy(() =>
  z.strictObject({
    kind: z.optional(ProfileField),
    region: z.optional(ProfileField),
    size: z.optional(ProfileField),
    /** Examples for "Ihre Funktion" ("z. B. Bürgermeisterin, Kämmerer, IT"). */
    roleHint: z.optional(LocalizedText),
  }),
);
export type ProfileDeclaration = z.infer<typeof ProfileDeclaration>;

/** A word for what is assessed, in German: with its gender for the article, and its plural. */
const GermanSubject = z.strictObject({
  gender: z.enum(['f', 'm', 'n']),
  /** "Kommune", "Feuerwehr", "Team". */
  singular: text('subjectWordMissing'),
  /** The genitive singular where it differs ("Teams" for "des Teams"). */
  genitive: z.optional(text('subjectWordMissing')),
  /** "Kommunen", "Feuerwehren", "Teams". */
  plural: text('subjectWordMissing'),
});
/** The same in English. */
const EnglishSubject = z.strictObject({
  singular: text('subjectWordMissing'),
  plural: text('subjectWordMissing'),
});
/** What is assessed: a municipality, a fire brigade, a team. */
export const Subject = z.lazy(() => z.strictObject({ de: GermanSubject, en: EnglishSubject }));
export type Subject = z.infer<typeof Subject>;

/** The words recommendations use for who acts, how much effort and which time frame. */
export const Vocabularies = z.lazy(() =>
  z.strictObject({
    actors: z.array(Choice).check(z.minLength(1, says('oneChoice'))),
    efforts: z.array(Choice).check(z.minLength(1, says('oneChoice'))),
    horizons: z.array(Choice).check(z.minLength(1, says('oneChoice'))),
  }),
);
export type Vocabularies = z.infer<typeof Vocabularies>;

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
      version: z.string().check(z.regex(/^\d+\.\d+\.\d+$/, says('version'))),
      /**
       * The month the content is current as of ("2026-12"). Shown as "Inhaltlicher Stand" on the
       * results screen and the print sheet; sources checked more than 12 months earlier are flagged.
       */
      asOf: z.optional(Month),
      title: LocalizedText,
      /** The line under the app's name in the header ("für bayerische Kommunen"). */
      subtitle: z.optional(LocalizedText),
      /** The app's name in the header while this questionnaire is in use ("Digitalkompass Kommune"). */
      appName: z.optional(LocalizedText),
      description: LocalizedText,
      /** What is assessed. */
      subject: z.optional(Subject),
      /** The fields of the profile form and their choices; none when missing. */
      profile: z.optional(ProfileDeclaration),
      /** How a recommendation card names the themes ("Whitepaper-Thema"). */
      themeLabel: z.optional(LocalizedText),
      /** Who acts, effort and time frame of the recommendations. */
      vocabularies: z.optional(Vocabularies),
      /** The publication the content draws on, shown in the footer of the result sheet. */
      basedOn: LocalizedText,
      /** Generic names of the levels 0..4 (e.g. "nicht begonnen" … "vorbildlich"). */
      levelNames: z.array(LocalizedText).check(z.length(5, says('fiveLevelNames'))),
      themes: z.array(Theme).check(z.minLength(1)),
      /** Maturity bands, ordered by `from`, the first starting at 0. */
      bands: z.array(Band).check(z.minLength(1)),
      fields: z.array(Field).check(z.minLength(1, says('oneField'))),
    })
    .check(
      z.superRefine((q, ctx) => {
        const seen = new Set<string>();
        const themeIds = new Set(q.themes.map((t) => t.id));
        const checkThemes = (themes: string[], path: (string | number)[]) => {
          themes.forEach((t, i) => {
            if (!themeIds.has(t))
              ctx.addIssue({
                code: 'custom',
                path: [...path, i],
                message: 'unknownTheme',
                params: { theme: t },
              });
          });
        };
        const declared = DECLARATION_KEYS.filter((key) => q[key] !== undefined);
        // A questionnaire in the format before these declarations gets the Bavarian ones
        // (former-declarations.ts); one that declares any must declare what every screen needs.
        if (declared.length > 0)
          for (const key of ['subject', 'themeLabel', 'vocabularies'] as const)
            if (q[key] === undefined)
              ctx.addIssue({ code: 'custom', path: [key], message: says('declarationMissing') });
        const kinds = declared.length > 0 ? q.profile?.kind?.choices.map((c) => c.id) : FORMER_KIND_IDS;
        const kindIds = new Set(kinds);
        for (const key of ['kind', 'region', 'size'] as const) {
          const choices = q.profile?.[key]?.choices ?? [];
          choices.forEach((c, ci) => {
            if (choices.findIndex((other) => other.id === c.id) !== ci)
              ctx.addIssue({
                code: 'custom',
                path: ['profile', key, 'choices', ci, 'id'],
                message: 'duplicateId',
                params: { id: c.id },
              });
          });
        }
        q.fields.forEach((f, fi) => {
          f.questions.forEach((qu, qi) => {
            const path = ['fields', fi, 'questions', qi];
            qu.onlyFor?.forEach((kind, ki) => {
              if (!kindIds.has(kind))
                ctx.addIssue({
                  code: 'custom',
                  path: [...path, 'onlyFor', ki],
                  message: 'undeclared',
                  params: { list: 'kind', value: kind },
                });
            });
            const unused = new Set(qu.unusedLevels);
            if (unused.size > 3)
              ctx.addIssue({
                code: 'custom',
                path: [...path, 'unusedLevels'],
                message: says('twoLevelsUsed'),
              });
          });
        });
        q.fields.forEach((f, fi) => {
          if (seen.has(f.id))
            ctx.addIssue({
              code: 'custom',
              path: ['fields', fi, 'id'],
              message: 'duplicateId',
              params: { id: f.id },
            });
          seen.add(f.id);
          checkThemes(f.themes, ['fields', fi, 'themes']);
          f.questions.forEach((qu, qi) => {
            if (seen.has(qu.id))
              ctx.addIssue({
                code: 'custom',
                path: ['fields', fi, 'questions', qi, 'id'],
                message: 'duplicateId',
                params: { id: qu.id },
              });
            seen.add(qu.id);
            checkThemes(qu.themes, ['fields', fi, 'questions', qi, 'themes']);
          });
        });
        if (q.bands[0] && q.bands[0].from !== 0)
          ctx.addIssue({
            code: 'custom',
            path: ['bands', 0, 'from'],
            message: says('firstBandAtZero'),
          });
        q.bands.forEach((b, i) => {
          const prev = q.bands[i - 1];
          if (prev && b.from <= prev.from)
            ctx.addIssue({
              code: 'custom',
              path: ['bands', i, 'from'],
              message: says('bandsAscending'),
            });
        });
      }),
    ),
);
export type Questionnaire = z.infer<typeof Questionnaire>;

/** The declarations added in questionnaire format 2; a questionnaire with none of them is of format 1. */
export const DECLARATION_KEYS = ['subject', 'profile', 'themeLabel', 'vocabularies'] as const;

/** The kinds of municipality a format-1 questionnaire's `onlyFor` may name (former-declarations.ts has their words). */
export const FORMER_KIND_IDS = [
  'gemeinde',
  'markt',
  'stadt',
  'grosse-kreisstadt',
  'kreisfreie-stadt',
  'landkreis',
  'verwaltungsgemeinschaft',
] as const;

/** One condition of a trigger rule. */
export const Condition = z.lazy(() =>
  z.union([
    z.strictObject({ question: Id, atOrBelow: AuthorLevel }),
    z.strictObject({ question: Id, atOrAbove: AuthorLevel }),
    z.strictObject({ field: Id, scoreBelow: z.number().check(z.minimum(0), z.maximum(100)) }),
    z.strictObject({ field: Id, scoreAtLeast: z.number().check(z.minimum(0), z.maximum(100)) }),
  ]),
);
export type Condition = z.infer<typeof Condition>;

export const Trigger = z.lazy(() =>
  z.strictObject({
    /** "any": one condition suffices; "all": every condition must hold. */
    match: z._default(z.enum(['any', 'all']), 'any'),
    conditions: z.array(Condition).check(z.minLength(1, says('oneCondition'))),
  }),
);
export type Trigger = z.infer<typeof Trigger>;

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
    steps: z.array(LocalizedText).check(z.minLength(1, says('oneStep'))),
    /** Why, in plain words, tied to the whitepaper themes. */
    why: LocalizedText,
    themes: z.array(ThemeId).check(z.minLength(1)),
    /** Ids of the questionnaire's `vocabularies` (checked with the questionnaire). */
    actors: z.array(Id).check(z.minLength(1)),
    effort: Id,
    horizon: Id,
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
    version: z.string().check(z.regex(/^\d+\.\d+\.\d+$/, says('version'))),
    recommendations: z.array(Recommendation),
  }),
);
export type RecommendationCatalogue = z.infer<typeof RecommendationCatalogue>;

export const Source = z.lazy(() =>
  z.strictObject({
    id: Id,
    name: LocalizedText,
    url: z.url({ protocol: /^https$/, error: says('httpsUrl') }),
    /** live: may be recommended; check: status unclear, text must say so; ended: never recommended. */
    status: z.enum(['live', 'check', 'ended', 'reference']),
    /** The month someone last checked the address and the status against the source ("2026-12"). */
    checked: z
      .string({ error: says('checkedMissing') })
      .check(z.regex(/^\d{4}-(0[1-9]|1[0-2])$/, says('checkedMonth'))),
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
