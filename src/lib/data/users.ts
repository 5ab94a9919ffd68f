import { updateProfile } from 'firebase/auth';
import {
  collection,
  doc,
  getDocs,
  limit,
  onSnapshot,
  query,
  serverTimestamp,
  updateDoc,
  where,
  type CollectionReference,
  type Firestore,
  type Query
} from 'firebase/firestore';
import { COLLECTIONS, ownProfileEdit, userProfile, type Role, type UserProfile } from '$shared';
import { auth, db } from '$lib/firebase/app';
import { liveDoc } from '$lib/live/liveDoc';
import { liveQuery } from '$lib/live/liveQuery';
import type { Live } from '$lib/live/live';
import { schemaConverter, type WithId } from './converter';

const converter = schemaConverter(COLLECTIONS.users, userProfile);

/** users/, the staff profiles, read through the shared schema (the manageAccounts function writes them). */
export function usersRef(firestore: Firestore): CollectionReference<WithId<UserProfile>> {
  return collection(firestore, COLLECTIONS.users).withConverter(converter);
}

/** Every staff account, or those of one role: the académie's view. */
export function staffAccounts(firestore: Firestore, role: Role | null): Query<WithId<UserProfile>> {
  return role ? query(usersRef(firestore), where('role', '==', role)) : usersRef(firestore);
}

/**
 * The référent accounts of a collège. The UAI filter is what lets its head list them: the rules
 * show a head only the profiles of his or her own collège.
 */
export function referentsOf(firestore: Firestore, collegeUai: string): Query<WithId<UserProfile>> {
  return query(usersRef(firestore), where('uai', '==', collegeUai), where('role', '==', 'referent'));
}

// Sorted here rather than by the query: an orderBy beside a role filter would need a composite index.
const byName = (accounts: WithId<UserProfile>[]) =>
  [...accounts].sort((a, b) => a.displayName.localeCompare(b.displayName, 'fr'));

/** The staff account of an address (kept in lower case), or null: for the académie, which reads every profile. */
export async function findStaffAccount(email: string): Promise<WithId<UserProfile> | null> {
  const found = await getDocs(query(usersRef(db), where('email', '==', email.trim().toLowerCase()), limit(1)));
  return found.docs[0]?.data() ?? null;
}

/** The staff accounts, by name, live. */
export function liveStaffAccounts(role: Role | null): Live<WithId<UserProfile>[]> {
  return liveQuery(staffAccounts(db, role), byName);
}

/** The référent accounts of a collège, by name, live. */
export function liveReferentsOf(collegeUai: string): Live<WithId<UserProfile>[]> {
  return liveQuery(referentsOf(db, collegeUai), byName);
}

/** The signed-in user's own profile, live; null while loading or when the account has none. */
export function liveOwnProfile(uid: string): Live<WithId<UserProfile> | null> {
  return liveDoc(doc(usersRef(db), uid));
}

/**
 * Calls `onProfile` with the user's profile now and at each change (null when there is none), until
 * the returned function is called. For the session, which runs outside any component.
 */
export function watchOwnProfile(uid: string, onProfile: (profile: UserProfile | null) => void): () => void {
  return onSnapshot(
    doc(usersRef(db), uid),
    (snapshot) => {
      let profile: UserProfile | null;
      try {
        profile = snapshot.data() ?? null;
      } catch {
        profile = null; // a profile the schema refuses grants nothing; the rules agree
      }
      onProfile(profile);
    },
    () => onProfile(null)
  );
}

/**
 * Renames the signed-in user: the profile, which the rules let the user edit (name only), then
 * the Auth account, whose name the header shows.
 */
export async function updateOwnDisplayName(uid: string, displayName: string): Promise<void> {
  const edit = ownProfileEdit.parse({ displayName });
  // updateDoc skips the converter: the fields are validated above, the time is the server's.
  await updateDoc(doc(db, COLLECTIONS.users, uid), { ...edit, updatedAt: serverTimestamp() });
  const user = auth.currentUser;
  if (user?.uid !== uid) return;
  await updateProfile(user, edit);
  // The session hears of users through onIdTokenChanged, which a rename alone may not fire.
  await user.getIdToken(true);
}
