import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const readme = readFileSync('README.md', 'utf8');
const ci = readFileSync('.ci/run', 'utf8');
const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: Record<string, string> };

describe('README set-up commands', () => {
  it('.ci/run runs the README test command verbatim', () => {
    const command = /Alle Tests ausführen[\s\S]*?```sh\n(.+)\n```/.exec(readme)?.[1];
    expect(command).toBe('npm ci && npm test');
    expect(ci.split('\n')).toContain(command);
  });

  it('the README app command exists', () => {
    const command = /App starten[\s\S]*?```sh\n(.+)\n```/.exec(readme)?.[1];
    expect(command).toBe('npm ci && npm run dev');
    expect(pkg.scripts.dev).toMatch(/^vite\b/);
  });

  it('npm test runs typecheck, lint, format check, unit tests, build, size budget and e2e', () => {
    expect(pkg.scripts.test?.split(' && ')).toEqual([
      'npm run typecheck',
      'npm run lint',
      'npm run format:check',
      'npm run test:unit',
      'npm run build',
      'npm run size',
      'npm run test:e2e',
    ]);
  });
});
