import { describe, expect, it } from 'vitest';
import { entryAfterFirstFrame } from '../../tooling/vite/prerender';

// The page as Vite writes it: the entry script in the head, the written start screen in the body.
const page = `<html>
  <head>
    <title>Digitalkompass Kommune</title>
    <script type="module" crossorigin src="./assets/index-abc.js"></script>
    <link rel="modulepreload" crossorigin href="./assets/rolldown-runtime-def.js">
    <link rel="stylesheet" crossorigin href="./assets/index-ghi.css">
  </head>
  <body>
    <div id="root"><h1>Start</h1></div>
  </body>
</html>`;

/** The loader at the end of the body: the entry's file name from its attribute, and its text. */
function loaderOf(html: string) {
  const tag = /<script data-entry="([^"]+)">([^<]*)<\/script>\s*<\/body>/.exec(html);
  return { entry: tag?.[1], text: tag?.[2] ?? '' };
}

describe('entryAfterFirstFrame', () => {
  it('takes the entry script out of the head and adds it from a script at the end of the body', () => {
    const out = entryAfterFirstFrame(page);
    const head = out.slice(0, out.indexOf('</head>'));
    expect(head).not.toContain('<script');
    expect(head).toContain('rolldown-runtime-def.js');
    const loader = loaderOf(out);
    expect(loader.entry).toBe('./assets/index-abc.js');
    expect(loader.text).toContain('requestAnimationFrame');
  });

  it('writes the same script for every entry file name (its hash in the policy stays)', () => {
    const other = page.replace('index-abc.js', 'index-xyz.js');
    expect(loaderOf(entryAfterFirstFrame(other)).text).toBe(loaderOf(entryAfterFirstFrame(page)).text);
  });

  it('adds the entry once: in the first frame, or at once in a tab that is not shown', () => {
    const loader = loaderOf(entryAfterFirstFrame(page));
    const run = (hidden: boolean) => {
      const added: { type: string; src: string; crossOrigin: string }[] = [];
      const frames: (() => void)[] = [];
      const listeners: (() => void)[] = [];
      const document = {
        hidden,
        currentScript: { dataset: { entry: loader.entry } },
        createElement: () => ({ type: '', src: '', crossOrigin: '' }),
        head: { appendChild: (s: (typeof added)[number]) => added.push(s) },
        addEventListener: (_: string, f: () => void) => listeners.push(f),
      };
      new Function('document', 'requestAnimationFrame', loader.text)(document, (f: () => void) =>
        frames.push(f),
      );
      return { added, frames, listeners };
    };
    const shown = run(false);
    expect(shown.added).toEqual([]);
    for (const f of [...shown.frames, ...shown.listeners]) f();
    expect(shown.added).toEqual([{ type: 'module', src: './assets/index-abc.js', crossOrigin: 'anonymous' }]);
    const hidden = run(true);
    expect(hidden.added).toHaveLength(1);
    expect(hidden.frames).toEqual([]);
  });

  it('leaves a page without an entry script with a source as it is', () => {
    const inline = page.replace(
      /<script type="module"[^>]*><\/script>/,
      '<script type="module">run()</script>',
    );
    expect(entryAfterFirstFrame(inline)).toBe(inline);
  });
});
