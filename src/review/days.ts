/** Calendar days in the learner's own time zone: "due today" ends at their midnight, not UTC's. */

/** The start (local midnight) of the day `offset` days after the day of `at`. */
export function startOfDay(at: number, offset = 0): number {
  const date = new Date(at);
  date.setHours(0, 0, 0, 0);
  date.setDate(date.getDate() + offset);
  return date.getTime();
}
