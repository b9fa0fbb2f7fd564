// Time formats of the two SCORM data models. Both take milliseconds and never return an invalid value.

/** SCORM 1.2 CMITimespan: `HHHH:MM:SS.SS` (hours at least two digits, at most four). */
export function cmiTimespan12(ms: number): string {
  const centis = Math.max(0, Math.round(ms / 10));
  const hours = Math.min(9999, Math.floor(centis / 360_000));
  const minutes = Math.floor((centis % 360_000) / 6000);
  const seconds = (centis % 6000) / 100;
  const ss = seconds.toFixed(2).padStart(5, '0');
  return `${String(hours).padStart(2, '0')}:${String(minutes).padStart(2, '0')}:${ss}`;
}

/** SCORM 1.2 CMITime, a clock time: `HH:MM:SS` (local time of day). */
export function cmiTime12(date: Date): string {
  const two = (n: number) => String(n).padStart(2, '0');
  return `${two(date.getHours())}:${two(date.getMinutes())}:${two(date.getSeconds())}`;
}

/** SCORM 2004 timeinterval (ISO 8601 duration): `PT#H#M#S` with at most two decimals on the seconds. */
export function isoDuration(ms: number): string {
  const centis = Math.max(0, Math.round(ms / 10));
  const hours = Math.floor(centis / 360_000);
  const minutes = Math.floor((centis % 360_000) / 6000);
  const seconds = (centis % 6000) / 100;
  let out = 'PT';
  if (hours > 0) out += `${hours}H`;
  if (minutes > 0) out += `${minutes}M`;
  out += `${Number(seconds.toFixed(2))}S`;
  return out;
}

/**
 * SCORM 2004 time(second,10,0) in UTC. The standard allows a time zone only after fractional seconds,
 * with at most two decimals: `2026-11-27T04:05:06.78Z`.
 */
export function isoTimestamp(date: Date): string {
  return date.toISOString().replace(/(\.\d{2})\dZ$/, '$1Z');
}
