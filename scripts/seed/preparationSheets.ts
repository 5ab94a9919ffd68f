import {
  applicationId,
  isLive,
  preparationSheet,
  type Application,
  type PreparationSheet
} from '../../functions/src/shared/index.js';
import { instantIn, type Random } from './random.js';

/** What pupils write on their sheet, in their words. */
const ANSWERS = {
  whatIKnow: [
    'On apprend les gestes du métier en atelier et on part en stage en entreprise.',
    'La formation dure deux ans pour le CAP et trois ans pour le bac pro.'
  ],
  jobsAndOutlets: [
    'On peut travailler en entreprise ou continuer vers un bac pro.',
    'Il y a beaucoup d’offres dans la région.'
  ],
  whyThisFormation: ['J’ai aimé mon stage d’observation de 3e.', 'J’aime travailler de mes mains et voir le résultat.'],
  questionsForInterview: ['Combien de semaines de stage y a-t-il ?', 'Faut-il acheter une tenue de travail ?']
};

export interface SheetOptions {
  demoUais: ReadonlySet<string>;
  /** Nothing is dated after this. */
  writtenBefore: Date;
  /** Who fills the sheets with the pupils of a collège (its référent when it has one). */
  writerOf: (collegeUai: string) => string;
}

/**
 * The demo collèges' « fiches d'aide à la préparation »: about half of the live requests have the
 * sheet of their first formation, half of those shared with the lycée.
 */
export function generatePreparationSheets(
  random: Random,
  applications: Application[],
  options: SheetOptions
): PreparationSheet[] {
  return applications
    .filter((a) => options.demoUais.has(a.collegeUai) && isLive(a))
    .flatMap((a) => {
      const [written, shared] = [random.chance(0.5), random.chance(0.5)];
      if (!written || a.createdAt >= options.writtenBefore) return [];
      const updatedAt = instantIn(random, { from: a.createdAt, to: options.writtenBefore });
      return [
        preparationSheet.parse({
          campaignId: a.campaignId,
          applicationId: applicationId(a.pupilId, a.domainId),
          formationId: a.formationIds[0],
          collegeUai: a.collegeUai,
          lyceeUai: a.lyceeUai,
          whatIKnow: random.pick(ANSWERS.whatIKnow),
          jobsAndOutlets: random.pick(ANSWERS.jobsAndOutlets),
          whyThisFormation: random.pick(ANSWERS.whyThisFormation),
          questionsForInterview: random.pick(ANSWERS.questionsForInterview),
          sharedAt: shared ? updatedAt : null,
          updatedAt,
          updatedBy: options.writerOf(a.collegeUai)
        })
      ];
    });
}
