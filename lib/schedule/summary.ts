// The words of the session summary: a headline that fits how it felt, what the app will do
// next (step back, step up, offer the safety questions), what changes per exercise next time
// and what was done, in plain lines. Pure: the dose decisions come from nextDoses, the same
// computation the next session starts from, so the words cannot promise another dose.
import type { Dose, Exercise } from '@/lib/content/types';
import type { Effort, ExerciseResult, SessionRecord } from '@/lib/model';
import { HIGH_TIGHTNESS, type ScreeningPrompt } from '@/lib/safety';
import { TIGHTNESS_BACK_OFF, type DoseDecision, type DoseReason } from './progression';

/** Why the summary offers the safety questions, or null when it does not. */
export type SafetyOffer = 'leg-symptoms' | 'high-tightness' | 'tightness-rise' | null;

export interface DoseChange {
  readonly exerciseId: string;
  /** The amount (hold seconds or reps) this session used. */
  readonly from: number;
  /** The amount the next session will use: the decision's, unchanged. */
  readonly to: number;
  readonly direction: 'up' | 'same' | 'down';
  readonly reason: DoseReason;
  /** "Forearm plank goes up to 25 s next time." */
  readonly text: string;
}

export interface SummaryWords {
  /** Short and warm, fitting the ratings given so far. */
  readonly headline: string;
  /** What the app will do about them, one sentence each. */
  readonly lines: readonly string[];
  readonly safety: SafetyOffer;
  /** Why the safety questions are offered, or null. */
  readonly safetyText: string | null;
  /** Per exercise, in session order; empty when the decisions are not known (not saved). */
  readonly changes: readonly DoseChange[];
}

export interface SummaryInput {
  readonly record: SessionRecord;
  /** Looks an exercise up by id (lib/content getExercise). */
  readonly exercise: (id: string) => Exercise | undefined;
  /** nextDoses over the stored history with this record in it; null while unknown. */
  readonly decisions: ReadonlyMap<string, DoseDecision> | null;
  /** lib/safety screeningPrompt for this record's tightness and leg answer. */
  readonly screening: ScreeningPrompt | null;
}

const BACK_OFF: readonly DoseReason[] = ['hard', 'too-hard', 'tight', 'flare'];

/** The exercises of a session, each once, in the order they came. */
export function sessionExerciseIds(record: SessionRecord): string[] {
  return [...new Set(record.results.map((r) => r.exerciseId))];
}

/** The effort the person gave one exercise: its own rating, else "hard" when rated too hard. */
export function exerciseEffortOf(record: SessionRecord, exerciseId: string): Effort | undefined {
  return record.exerciseEffort?.[exerciseId] ?? (record.tooHard?.includes(exerciseId) ? 'hard' : undefined);
}

export function summaryWords({ record, exercise, decisions, screening }: SummaryInput): SummaryWords {
  const ids = sessionExerciseIds(record);
  const changes = decisions ? ids.flatMap((id) => doseChange(record, id, exercise(id), decisions.get(id)) ?? []) : [];
  const safety = safetyOffer(record, screening);
  return { ...headlineAndLines(record, ids, exercise, changes, safety), safety, safetyText: safety ? SAFETY_TEXT[safety] : null, changes };
}

const SAFETY_TEXT: Record<Exclude<SafetyOffer, null>, string> = {
  'leg-symptoms': 'New numbness, tingling or weakness in a leg is worth checking before you exercise again.',
  'high-tightness': 'Tightness this high is worth a check.',
  'tightness-rise': 'Your tightness has gone up noticeably since your last rating, which is worth a check.',
};

function safetyOffer(record: SessionRecord, screening: ScreeningPrompt | null): SafetyOffer {
  if (screening === 'leg-symptoms') return 'leg-symptoms';
  if (screening === 'tightness') return (record.tightness ?? 0) >= HIGH_TIGHTNESS ? 'high-tightness' : 'tightness-rise';
  return null;
}

function headlineAndLines(
  record: SessionRecord,
  ids: readonly string[],
  exercise: SummaryInput['exercise'],
  changes: readonly DoseChange[],
  safety: SafetyOffer,
): { headline: string; lines: string[] } {
  const { effort, tightness, completed } = record;
  const name = (id: string) => exercise(id)?.name ?? id;
  const tooHard = ids.filter((id) => exerciseEffortOf(record, id) === 'hard');
  const tight = tightness !== undefined && tightness >= TIGHTNESS_BACK_OFF;
  const anyDown = changes.some((c) => c.direction === 'down');
  const anyUp = changes.some((c) => c.direction === 'up');
  const flare = changes.some((c) => c.reason === 'flare');
  const lines: string[] = [];
  const tooHardLine = () => {
    // Once the doses are known, each exercise's own line says it.
    if (tooHard.length > 0 && effort !== 'hard' && !tight && changes.length === 0) lines.push(`You found ${list(tooHard.map(name))} hard: ${tooHard.length === 1 ? 'it steps' : 'they step'} back a little next time.`);
  };

  if (!completed) {
    lines.push('Stopping early is fine. A session you end early does not move your doses up.');
    tooHardLine();
    return { headline: safety ? 'Session ended — look after your back' : 'Session ended', lines };
  }
  if (safety === 'leg-symptoms') {
    lines.push('Please answer the safety questions before your next session.');
    if (effort === 'hard' || tight || tooHard.length > 0 || flare) lines.push(backOffLine(effort, tightness, anyDown));
    return { headline: 'Thank you for telling us — let’s check that leg', lines };
  }
  if (effort === 'hard' || tight) {
    lines.push(backOffLine(effort, tightness, anyDown));
    tooHardLine();
    return { headline: safety === 'high-tightness' ? 'Let’s go gentler next time' : 'Good effort — next time is gentler', lines };
  }
  if (flare) {
    lines.push('After a flare day the doses stay lower for a while, to go gently.');
    tooHardLine();
    return { headline: 'Well done — gently does it', lines };
  }
  tooHardLine();
  if (effort === 'easy') {
    if (anyUp) lines.push('Two easy sessions in a row: next time asks a little more.');
    else if (changes.length > 0 && changes.every((c) => c.reason === 'at-most' || c.reason === 'pinned' || c.direction === 'down')) lines.push('The doses are already as high as they go.');
    else lines.push('One more easy session and the doses go up a step.');
    return { headline: anyUp ? 'Nice work — you are getting stronger' : 'Nice work — that felt easy', lines };
  }
  if (effort === 'right') {
    if (!anyDown) lines.push('The doses stay where they are: that is the level to keep.');
    return { headline: 'Well done — just the right level', lines };
  }
  lines.push('Say how hard it felt, and the next session adjusts to it.');
  return { headline: 'Well done', lines };
}

function backOffLine(effort: Effort | undefined, tightness: number | undefined, anyDown: boolean): string {
  const why = [effort === 'hard' ? 'it felt hard' : null, tightness !== undefined && tightness >= TIGHTNESS_BACK_OFF ? `your back is at ${tightness} out of 10` : null]
    .filter((w): w is string => w !== null)
    .join(' and ');
  const because = why ? `${why.charAt(0).toUpperCase()}${why.slice(1)}, so` : 'So';
  return anyDown || why === '' ? `${because} next time each exercise steps back a little.` : `${because} next time does not ask for more.`;
}

/** One exercise: the amount this session used and the next one's, in words. */
function doseChange(record: SessionRecord, exerciseId: string, exercise: Exercise | undefined, decision: DoseDecision | undefined): DoseChange | null {
  if (!exercise || !decision) return null;
  const results = record.results.filter((r) => r.exerciseId === exerciseId);
  const from = usedAmount(exercise.dose, results) ?? decision.amount;
  const to = decision.amount;
  const direction = to > from ? 'up' : to < from ? 'down' : 'same';
  return { exerciseId, from, to, direction, reason: decision.reason, text: changeText(exercise, from, to, direction, decision.reason, exerciseEffortOf(record, exerciseId) ?? record.effort) };
}

/**
 * The amount per set the session planned, from its results: total planned over sets, and over
 * two sides where each side has its own results of the full amount.
 */
export function usedAmount(dose: Dose, results: readonly ExerciseResult[]): number | undefined {
  if (results.length === 0) return undefined;
  const planned = results.reduce((sum, r) => sum + r.planned, 0);
  const sets = Math.max(1, Math.floor(dose.sets));
  const perSide = dose.sides === 'each' || (dose.kind === 'hold' && dose.sides === 'alternating');
  return Math.round(planned / sets / (perSide ? results.length : 1));
}

const amountText = (dose: Dose, n: number): string => (dose.kind === 'hold' ? `${n} s` : `${n} ${n === 1 ? 'rep' : 'reps'}`);

const WHY_DOWN: Partial<Record<DoseReason, string>> = {
  hard: 'it felt hard',
  'too-hard': 'you found it hard',
  tight: 'your back is tight',
  flare: 'after your flare day',
};

function changeText(exercise: Exercise, from: number, to: number, direction: DoseChange['direction'], reason: DoseReason, effort: Effort | undefined): string {
  const name = exercise.name;
  const amount = amountText(exercise.dose, to);
  if (exercise.progresses === false) return `${name} stays as it is: you hold it until your back settles.`;
  if (direction === 'up') return `${name} goes up to ${amount} next time${reason === 'pinned' ? ', the amount you set' : ''}.`;
  if (direction === 'down') return `${name} steps back to ${amount} next time${WHY_DOWN[reason] ? ` — ${WHY_DOWN[reason]}` : ''}.`;
  if (reason === 'pinned') return `${name} stays at ${amount}, the amount you set.`;
  if (reason === 'at-most') {
    return exercise.kind === 'stretch' ? `${name} stays at ${amount}: holding a stretch longer adds nothing.` : `${name} stays at ${amount}, the most it asks for.`;
  }
  if (BACK_OFF.includes(reason)) return `${name} stays at ${amount} — ${WHY_DOWN[reason] ?? 'it felt hard'}, and this is already its gentlest dose.`;
  if (effort === 'hard') return `${name} stays at ${amount} — it felt hard.`;
  if (effort === 'easy' && reason === 'steady') return `${name} stays at ${amount}; one more easy session and it goes up.`;
  return `${name} stays at ${amount}.`;
}

/** "a", "a and b", "a, b and c". */
function list(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

/** What was done, one plain line per exercise: "Bird-dog: 8 reps each side", "Forearm plank: 3 × 20 s". */
export function doneLines(record: SessionRecord, exercise: SummaryInput['exercise']): string[] {
  return sessionExerciseIds(record).map((id) => {
    const found = exercise(id);
    const results = record.results.filter((r) => r.exerciseId === id);
    return `${found?.name ?? id}: ${found ? doneText(found.dose, results) : results.map((r) => partText(r)).join(', ')}`;
  });
}

function doneText(dose: Dose, results: readonly ExerciseResult[]): string {
  const full = (r: ExerciseResult) => !r.skipped && r.done >= r.planned - 0.05;
  const untouched = (r: ExerciseResult) => r.done === 0;
  if (results.every(untouched)) return results.some((r) => r.skipped) ? 'skipped' : 'not reached (the session ended first)';
  if (dose.kind === 'hold' && dose.untilSettled) return `${Math.round(results.reduce((s, r) => s + r.done, 0))} s, until it settled`;
  const sets = Math.max(1, Math.floor(dose.sets));
  // Alternating reps are counted per side, as the person does them: "8 reps each side".
  const whole = (r: ExerciseResult): string =>
    dose.kind === 'reps' && dose.sides === 'alternating'
      ? amountText(dose, Math.round(r.planned))
      : `${sets > 1 ? `${sets} × ` : ''}${amountText(dose, Math.round(r.planned / sets))}`;
  const [first, ...others] = results;
  if (!first) return 'not reached';
  if (others.length === 0) return full(first) ? whole(first) : partText(first);
  if (results.every(full) && results.every((r) => r.planned === first.planned)) return `${whole(first)} each side`;
  return results.map((r) => `${r.side ?? 'both sides'} ${full(r) ? whole(r) : partText(r)}`).join(', ');
}

/** "40 of 60 s, part skipped", "skipped", "5 of 8 reps". */
function partText(r: ExerciseResult): string {
  if (r.done === 0) return r.skipped ? 'skipped' : 'not reached';
  const unit = r.unit === 'seconds' ? 's' : r.planned === 1 ? 'rep' : 'reps';
  return `${Math.round(r.done)} of ${Math.round(r.planned)} ${unit}${r.skipped ? ', part skipped' : ''}`;
}
