// The layers of lib/, checked by `npm run lint` (dependency-cruiser). Lowest first:
//   model ← content, days, figure, prefs ← timer, schedule, streaks, safety, walks, cues
//   ← db (which may use model only) ← reminders, backup, pwa ← components ← app
// An import only points down. `import type` counts too: a type from a layer above is still a
// dependency on it.
const BASE = 'lib/(content|days|figure|prefs)';
const RULES = 'lib/(timer|schedule|streaks|safety|walks|cues)';
const SERVICES = 'lib/(reminders|backup|pwa)';

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'model-is-the-bottom',
      comment: 'lib/model holds the records and their limits; it imports nothing of the app.',
      severity: 'error',
      from: { path: '^lib/model/' },
      to: { path: '^(lib/(?!model/)|components/|app/)' },
    },
    {
      name: 'db-stores-only',
      comment: 'lib/db stores records and knows nothing of the rules that produce them: only lib/model (and Dexie).',
      severity: 'error',
      from: { path: '^lib/db/' },
      to: { path: '^(lib/(?!model/|db/)|components/|app/)' },
    },
    {
      name: 'base-below-rules',
      severity: 'error',
      from: { path: `^${BASE}/` },
      to: { path: `^(${RULES}|lib/db|${SERVICES}|components|app)/` },
    },
    {
      name: 'rules-below-storage',
      severity: 'error',
      from: { path: `^${RULES}/` },
      to: { path: `^(lib/db|${SERVICES}|components|app)/` },
    },
    {
      name: 'lib-below-ui',
      severity: 'error',
      from: { path: '^lib/' },
      to: { path: '^(components|app)/' },
    },
    {
      name: 'components-below-app',
      severity: 'error',
      from: { path: '^components/' },
      to: { path: '^app/' },
    },
    {
      name: 'dexie-only-in-db',
      comment: 'Only lib/db talks to IndexedDB (components read it through dexie-react-hooks).',
      severity: 'error',
      from: { pathNot: '^lib/db/' },
      to: { path: 'node_modules/dexie/' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '(^|/)(node_modules|\\.next|out)/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default'], extensions: ['.ts', '.tsx', '.js', '.mjs'] },
  },
};
