import { describe, expect, it } from 'vitest';
import { fromFloating, parisFloating, slotAt, slotFromDrop, slotsFor, toCalendarEvent, type Slot } from './calendar';

const slot = (overrides: Partial<Slot> = {}): Slot => ({
  id: 's1',
  campaignId: '2027',
  lyceeUai: '0930303X',
  domainId: 'electricite-energie',
  format: 'collectif',
  mode: 'presentiel',
  startsAt: new Date('2027-05-10T09:00:00+02:00'),
  endsAt: new Date('2027-05-10T10:00:00+02:00'),
  place: 'Salle 12',
  meetingUrl: null,
  capacity: 3,
  applicationIds: ['a'],
  createdAt: new Date(0),
  createdBy: 'u',
  updatedAt: new Date(0),
  updatedBy: 'u',
  ...overrides
});
const NOW = new Date('2027-05-01T00:00:00Z');

describe('the planning calendar', () => {
  it('shows a slot in Paris wall-clock time with its pupils and free seats', () => {
    const event = toCalendarEvent(slot(), ['Inès Moreau'], NOW);
    expect(event).toMatchObject({ id: 's1', start: '2027-05-10T09:00:00', end: '2027-05-10T10:00:00', editable: true });
    expect(event.title).toBe('Collectif — Salle 12 — Inès Moreau (2 places libres)');
    expect(toCalendarEvent(slot({ capacity: 1, format: 'individuel' }), ['Inès Moreau'], NOW).title).toContain(
      '(complet)'
    );
  });

  it('says which pupils of a slot are convoked elsewhere at a clashing time, in warning orange', () => {
    const event = toCalendarEvent(slot(), ['Inès Moreau'], NOW, ['Inès Moreau']);
    expect(event.title).toBe(
      'Collectif — Salle 12 — Inès Moreau (2 places libres) — Attention : Inès Moreau aussi convoqué(e) ailleurs à cette heure'
    );
    expect(event.backgroundColor).toBe('#b34000');
    expect(toCalendarEvent(slot(), ['Inès Moreau'], NOW).backgroundColor).toBe('#000091');
  });

  it('freezes a slot that has started', () => {
    expect(toCalendarEvent(slot(), [], new Date('2027-05-10T09:30:00+02:00')).editable).toBe(false);
  });

  it('reads a drop back as Paris instants, on both sides of the DST change', () => {
    const local = (iso: string) => new Date(iso); // floating: the browser's zone
    expect(slotFromDrop(local('2027-03-29T09:00:00'), local('2027-03-29T09:30:00')).startsAt.toISOString()).toBe(
      '2027-03-29T07:00:00.000Z'
    );
    expect(fromFloating(local('2027-03-26T09:00:00')).toISOString()).toBe('2027-03-26T08:00:00.000Z');
    expect(parisFloating(new Date('2027-03-26T08:00:00Z'))).toBe('2027-03-26T09:00:00');
  });

  it('finds the slot a request is dropped on, only with a free seat', () => {
    const at = new Date('2027-05-10T09:20:00+02:00');
    expect(slotAt([slot()], at)?.id).toBe('s1');
    expect(slotAt([slot({ capacity: 1 })], at)).toBeNull();
    expect(slotAt([slot()], new Date('2027-05-10T10:00:00+02:00'))).toBeNull();
  });

  it('offers the keyboard path only the slots of the domain, free and not started', () => {
    const slots = [slot(), slot({ id: 's2', domainId: 'autre' }), slot({ id: 's3', capacity: 1 })];
    expect(slotsFor(slots, 'electricite-energie', NOW).map((s) => s.id)).toEqual(['s1']);
  });
});
