import { describe, expect, it } from 'vitest';
import { NO_FILTERS } from '$lib/catalogue/filters';
import type { CatalogueEntry } from '$lib/data/catalogue';
import {
  catalogueDomains,
  domainRefusal,
  formationLabel,
  interviewStarted,
  lyceeOffers,
  requestIn,
  withdrawalRefusal
} from './requests';

const entry = (overrides: Partial<CatalogueEntry>) =>
  ({
    id: 'f',
    campaignId: '2027',
    domainId: 'electricite-energie',
    domainLabel: 'Électricité, énergie',
    departement: '93',
    city: 'Bobigny',
    uai: '0930303C',
    lyceeName: 'Lycée Louis Lumière',
    diploma: 'CAP',
    specialty: 'Électricien',
    interviewFormat: 'individuel',
    capacity: 12,
    contactEmail: 'ce@example.fr',
    ...overrides
  }) as CatalogueEntry;

describe('choosing a request', () => {
  const entries = [
    entry({ id: 'f1' }),
    entry({ id: 'f2', diploma: '2NDE_PRO', specialty: 'Systèmes numériques' }),
    entry({ id: 'f3', uai: '0940743B', lyceeName: 'Lycée Gustave Eiffel', city: 'Créteil', departement: '94' }),
    entry({ id: 'f4', domainId: 'cuisine', domainLabel: 'Hôtellerie, restauration', specialty: 'Cuisine' })
  ];

  it('lists the domains, then the lycées of a domain with their formations there, through the catalogue’s filters', () => {
    expect(catalogueDomains(entries).map((d) => d.id)).toEqual(['electricite-energie', 'cuisine']);
    const offers = lyceeOffers(entries, { ...NO_FILTERS, domaine: 'electricite-energie' });
    expect(offers.map((o) => [o.name, o.formations.map((f) => f.id)])).toEqual([
      ['Lycée Gustave Eiffel', ['f3']],
      ['Lycée Louis Lumière', ['f1', 'f2']]
    ]);
    expect(
      lyceeOffers(entries, { ...NO_FILTERS, domaine: 'electricite-energie', departement: '94' }).map((o) => o.uai)
    ).toEqual(['0940743B']);
  });

  it('finds the request already made in a domain and refuses a second one naming its lycée', () => {
    const existing = {
      domainId: 'electricite-energie',
      domainLabel: 'Électricité, énergie',
      lyceeName: 'Lycée Louis Lumière',
      status: 'registered' as const
    };
    expect(requestIn([existing], 'electricite-energie')).toBe(existing);
    expect(domainRefusal(existing)).toBe(
      'Cet élève a déjà une demande dans le domaine « Électricité, énergie », au Lycée Louis Lumière : un seul entretien par domaine.'
    );
  });

  it('names a formation by its diploma and specialty', () => {
    expect(formationLabel({ diploma: '2NDE_PRO', specialty: 'Systèmes numériques' })).toBe(
      '2nde professionnelle Systèmes numériques'
    );
  });
});

describe('withdrawing a request', () => {
  const campaign = { interviewsCloseAt: new Date('2027-05-22T00:00:00+02:00') };
  const startsAt = new Date('2027-05-10T09:00:00+02:00');

  it('is possible until the interview starts', () => {
    expect(
      withdrawalRefusal({ status: 'convoked' }, startsAt, campaign, new Date('2027-05-10T08:59:00+02:00'))
    ).toBeNull();
    expect(interviewStarted({ status: 'convoked' }, startsAt, new Date('2027-05-10T08:59:00+02:00'))).toBe(false);
  });

  it('is refused with the reason once the interview has started, taken place or the period closed', () => {
    expect(withdrawalRefusal({ status: 'convoked' }, startsAt, campaign, startsAt)).toBe(
      'L’entretien a commencé le 10 mai 2027 à 09:00 : la demande ne peut plus être retirée.'
    );
    expect(withdrawalRefusal({ status: 'reported' }, null, campaign, new Date('2027-05-01'))).toBe(
      'L’entretien a eu lieu : la demande ne peut plus être retirée.'
    );
    expect(withdrawalRefusal({ status: 'registered' }, null, campaign, new Date('2027-05-23'))).toBe(
      'La période des entretiens est close : la demande ne peut plus être retirée.'
    );
  });
});
