import { describe, expect, it } from 'vitest';
import { reportForm, slotForm, SLOT_FORM_LABELS } from './interview.js';
import { frenchIssues, inFrench } from './messages.js';

const valid = {
  date: '2027-05-10',
  start: '09:00',
  end: '09:30',
  domainId: 'electricite-energie',
  format: 'collectif',
  mode: 'presentiel',
  place: 'Salle 12',
  meetingUrl: '',
  capacity: '12'
};
const problems = (overrides: Record<string, unknown>) => {
  const result = slotForm.safeParse({ ...valid, ...overrides }, inFrench);
  return result.success ? [] : frenchIssues(result.error, SLOT_FORM_LABELS);
};

describe('the planning form', () => {
  it('reads a Paris day and times as instants, right after the DST change', () => {
    const slot = slotForm.parse({ ...valid, date: '2027-03-29' });
    expect(slot.startsAt.toISOString()).toBe('2027-03-29T07:00:00.000Z');
    expect(slotForm.parse(valid).startsAt.toISOString()).toBe('2027-05-10T07:00:00.000Z');
    expect(slotForm.parse({ ...valid, date: '2027-03-26' }).startsAt.toISOString()).toBe('2027-03-26T08:00:00.000Z');
  });

  it('gives an individual slot one seat, whatever was typed', () => {
    expect(slotForm.parse({ ...valid, format: 'individuel', capacity: '8' }).capacity).toBe(1);
  });

  it.each([
    [{ end: '08:30' }, 'Le champ « Fin » : la fin doit suivre le début.'],
    [{ mode: 'distanciel' }, 'Le champ « Lien de visioconférence » : un entretien à distance a besoin de son lien.'],
    [
      { mode: 'distanciel', meetingUrl: 'javascript:alert(1)' },
      'Le champ « Lien de visioconférence » : lien https:// attendu (visioconférence).'
    ],
    [
      { mode: 'distanciel', meetingUrl: 'http://visio.fr/a' },
      'Le champ « Lien de visioconférence » : lien https:// attendu (visioconférence).'
    ],
    [{ capacity: '0' }, 'Le champ « Nombre de places » : au moins 1 place.'],
    [{ capacity: '500' }, 'Le champ « Nombre de places » : au plus 60 places.'],
    [{ place: 'x'.repeat(201) }, 'Le champ « Lieu » : doit contenir au plus 200 caractères.']
  ])('refuses %o in French', (overrides, message) => {
    expect(problems(overrides)).toContain(message);
  });

  it('accepts a remote slot with an https link', () => {
    expect(
      slotForm.parse({ ...valid, mode: 'distanciel', meetingUrl: 'https://visio.ac-creteil.fr/l1' }).meetingUrl
    ).toBe('https://visio.ac-creteil.fr/l1');
  });
});

describe('the report form', () => {
  const requested = ['f1', 'f2'];
  const filled = {
    attendance: 'present',
    summary: 'Projet réfléchi.',
    avisByFormation: { f1: 'favorable', f2: 'reserve' }
  };
  const problems = (values: Record<string, unknown>, submit = true) => {
    const result = reportForm(requested, submit).safeParse({ ...filled, ...values }, inFrench);
    return result.success ? [] : frenchIssues(result.error);
  };

  it('submits a complete report, and an absence with attendance only', () => {
    expect(problems({})).toEqual([]);
    expect(problems({ attendance: 'absent', summary: '', avisByFormation: {} })).toEqual([]);
  });

  it('keeps a partial draft but refuses to submit it', () => {
    const partial = { summary: '', avisByFormation: { f1: 'favorable', f2: '' } };
    expect(problems(partial, false)).toEqual([]);
    expect(problems(partial)).toContain('Le champ « avisByFormation.f2 » : un avis est nécessaire pour envoyer.');
    expect(problems(partial)).toContain('Le champ « summary » : le compte rendu est nécessaire pour envoyer.');
  });

  it('refuses a 10,000-character report and markup in French', () => {
    expect(problems({ summary: 'x'.repeat(10_000) })).toContain(
      'Le champ « summary » : doit contenir au plus 2000 caractères.'
    );
    expect(problems({ summary: '<script>alert(1)</script>' })).toContain(
      'Le champ « summary » : les balises (< >) ne sont pas acceptées.'
    );
  });
});
