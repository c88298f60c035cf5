import { displayScore } from '../engine/score';

/** Points as the screens show them: a whole number 0–100, or "–" where there is no score. */
export function pointsText(score: number | null): string {
  return score === null ? '–' : String(displayScore(score));
}
