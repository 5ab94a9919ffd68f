/**
 * Repairs, after each render, the accessibility faults axe finds in @event-calendar/core's markup:
 * its root says role=list around the toolbar, whose buttons are no list items (the days and
 * events become plain groups under their headings); events are <article> elements with a role
 * ARIA does not allow there (the pages offer a keyboard path of their own: a table or a form);
 * day headings are h4 under the page's h2. Re-applied at each redraw; an attachment
 * (`{@attach accessibleCalendar}`) on the calendar's container.
 */
export function accessibleCalendar(container: HTMLElement): () => void {
  const fix = () => {
    const root = container.querySelector('.ec');
    if (root?.getAttribute('role') === 'list') root.removeAttribute('role');
    for (const item of container.querySelectorAll('[role="listitem"], article[role]')) item.removeAttribute('role');
    for (const heading of container.querySelectorAll('.ec-day-head:not([aria-level])'))
      heading.setAttribute('aria-level', '3');
  };
  const observer = new MutationObserver(fix);
  observer.observe(container, { childList: true, subtree: true, attributes: true, attributeFilter: ['role'] });
  fix();
  return () => observer.disconnect();
}
