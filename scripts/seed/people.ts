/**
 * Common first and last names, combined at random: the demo pupils are fictional, and no
 * combination is meant to designate anyone.
 */
export const FIRST_NAMES = [
  'Inès', 'Lucas', 'Aya', 'Yanis', 'Emma', 'Moussa', 'Chloé', 'Adam', 'Lina', 'Nathan',
  'Sarah', 'Rayan', 'Fatoumata', 'Hugo', 'Maëlys', 'Ibrahim', 'Jade', 'Enzo', 'Assia', 'Mathis',
  'Léa', 'Samuel', 'Kenza', 'Noah', 'Manon', 'Ilyes', 'Camille', 'Théo', 'Yasmine', 'Louis',
  'Aminata', 'Kylian', 'Océane', 'Mamadou', 'Zoé', 'Bilal', 'Anaïs', 'Gabriel', 'Nour', 'Tom',
  'Mariam', 'Ethan', 'Lou', 'Sofiane', 'Clara', 'Amadou', 'Eva', 'Mehdi', 'Julia', 'Wassim',
  'Rose', 'Yacine', 'Alicia', 'Dylan', 'Leïla', 'Maxime', 'Hawa', 'Axel', 'Salomé', 'Kaïs'
];

export const LAST_NAMES = [
  'Martin', 'Bernard', 'Diallo', 'Traoré', 'Nguyen', 'Da Silva', 'Petit', 'Benali', 'Dubois', 'Koné',
  'Moreau', 'Haddad', 'Laurent', 'Camara', 'Simon', 'Ferreira', 'Michel', 'Mendy', 'Lefebvre', 'Cissé',
  'Leroy', 'Belkacem', 'Roux', 'Sylla', 'David', 'Pereira', 'Bertrand', 'Touré', 'Morel', 'Tran',
  'Fournier', 'Keïta', 'Girard', 'Rodrigues', 'Bonnet', 'Mansouri', 'Dupont', 'Fofana', 'Lambert', 'Lopez',
  'Fontaine', 'Bakayoko', 'Rousseau', 'Meziane', 'Vincent', 'Doucouré', 'Muller', 'Pham', 'Faure', 'Sanchez',
  'André', 'Ouattara', 'Mercier', 'Guerin', 'Blanc', 'Chevalier', 'Kaba', 'Garnier', 'Ait Ali', 'Gomes'
];
