import { createHash } from 'node:crypto';
import type { Plugin } from 'vite';

/**
 * Content-Security-Policy for the built app: scripts only from this origin, no eval, no requests
 * to any other origin. Inline scripts and styles of the single-file edition are allowed by their
 * hashes only. Development keeps Vite's own inline scripts and gets no policy.
 */
export function contentSecurityPolicy(singleFileName?: string): Plugin {
  const hash = (s: string) => `'sha256-${createHash('sha256').update(s).digest('base64')}'`;
  return {
    name: 'digitalkompass-csp',
    apply: 'build',
    enforce: 'post',
    // Runs after the single-file plugin has inlined everything, so the hashes cover the final scripts.
    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
        for (const file of Object.values(bundle)) {
          if (file.type !== 'asset' || !file.fileName.endsWith('.html')) continue;
          const html = String(file.source);
          const scripts = [...html.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g)]
            .map((m) => m[1] ?? '')
            .filter((s) => s.trim() !== '')
            .map(hash);
          const policy = [
            "default-src 'self'",
            `script-src 'self' ${scripts.join(' ')}`.trim(),
            // SurveyJS and Chart.js set inline styles at run time.
            "style-src 'self' 'unsafe-inline'",
            "img-src 'self' data: blob:",
            "font-src 'self'",
            "connect-src 'self'",
            "worker-src 'self'",
            "manifest-src 'self'",
            "object-src 'none'",
            "base-uri 'self'",
            "form-action 'none'",
          ].join('; ');
          file.source = html.replace(
            '<meta charset="UTF-8" />',
            `<meta charset="UTF-8" />\n    <meta http-equiv="Content-Security-Policy" content="${policy}" />`,
          );
          if (singleFileName) file.fileName = singleFileName;
        }
      },
    },
  };
}
