/**
 * `npm run size`: gzips (level 9) every .js and .css in dist/ after the build and compares the sums
 * with size-budget.json. Prints a table; exits 1 with the numbers when a budget is exceeded.
 *
 * Initial JS = what dist/index.html loads before anything else: its <script src>, the entry its
 * first frame adds (<script data-entry>, tooling/vite/prerender.ts) and <link rel="modulepreload">
 * files (the entry chunk and its static imports).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { en } from 'zod/locales';
import * as z from 'zod/mini';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const DIST = join(ROOT, 'dist');
const BUDGET_FILE = join(ROOT, 'size-budget.json');

z.config(en());

const Budget = z.object({
  initialJsKB: z.number().check(z.positive()),
  totalJsKB: z.number().check(z.positive()),
  totalCssKB: z.number().check(z.positive()),
});

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
    d.isDirectory() ? filesUnder(join(dir, d.name)) : [join(dir, d.name)],
  );
}

/** Files that index.html loads right away: module and classic scripts, the entry, modulepreloads. */
function initialFiles(html: string): string[] {
  const urls = [
    ...html.matchAll(/<script\b[^>]*\bsrc="([^"]+)"/g),
    ...html.matchAll(/<script\b[^>]*\bdata-entry="([^"]+)"/g),
    ...html.matchAll(/<link\b[^>]*\brel="modulepreload"[^>]*\bhref="([^"]+)"/g),
    ...html.matchAll(/<link\b[^>]*\bhref="([^"]+)"[^>]*\brel="modulepreload"/g),
  ].map((m) => m[1] ?? '');
  const local = urls.filter((u) => u.endsWith('.js') && !/^[a-z]+:/i.test(u));
  return [...new Set(local.map((u) => join(DIST, u.replace(/^\.?\//, ''))))];
}

const gzipKB = (file: string) => gzipSync(readFileSync(file), { level: 9 }).length / 1024;
const sum = (files: string[]) => files.reduce((n, f) => n + gzipKB(f), 0);

function main(): number {
  const indexHtml = join(DIST, 'index.html');
  if (!existsSync(indexHtml)) {
    console.error('dist/index.html fehlt – zuerst `npm run build` ausführen.');
    return 1;
  }
  const budget = Budget.parse(JSON.parse(readFileSync(BUDGET_FILE, 'utf8')));
  const all = filesUnder(DIST);
  const js = all.filter((f) => f.endsWith('.js'));
  const css = all.filter((f) => f.endsWith('.css'));
  const initial = initialFiles(readFileSync(indexHtml, 'utf8'));
  const missing = initial.filter((f) => !existsSync(f));
  if (missing.length) {
    console.error(`index.html lädt Dateien, die in dist/ fehlen: ${missing.join(', ')}`);
    return 1;
  }

  const rows = [
    { name: 'JS initial (index.html)', kb: sum(initial), budget: budget.initialJsKB, files: initial },
    { name: 'JS gesamt', kb: sum(js), budget: budget.totalJsKB, files: js },
    { name: 'CSS gesamt', kb: sum(css), budget: budget.totalCssKB, files: css },
  ];
  const cells = rows.map((r) => [
    r.name,
    `${r.kb.toFixed(1)} KB`,
    `${r.budget.toFixed(1)} KB`,
    `${((r.kb / r.budget) * 100).toFixed(0)} %`,
    r.kb <= r.budget ? '✓' : '✗',
  ]);
  const head = ['Größe (gzip -9)', 'gemessen', 'Budget', 'Anteil', ''];
  const widths = head.map((h, i) => Math.max(h.length, ...cells.map((c) => (c[i] ?? '').length)));
  const fmt = (c: string[]) => c.map((x, i) => x.padEnd(widths[i] ?? 0)).join('  ');
  console.log(fmt(head));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const c of cells) console.log(fmt(c));
  console.log(`\nInitial: ${initial.map((f) => relative(DIST, f)).join(', ')}`);

  const over = rows.filter((r) => r.kb > r.budget);
  if (over.length === 0) {
    console.log('✓ Alle Größenbudgets eingehalten (1 KB = 1024 Bytes, size-budget.json).');
    return 0;
  }
  console.error('');
  for (const r of over) {
    console.error(
      `✗ ${r.name}: ${r.kb.toFixed(1)} KB gzip > Budget ${r.budget.toFixed(1)} KB (+${(r.kb - r.budget).toFixed(1)} KB)`,
    );
    const largest = r.files
      .map((f) => ({ f: relative(DIST, f), kb: gzipKB(f) }))
      .sort((a, b) => b.kb - a.kb)
      .slice(0, 5);
    for (const l of largest) console.error(`    ${l.kb.toFixed(1).padStart(7)} KB  ${l.f}`);
  }
  console.error('\nBundle verkleinern oder das Budget in size-budget.json bewusst anheben (mit Begründung).');
  return 1;
}

process.exitCode = main();
