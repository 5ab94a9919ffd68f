/** The list and table roles the calendar gives its parts: none holds once its root's role goes. */
const STRUCTURE_ROLES = new Set(['list', 'listitem', 'table', 'rowgroup', 'row', 'cell', 'columnheader', 'rowheader']);

/**
 * Repairs, after each render, the accessibility faults axe finds in @event-calendar/core's markup:
 * its root (and, in the week grid, its body) carries a list role without list items around the
 * toolbar, so those roles go, with the week grid's table roles (rows, cells, column headers and
 * their indexes, orphaned without it), and the days and events become plain groups under their headings;
 * events are <article> elements with a role ARIA does not allow there (each page offers its own
 * keyboard path: a table or a form); day headings are h4 under the page's h2; the scrolling grid
 * takes the focus. Re-applied at each
 * redraw; an attachment (`{@attach accessibleCalendar}`) on the calendar's container.
 */
export function accessibleCalendar(container: HTMLElement): () => void {
  const fix = () => {
    for (const part of container.querySelectorAll('[role]'))
      if (part.tagName === 'ARTICLE' || STRUCTURE_ROLES.has(part.getAttribute('role')!)) part.removeAttribute('role');
    for (const part of container.querySelectorAll('[aria-colindex], [aria-colspan]')) {
      part.removeAttribute('aria-colindex');
      part.removeAttribute('aria-colspan');
    }
    for (const heading of container.querySelectorAll('h4:not([aria-level])')) heading.setAttribute('aria-level', '3');
    // The week grid scrolls inside a page-set height: focusable, so the keyboard scrolls it too.
    for (const grid of container.querySelectorAll('.ec-main:not([tabindex])')) {
      grid.setAttribute('tabindex', '0');
      grid.setAttribute('role', 'region');
      grid.setAttribute('aria-label', 'Grille des créneaux');
    }
  };
  const observer = new MutationObserver(fix);
  observer.observe(container, { childList: true, subtree: true, attributes: true, attributeFilter: ['role'] });
  fix();
  return () => observer.disconnect();
}
