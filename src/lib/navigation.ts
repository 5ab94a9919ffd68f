import { ROLE_HOME, type Role } from '$shared';

/**
 * The main menu (DSFR « Menu principal » in the header) of each role: ONE list per role, in the
 * order of its work. A new page joins the menu with one line here; SiteHeader renders it, marks
 * the current section and the menu shows on every page of the signed-in user.
 */
export interface NavLink {
  href: string;
  label: string;
}

const CATALOGUE: NavLink = { href: '/catalogue', label: 'Catalogue' };

export const MAIN_MENU: Record<Role, NavLink[]> = {
  academie: [
    { href: ROLE_HOME.academie, label: 'Accueil' },
    { href: '/academie/campagne', label: 'Calendrier' },
    { href: '/academie/comptes', label: 'Comptes' },
    { href: '/academie/etablissements', label: 'Établissements' },
    { href: '/academie/catalogue', label: 'Import du catalogue' },
    CATALOGUE
  ],
  college_head: [
    { href: ROLE_HOME.college_head, label: 'Accueil' },
    { href: '/college/eleves', label: 'Élèves' },
    { href: '/college/avis', label: 'Avis à saisir' },
    { href: '/college/suivi', label: 'Suivi' },
    { href: '/college/referent', label: 'Référent du collège' },
    CATALOGUE
  ],
  referent: [
    { href: ROLE_HOME.referent, label: 'Accueil' },
    { href: '/college/eleves', label: 'Élèves' },
    { href: '/college/suivi', label: 'Suivi' },
    CATALOGUE
  ],
  lycee: [
    { href: ROLE_HOME.lycee, label: 'Accueil' },
    { href: '/lycee/demandes', label: 'Demandes reçues' },
    { href: '/lycee/planning', label: 'Planning' },
    { href: '/lycee/comptes-rendus', label: 'Comptes rendus' },
    CATALOGUE
  ]
};

/** The menu of visitors who are not signed in: the families' pages. */
export const PUBLIC_MENU: NavLink[] = [{ href: '/', label: 'Accueil' }, CATALOGUE];

/** The menu of a role, or the public one (null: signed out, or signed in without a role). */
export function menuOf(role: Role | null): NavLink[] {
  return role ? MAIN_MENU[role] : PUBLIC_MENU;
}

/**
 * The link of `links` whose section holds `pathname`: the longest href that is the path or one of
 * its parents ('/academie/comptes' for '/academie/comptes', '/academie' for '/academie'), or null.
 */
export function currentLink(links: NavLink[], pathname: string): NavLink | null {
  // The root holds every path: only the home page itself is its section.
  const within = (href: string) => pathname === href || (href !== '/' && pathname.startsWith(`${href}/`));
  return links
    .filter((link) => within(link.href))
    .reduce<NavLink | null>((best, link) => (best && best.href.length >= link.href.length ? best : link), null);
}

/** Where a deep link opened while signed out waits for the sign-in: this tab only, never the profile. */
const RETURN_KEY = 'passpro:retour';

/**
 * The page to return to after sign-in, if `target` is one: a path of this site (not another
 * site's « //host » nor a scheme), other than the sign-in page. Only the path is kept: a query
 * may carry a search typed on the page, which could name a pupil.
 */
export function safeReturnPath(target: string | null, origin: string): string | null {
  if (!target || !target.startsWith('/') || target.startsWith('//') || target.startsWith('/\\')) return null;
  let url: URL;
  try {
    url = new URL(target, origin);
  } catch {
    return null;
  }
  if (url.origin !== origin || url.pathname === '/connexion') return null;
  return url.pathname;
}

/** Remembers the page a signed-out visitor opened, for takeReturnPath after the sign-in. */
export function rememberReturnPath(pathname: string): void {
  const path = safeReturnPath(pathname, location.origin);
  if (path) sessionStorage.setItem(RETURN_KEY, path);
}

/** The page remembered by rememberReturnPath, once (it is forgotten), or null. */
export function takeReturnPath(): string | null {
  const path = safeReturnPath(sessionStorage.getItem(RETURN_KEY), location.origin);
  sessionStorage.removeItem(RETURN_KEY);
  return path;
}
