import { atParisTime, parisIcsLocal, type InterviewSlot } from '$shared';

/**
 * The planning calendar's pure side. The calendar runs in the browser's time zone; slots are shown
 * as floating Paris wall-clock times and read back the same way, so the planning is in Paris time
 * whatever the computer's zone.
 */
export type Slot = InterviewSlot & { id: string };

/** « 2027-05-10T09:00:00 »: the Paris wall-clock time of an instant, without offset (floating). */
export function parisFloating(instant: Date): string {
  const s = parisIcsLocal(instant);
  return `${s.slice(0, 4)}-${s.slice(4, 6)}-${s.slice(6, 8)}T${s.slice(9, 11)}:${s.slice(11, 13)}:${s.slice(13, 15)}`;
}

/** The Paris instant a calendar Date (floating, in the browser's zone) stands for. */
export function fromFloating(date: Date): Date {
  const pad = (n: number) => String(n).padStart(2, '0');
  return atParisTime(
    `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`,
    `${pad(date.getHours())}:${pad(date.getMinutes())}`
  );
}

export interface CalendarEvent {
  id: string;
  start: string;
  end: string;
  title: string;
  /** A started slot is frozen: no drag. */
  editable: boolean;
  backgroundColor: string;
  extendedProps: { free: number };
}

/**
 * One slot as the calendar shows it: format, place, pupils and free seats; `clashing`: the pupils
 * of the slot also convoked elsewhere at a clashing time (the overlap warning of their request).
 */
export function toCalendarEvent(slot: Slot, pupilNames: string[], now: Date, clashing: string[] = []): CalendarEvent {
  const free = slot.capacity - slot.applicationIds.length;
  const who = pupilNames.length ? pupilNames.join(', ') : 'aucun élève';
  const seats = free === 0 ? 'complet' : `${free} place${free > 1 ? 's' : ''} libre${free > 1 ? 's' : ''}`;
  const mode = slot.mode === 'distanciel' ? 'à distance' : slot.place;
  const warning = clashing.length
    ? ` — Attention : ${clashing.join(', ')} aussi convoqué(e) ailleurs à cette heure`
    : '';
  return {
    id: slot.id,
    start: parisFloating(slot.startsAt),
    end: parisFloating(slot.endsAt),
    title: `${slot.format === 'individuel' ? 'Individuel' : 'Collectif'} — ${mode} — ${who} (${seats})${warning}`,
    editable: now < slot.startsAt,
    // DSFR colours with enough contrast for white text: orange (warning) when a pupil is convoked
    // elsewhere at the same time, blue when seats remain, grey when full.
    backgroundColor: clashing.length ? '#b34000' : free === 0 ? '#3a3a3a' : '#000091',
    extendedProps: { free }
  };
}

/** The new times of a slot dragged in the calendar, as Paris instants. */
export function slotFromDrop(start: Date, end: Date): { startsAt: Date; endsAt: Date } {
  return { startsAt: fromFloating(start), endsAt: fromFloating(end) };
}

/** The slot a request dropped at `instant` lands in: one whose time holds it, with a free seat. */
export function slotAt(slots: Slot[], instant: Date): Slot | null {
  return slots.find((s) => s.startsAt <= instant && instant < s.endsAt && s.applicationIds.length < s.capacity) ?? null;
}

/** The slots a request may be placed in, for the keyboard path: same domain, not started, free seat. */
export function slotsFor(slots: Slot[], domainId: string, now: Date): Slot[] {
  return slots
    .filter((s) => s.domainId === domainId && now < s.startsAt && s.applicationIds.length < s.capacity)
    .sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime());
}
