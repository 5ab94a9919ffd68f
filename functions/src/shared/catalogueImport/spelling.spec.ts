import { describe, expect, it } from 'vitest';
import { isShouting, softenCapitals, SpellingBook } from './spelling.js';

describe('isShouting', () => {
  it('is true for words in capitals, false for mixed case and short acronyms', () => {
    expect(isShouting('LYCEE PROFESSIONNEL JEAN MOULIN')).toBe(true);
    expect(isShouting('Lycée professionnel Jean Moulin')).toBe(false);
    expect(isShouting('CAP')).toBe(false);
    expect(isShouting('BTP')).toBe(false);
  });
});

describe('softenCapitals', () => {
  it('gives a label a single capital', () => {
    expect(softenCapitals('MÉTIERS DE LA RELATION CLIENT', 'label')).toBe('Métiers de la relation client');
  });

  it('gives each word of a name a capital, particles and elisions aside', () => {
    expect(softenCapitals('VITRY-SUR-SEINE', 'name')).toBe('Vitry-sur-Seine');
    expect(softenCapitals('LYCEE PROFESSIONNEL ANTOINE DE SAINT-EXUPERY', 'name')).toBe(
      'Lycee professionnel Antoine de Saint-Exupery'
    );
    expect(softenCapitals("LYCEE D'HORTICULTURE", 'name')).toBe("Lycee d'Horticulture");
  });
});

describe('SpellingBook', () => {
  it('spells a value in capitals as the first mixed-case spelling offered for it', () => {
    const book = new SpellingBook();
    book.offer('MAISONS-ALFORT');
    book.offer('Maisons-Alfort');
    book.offer('Maisons Alfort');
    expect(book.spell('MAISONS-ALFORT', 'name')).toBe('Maisons-Alfort');
    expect(book.spell('maisons alfort', 'name')).toBe('Maisons-Alfort');
  });

  it('softens the capitals of a value no one spelled in mixed case, and leaves others alone', () => {
    const book = new SpellingBook();
    expect(book.spell('ÉLECTRICITÉ, ÉNERGIE', 'label')).toBe('Électricité, énergie');
    expect(book.spell('Torcy', 'name')).toBe('Torcy');
  });
});
