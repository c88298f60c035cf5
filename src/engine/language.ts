/** The languages of the app and of every questionnaire text. */
export const LANGUAGES = ['de', 'en'] as const;
/** One of the app's languages; German is the default. */
export type Language = (typeof LANGUAGES)[number];
