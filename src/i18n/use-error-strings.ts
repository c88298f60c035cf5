import { use } from 'react';
import type { ErrorStrings } from './strings-errors';
import { useLanguage } from './use-strings';

let loading: Promise<typeof import('./strings-errors')> | undefined;

/**
 * The messages for the engine's and the store's codes in the chosen language. They are needed
 * only when something goes wrong, so the shell loads them then (a chunk of their own); the
 * component suspends meanwhile.
 */
export function useErrorStrings(): ErrorStrings {
  const language = useLanguage();
  loading ??= import('./strings-errors');
  return use(loading).errorStrings[language];
}
