import { BaseTheme, createBaseThemeStyle } from 'survey-core';
import { describe, expect, it } from 'vitest';
import { resolveThemeValue, surveyThemeCss } from './survey-theme';

const declared = (css: string) =>
  new Map([...css.matchAll(/^\s*(--[\w-]+):(.*);$/gm)].map((m) => [m[1] ?? '', (m[2] ?? '').trim()]));

describe('the SurveyJS theme in the page head', () => {
  it('declares every variable of SurveyJS’s base theme with SurveyJS’s own value', () => {
    const css = declared(surveyThemeCss());
    const theme = Object.entries(BaseTheme.cssVariables as Record<string, string>);
    expect(theme.length).toBeGreaterThan(1000);
    for (const [name, value] of theme) expect(css.get(name), name).toBe(value);
    expect(surveyThemeCss().startsWith(createBaseThemeStyle())).toBe(true);
  });

  it('adds the four zero-size "-reset" shadows SurveyJS would compute from a rendered survey', () => {
    const css = declared(surveyThemeCss());
    const resets = [...css.keys()].filter((name) => name.endsWith('-reset'));
    expect(resets).toEqual([
      '--sjs2-border-effect-surface-default-reset',
      '--sjs2-border-effect-surface-focused-reset',
      '--sjs2-border-effect-component-formbox-default-reset',
      '--sjs2-border-effect-component-formbox-focused-reset',
    ]);
    // What SurveyJS 3.0.0 writes for them in the browser (its createResetVariablesStyle).
    expect(css.get('--sjs2-border-effect-surface-default-reset')).toBe(
      '0px 0px 0px 0px rgba(from #111014 r g b / calc(1% * 10))',
    );
    expect(css.get('--sjs2-border-effect-surface-focused-reset')).toBe('0px 0px 0px 0px #19B394');
    expect(css.get('--sjs2-border-effect-component-formbox-default-reset')).toBe(
      'inset 0px 0px 0px 0px #D4D4D4',
    );
    expect(css.get('--sjs2-border-effect-component-formbox-focused-reset')).toBe(
      'inset 0px 0px 0px 0px #19B394',
    );
  });

  it('resolves nested var() references of the theme', () => {
    expect(resolveThemeValue('var(--sjs2-color-bg-brand-primary)')).toBe('#19B394');
    expect(resolveThemeValue('inset var(--sjs2-border-offset-x-form-default) x')).toBe('inset 0px x');
  });
});
