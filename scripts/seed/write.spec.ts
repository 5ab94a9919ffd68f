import { describe, expect, it } from 'vitest';
import { emulatorTarget } from './index.js';

describe('emulatorTarget', () => {
  it('refuses to run unless both the Firestore and the Auth emulators are named', () => {
    expect(() => emulatorTarget({})).toThrow(/n’écrit que dans les émulateurs/);
    expect(() => emulatorTarget({ FIRESTORE_EMULATOR_HOST: '127.0.0.1:8080' })).toThrow(/FIREBASE_AUTH_EMULATOR_HOST/);
  });

  it('writes to the demo project unless GCLOUD_PROJECT names another one', () => {
    const env = { FIRESTORE_EMULATOR_HOST: '127.0.0.1:8080', FIREBASE_AUTH_EMULATOR_HOST: '127.0.0.1:9099' };
    expect(emulatorTarget(env).projectId).toBe('demo-passpro');
    expect(emulatorTarget({ ...env, GCLOUD_PROJECT: 'demo-other' }).projectId).toBe('demo-other');
  });
});
