import {
  getRedirectResult,
  onIdTokenChanged,
  OAuthProvider,
  SAMLAuthProvider,
  signInWithEmailAndPassword,
  signInWithRedirect,
  signOut,
  type User
} from 'firebase/auth';
import { claims as claimsSchema, type Claims, type UserProfile } from '$shared';
import { watchOwnProfile } from '$lib/data/users';
import { auth } from './app';
import { signInErrorMessage } from './authErrors';
import { target } from './config';
import type { SignInMethod } from './signInMethods';

/** What the app shows of the signed-in person. */
export interface SessionUser {
  uid: string;
  displayName: string;
}

/**
 * The signed-in user and the role + UAI granted by the custom claims. Claims are read from the ID
 * token, so rules and app agree; a user without valid claims is signed in but has no access.
 */
class Session {
  /** False until Firebase has said whether someone is signed in (avoids a flash of /connexion). */
  ready = $state(false);
  user = $state<SessionUser | null>(null);
  claims = $state<Claims | null>(null);
  /** A French message about the last failed sign-in, or null. */
  error = $state<string | null>(null);

  /** The UAI of the user's établissement; null for the académie or without claims. */
  get uai(): string | null {
    return this.claims && this.claims.role !== 'academie' ? this.claims.uai : null;
  }
}

export const session = new Session();

// Counts token events so a slow getIdTokenResult never overwrites a newer user (sign-out during it).
let latestEvent = 0;

onIdTokenChanged(auth, async (user) => {
  const event = ++latestEvent;
  const claims = user ? await readClaims(user) : null;
  if (event !== latestEvent) return;
  session.user = user ? { uid: user.uid, displayName: user.displayName || user.email || 'Utilisateur' } : null;
  session.claims = claims;
  session.ready = true;
  followProfile(user);
});

let followed: { uid: string; stop: () => void } | null = null;

/**
 * Keeps the session in step with the profile the académie edits. The rules already refuse a token
 * whose claims no longer match the profile, but the token itself would keep its old claims for up to
 * an hour: a disabled account is signed out at once, and when the role or UAI changed, a fresh token
 * (with the new claims) is asked for.
 */
function followProfile(user: User | null): void {
  if (followed?.uid === user?.uid) return;
  followed?.stop();
  followed = user
    ? { uid: user.uid, stop: watchOwnProfile(user.uid, (profile) => refreshIfStale(user, profile)) }
    : null;
}

function refreshIfStale(user: User, profile: UserProfile | null): void {
  if (!profile) return;
  if (profile.disabled) {
    void signOut(auth);
    return;
  }
  const claims = session.claims;
  const claimedUai = claims && claims.role !== 'academie' ? claims.uai : null;
  if (profile.role === claims?.role && profile.uai === claimedUai) return;
  user.getIdToken(true).catch(() => signOut(auth));
}

// After a federated sign-in the browser comes back here; only a failure needs handling.
if (target.kind === 'project') {
  getRedirectResult(auth).catch((error: unknown) => {
    session.error = signInErrorMessage(error);
  });
}

async function readClaims(user: User): Promise<Claims | null> {
  try {
    const parsed = claimsSchema.safeParse((await user.getIdTokenResult()).claims);
    return parsed.success ? parsed.data : null;
  } catch {
    return null; // a token that cannot be read grants nothing
  }
}

/** Signs in with an email and a password; a failure sets `session.error`. */
export async function signInWithPassword(email: string, password: string): Promise<void> {
  session.error = null;
  try {
    await signInWithEmailAndPassword(auth, email, password);
  } catch (error) {
    session.error = signInErrorMessage(error);
  }
}

/** Leaves for the identity provider (OIDC or SAML); the page reloads signed in. */
export async function signInWithFederatedProvider(
  method: Extract<SignInMethod, { providerId: string }>
): Promise<void> {
  session.error = null;
  const provider =
    method.kind === 'oidc' ? new OAuthProvider(method.providerId) : new SAMLAuthProvider(method.providerId);
  try {
    await signInWithRedirect(auth, provider);
  } catch (error) {
    session.error = signInErrorMessage(error);
  }
}

/** Signs out; the guards then send the user to /connexion. */
export function signOutUser(): Promise<void> {
  return signOut(auth);
}
