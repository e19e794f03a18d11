// Layout checks for phone-width browser tests.
import type { Page } from '@playwright/test';

/**
 * The right edge of the widest thing inside <main>, in CSS pixels: at most the viewport's
 * width when the screen's content fits without panning sideways. (The shared top bar is
 * checked by the shell's own tests.)
 */
export function mainRightEdge(page: Page): Promise<number> {
  return page.evaluate(() => Math.max(0, ...[...document.querySelectorAll('main *')].map((e) => Math.ceil(e.getBoundingClientRect().right - 0.5))));
}
