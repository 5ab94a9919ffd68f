import {
  collection,
  doc,
  getDocs,
  query,
  updateDoc,
  where,
  type CollectionReference,
  type Firestore,
  type Query
} from 'firebase/firestore';
import { COLLECTIONS, establishment, lyceeInfo, type Establishment, type LyceeInfo } from '$shared';
import { db } from '$lib/firebase/app';
import { polledCount } from '$lib/live/liveCount';
import { liveDoc } from '$lib/live/liveDoc';
import type { Live } from '$lib/live/live';
import { schemaConverter, type WithId } from './converter';

const converter = schemaConverter(COLLECTIONS.establishments, establishment);

/** establishments/, keyed by UAI, read through the shared schema. */
export function establishmentsRef(firestore: Firestore): CollectionReference<WithId<Establishment>> {
  return collection(firestore, COLLECTIONS.establishments).withConverter(converter);
}

/** The collèges, or the lycées, taking part in PASSPRO. */
export function establishmentsOfKind(firestore: Firestore, kind: Establishment['kind']): Query<WithId<Establishment>> {
  return query(establishmentsRef(firestore), where('kind', '==', kind));
}

/** The établissement of a UAI; null if the académie has not imported it. */
export function liveEstablishment(uai: string): Live<WithId<Establishment> | null> {
  return liveDoc(doc(establishmentsRef(db), uai));
}

/** How many collèges or lycées take part in PASSPRO. */
export function liveEstablishmentCount(kind: Establishment['kind']): Live<number | null> {
  return polledCount(establishmentsOfKind(db, kind));
}

/** The collèges, or the lycées, read once: a few hundred documents. */
export async function readEstablishments(
  firestore: Firestore,
  kind: Establishment['kind']
): Promise<WithId<Establishment>[]> {
  return (await getDocs(establishmentsOfKind(firestore, kind))).docs.map((snapshot) => snapshot.data());
}

/** Every lycée's postal address by UAI (one read of the lycées, for the catalogue's export). */
export async function lyceeAddresses(firestore: Firestore): Promise<Map<string, string>> {
  return new Map((await readEstablishments(firestore, 'lycee')).map((lycee) => [lycee.uai, lycee.address]));
}

/**
 * Saves what a lycée tells families (phone, website, transport, open days), as its staff: only
 * these fields change, as the rules require.
 */
export async function updateLyceeInfo(firestore: Firestore, uai: string, info: LyceeInfo): Promise<void> {
  await updateDoc(doc(establishmentsRef(firestore), uai), lyceeInfo.parse(info));
}
