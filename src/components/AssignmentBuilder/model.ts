/**
 * The builder's form → an assignment. Pure, so the rules (what is required, how a date becomes a
 * deadline, which redundant items are dropped) are tested without a page.
 */
import { withoutCoveredItems, type Catalogue } from '@site/src/data/catalogue';
import { createAssignment } from '@site/src/lib/assignment/link';
import { TITLE_MAX_LENGTH, type Assignment, type AssignmentItem, type ItemKind } from '@site/src/lib/assignment/schema';

export interface BuilderForm {
  readonly title: string;
  /** Chosen items as `kind:id` keys. */
  readonly selected: ReadonlySet<string>;
  /** `YYYY-MM-DD` from a date input, or ''. */
  readonly dueDate: string;
  /** From a number input, or ''. */
  readonly passMark: string;
}

export type BuilderError = 'title-missing' | 'title-too-long' | 'no-items' | 'pass-mark-range';

export function itemKey(kind: ItemKind, id: string): string {
  return `${kind}:${id}`;
}

function itemOf(key: string): AssignmentItem {
  const at = key.indexOf(':');
  return { kind: key.slice(0, at) as ItemKind, id: key.slice(at + 1) };
}

/**
 * A due date is the end of that day in the instructor's time zone, stored as a UTC instant so
 * every student's browser compares against the same moment.
 */
export function dueInstant(dueDate: string): string | undefined {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(dueDate)) return undefined;
  const local = new Date(`${dueDate}T23:59:59.999`);
  return Number.isNaN(local.getTime()) ? undefined : local.toISOString();
}

export function buildAssignment(
  form: BuilderForm,
  catalogue: Catalogue,
): { ok: true; assignment: Assignment } | { ok: false; errors: BuilderError[] } {
  const errors: BuilderError[] = [];
  const title = form.title.trim();
  if (title === '') errors.push('title-missing');
  if (title.length > TITLE_MAX_LENGTH) errors.push('title-too-long');
  if (form.selected.size === 0) errors.push('no-items');
  const passMark = form.passMark.trim() === '' ? undefined : Number(form.passMark);
  if (passMark !== undefined && !(passMark >= 0 && passMark <= 100)) errors.push('pass-mark-range');
  if (errors.length > 0) return { ok: false, errors };

  const items = withoutCoveredItems([...form.selected].map(itemOf), catalogue);
  const due = dueInstant(form.dueDate);
  return {
    ok: true,
    assignment: createAssignment({
      title,
      items,
      ...(due !== undefined && { due }),
      ...(passMark !== undefined && { passMark }),
    }),
  };
}
