// The routines the plan can schedule: named, ordered lists of exercise ids. The time to get
// ready and to switch sides comes from the exercises' positions and props (./transitions.ts).
// Ids are stored in plans and history, so they never change once shipped.

import type { Routine } from './types';

export const routines = [
  {
    id: 'core',
    name: 'Core: plank',
    intent: 'A plank on your forearms and knees builds the deep stomach muscles that hold your spine steady, so your lower back does less work on a walk.',
    exerciseIds: ['forearm-plank'],
  },
  {
    id: 'core-glutes',
    name: 'Core + glutes: bird-dog and bridge',
    intent: 'Bird-dog on all fours, then a glute bridge on your back: they strengthen the buttock muscles that push you along and the core that keeps your spine still while they work.',
    exerciseIds: ['bird-dog', 'glute-bridge'],
  },
  {
    id: 'core-hip-flexors',
    name: 'Core + hip flexors: plank and hip-flexor stretch',
    intent:
      'For a back that stiffens with sitting: a plank on your forearms and knees for the deep stomach muscles that hold your spine steady, then a kneeling stretch for the hip flexors (the muscles at the front of the hip that lift your leg), which stay short while you sit and tug your pelvis forward.',
    // Forearms and knees, then up onto one knee: one change of position.
    exerciseIds: ['forearm-plank', 'half-kneeling-hip-flexor'],
  },
  {
    id: 'hip-flexors',
    name: 'Hip-flexor stretch',
    intent:
      'Loosens your hip flexors (the muscles at the front of the hip that lift your leg) so your pelvis can sit level and your lower back arches less.',
    exerciseIds: ['half-kneeling-hip-flexor'],
  },
  {
    id: 'hamstrings',
    name: 'Hamstring stretch',
    intent:
      'Keeps your hamstrings (the muscles at the back of the thigh) supple, so your pelvis stays level and your lower back is spared.',
    exerciseIds: ['hamstring-lying-strap'],
  },
  {
    id: 'quick-reset',
    name: 'Quick reset at home',
    intent:
      'For after a walk, once you can lie down: hug your knees in on the floor, then bend gently forward on a chair. Out on a walk, use the standing Mid-walk reset instead.',
    exerciseIds: ['knees-to-chest', 'seated-forward-fold'],
  },
  {
    id: 'walk-ready',
    name: 'Walk-ready',
    intent:
      'A daily ten minutes of strength and stretching for the muscles that support your back when you walk. It goes from all fours to kneeling to lying on your back, so you change position as few times as possible.',
    // Ordered by position (all fours → half-kneeling → lying), not by muscle group.
    exerciseIds: ['bird-dog', 'half-kneeling-hip-flexor', 'glute-bridge', 'hamstring-lying-strap', 'knees-to-chest'],
  },
  {
    id: 'mid-walk-reset',
    name: 'Mid-walk reset',
    intent: 'Three standing moves for when your back tightens during a walk, ending with a rest that lasts until it settles. No floor needed.',
    exerciseIds: ['standing-hip-flexor', 'hamstring-standing-step', 'lean-forward-rest'],
  },
] as const satisfies readonly Routine[];

export type RoutineId = (typeof routines)[number]['id'];
