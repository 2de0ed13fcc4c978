/**
 * Moves focus to an event of the list on the timeline page (its `<li id="event-id">`) and
 * scrolls it into view, as a click on its mark asks. The item takes focus without becoming a tab
 * stop. Hidden items (filtered out) are left alone. The jump is instant, so it needs no
 * reduced-motion variant; the list's scroll margin keeps the item clear of the sticky navbar.
 */
export function focusEventItem(id: string): void {
  const item = document.getElementById(id);
  if (!item || item.hidden) return;
  if (!item.hasAttribute('tabindex')) item.setAttribute('tabindex', '-1');
  item.focus({ preventScroll: true });
  item.scrollIntoView({ block: 'start' });
}
