// Shared Vitest setup: DOM matchers, a clean DOM between component tests, and the console
// guard (any console.error fails the test unless it calls allowConsoleError).
import '@testing-library/jest-dom/vitest';
import { afterEach } from 'vitest';
import { installConsoleGuard } from './fixtures/console-guard';

installConsoleGuard();

afterEach(async () => {
  if (typeof document !== 'undefined') {
    const { cleanup } = await import('@testing-library/react');
    cleanup();
  }
});
