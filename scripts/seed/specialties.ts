import type { Diploma, FormationTexts } from '../../functions/src/shared/index.js';

/**
 * The professional domains of the demo catalogue, with real CAP and 2nde professionnelle
 * specialties, the texts a lycée would write for pupils, and how common the domain is.
 */
export interface DomainEntry {
  label: string;
  specialties: { diploma: Diploma; specialty: string }[];
  texts: FormationTexts;
  /** Relative number of lycées offering the domain. */
  supply: number;
  /** Relative number of pupils asking for it. */
  demand: number;
}

const cap = (specialty: string) => ({ diploma: 'CAP' as const, specialty });
const secondePro = (specialty: string) => ({ diploma: '2NDE_PRO' as const, specialty });

export const DOMAIN_CATALOGUE: DomainEntry[] = [
  {
    label: 'Électricité, énergie',
    specialties: [
      cap('Électricien'),
      cap('Installateur en froid et conditionnement d’air'),
      secondePro('Métiers de l’électricité et de ses environnements connectés'),
      secondePro('Métiers des transitions numérique et énergétique')
    ],
    texts: {
      attendus: 'Rigueur, goût pour le concret, respect des consignes de sécurité, bases en mathématiques.',
      metiers: 'Électricien du bâtiment, installateur en domotique, technicien de maintenance.',
      conditions: 'Travail en atelier et sur chantier, habilitation électrique préparée en formation.'
    },
    supply: 5,
    demand: 5
  },
  {
    label: 'Hôtellerie-restauration',
    specialties: [
      cap('Cuisine'),
      cap('Commercialisation et services en hôtel-café-restaurant'),
      cap('Production et service en restaurations (rapide, collective, cafétéria)'),
      secondePro('Métiers de l’hôtellerie-restauration')
    ],
    texts: {
      attendus: 'Sens du service, goût du travail en équipe, résistance physique, présentation soignée.',
      metiers: 'Commis de cuisine, serveur, employé de restauration collective, réceptionniste.',
      conditions: 'Horaires décalés en stage, station debout prolongée, tenue professionnelle fournie.'
    },
    supply: 4,
    demand: 5
  },
  {
    label: 'Métiers de la relation client',
    specialties: [cap('Équipier polyvalent du commerce'), cap('Primeur'), secondePro('Métiers de la relation client')],
    texts: {
      attendus: 'Aisance à l’oral, amabilité, sens de l’écoute, goût pour la vente et le conseil.',
      metiers: 'Vendeur conseil, employé de commerce, hôte d’accueil, conseiller clientèle.',
      conditions: 'Travail le samedi en période de stage, station debout, contact permanent avec le public.'
    },
    supply: 6,
    demand: 8
  },
  {
    label: 'Gestion administrative, transport, logistique',
    specialties: [
      cap('Opérateur/opératrice logistique'),
      cap('Conducteur livreur de marchandises'),
      secondePro('Métiers de la gestion administrative, du transport et de la logistique')
    ],
    texts: {
      attendus: 'Organisation, rigueur, maîtrise de l’écrit, intérêt pour les outils numériques.',
      metiers: 'Gestionnaire administratif, préparateur de commandes, agent de transit, magasinier.',
      conditions: 'Travail en bureau ou en entrepôt, port de charges possible en logistique.'
    },
    supply: 5,
    demand: 6
  },
  {
    label: 'Bâtiment, travaux publics',
    specialties: [
      cap('Maçon'),
      cap('Peintre applicateur de revêtements'),
      cap('Carreleur mosaïste'),
      cap('Monteur en installations sanitaires'),
      secondePro('Métiers de la construction durable, du bâtiment et des travaux publics'),
      secondePro('Métiers des études et de la modélisation numérique du bâtiment')
    ],
    texts: {
      attendus: 'Goût pour le travail manuel et en extérieur, bonne condition physique, sens de l’équipe.',
      metiers: 'Maçon, peintre en bâtiment, carreleur, plombier, dessinateur en bâtiment.',
      conditions: 'Travail sur chantier par tous les temps, port des équipements de protection individuelle.'
    },
    supply: 4,
    demand: 3
  },
  {
    label: 'Bois, ameublement',
    specialties: [
      cap('Menuisier fabricant'),
      cap('Menuisier installateur'),
      secondePro('Métiers de l’agencement, de la menuiserie et de l’ameublement')
    ],
    texts: {
      attendus: 'Habileté manuelle, précision, vision dans l’espace, goût pour le travail du bois.',
      metiers: 'Menuisier d’atelier, poseur, agenceur, ébéniste.',
      conditions: 'Travail en atelier sur machines, bruit et poussière, protections obligatoires.'
    },
    supply: 2,
    demand: 2
  },
  {
    label: 'Maintenance des véhicules',
    specialties: [
      cap('Maintenance des véhicules option voitures particulières'),
      cap('Maintenance des véhicules option véhicules de transport routier'),
      cap('Réparation des carrosseries'),
      secondePro('Métiers de la maintenance des matériels et des véhicules')
    ],
    texts: {
      attendus: 'Intérêt pour la mécanique et l’électronique embarquée, méthode, curiosité technique.',
      metiers: 'Mécanicien automobile, carrossier, technicien poids lourds, réceptionnaire après-vente.',
      conditions: 'Travail en atelier, manipulation de pièces et d’outils, port des équipements de sécurité.'
    },
    supply: 4,
    demand: 6
  },
  {
    label: 'Coiffure, esthétique',
    specialties: [
      cap('Métiers de la coiffure'),
      cap('Esthétique, cosmétique, parfumerie'),
      secondePro('Métiers de la coiffure'),
      secondePro('Esthétique cosmétique parfumerie')
    ],
    texts: {
      attendus: 'Sens du contact, présentation soignée, habileté manuelle, goût pour la relation client.',
      metiers: 'Coiffeur, esthéticien, conseiller en parfumerie, praticien en institut.',
      conditions: 'Station debout prolongée, usage de produits cosmétiques, travail le samedi en stage.'
    },
    supply: 3,
    demand: 8
  },
  {
    label: 'Accompagnement, soins et services à la personne',
    specialties: [
      cap('Accompagnant éducatif petite enfance'),
      cap('Assistant technique en milieux familial et collectif'),
      secondePro('Accompagnement, soins et services à la personne'),
      secondePro('Animation – enfance et personnes âgées')
    ],
    texts: {
      attendus: 'Écoute, patience, discrétion, intérêt pour les autres et pour les questions de santé.',
      metiers: 'Accompagnant éducatif, aide-soignant après poursuite d’études, agent de service hospitalier.',
      conditions: 'Stages en crèche, école, établissement de santé ou médico-social, respect de l’hygiène.'
    },
    supply: 5,
    demand: 8
  },
  {
    label: 'Métiers de l’alimentation',
    specialties: [
      cap('Boulanger'),
      cap('Pâtissier'),
      cap('Boucher'),
      cap('Charcutier-traiteur'),
      secondePro('Métiers de l’alimentation')
    ],
    texts: {
      attendus: 'Goût pour les produits, rigueur sur l’hygiène, endurance, créativité.',
      metiers: 'Boulanger, pâtissier, boucher, charcutier-traiteur, vendeur en alimentation.',
      conditions: 'Horaires matinaux en stage, travail au chaud ou au froid, station debout.'
    },
    supply: 3,
    demand: 4
  },
  {
    label: 'Aéronautique',
    specialties: [
      cap('Aéronautique option structures'),
      cap('Aéronautique option avionique'),
      secondePro('Métiers de l’aéronautique')
    ],
    texts: {
      attendus: 'Rigueur absolue, respect des procédures, intérêt pour la technique, anglais technique.',
      metiers: 'Mécanicien aéronautique, technicien avionique, ajusteur monteur de structures.',
      conditions: 'Travail en hangar ou en atelier, procédures de sécurité strictes.'
    },
    supply: 1,
    demand: 2
  },
  {
    label: 'Métallerie, chaudronnerie, industrie',
    specialties: [
      cap('Réalisations industrielles en chaudronnerie ou soudage'),
      cap('Métallier'),
      secondePro('Métiers de la réalisation d’ensembles mécaniques et industriels')
    ],
    texts: {
      attendus: 'Précision, lecture de plans, goût pour le travail du métal et les machines.',
      metiers: 'Chaudronnier, soudeur, métallier, opérateur sur machines à commande numérique.',
      conditions: 'Travail en atelier, bruit, port des équipements de protection individuelle.'
    },
    supply: 2,
    demand: 2
  },
  {
    label: 'Sécurité',
    specialties: [cap('Agent de sécurité'), secondePro('Métiers de la sécurité')],
    texts: {
      attendus: 'Sens des responsabilités, maîtrise de soi, bonne condition physique, civisme.',
      metiers: 'Agent de sécurité, agent de prévention, pompier après concours, policier après concours.',
      conditions: 'Activité physique régulière, horaires décalés, tenue réglementaire.'
    },
    supply: 2,
    demand: 4
  },
  {
    label: 'Mode, textile',
    specialties: [cap('Métiers de la mode – vêtement flou'), secondePro('Métiers de la couture et de la confection')],
    texts: {
      attendus: 'Habileté manuelle, minutie, sens esthétique, patience.',
      metiers: 'Couturier, mécanicien en confection, retoucheur, agent de production en atelier de mode.',
      conditions: 'Travail assis sur machines à coudre, précision prolongée.'
    },
    supply: 1,
    demand: 2
  }
];
