// The layer rules `npm run lint` enforces (scripts/depcruise.cjs), run on a small tree with
// deliberate wrong-layer imports, and on the real tree, which must have none.
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { cruise, type ICruiseResult } from 'dependency-cruiser';
import { describe, expect, it } from 'vitest';

const require = createRequire(import.meta.url);
const config = require('../../../scripts/depcruise.cjs') as { forbidden: unknown[]; options: Record<string, unknown> };

async function violations(baseDir: string, paths: string[]) {
  const { output } = await cruise(paths, { ...config.options, baseDir, validate: true, ruleSet: { forbidden: config.forbidden } } as never);
  return (output as ICruiseResult).summary.violations.map((v) => `${v.rule.name}: ${v.from} → ${v.to}`);
}

describe('layer rules', () => {
  it('refuse lib/db importing lib/timer and lib/model importing lib/safety, and allow lib/db → lib/model', async () => {
    const found = await violations(resolve(__dirname, '../../fixtures/layers'), ['lib']);
    expect(found.sort()).toEqual(['db-stores-only: lib/db/wrong.ts → lib/timer/tick.ts', 'model-is-the-bottom: lib/model/wrong.ts → lib/safety/flag.ts']);
  });

  it('find nothing wrong in the app itself', async () => {
    expect(await violations(resolve(__dirname, '../../..'), ['lib', 'components', 'app'])).toEqual([]);
  }, 30_000);
});
