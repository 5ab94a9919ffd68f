import type { Campaign } from '$shared';
import { liveCurrentCampaign } from '$lib/data/campaigns';
import { loadCatalogue, type CatalogueEntry } from '$lib/data/catalogue';
import { liveEstablishment } from '$lib/data/establishments';
import { db } from '$lib/firebase/app';
import { session } from '$lib/firebase/session.svelte';
import { minuteClock } from '$lib/live/clock';
import type { WithId } from '$lib/data/converter';
import { formationLabel } from './eleves/[pupilId]/requests';

/**
 * What every collège page needs to know: the campaign, the collège, who is signed in and what the
 * calendar allows now. The rules decide; these flags only hide actions that would be refused.
 */
export class CollegeContext {
  readonly campaign = liveCurrentCampaign();
  #college = $derived(session.uai ? liveEstablishment(session.uai) : null);

  /** The campaign's catalogue once read (see useCatalogue); null until then. */
  catalogue = $state<CatalogueEntry[] | null>(null);
  catalogueFailed = $state(false);
  // A lookup rebuilt with the catalogue, never mutated: a plain Map is enough.
  // eslint-disable-next-line svelte/prefer-svelte-reactivity
  #formations = $derived(new Map((this.catalogue ?? []).map((entry) => [entry.id, entry])));

  /** Reads the campaign's catalogue (cached by loadCatalogue) for formation names and request choices; call while a component initialises. */
  useCatalogue(): void {
    $effect(() => {
      const campaignId = this.campaignId;
      if (!campaignId) return;
      loadCatalogue(db, campaignId).then(
        (entries) => (this.catalogue = entries),
        () => (this.catalogueFailed = true)
      );
    });
  }

  /** « CAP Électricien », or the id while the catalogue is not read (or the formation was removed). */
  formationName = (formationId: string): string => {
    const entry = this.#formations.get(formationId);
    return entry ? formationLabel(entry) : formationId;
  };

  get current(): WithId<Campaign> | null {
    return this.campaign.current;
  }
  get campaignId(): string | null {
    return this.campaign.current?.id ?? null;
  }
  get uai(): string | null {
    return session.uai;
  }
  get uid(): string {
    return session.user?.uid ?? '';
  }
  get collegeName(): string {
    return this.#college?.current?.name ?? '';
  }
  get referentUid(): string | null | undefined {
    return this.#college?.current ? (this.#college.current.referentUid ?? null) : undefined;
  }
  /** The head registers, gives avis and changes requests; the référent follows, prepares and withdraws. */
  get isHead(): boolean {
    return session.claims?.role === 'college_head';
  }
  get now(): Date {
    return minuteClock.current;
  }
  /** From opening to the end of registrations: pupils, requests and avis are written. */
  get registrationsOpen(): boolean {
    const c = this.current;
    return !!c && this.now >= c.opensAt && this.now < c.registrationsCloseAt;
  }
  /** Until the end of the interviews: withdrawals and preparation sheets. */
  get beforeInterviewsClose(): boolean {
    const c = this.current;
    return !!c && this.now >= c.opensAt && this.now < c.interviewsCloseAt;
  }
  get beforeClosure(): boolean {
    const c = this.current;
    return !!c && this.now < c.closesAt;
  }
}
