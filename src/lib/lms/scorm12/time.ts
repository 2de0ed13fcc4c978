/** SCORM 1.2 time formats (RTE 3.4.2 data types). */
const two = (value: number) => String(value).padStart(2, '0');

/** CMITimespan, HHHH:MM:SS.SS: how long the session lasted. */
export function cmiTimespan(milliseconds: number): string {
  const centiseconds = Math.max(0, Math.round(milliseconds / 10));
  const seconds = Math.floor(centiseconds / 100);
  return `${String(Math.floor(seconds / 3600)).padStart(4, '0')}:${two(Math.floor(seconds / 60) % 60)}:${two(seconds % 60)}.${two(centiseconds % 100)}`;
}

/** CMITime, HH:MM:SS: the learner's clock time of an interaction. */
export function cmiTime(date: Date): string {
  return `${two(date.getHours())}:${two(date.getMinutes())}:${two(date.getSeconds())}`;
}
