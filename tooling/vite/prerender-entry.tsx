// Loaded at build time by prerender.ts (Vite's SSR loader), never part of the app's bundle.
import { StrictMode } from 'react';
import { renderToString } from 'react-dom/server';
import { App } from '../../src/app/app';
import { STARTED_EVENT } from '../../src/app/language-switch';
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
 * A script run right after the written start screen, before the first frame. It takes the start
 * screen out again when it is not what this visit shows first (another address, English chosen,
 * stored assessments that add "Bewertung fortsetzen", storage that cannot be read): the app then
 * draws its first screen itself, and nothing shows that is then replaced. Otherwise it counts
 * clicks on the language switch until the app's script asks (src/app/language-switch.ts), so a
 * switch clicked before the script ran still switches. The links need no script.
 */
export function startScreenScript(): string {
  const key = JSON.stringify(STORAGE_KEY);
  const started = JSON.stringify(STARTED_EVENT);
  return `(function(){var keep=/^#?\\/?$/.test(location.hash);if(keep)try{var raw=localStorage.getItem(${key});if(raw!==null){var s=JSON.parse(raw).state;keep=s.language==="de"&&Object.keys(s.assessments).length===0}}catch(e){keep=false}if(!keep){document.getElementById("root").replaceChildren();return}var n=0,count=function(e){if(e.target instanceof Element&&e.target.closest(".lang-switch"))n++};document.addEventListener("click",count,true);document.addEventListener(${started},function(e){document.removeEventListener("click",count,true);e.detail.clicks=n},{once:true})})()`;
}
