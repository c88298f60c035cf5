import type { Plugin } from 'vite';

/**
 * Tells Chrome's JavaScript engine to compile all of a chunk's functions while the file downloads,
 * on a background thread (V8's explicit compile hints, the `//# allFunctionsCalledOnLoad` comment;
 * other browsers ignore it). Only for the entry (the start screen runs nearly all of it) and the
 * questionnaire screen (SurveyJS renders the questions with much of its code). Otherwise each
 * function is compiled on first use on the main thread: on an old laptop about 200 ms before
 * the start screen and 600 ms before the first question (Chromium traces at CPU ×4).
 */
export function compileHints(): Plugin {
  const eager = (chunk: { isEntry: boolean; facadeModuleId: string | null }) =>
    chunk.isEntry || /[\\/]questionnaire-screen\.tsx$/.test(chunk.facadeModuleId ?? '');
  return {
    name: 'digitalkompass-compile-hints',
    apply: 'build',
    // After Vite has added its own code at the top of the entry: the comment must come first.
    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
        for (const chunk of Object.values(bundle))
          if (chunk.type === 'chunk' && eager(chunk))
            chunk.code = `//# allFunctionsCalledOnLoad\n${chunk.code}`;
      },
    },
  };
}
