import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { communesModule } from './communes';

describe('the generated communes module', () => {
  it('is what the official data gives today (run `npm run communes:generate` after updating the package)', () => {
    const committed = readFileSync(new URL('../../src/lib/catalogue/communes.generated.ts', import.meta.url), 'utf8');
    expect(committed).toBe(communesModule());
  }, 30_000);
});
