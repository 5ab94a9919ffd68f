import { formatParisDate, lastDayBefore, parisDate, type Campaign } from '$shared';

/** « jeudi 30 avril 2027 », « dimanche 1er février 2027 »: a Paris day as families read it. */
function day(isoDate: string): string {
  return formatParisDate(new Date(`${isoDate}T12:00:00Z`)).replace(/^(\S+) 1 /, '$1 1er ');
}

/**
 * A campaign's dates as a family needs them on a formation's page: how to get an interview and
 * by when, then the steps of the procedure. Deadlines are shown as their last day, inclusive.
 */
export function campaignInWords(c: Campaign): { interview: string; steps: string[] } {
  const registrationsEnd = day(lastDayBefore(c.registrationsCloseAt));
  return {
    interview: `Pour obtenir un entretien, demandez au référent PASSPRO de votre collège de vous inscrire, au plus tard le ${registrationsEnd}.`,
    steps: [
      `Inscriptions par les collèges du ${day(parisDate(c.opensAt))} au ${registrationsEnd}.`,
      `Convocations envoyées à votre collège jusqu’au ${day(lastDayBefore(c.convocationsCloseAt))}.`,
      `Entretiens au lycée jusqu’au ${day(lastDayBefore(c.interviewsCloseAt))}.`
    ]
  };
}

/** A link that searches an address on OpenStreetMap (no key, no tracking, works on every phone). */
export const mapLink = (address: string) => `https://www.openstreetmap.org/search?query=${encodeURIComponent(address)}`;
