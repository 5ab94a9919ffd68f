import { doc, getDocs, updateDoc, type Firestore } from 'firebase/firestore';
import { z } from 'zod';
import { formation, formationTexts, type Formation, type FormationTexts } from '$shared';
import { db } from '$lib/firebase/app';
import { liveDoc } from '$lib/live/liveDoc';
import type { Live } from '$lib/live/live';
import type { WithId } from './converter';
import { formationsOfCampaign, formationsRef } from './formations';

/** A formation as the catalogue lists it; its texts are searched too. */
export type CatalogueEntry = WithId<Formation>;
const cachedCatalogue = z.object({ at: z.number(), entries: z.array(formation.extend({ id: z.string() })) });
type CachedCatalogue = z.infer<typeof cachedCatalogue>;

/**
 * How long a campaign's catalogue is reused without asking Firestore again. The catalogue changes
 * a few times a year (imports) and its texts are read live on each formation's page, so a family
 * browsing for a while reads the 2,000 formations once, not at every visit of the list.
 */
const CACHE_MAX_AGE_MS = 10 * 60_000;

const inMemory = new Map<string, CachedCatalogue>();
const storageKey = (campaignId: string) => `passpro:catalogue:${campaignId}`;
const hasSessionStorage = () => typeof sessionStorage !== 'undefined';

function fromSessionStorage(campaignId: string): CachedCatalogue | undefined {
  if (!hasSessionStorage()) return undefined;
  const parsed = cachedCatalogue.safeParse(JSON.parse(sessionStorage.getItem(storageKey(campaignId)) ?? 'null'));
  return parsed.success ? parsed.data : undefined;
}

function keep(campaignId: string, cached: CachedCatalogue): void {
  inMemory.set(campaignId, cached);
  if (!hasSessionStorage()) return;
  try {
    sessionStorage.setItem(storageKey(campaignId), JSON.stringify(cached));
  } catch {
    // Storage full or refused (private browsing): the in-memory copy still serves this page.
  }
}

/**
 * Every formation of a campaign's catalogue: one query, then served from memory and
 * sessionStorage (so a reload or a return from a formation page reads nothing) for 10 minutes.
 */
export async function loadCatalogue(
  firestore: Firestore,
  campaignId: string,
  now = Date.now()
): Promise<CatalogueEntry[]> {
  const cached = inMemory.get(campaignId) ?? fromSessionStorage(campaignId);
  if (cached && now - cached.at < CACHE_MAX_AGE_MS) {
    inMemory.set(campaignId, cached);
    return cached.entries;
  }
  const snapshot = await getDocs(formationsOfCampaign(firestore, campaignId));
  const entries = snapshot.docs.map((formation) => formation.data());
  keep(campaignId, { at: now, entries });
  return entries;
}

/** Drops the cached catalogue of a campaign, after an import changed it. */
export function forgetCatalogue(campaignId: string): void {
  inMemory.delete(campaignId);
  if (hasSessionStorage()) sessionStorage.removeItem(storageKey(campaignId));
}

/** One formation with its texts, kept live (a lycée editing its texts sees them saved); null if it does not exist. */
export function liveFormation(formationId: string): Live<WithId<Formation> | null> {
  return liveDoc(doc(formationsRef(db), formationId));
}

/**
 * Saves the texts of a formation (attendus, métiers et débouchés, conditions), as its lycée or the
 * académie. Only `texts` changes, as the rules require of a lycée.
 */
export async function updateFormationTexts(
  firestore: Firestore,
  formationId: string,
  texts: FormationTexts
): Promise<void> {
  await updateDoc(doc(formationsRef(firestore), formationId), { texts: formationTexts.parse(texts) });
}
