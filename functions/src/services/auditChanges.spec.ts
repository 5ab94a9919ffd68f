import { describe, expect, it } from 'vitest';
import { applicationAuditChanges, reportAuditChanges } from './auditChanges.js';

const application = (overrides: Record<string, unknown> = {}) => ({
  status: 'registered',
  originAvis: { f1: { avis: 'favorable', comment: 'Très motivée, a fait un stage.' } },
  withdrawal: null,
  updatedBy: 'head-a',
  ...overrides
});

describe('applicationAuditChanges', () => {
  it('records an avis entered, changed and removed, with old and new values only', () => {
    const before = application();
    const after = application({
      originAvis: {
        f1: { avis: 'reserve', comment: 'Autre commentaire.' },
        f2: { avis: 'favorable', comment: 'Bien.' }
      }
    });
    const changes = applicationAuditChanges(before, after);
    expect(changes).toEqual([
      { action: 'avis.college', actorUid: 'head-a', details: { formationId: 'f1', from: 'favorable', to: 'reserve' } },
      { action: 'avis.college', actorUid: 'head-a', details: { formationId: 'f2', from: null, to: 'favorable' } }
    ]);
    expect(JSON.stringify(changes)).not.toContain('commentaire');
    expect(applicationAuditChanges(after, application())).toContainEqual({
      action: 'avis.college',
      actorUid: 'head-a',
      details: { formationId: 'f2', from: 'favorable', to: null }
    });
  });

  it('records the avis given at creation', () => {
    expect(applicationAuditChanges(undefined, application())).toEqual([
      { action: 'avis.college', actorUid: 'head-a', details: { formationId: 'f1', from: null, to: 'favorable' } }
    ]);
  });

  it('records nothing when only a comment changes', () => {
    const after = application({ originAvis: { f1: { avis: 'favorable', comment: 'Nouveau commentaire.' } } });
    expect(applicationAuditChanges(application(), after)).toEqual([]);
  });

  it('records a withdrawal by its author, without its reason, and a reactivation', () => {
    const withdrawn = application({
      status: 'withdrawn',
      withdrawal: { at: new Date(), by: 'referent-a', reason: 'Déménagement' },
      updatedBy: 'referent-a'
    });
    const changes = applicationAuditChanges(application({ status: 'convoked' }), withdrawn);
    expect(changes).toEqual([
      {
        action: 'application.withdraw',
        actorUid: 'referent-a',
        details: { formationId: null, from: 'convoked', to: 'withdrawn' }
      }
    ]);
    expect(JSON.stringify(changes)).not.toContain('Déménagement');
    expect(applicationAuditChanges(withdrawn, application())).toEqual([
      {
        action: 'application.reactivate',
        actorUid: 'head-a',
        details: { formationId: null, from: 'withdrawn', to: 'registered' }
      }
    ]);
  });

  it('records nothing for a deletion (the purge)', () => {
    expect(applicationAuditChanges(application(), undefined)).toEqual([]);
  });
});

describe('reportAuditChanges', () => {
  const report = (overrides: Record<string, unknown> = {}) => ({
    summary: 'Entretien riche.',
    avisByFormation: { f1: 'favorable' },
    extraFormation: null,
    updatedBy: 'lycee-l1',
    ...overrides
  });

  it('records the lycée’s avis per formation and on a formation not requested', () => {
    const after = report({
      avisByFormation: { f1: 'assez_favorable' },
      extraFormation: { formationId: 'f9', avis: 'favorable' }
    });
    expect(reportAuditChanges(report(), after)).toEqual([
      {
        action: 'avis.lycee',
        actorUid: 'lycee-l1',
        details: { formationId: 'f1', from: 'favorable', to: 'assez_favorable' }
      },
      { action: 'avis.lycee.extra', actorUid: 'lycee-l1', details: { formationId: 'f9', from: null, to: 'favorable' } }
    ]);
  });

  it('records nothing when only the summary changes', () => {
    expect(reportAuditChanges(report(), report({ summary: 'Autre texte.' }))).toEqual([]);
  });
});
