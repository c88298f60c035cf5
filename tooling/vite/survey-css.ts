import postcss from 'postcss';
import type { Plugin } from 'vite';

/**
 * The blocks (BEM block names) of SurveyJS's stylesheet that belong to parts the questionnaire
 * never shows. toSurveyJson only makes radio groups with a note field, on one page per field,
 * without SurveyJS's navigation, progress bar, header or completed page; the app draws those
 * itself. An e2e test (tests/e2e/survey-css.spec.ts) checks that no element of the rendered
 * questionnaire carries one of these classes.
 */
export const UNUSED_SURVEY_BLOCKS: readonly string[] = [
  // Question types other than radiogroup and comment
  'sd-table',
  'sd-table-wrapper',
  'sd-matrix',
  'sd-matrixdynamic',
  'sd-matrixdropdown',
  'sv-matrixdynamic',
  'sv-matrixdynamic-dragged-row',
  'sv-matrix-row',
  'sd-rating',
  'sd-rating-dropdown-item',
  'sv-star',
  'sv-star-2',
  'sd-slider',
  'sd-slider-container',
  'sd-slider-labels-container',
  'sv-ranking',
  'sv-ranking-item',
  'sv-ranking-shortcut',
  'sd-ranking',
  'sd-ranking-item',
  'sd-file',
  'sd-boolean',
  'sd-boolean-switch',
  'sd-boolean-root',
  'sd-paneldynamic',
  'sd-multipletext',
  'sd-checkbox',
  'sd-dropdown',
  'sv-dropdown-popup',
  'sv-dropdown_select-wrapper',
  'sd-tagbox',
  'sd-tagbox-item',
  'sd-imagepicker',
  'sd-selectlist',
  'sd-selectlist-filter',
  'sd-html',
  'sd-signaturepad',
  'sd-image',
  'sd-imagemap',
  'sd-imagemap-bg',
  'sd-imagemap-svg',
  'sd-imagemap-svg-item',
  'sd-imagemap-control-point',
  'sd-expression',
  'sd-composite',
  'sv-button-group',
  'sv-multi-select-list',
  'sd-summary',
  'sd-summary-row',
  'sd-summary-row-action',
  'sd-tab-item',
  'sd-tabs-toolbar',
  'sv-pd-animation-adding',
  'sv-pd-animation-removing',
  'sv-pd-animation-left',
  'sv-pd-animation-right',
  // Pop-ups and lists (drop-downs, overflow menus), dragging
  'sv-popup',
  'sv-popup-inner',
  'sv-list',
  'sv-list-item',
  'sd-menu-item',
  'sd-menu-list',
  'sd-menu-filter',
  'sv-drag-drop-choices-shortcut',
  'sv-drag-drop-image-picker-shortcut',
  'sv-dragdrop-moveup',
  'sv-dragdrop-movedown',
  'sv-dragged-element-shortcut',
  'sd-drag-element',
  // Survey parts the app does not use: navigation buttons with progress, header, timer,
  // completed page, saving, branding
  'sd-progress-buttons',
  'sv-header',
  'sd-logo',
  'sv-logo',
  'sd-timer',
  'sd-breadcrumbs',
  'sd-breadcrumbs-item',
  'sd-breadcrumbs-separator',
  'sd-completedpage',
  'sd-completed-before-page',
  'sv-save-data_root',
  'sv-save-data_success',
  'sv-save-data_error',
  'sv-save-data_button',
  'sv-brand-info',
  'sd-loading-indicator',
];

const BLOCKS = new Set(UNUSED_SURVEY_BLOCKS);
/** The BEM block of a class name: what comes before `__` (element) or `--` (modifier). */
export const blockOf = (className: string) => className.split(/__|--/, 1)[0] ?? className;
const CLASS = /\.(-?[_a-zA-Z][\w-]*)/g;

/**
 * The selector without anything in parentheses. A class inside `:not(…)` is one the element must
 * not have; inside `:is(…)`, `:where(…)` or `:has(…)` it may be one of several. Only classes the
 * element itself (or an ancestor) must have decide, so a rule is never dropped by mistake.
 */
function outsideParentheses(selector: string): string {
  let out = '';
  let depth = 0;
  for (const c of selector) {
    if (c === '(') depth++;
    else if (c === ')') depth = Math.max(0, depth - 1);
    else if (depth === 0) out += c;
  }
  return out;
}

/** A selector that can only match inside a block the questionnaire never shows. */
const unusedSelector = (selector: string) =>
  [...outsideParentheses(selector).matchAll(CLASS)].some((m) => BLOCKS.has(blockOf(m[1] ?? '')));

/**
 * SurveyJS's stylesheet without the rules for UNUSED_SURVEY_BLOCKS: a selector that names one of
 * them is dropped from its rule, a rule without selectors left is dropped, and so is an at-rule
 * (e.g. @media) left empty. Everything else stays as it is.
 */
export function subsetSurveyCss(css: string): string {
  const root = postcss.parse(css);
  root.walkRules((rule) => {
    // Keyframe steps (from, to, 50%) are rules too and name no class: they stay.
    const keep = rule.selectors.filter((s) => !unusedSelector(s));
    if (keep.length === 0) rule.remove();
    else if (keep.length < rule.selectors.length) rule.selectors = keep;
  });
  root.walkAtRules((at) => {
    if (at.nodes?.length === 0) at.remove();
  });
  return root.toString();
}

/**
 * Serves SurveyJS's stylesheet (survey-core.fontless.min.css: 328 KB, 38 KB gzip) without the
 * parts the questionnaire never shows: about 60 % smaller, so less to download before the first
 * question and less for the browser to parse and match on every style change
 * (docs/benchmarks.md, "Übertragen").
 */
export function surveyCssSubset(): Plugin {
  return {
    name: 'survey-css-subset',
    enforce: 'pre',
    transform(code, id) {
      if (!/[\\/]survey-core[\\/]survey-core\.fontless\.min\.css$/.test(id.split('?')[0] ?? '')) return null;
      return { code: subsetSurveyCss(code), map: null };
    },
  };
}
