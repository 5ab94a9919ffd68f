/**
 * The legal pages every public-sector site links from its footer (RGAA, loi pour une République
 * numérique, RGPD), and the accessibility status the footer states. No accessibility audit has
 * been made yet: the RGAA then requires « non conforme ». Change it here after an audit.
 */
export const ACCESSIBILITY_STATUS = 'non conforme';

export const LEGAL_LINKS = [
  { href: '/accessibilite', label: `Accessibilité : ${ACCESSIBILITY_STATUS}` },
  { href: '/mentions-legales', label: 'Mentions légales' },
  { href: '/donnees-personnelles', label: 'Données personnelles' }
];

/** The date the accessibility statement was written (RGAA asks for it). */
export const ACCESSIBILITY_STATEMENT_DATE = '1er décembre 2026';
