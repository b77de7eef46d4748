/**
 * The Wilson score interval for a proportion (Wilson 1927): the 95 % interval every precision and recall in the
 * report carries.
 * Method: the interval of proportions p for which the observed x of n lies within z standard errors, solved in
 * closed form — centre (x + z²/2) / (n + z²), half-width z·√(x(n − x)/n + z²/4) / (n + z²). Unlike the Wald
 * interval p ± z·√(p(1 − p)/n) it stays inside [0, 1], is not empty at 0 of n or n of n, and keeps close to its
 * nominal 95 % coverage for the few dozen articles a validation codes (Brown, Cai & DasGupta 2001; Newcombe 1998).
 * Known weakness: without a continuity correction its coverage dips somewhat below 95 % for some small n and
 * proportions near 0 or 1; it treats the articles as a simple random sample (a proportionally stratified sample
 * is covered; a weighted one is not).
 */
import { VALIDATION_CONFIG } from './config';

/** The 95 % Wilson interval [low, high] for `successes` out of `trials`; null when there are no trials. */
export function wilsonInterval(
  successes: number,
  trials: number,
  z: number = VALIDATION_CONFIG.z95,
): [number, number] | null {
  if (!Number.isInteger(successes) || !Number.isInteger(trials) || successes < 0 || successes > trials)
    throw new RangeError(`Need whole numbers 0 ≤ successes ≤ trials; got ${successes} of ${trials}.`);
  if (trials === 0) return null;
  const z2 = z * z;
  const centre = (successes + z2 / 2) / (trials + z2);
  const half = (z * Math.sqrt((successes * (trials - successes)) / trials + z2 / 4)) / (trials + z2);
  // At 0 of n and n of n the bound is 0 or 1 exactly; floating point would leave 1e-17 beside it.
  return [
    successes === 0 ? 0 : Math.max(0, centre - half),
    successes === trials ? 1 : Math.min(1, centre + half),
  ];
}
