import { BaseTheme, createBaseThemeStyle, createBoxShadowReset } from 'survey-core';

/**
 * SurveyJS 3 declares its theme (about 1,600 CSS variables, 170 KB of CSS) in a <style> element
 * that it renders inside every survey. The app renders one survey per field of action, so each
 * field brought a new copy: parsed anew, and since a new style sheet restyles the whole page, the
 * page was styled twice before the first question (about 90 ms at CPU ×4 in a Chromium trace).
 * With `generateStylesheet = false` on each model, this one copy in the page's head serves them all.
 */

/** The four shadows SurveyJS also declares as "-reset" (zero-size) twins for its transitions. */
const SHADOWS_WITH_RESET = [
  '--sjs2-border-effect-surface-default',
  '--sjs2-border-effect-surface-focused',
  '--sjs2-border-effect-component-formbox-default',
  '--sjs2-border-effect-component-formbox-focused',
] as const;

const variables: Record<string, string> = BaseTheme.cssVariables;

/** A theme value with every var() replaced by its own value (the base theme uses no fallbacks). */
export function resolveThemeValue(value: string): string {
  let resolved = value;
  for (let depth = 0; depth < 20 && resolved.includes('var('); depth++)
    resolved = resolved.replace(/var\((--[\w-]+)\)/g, (_, name: string) => variables[name] ?? '');
  return resolved;
}

/**
 * SurveyJS's base theme plus the "-reset" shadows, which SurveyJS itself would compute from the
 * rendered survey (createResetVariablesStyle): the same shadows with every size set to zero.
 */
export function surveyThemeCss(): string {
  const resets = SHADOWS_WITH_RESET.map(
    (name) => `  ${name}-reset: ${createBoxShadowReset(resolveThemeValue(variables[name] ?? ''))};`,
  );
  return `${createBaseThemeStyle()}\n:where(.sd-theme-root) {\n${resets.join('\n')}\n}`;
}

/** Puts the theme into the page's head once (later calls do nothing). */
export function installSurveyTheme(doc: Document): void {
  if (doc.head.querySelector('style[data-survey-theme]')) return;
  const style = doc.createElement('style');
  style.setAttribute('data-survey-theme', '');
  style.textContent = surveyThemeCss();
  doc.head.append(style);
}
