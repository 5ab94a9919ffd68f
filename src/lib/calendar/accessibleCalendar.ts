/** The table and list roles @event-calendar/core gives its parts (see accessibleCalendar). */
const STRUCTURE_ROLES = ['table', 'row', 'rowgroup', 'columnheader', 'rowheader', 'cell', 'list', 'listitem'];
const STRUCTURE = STRUCTURE_ROLES.map((role) => `[role="${role}"]`).join(', ');

/**
 * Repairs, after each render, the accessibility faults axe finds in @event-calendar/core's markup.
 * Its root carries a table role (a list role in the list view) around the toolbar, which is neither
 * row nor list item, and no element may take the role in its place; so the calendar drops its table
 * and list semantics and reads as its toolbar, day headings and events, a visual aid: each page
 * offers the same facts in its own table or form, the keyboard path. Events are <article> elements
 * with a role ARIA does not allow there; day headings are h4 under the page's h2; the scrolling grid
 * takes the focus, so that the keyboard scrolls it. Re-applied at
 * each redraw; an attachment (`{@attach accessibleCalendar}`) on the calendar's container.
 */
export function accessibleCalendar(container: HTMLElement): () => void {
  const fix = () => {
    for (const part of container.querySelectorAll(`${STRUCTURE}, article[role]`)) {
      part.removeAttribute('role');
      part.removeAttribute('aria-colindex');
      part.removeAttribute('aria-colspan');
    }
    for (const heading of container.querySelectorAll('h4:not([aria-level])')) heading.setAttribute('aria-level', '3');
    // The grid scrolls within its height: the keyboard must reach it to scroll it.
    for (const grid of container.querySelectorAll('.ec-main:not([tabindex])')) {
      grid.setAttribute('tabindex', '0');
      grid.setAttribute('aria-label', 'Grille du calendrier');
    }
  };
  const observer = new MutationObserver(fix);
  observer.observe(container, { childList: true, subtree: true, attributes: true, attributeFilter: ['role'] });
  fix();
  return () => observer.disconnect();
}
