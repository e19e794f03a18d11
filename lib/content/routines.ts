// The routines the plan can schedule: named, ordered lists of exercise ids with the time
// allowed to get ready and to switch sides. Ids are stored in plans and history, so they
// never change once shipped.

import type { Routine } from './types';

export const routines = [
  {
    id: 'core',
    name: 'Core: plank',
    intent: 'Builds the deep stomach muscles that hold your spine steady, so your lower back does less work on a walk.',
    exerciseIds: ['forearm-plank'],
    prepareSeconds: 5,
    switchSeconds: 5,
  },
  {
    id: 'core-glutes',
    name: 'Core + glutes: bird-dog',
    intent: 'Strengthens the buttock muscles that push you along and the core that keeps your spine still while they work.',
    exerciseIds: ['bird-dog', 'glute-bridge'],
    prepareSeconds: 5,
    switchSeconds: 5,
  },
  {
    id: 'hip-flexors',
    name: 'Hip-flexor stretch',
    intent: 'Loosens the front of the hips so your pelvis can sit level and your lower back arches less.',
    exerciseIds: ['half-kneeling-hip-flexor'],
    prepareSeconds: 5,
    switchSeconds: 5,
  },
  {
    id: 'hamstrings',
    name: 'Hamstring stretch',
    intent: 'Keeps the backs of your thighs supple so your pelvis stays level and your lower back is spared.',
    exerciseIds: ['hamstring-lying-strap'],
    prepareSeconds: 5,
    switchSeconds: 5,
  },
  {
    id: 'quick-reset',
    name: 'Quick reset',
    intent: 'Two gentle stretches that round and lengthen your lower back, for during or just after a walk.',
    exerciseIds: ['knees-to-chest', 'seated-forward-fold'],
    prepareSeconds: 5,
    switchSeconds: 5,
  },
  {
    id: 'walk-ready',
    name: 'Walk-ready',
    intent: 'A daily ten minutes of strength and stretching for the muscles that support your back when you walk.',
    exerciseIds: ['bird-dog', 'glute-bridge', 'half-kneeling-hip-flexor', 'hamstring-lying-strap', 'knees-to-chest'],
    prepareSeconds: 5,
    switchSeconds: 5,
  },
  {
    id: 'mid-walk-reset',
    name: 'Mid-walk reset',
    intent: 'Three standing moves for when your back tightens on a walk. No floor needed.',
    exerciseIds: ['standing-hip-flexor', 'hamstring-standing-step', 'lean-forward-rest'],
    prepareSeconds: 3,
    switchSeconds: 2,
  },
] as const satisfies readonly Routine[];

export type RoutineId = (typeof routines)[number]['id'];
