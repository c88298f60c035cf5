import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import postcss from 'postcss';
import { describe, expect, it } from 'vitest';
import {
  blockOf,
  subsetSurveyCss,
  surveyCssSubset,
  UNUSED_SURVEY_BLOCKS,
} from '../../tooling/vite/survey-css.ts';

const surveyCssFile = createRequire(import.meta.url).resolve('survey-core/survey-core.fontless.min.css');
const surveyCss = readFileSync(surveyCssFile, 'utf8');

/** Every selector of a stylesheet, in order. */
const selectors = (css: string) => {
  const all: string[] = [];
  postcss.parse(css).walkRules((rule) => {
    if (rule.parent?.type !== 'atrule' || !/keyframes$/.test((rule.parent as postcss.AtRule).name))
      all.push(...rule.selectors);
  });
  return all;
};

describe("SurveyJS's stylesheet without the parts the questionnaire never shows", () => {
  it('drops the selectors of unused blocks and keeps everything else as it was', () => {
    const css = [
      '.sd-item{color:red}',
      '.sd-table__cell{color:blue}',
      '.sd-question,.sd-rating__item--selected{margin:0}',
      '.sd-item:not(.sd-checkbox){padding:1px}',
      '.sd-question:has(+.sd-progress-buttons__page-title:hover){display:none}',
      '.sd-item:is(.sd-checkbox,.sd-radio){margin:1px}',
      '@media (max-width:600px){.sd-file{width:1px}}',
      '@media (max-width:600px){.sd-file{width:1px}.sd-page{width:2px}}',
      '@keyframes spin{from{opacity:0}to{opacity:1}}',
    ].join('');
    expect(subsetSurveyCss(css)).toBe(
      [
        '.sd-item{color:red}',
        '.sd-question{margin:0}',
        '.sd-item:not(.sd-checkbox){padding:1px}',
        '.sd-question:has(+.sd-progress-buttons__page-title:hover){display:none}',
        '.sd-item:is(.sd-checkbox,.sd-radio){margin:1px}',
        '@media (max-width:600px){.sd-page{width:2px}}',
        '@keyframes spin{from{opacity:0}to{opacity:1}}',
      ].join(''),
    );
  });

  it('on the real file: less than half the size, and every selector of a used block is still there', () => {
    const subset = subsetSurveyCss(surveyCss);
    expect(subset.length).toBeLessThan(surveyCss.length * 0.5);
    const kept = new Set(selectors(subset));
    const named = (s: string) =>
      [...s.replace(/\([^()]*\)/g, '').matchAll(/\.(-?[_a-zA-Z][\w-]*)/g)].map((m) => blockOf(m[1] ?? ''));
    const used = selectors(surveyCss).filter((s) => !named(s).some((b) => UNUSED_SURVEY_BLOCKS.includes(b)));
    expect(used.length).toBeGreaterThan(500);
    expect(used.filter((s) => !kept.has(s))).toEqual([]);
    for (const block of ['sd-item', 'sd-radio', 'sd-question', 'sd-comment', 'sv-skeleton-element'])
      expect([...kept].some((s) => s.includes(`.${block}`))).toBe(true);
  });

  it('changes only SurveyJS’s stylesheet', () => {
    const plugin = surveyCssSubset();
    const hook = plugin.transform;
    if (typeof hook !== 'function') throw new Error('transform hook missing');
    const run = (code: string, id: string) =>
      hook.call({} as ThisParameterType<typeof hook>, code, id) as { code: string } | null;
    expect(run('.sd-table{color:red}.sd-item{color:red}', surveyCssFile)?.code).toBe('.sd-item{color:red}');
    expect(run('.sd-table{color:red}', '/app/src/app/app.css')).toBeNull();
    expect(run('.sd-table{color:red}', '/x/node_modules/survey-core/survey-core.min.css')).toBeNull();
  });
});
