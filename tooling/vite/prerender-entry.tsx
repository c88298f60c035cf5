// Loaded at build time by prerender.ts (Vite's SSR loader), never part of the app's bundle.
import { StrictMode } from 'react';
import { renderToString } from 'react-dom/server';
import { App } from '../../src/app/app';
import { START_HASH, STARTED_EVENT, WRITTEN_SCREENS, writeScreen } from '../../src/router/written-screen';
import { STORAGE_KEY } from '../../src/store/assessment-store';

const render = (hash: string) =>
  writeScreen(hash, () =>
    renderToString(
      <StrictMode>
        <App />
      </StrictMode>,
    ),
  );

/** The app's first screen (the start screen, German, nothing stored) as HTML for index.html. */
export function renderStart(): string {
  return render('');
}

/**
 * A script run right after the written start screen, before the first frame.
 * - It takes the start screen out again when it is not what this visit shows first (another
 *   address, English chosen, stored assessments that add "Bewertung fortsetzen", storage that
 *   cannot be read): the app then draws its first screen itself, and nothing shows that is then
 *   replaced.
 * - Otherwise, until the app's code starts (src/router/written-screen.ts), it shows the written
 *   profile form when a start link is followed (on the click itself: the address changes a task
 *   later, after the browser has drawn a frame) and the start screen again on the way back, each
 *   with what was typed into it; the form's date is today's. It keeps the address of the screen
 *   shown when the skip link is followed. It counts clicks on the language switch, and notes
 *   that the form was sent (the browser would otherwise reload the page), unless something was
 *   typed since. The links need no script.
 */
export function startScreenScript(): string {
  const key = JSON.stringify(STORAGE_KEY);
  const started = JSON.stringify(STARTED_EVENT);
  // The forms as text, made into elements only when a link is followed: as <template>s in the
  // page the parser would build them before the first frame (measured at CPU ×4, 15 runs each:
  // start screen 266 ms with templates, 258 ms without, within the noise). Every "<" escaped, so
  // that nothing in them can end the script or open a comment in it.
  const screens = JSON.stringify(WRITTEN_SCREENS.map((hash) => [hash, render(hash)])).replace(
    /</g,
    '\\u003c',
  );
  return `(function(){
var root=document.getElementById("root"),atStart=function(h){return${String(START_HASH)}.test(h)},keep=atStart(location.hash);
if(keep)try{var raw=localStorage.getItem(${key});if(raw!==null){var s=JSON.parse(raw).state;keep=s.language==="de"&&Object.keys(s.assessments).length===0}}catch(e){keep=false}
if(!keep){root.replaceChildren();return}
var clicks=0,submitted=false,shown="",screens=new Map(${screens}),kept=new Map();
var today=function(){var d=new Date(),two=function(n){return(n<10?"0":"")+n};return String(d.getFullYear()).padStart(4,"0")+"-"+two(d.getMonth()+1)+"-"+two(d.getDate())};
var show=function(want){
if(want===shown||(want!==""&&!screens.has(want)))return;
var top=window.scrollY,away=document.createDocumentFragment();away.append.apply(away,Array.from(root.childNodes));kept.set(shown,away);
var next=kept.get(want);
if(!next){var made=document.createElement("template");made.innerHTML=screens.get(want);next=made.content;var date=next.querySelector("input[type=date]");if(date)date.defaultValue=today()}
root.append(next);shown=want;submitted=false;if(top)window.scrollTo(0,0)};
var follow=function(){if(location.hash==="#main")history.replaceState(null,"",shown||location.pathname+location.search);else show(atStart(location.hash)?"":location.hash)};
var click=function(e){if(!(e.target instanceof Element))return;if(e.target.closest(".lang-switch"))clicks++;var link=e.target.closest("a[href]");if(link&&e.button===0&&!(e.ctrlKey||e.metaKey||e.shiftKey||e.altKey)){var to=link.getAttribute("href");show(atStart(to)?"":to)}};
var submit=function(e){if(root.contains(e.target)){e.preventDefault();submitted=true}};
var input=function(){submitted=false};
window.addEventListener("hashchange",follow);document.addEventListener("click",click,true);document.addEventListener("submit",submit,true);document.addEventListener("input",input,true);
document.addEventListener(${started},function(e){window.removeEventListener("hashchange",follow);document.removeEventListener("click",click,true);document.removeEventListener("submit",submit,true);document.removeEventListener("input",input,true);e.detail.screen=shown;e.detail.languageClicks=clicks;e.detail.submitted=submitted},{once:true})})()`;
}
