import type { FormationTexts } from '$shared';

/** The three texts of a formation page, in the order and words of the procedure. */
export const FORMATION_TEXT_HEADINGS: { key: keyof FormationTexts; heading: string; hint: string }[] = [
  {
    key: 'attendus',
    heading: 'Ce que la formation attend',
    hint: 'Les attendus : qualités, goûts et acquis utiles pour réussir.'
  },
  { key: 'metiers', heading: 'Métiers et débouchés', hint: 'Les métiers visés et les poursuites d’études possibles.' },
  {
    key: 'conditions',
    heading: 'Conditions d’exercice',
    hint: 'Lieux, horaires, tenue, contraintes physiques, stages.'
  }
];

/** The longest text the rules accept. */
export const MAX_TEXT_LENGTH = 3000;
