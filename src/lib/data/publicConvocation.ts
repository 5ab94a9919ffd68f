import type { ConvocationContent } from '$shared/convocationText';
import { target } from '$lib/firebase/config';

/**
 * The pupil's convocation, read once through Firestore's REST API, without Auth and without any
 * Firebase SDK: a single read needs none, and /convocation has a JavaScript budget of 60 kB gzip
 * (tests/e2e/convocations.test.ts measures it). The rules apply to this read as to any other.
 */
export type PupilConvocation = ConvocationContent & { expiresAt: Date };

const TOKEN = /^[A-Za-z0-9_-]{43}$/;

/** Whether a URL fragment holds a well-formed token (anything else is not looked up). */
export const isConvocationToken = (token: string) => TOKEN.test(token);

/** Firestore's REST encoding of a value, as far as a public convocation uses it. */
interface RestValue {
  stringValue?: string;
  timestampValue?: string;
  integerValue?: string;
  doubleValue?: number;
  booleanValue?: boolean;
  arrayValue?: { values?: RestValue[] };
  mapValue?: { fields?: Record<string, RestValue> };
}

function decode(value: RestValue): unknown {
  if (value.stringValue !== undefined) return value.stringValue;
  if (value.timestampValue !== undefined) return new Date(value.timestampValue);
  if (value.integerValue !== undefined) return Number(value.integerValue);
  if (value.doubleValue !== undefined) return value.doubleValue;
  if (value.booleanValue !== undefined) return value.booleanValue;
  if (value.arrayValue) return (value.arrayValue.values ?? []).map(decode);
  if (value.mapValue) return decodeFields(value.mapValue.fields ?? {});
  return null;
}

const decodeFields = (fields: Record<string, RestValue>) =>
  Object.fromEntries(Object.entries(fields).map(([name, value]) => [name, decode(value)]));

function documentUrl(token: string): string {
  const { projectId, apiKey } = target.options;
  const path = `v1/projects/${projectId}/databases/(default)/documents/publicConvocations/${token}`;
  if (target.kind === 'emulators') {
    const { host, port } = target.emulators.firestore;
    return `http://${host}:${port}/${path}`;
  }
  return `https://firestore.googleapis.com/${path}?key=${apiKey}`;
}

/** The public convocation of `token`, or null when the link is unknown or expired. */
export async function fetchPupilConvocation(token: string): Promise<PupilConvocation | null> {
  const response = await fetch(documentUrl(token), { credentials: 'omit', referrerPolicy: 'no-referrer' });
  // 404: unknown; 403: expired, refused by the rules. For the pupil, the link is no longer valid.
  if (response.status === 404 || response.status === 403) return null;
  if (!response.ok) throw new Error(`Lecture de la convocation : HTTP ${response.status}.`);
  const { fields } = (await response.json()) as { fields: Record<string, RestValue> };
  return decodeFields(fields) as PupilConvocation;
}
