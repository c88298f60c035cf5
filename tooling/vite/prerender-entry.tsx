// Loaded at build time by prerender.ts (Vite's SSR loader), never part of the app's bundle.
import { StrictMode } from 'react';
import { renderToString } from 'react-dom/server';
import { App } from '../../src/app/app';
import { STORAGE_KEY } from '../../src/store/assessment-store';

/** The app's first screen (the start screen, German, nothing stored) as HTML for index.html. */
export function renderStart(): string {
  return renderToString(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}

/**
 * A script run right after the written start screen, before the first frame: it takes the start
 * screen out again when it is not what this visit shows first (another address, English chosen,
 * stored assessments that add "Bewertung fortsetzen", storage that cannot be read). The app then
 * draws its first screen itself, as without the written one; nothing shows that is then replaced.
 */
export function keepStartScript(): string {
  const key = JSON.stringify(STORAGE_KEY);
  return `(function(){var keep=/^#?\\/?$/.test(location.hash);if(keep)try{var raw=localStorage.getItem(${key});if(raw!==null){var s=JSON.parse(raw).state;keep=s.language==="de"&&Object.keys(s.assessments).length===0}}catch(e){keep=false}if(!keep)document.getElementById("root").replaceChildren()})()`;
}
