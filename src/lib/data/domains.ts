import { collection, type CollectionReference, type Firestore } from 'firebase/firestore';
import { COLLECTIONS, domain, type Domain } from '$shared';
import { schemaConverter, type WithId } from './converter';

const converter = schemaConverter(COLLECTIONS.domains, domain);

/** domains/, keyed by the label's slug, read through the shared schema. */
export function domainsRef(firestore: Firestore): CollectionReference<WithId<Domain>> {
  return collection(firestore, COLLECTIONS.domains).withConverter(converter);
}
