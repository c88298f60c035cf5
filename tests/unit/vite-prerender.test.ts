import { describe, expect, it } from 'vitest';
import { stylesheetsFirst } from '../../tooling/vite/prerender';

// The head as Vite writes it: the entry script first, then its preload and the stylesheet.
const head = `  <head>
    <title>Digitalkompass Kommune</title>
    <script type="module" crossorigin src="./assets/index-abc.js"></script>
    <link rel="modulepreload" crossorigin href="./assets/rolldown-runtime-def.js">
    <link rel="stylesheet" crossorigin href="./assets/index-ghi.css">
  <link rel="manifest" href="./manifest.webmanifest"></head>`;

describe('stylesheetsFirst', () => {
  it('moves the stylesheet before the entry script and keeps every other line', () => {
    const out = stylesheetsFirst(head);
    expect(out.indexOf('index-ghi.css')).toBeLessThan(out.indexOf('index-abc.js'));
    expect(out.split('\n').sort()).toEqual(head.split('\n').sort());
  });

  it('leaves a page without an entry script (the single file inlines it) as it is', () => {
    const inline = head.replace(
      /<script type="module"[^>]*><\/script>/,
      '<script type="module">run()</script>',
    );
    expect(stylesheetsFirst(inline)).toBe(inline);
  });

  it('keeps several stylesheets in their order', () => {
    const two = head.replace(
      /(<link rel="stylesheet"[^>]*>\n)/,
      '$1    <link rel="stylesheet" crossorigin href="./assets/more-jkl.css">\n',
    );
    const out = stylesheetsFirst(two);
    expect(out.indexOf('index-ghi.css')).toBeLessThan(out.indexOf('more-jkl.css'));
    expect(out.indexOf('more-jkl.css')).toBeLessThan(out.indexOf('index-abc.js'));
  });
});
