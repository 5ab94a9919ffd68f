import { describe, expect, it } from 'vitest';
import { ROLE_HOME, ROLES } from '$shared';
import { currentLink, MAIN_MENU, menuOf, PUBLIC_MENU, safeReturnPath } from './navigation';

describe('the main menu', () => {
  it('starts each role’s menu with its home and offers the catalogue', () => {
    for (const role of ROLES) {
      expect(MAIN_MENU[role][0].href).toBe(ROLE_HOME[role]);
      expect(MAIN_MENU[role].map((link) => link.href)).toContain('/catalogue');
    }
  });

  it('gives visitors without a role the public menu', () => {
    expect(menuOf(null)).toBe(PUBLIC_MENU);
    expect(menuOf('lycee')).toBe(MAIN_MENU.lycee);
  });
});

describe('currentLink', () => {
  const links = MAIN_MENU.academie;

  it('marks the deepest section holding the page', () => {
    expect(currentLink(links, '/academie')?.label).toBe('Accueil');
    expect(currentLink(links, '/academie/comptes')?.label).toBe('Comptes');
    expect(currentLink(links, '/catalogue/2027_0930101A_cap_cuisine')?.label).toBe('Catalogue');
  });

  it('does not take a longer name for a section', () => {
    expect(currentLink(links, '/academie/comptes-archives')?.label).toBe('Accueil');
    expect(currentLink(links, '/profil')).toBeNull();
  });

  it('marks the public home only on the root', () => {
    expect(currentLink(PUBLIC_MENU, '/')?.label).toBe('Accueil');
    expect(currentLink(PUBLIC_MENU, '/mentions-legales')).toBeNull();
  });
});

describe('safeReturnPath', () => {
  const origin = 'https://passpro.ac-creteil.fr';

  it('keeps a path of the site, without its query or fragment', () => {
    expect(safeReturnPath('/academie/comptes', origin)).toBe('/academie/comptes');
    expect(safeReturnPath('/catalogue/abc?q=Camille#textes', origin)).toBe('/catalogue/abc');
  });

  it('refuses another site, a scheme, the sign-in page and nothing', () => {
    for (const target of [
      '//evil.example/x',
      '/\\evil.example',
      'https://evil.example/',
      'javascript:alert(1)',
      '/connexion',
      '',
      null
    ]) {
      expect(safeReturnPath(target, origin)).toBeNull();
    }
  });
});
