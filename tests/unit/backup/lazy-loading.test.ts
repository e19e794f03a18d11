// The settings page must not load the backup code (and zod) until the person exports or
// imports: follows the page's static imports, as the bundler does, and checks where they lead.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(__dirname, '../../..');

// `import x from '…'`, `import { a, type B } from '…'`, `export … from '…'`, `import '…'`;
// not `import type …` (erased) and not `import('…')` (a separate chunk, loaded on demand).
const STATIC_IMPORT = /^\s*(?:import|export)\s+(?!type\b)(?:[^'";]*?\sfrom\s+)?['"]([^'"]+)['"]/gm;

function resolveImport(from: string, specifier: string): string | null {
  let base: string;
  if (specifier.startsWith('@/')) base = join(ROOT, specifier.slice(2));
  else if (specifier.startsWith('.')) base = resolve(dirname(from), specifier);
  else return specifier; // a package
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, join(base, 'index.ts'), join(base, 'index.tsx')]) {
    if (existsSync(candidate) && !candidate.endsWith('/') && /\.(tsx?|css)$/.test(candidate)) return candidate;
  }
  throw new Error(`cannot resolve ${specifier} from ${relative(ROOT, from)}`);
}

/** Every file and package reached from `entry` through static imports. */
function staticGraph(entry: string): Set<string> {
  const seen = new Set<string>();
  const queue = [join(ROOT, entry)];
  for (let file = queue.pop(); file !== undefined; file = queue.pop()) {
    if (seen.has(file)) continue;
    seen.add(file);
    if (!file.startsWith(ROOT) || file.endsWith('.css')) continue;
    for (const [, specifier] of readFileSync(file, 'utf8').matchAll(STATIC_IMPORT)) {
      if (!specifier) continue;
      const target = resolveImport(file, specifier);
      if (target) queue.push(target);
    }
  }
  return new Set([...seen].map((f) => (f.startsWith(ROOT) ? relative(ROOT, f) : f)));
}

describe('the settings screen loads the backup code only on demand', () => {
  const graph = staticGraph('components/settings/SettingsScreen.tsx');

  it('follows the screen’s imports (the walk itself works)', () => {
    expect(graph).toContain('components/settings/BackupSection.tsx');
    expect(graph).toContain('components/settings/data-actions.ts');
    expect(graph).toContain('lib/db/settings.ts');
    expect(graph).toContain('dexie-react-hooks');
  });

  it('reaches neither lib/backup, the store that writes backups, nor zod', () => {
    const eager = [...graph].filter((f) => f.startsWith('lib/backup/') || f === 'lib/db/backup-store.ts' || f === 'zod' || f.startsWith('zod/'));
    expect(eager).toEqual([]);
  });

  it('the page itself does not pull in the screen, so Dexie stays out of the first load', () => {
    const page = staticGraph('app/settings/page.tsx');
    expect(page).toContain('components/settings/SettingsLoader.tsx');
    expect([...page].filter((f) => f === 'dexie' || f.startsWith('lib/db/'))).toEqual([]);
  });
});
