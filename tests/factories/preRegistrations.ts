import { preRegistration, type PreRegistration } from '../../functions/src/shared/index.js';
import { CAMPAIGN_ID } from './world.js';

/** preRegistrations/{id}: a CFA's pending request, as the public form sends it. */
export function preRegistrationDoc(overrides: Partial<PreRegistration> = {}): PreRegistration {
  return preRegistration.parse({
    campaignId: CAMPAIGN_ID,
    schoolKind: 'cfa',
    schoolName: 'CFA des métiers du bâtiment',
    uai: '',
    departement: '94',
    city: 'Vitry-sur-Seine',
    contactName: 'Karim Benali',
    contactEmail: 'contact@cfa-batiment.example',
    pupilsCount: 12,
    message: 'Nous accueillons des élèves de 3e en découverte.',
    status: 'pending',
    createdAt: new Date('2027-02-10T10:00:00Z'),
    reviewedBy: null,
    ...overrides
  });
}
