// When the safety content (screening questions, stop signs, exercise cautions) was last read
// against its sources. A test fails the build once this is more than a year old.
import type { DayKey } from '@/lib/model';

export const SAFETY_REVIEWED_AT: DayKey = '2026-12-01';

/** The public guidance the safety content follows; named on /safety. */
export const SAFETY_SOURCES = [
  'NICE guideline NG59: low back pain and sciatica in over 16s',
  'The GIRFT national suspected cauda equina syndrome pathway',
  'Verhagen and others, 2016: red flags for low back pain (European Spine Journal)',
  'Nadeau and others, 2013: telling nerve from circulation causes of walking leg pain (Canadian Journal of Surgery)',
  'American Thoracic Society guidance on when to stop a walking test',
] as const;
