/**
 * Repairs, after each render, the accessibility faults axe finds in @event-calendar/core's markup:
 * its root (and, in the week grid, its body) carries a list role without list items around the
 * toolbar, so those roles go and the days and events become plain groups under their headings;
 * events are <article> elements with a role ARIA does not allow there (each page offers its own
 * keyboard path: a table or a form); day headings are h4 under the page's h2. Re-applied at each
 * redraw; an attachment (`{@attach accessibleCalendar}`) on the calendar's container.
 */
export function accessibleCalendar(container: HTMLElement): () => void {
  const fix = () => {
    for (const part of container.querySelectorAll('.ec[role], .ec-body[role], [role="listitem"], article[role]'))
      part.removeAttribute('role');
    for (const heading of container.querySelectorAll('h4:not([aria-level])')) heading.setAttribute('aria-level', '3');
  };
  const observer = new MutationObserver(fix);
  observer.observe(container, { childList: true, subtree: true, attributes: true, attributeFilter: ['role'] });
  fix();
  return () => observer.disconnect();
}
