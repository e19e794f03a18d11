// Every exercise the app can guide, as typed data: wording, dose, safety and the key poses
// of its figure. Ids are stored in people's history, so they never change once shipped.
// Facts come from the reference on back tightness when walking; the wording is our own.

import type { Exercise } from './types';

// Each stopIf holds only that exercise's own signs: the shared stop signs (sharp pain, pain
// down a leg, numbness, weakness, dizziness, chest pain, breathlessness, losing balance) live
// in lib/safety/stop-signs.ts and are shown with every exercise (stopSignsFor).
const NERVE_STRETCH = 'A burning or electric feeling behind the knee or in the calf';

// Poses are a hip position plus absolute segment angles (see Pose in ./types). The numbers
// were worked out so that planted hands, knees and feet stay put between key poses;
// tests/unit/figure/exercise-poses.test.ts checks every figure rests on the floor and bends
// like a body, so rerun it after changing any of them.
export const exercises = [
  {
    id: 'forearm-plank',
    kind: 'strength',
    name: 'Forearm plank',
    summary: 'On your forearms and knees, hold your body in one straight line from your head to your knees.',
    why:
      'A plank trains the deep muscles around your middle to hold your spine steady. The more they carry, the less the muscles along your lower back have to do on a walk, so they tire and tighten less.',
    setup:
      'Lie face down on a mat. Put your elbows under your shoulders, forearms flat and pointing forward. Your knees stay on the mat throughout.',
    steps: [
      'Gently tighten your stomach, as if getting ready for a light poke.',
      'Lift your hips so your body makes a straight line from your head to your knees.',
      'Hold that line and keep breathing slowly.',
      'End the hold as soon as your hips start to sag, even if the timer is still running.',
      'Lower your hips to the mat and rest.',
    ],
    cues: [
      'Each hold ends when your form goes: once your hips sag, your lower back arches, and that is the position that squeezes the nerves most if your spinal canal is narrowed (spinal stenosis).',
      'Push the floor away with your forearms.',
      'Squeeze your buttocks lightly to keep your hips level.',
      'Look at the floor just past your hands.',
    ],
    mistakes: [
      'Letting your hips sag, which arches your lower back.',
      'Pushing your hips up into a tent shape.',
      'Holding your breath.',
    ],
    dose: { kind: 'hold', holdSeconds: 20, sets: 3, sides: 'none', restSeconds: 20 },
    ceiling: 90,
    easier: {
      name: 'Counter plank',
      how: 'Stand facing a kitchen counter or a sturdy table, rest your forearms on it and walk your feet back until your body makes a straight slope. Hold it the same way.',
    },
    harder: {
      name: 'Toe plank',
      how: 'Tuck your toes under and lift your knees too, so your body makes a straight line from your head to your heels. Lower your knees the moment your hips start to sag.',
    },
    stopIf: ['Shoulder pain that grows as you hold'],
    needsFloor: true,
    position: 'face-down',
    props: ['mat'],
    // Knees and forearms on the floor; the body slopes up from the knees in one straight line.
    poses: [
      {
        hip: [80.3, 100.1], torso: 29.3, lowerBack: 7, head: 21.3, nearUpperArm: -90, nearForearm: 0, nearHand: 0, farUpperArm: -90,
        farForearm: 0, farHand: 0, nearThigh: 195.1, nearShin: 181, nearFoot: 178, farThigh: 195.1, farShin: 181, farFoot: 178,
      },
      {
        hip: [83.3, 98.9], torso: 18.2, lowerBack: 18.2, head: 6.2, nearUpperArm: -90, nearForearm: 0, nearHand: 0, farUpperArm: -90,
        farForearm: 0, farHand: 0, nearThigh: 198.2, nearShin: 183, nearFoot: 182, farThigh: 198.2, farShin: 183, farFoot: 182,
      },
    ],
    poseLabels: ['Lie on your forearms', 'Lift: one straight line, knees down'],
    figureAlt:
      'A person lies face down propped on the forearms, then lifts the hips until the body makes one straight line from head to knees, knees staying on the mat, and holds it breathing slowly.',
    loopSeconds: 5,
    scenery: [{ kind: 'mat', x: 18.3, width: 119.1 }],
  },
  {
    id: 'bird-dog',
    kind: 'strength',
    name: 'Bird-dog',
    summary: 'On hands and knees, reach one arm forward and the opposite leg back, then switch.',
    why:
      'Your buttock muscles are meant to push you forward as you walk; when they are weak, your lower back works harder and tightens. Bird-dog trains them and your deep core together while your spine stays still.',
    setup: 'Kneel on all fours, hands under your shoulders and knees under your hips. Keep your back flat, like a tabletop.',
    steps: [
      'Gently tighten your stomach so your back stays flat.',
      'Reach one arm forward and the opposite leg straight back until both are level with your body.',
      'Hold for a few seconds without letting your hips tip or turn.',
      'Bring them back down with control.',
      'Switch to the other arm and leg. Each reach counts as one rep.',
    ],
    cues: [
      'Imagine a cup of tea balanced on your lower back.',
      'Reach long rather than high.',
      'Keep your neck long and your eyes on the floor.',
    ],
    mistakes: [
      'Lifting the leg too high, which arches your lower back.',
      'Letting your hips turn toward the lifted leg.',
      'Rushing and swinging the arm and leg.',
    ],
    dose: { kind: 'reps', reps: 8, holdSeconds: 3, secondsPerRep: 5, sets: 2, sides: 'alternating', restSeconds: 20 },
    ceiling: 12,
    easier: {
      name: 'One limb at a time',
      how: 'Slide just one leg back along the floor, or reach just one arm forward, and keep the rest still.',
    },
    harder: {
      name: 'Longer, steadier holds',
      how: 'Hold each reach for 7 to 10 seconds, breathing slowly, with your back as flat and still as a tabletop the whole time.',
    },
    stopIf: ['Knee or wrist pain that padding does not settle'],
    needsFloor: true,
    position: 'all-fours',
    props: ['mat'],
    poses: [
      {
        hip: [80, 82], torso: 14.3, lowerBack: 14.3, head: -19.7, nearUpperArm: -90, nearForearm: -90, nearHand: 0, farUpperArm: -90,
        farForearm: -90, farHand: 0, nearThigh: -90, nearShin: 183, nearFoot: 178, farThigh: -90, farShin: 183, farFoot: 178,
      },
      {
        hip: [80, 82], torso: 14.3, lowerBack: 14.3, head: -19.7, nearUpperArm: 33.3, nearForearm: 33.3, nearHand: 33.3, farUpperArm: -90,
        farForearm: -90, farHand: 0, nearThigh: -90, nearShin: 183, nearFoot: 178, farThigh: 191.3, farShin: 191.3, farFoot: 286.3,
      },
      {
        hip: [80, 82], torso: 14.3, lowerBack: 14.3, head: -19.7, nearUpperArm: -90, nearForearm: -90, nearHand: 0, farUpperArm: -90,
        farForearm: -90, farHand: 0, nearThigh: -90, nearShin: 183, nearFoot: 178, farThigh: -90, farShin: 183, farFoot: 178,
      },
      {
        hip: [80, 82], torso: 14.3, lowerBack: 14.3, head: -19.7, nearUpperArm: -90, nearForearm: -90, nearHand: 0, farUpperArm: 33.3,
        farForearm: 33.3, farHand: 33.3, nearThigh: 191.3, nearShin: 191.3, nearFoot: 286.3, farThigh: -90, farShin: 183, farFoot: 178,
      },
    ],
    poseLabels: ['All fours, back flat', 'Reach one arm and the opposite leg', 'Back to all fours', 'Switch: other arm and leg'],
    figureAlt:
      'A person on hands and knees with a flat back reaches one arm forward and the opposite leg straight back, returns to all fours, then reaches with the other arm and leg.',
    loopSeconds: 8,
    scenery: [{ kind: 'mat', x: 25.7, width: 120.4 }],
  },
  {
    id: 'half-kneeling-hip-flexor',
    kind: 'stretch',
    name: 'Half-kneeling hip-flexor stretch',
    summary:
      'Kneel on one knee and ease your hips forward to stretch your hip flexors (the muscles at the front of the hip that lift your leg).',
    why:
      'Tight hip flexors tug the pelvis into a forward tilt that deepens the arch in your lower back. Stretching them often helps the pelvis sit level, which eases the strain on your back as you walk.',
    setup:
      'Kneel on one knee on a cushion or folded towel, the other foot flat in front, both knees bent to about a right angle. Hands on your hips.',
    steps: [
      'Lift your upper body tall.',
      'Tuck your tailbone under a little, as if tipping a bowl of water backwards.',
      'Shift your hips gently forward until you feel a stretch at the front of the back hip and thigh.',
      'Hold and breathe, then ease back.',
      'Switch legs and repeat.',
    ],
    cues: [
      'Squeeze the buttock on the kneeling side.',
      'Keep your ribs stacked over your hips; don’t lean back.',
      'A small shift is enough: the tuck matters more than the distance.',
    ],
    mistakes: [
      'Arching your lower back to go further.',
      'Letting the front knee drift in or out.',
      'Kneeling on a hard floor without padding.',
    ],
    dose: { kind: 'hold', holdSeconds: 30, sets: 2, sides: 'each', restSeconds: 10 },
    ceiling: 30,
    easier: {
      name: 'Standing version',
      how: 'Do the same stretch standing in a long step, with a hand on a chair or wall for balance.',
    },
    harder: {
      name: 'Arm overhead',
      how: 'Reach the arm on the kneeling side up overhead. Keep your ribs down and do not arch your back: the stretch stays at the front of the hip. Stop if you feel pain, tingling or numbness going down your leg.',
    },
    stopIf: ['Pain in the kneeling knee that padding does not fix'],
    needsFloor: true,
    position: 'kneeling',
    props: ['cushion'],
    poses: [
      {
        hip: [90, 79], torso: 92, lowerBack: 90, head: 92, nearUpperArm: -54.9, nearForearm: -54.9, nearHand: -84.9, farUpperArm: -51.9,
        farForearm: -51.9, farHand: -81.9, nearThigh: -90, nearShin: 183, nearFoot: 178, farThigh: -8.7, farShin: -76.4, farFoot: 0,
      },
      {
        hip: [101.5, 81.9], torso: 92, lowerBack: 97, head: 92, nearUpperArm: -50, nearForearm: -50, nearHand: -80, farUpperArm: -47,
        farForearm: -47, farHand: -77, nearThigh: -118, nearShin: 183, nearFoot: 178, farThigh: -2, farShin: -104.1, farFoot: 0,
      },
    ],
    poseLabels: ['Kneel tall, tailbone tucked', 'Ease the hips forward'],
    figureAlt:
      'A person kneels on one knee on a cushion with the other foot flat in front, body upright and hands resting on the front thigh, then shifts the hips gently forward to stretch the front of the back hip.',
    loopSeconds: 6,
    scenery: [{ kind: 'cushion', x: 81, width: 18 }],
  },
  {
    id: 'hamstring-lying-strap',
    kind: 'stretch',
    name: 'Lying hamstring stretch with a strap',
    summary:
      'Lie on your back and use a strap or towel to raise one straight leg, stretching your hamstrings (the muscles at the back of the thigh).',
    why:
      'Supple muscles at the back of the thighs let your pelvis stay level instead of being pulled out of line. That takes stress off the joints of your lower back.',
    setup:
      'Lie on your back with both legs long. Loop a strap, belt or towel around the sole of one foot and hold one end in each hand.',
    steps: [
      'Bend the strapped knee in toward your chest.',
      'Slowly straighten that leg up toward the ceiling until you feel a stretch behind the thigh.',
      'Hold and breathe, letting the strap take the weight of the leg.',
      'Bend the knee and lower the leg to the floor.',
      'Switch legs.',
    ],
    cues: [
      'Keep the other leg long and heavy on the floor, or bend it if your back prefers.',
      'Stop at a gentle pull, not a strain.',
      'Keep the raised foot relaxed, and never pull your toes toward you if you get pain, tingling or numbness in your legs: that stretches the nerve as well as the muscle.',
      'Let your head and shoulders rest on the floor.',
    ],
    mistakes: [
      'Hauling the leg higher with your arms.',
      'Letting your hips lift or twist.',
      'Locking the knee hard.',
    ],
    dose: { kind: 'hold', holdSeconds: 30, sets: 2, sides: 'each', restSeconds: 10 },
    ceiling: 30,
    easier: {
      name: 'Other knee bent',
      how: 'Keep the resting leg bent with its foot flat, and raise the strapped leg only as far as is comfortable.',
    },
    harder: {
      name: 'Other leg long',
      how: 'Keep the resting leg straight and heavy on the floor while you raise the strapped leg, still only to a gentle pull, with the raised foot relaxed.',
    },
    stopIf: [NERVE_STRETCH],
    needsFloor: true,
    position: 'lying',
    props: ['mat', 'strap'],
    poses: [
      {
        hip: [110, 101.4], torso: 180, lowerBack: 180, head: 190, nearUpperArm: 31.3, nearForearm: 56.3, farUpperArm: 23.5,
        farForearm: 65.6, nearThigh: 115, nearShin: 30, nearFoot: 105, farThigh: -6, farShin: -6, farFoot: 84,
      },
      {
        hip: [110, 101.4], torso: 180, lowerBack: 180, head: 190, nearUpperArm: 47.4, nearForearm: 62.8, farUpperArm: 38.1,
        farForearm: 75.1, nearThigh: 78, nearShin: 78, nearFoot: 150, farThigh: -6, farShin: -6, farFoot: 84,
      },
    ],
    poseLabels: ['Strap around the foot, knee bent', 'Straighten the leg up'],
    figureAlt:
      'A person lies on their back holding a strap looped around one foot, then straightens that leg up toward the ceiling while the other leg rests on the floor.',
    loopSeconds: 6,
    scenery: [{ kind: 'mat', x: 61.1, width: 104.4 }, { kind: 'strap', foot: 'near' }],
  },
  {
    id: 'hamstring-standing-step',
    kind: 'stretch',
    name: 'Standing hamstring stretch on a step',
    summary:
      'Hold onto something steady, rest one heel on a low step and hinge forward from your hips (bend forward from the hips with a straight back).',
    why:
      'Supple hamstrings (the muscles at the back of the thigh) help your pelvis stay level, which takes stress off your lower back. This version needs no floor, so it fits a pause on a walk.',
    setup:
      'Find a low, steady step with a rail, wall, post or sturdy chair you can hold beside it. Never use a kerb next to traffic: one wobble could take you into the road. Rest one heel on the step with that leg straight and the toes up, and keep the standing knee soft.',
    steps: [
      'Stand tall and hold your support with one hand.',
      'Keep your back straight and hinge forward from your hips, leading with your chest.',
      'Stop when you feel a stretch behind the raised thigh.',
      'Hold and breathe, then stand back up.',
      'Switch legs.',
    ],
    cues: [
      'Push your hips back as you lean.',
      'Keep your chest open rather than curling over.',
      'Keep hold of your support the whole time.',
    ],
    mistakes: [
      'Letting go of your support, or using a kerb at the side of a road.',
      'Rounding your back to reach for your toes.',
      'Using a step so high that your hips twist.',
    ],
    dose: { kind: 'hold', holdSeconds: 12, sets: 1, sides: 'each', restSeconds: 5 },
    ceiling: 30,
    easier: {
      name: 'Heel on the ground',
      how: 'Keep hold of your support, put your heel on the ground half a step ahead, toes up, and hinge forward the same way.',
    },
    harder: {
      name: 'Longer hold',
      how: 'When you are not mid-walk, hold for up to 30 seconds a side, twice, still holding your support.',
    },
    stopIf: [NERVE_STRETCH],
    needsFloor: false,
    position: 'standing',
    props: ['step', 'support'],
    poses: [
      {
        hip: [76, 57.6], torso: 90, lowerBack: 90, head: 85, nearUpperArm: -82, nearForearm: -74, farUpperArm: -79.8,
        farForearm: -11.9, farHand: -61.9, nearThigh: -48.6, nearShin: -78.7, nearFoot: 38, farThigh: -87, farShin: -93, farFoot: 0,
      },
      {
        hip: [72, 57.9], torso: 52, lowerBack: 60, head: 47, nearUpperArm: -120, nearForearm: -112, farUpperArm: -126.7,
        farForearm: -3.3, farHand: -53.3, nearThigh: -57.1, nearShin: -61.5, nearFoot: 38, farThigh: -83, farShin: -97, farFoot: 0,
      },
    ],
    poseLabels: ['Heel on the step, hold the rail', 'Hinge forward from the hips'],
    figureAlt:
      'A standing person holds a rail with one hand and rests one heel on a low step, that leg straight and toes up, then leans forward from the hips with a straight back.',
    loopSeconds: 6,
    scenery: [{ kind: 'rail', x: 95.5, height: 58.5 }, { kind: 'step', x: 94, width: 24, height: 5.4 }],
  },
  {
    id: 'knees-to-chest',
    kind: 'stretch',
    name: 'Knees-to-chest stretch',
    summary: 'Lie on your back and hug your knees in toward your chest.',
    why:
      'Hugging your knees in bends your lower spine gently forward and lengthens tight lower-back muscles. It is a handy way to reset your back partway through a walk or once you are home.',
    setup: 'Lie on your back on a mat with your knees bent and feet flat.',
    steps: [
      'Bring one knee and then the other up toward your chest.',
      'Hold your shins, or the backs of your thighs.',
      'Draw your knees in gently until you feel your lower back lengthen.',
      'Hold and breathe slowly, letting your back sink into the floor.',
      'Lower one foot and then the other back to the floor.',
    ],
    cues: [
      'Keep your head and shoulders resting down.',
      'Let each breath out soften your belly.',
      'Hold behind your thighs if holding your shins bothers your knees.',
    ],
    mistakes: [
      'Pulling hard or rocking to go further.',
      'Lifting your head and tensing your neck.',
      'Swinging both legs up at once, which can jolt your back.',
    ],
    dose: { kind: 'hold', holdSeconds: 30, sets: 2, sides: 'none', restSeconds: 10 },
    ceiling: 30,
    easier: {
      name: 'One knee at a time',
      how: 'Hug one knee in while the other foot stays flat on the floor; switch halfway.',
    },
    harder: {
      name: 'Gentle rock',
      how: 'With your knees hugged in, rock slowly a little from side to side.',
    },
    stopIf: ['Pain that builds instead of easing as you hold'],
    needsFloor: true,
    position: 'lying',
    props: ['mat'],
    poses: [
      {
        hip: [110, 101.4], torso: 180, lowerBack: 180, head: 190, nearUpperArm: -10, nearForearm: -4, farUpperArm: -10,
        farForearm: -4, nearThigh: 60, nearShin: -70, nearFoot: 0, farThigh: 60, farShin: -70, farFoot: 0,
      },
      {
        hip: [110, 99.5], torso: 180, lowerBack: 190, head: 190, nearUpperArm: 25.1, nearForearm: 73.6, nearHand: 13.6, farUpperArm: 21.2,
        farForearm: 80.9, farHand: 20.9, nearThigh: 132, nearShin: 15, nearFoot: 100, farThigh: 136, farShin: 19, farFoot: 104,
      },
    ],
    poseLabels: ['Lie back, knees bent', 'Hug your knees in'],
    figureAlt:
      'A person lying on their back with knees bent draws both knees up toward the chest and holds the shins.',
    loopSeconds: 6,
    scenery: [{ kind: 'mat', x: 61.1, width: 83.6 }],
  },
  {
    id: 'seated-forward-fold',
    kind: 'stretch',
    name: 'Seated forward fold',
    summary: 'Sit on a chair or bench with your feet flat and bend gently forward from your hips.',
    why:
      'Bending gently forward eases and lengthens the muscles of your lower back, which helps undo the stiffness that builds up on a walk. On a chair or bench you can do it straight after a walk, with no need to get down on the floor.',
    caution:
      'If you have osteoporosis (thin, weak bones) or have ever broken a bone in your spine, skip this one unless your doctor or physiotherapist has said forward bending is safe for you: bending forward with the weight of your upper body on your spine can squeeze weak bones.',
    setup:
      'Sit near the front of a steady chair or bench, feet flat on the floor and hip-width apart, hands resting on your thighs.',
    steps: [
      'Sit tall with your hands resting on your thighs.',
      'Breathe in, then breathe out as you hinge forward from your hips (bend forward from the hips with a straight back).',
      'Slide your hands down your thighs toward your knees, only as far as is comfortable, and let them take some of your weight.',
      'Hold and breathe, letting your back relax a little more each time you breathe out.',
      'Push gently on your thighs to sit back up tall.',
    ],
    cues: [
      'Let your hands carry some of your weight, so your back does not hold it all.',
      'Keep your feet flat and your knees above your ankles.',
      'This is a gentle stretch, not a contest to reach the floor.',
    ],
    mistakes: ['Bouncing to go further.', 'Reaching for the floor with nothing supporting your weight.', 'Holding your breath.'],
    dose: { kind: 'hold', holdSeconds: 20, sets: 2, sides: 'none', restSeconds: 10 },
    ceiling: 30,
    easier: {
      name: 'Small lean',
      how: 'Keep your hands on your thighs and lean forward only a little, as if to look at your knees.',
    },
    harder: {
      name: 'On the floor, legs out',
      how: 'If you get down to the floor and up again easily, sit with your legs out in front and a folded towel under your buttocks, and hinge gently forward the same way, knees a little bent. Not if you have osteoporosis or have broken a bone in your spine.',
    },
    stopIf: ['Back pain that builds as you bend, rather than easing'],
    needsFloor: false,
    position: 'sitting',
    props: ['chair'],
    // Seated on a bench: thighs level on the seat, shins straight down, feet flat on the floor.
    poses: [
      {
        hip: [88, 81.6], torso: 92, lowerBack: 92, head: 92, nearUpperArm: -65.6, nearForearm: -36.9, nearHand: -46.9, farUpperArm: -67.6,
        farForearm: -38.9, farHand: -48.9, nearThigh: -1, nearShin: -92, nearFoot: 0, farThigh: -1, farShin: -92, farFoot: 0,
      },
      {
        hip: [88, 81.6], torso: 35, lowerBack: 55, head: 22, nearUpperArm: -105, nearForearm: -12.9, nearHand: -22.9, farUpperArm: -107,
        farForearm: -14.9, farHand: -24.9, nearThigh: -1, nearShin: -92, nearFoot: 0, farThigh: -1, farShin: -92, farFoot: 0,
      },
    ],
    poseLabels: ['Sit tall, hands on thighs', 'Hinge forward from the hips'],
    figureAlt:
      'A person sits near the front of a bench with feet flat on the floor, then bends forward from the hips, hands sliding down the thighs to just past the knees.',
    loopSeconds: 6,
    scenery: [{ kind: 'seat', x: 70, width: 28, height: 23.5 }],
  },
  {
    id: 'glute-bridge',
    kind: 'strength',
    name: 'Glute bridge',
    summary: 'Lie on your back with your knees bent and lift your hips by squeezing your buttocks.',
    why:
      'Your buttock muscles drive each step forward. When they are weak your lower back takes over and tightens; bridges strengthen them so your back can share the load.',
    setup:
      'Lie on your back with knees bent and feet flat, hip-width apart, heels a short way from your buttocks. Rest your arms by your sides.',
    steps: [
      'Gently tighten your stomach and press your feet into the floor.',
      'Squeeze your buttocks and lift your hips until your knees, hips and shoulders make a straight line.',
      'Pause at the top for a couple of seconds.',
      'Lower slowly back to the floor.',
    ],
    cues: [
      'Push through your heels.',
      'Feel it in your buttocks, not your lower back.',
      'Keep your knees pointing forward, hip-width apart.',
    ],
    mistakes: [
      'Lifting so high that your lower back arches.',
      'Letting your knees fall in or out.',
      'Dropping down fast.',
    ],
    dose: { kind: 'reps', reps: 10, holdSeconds: 2, secondsPerRep: 4, sets: 2, sides: 'none', restSeconds: 20 },
    ceiling: 15,
    easier: { name: 'Smaller lift', how: 'Lift your hips just a few centimetres and hold briefly.' },
    harder: {
      name: 'Single-leg bridge',
      how: 'Straighten one leg in line with the other thigh and lift on the planted foot; switch legs each set.',
    },
    stopIf: ['Cramp in the back of your thigh that does not ease when you lower'],
    needsFloor: true,
    position: 'lying',
    props: ['mat'],
    poses: [
      {
        hip: [110, 101.4], torso: 180, lowerBack: 180, head: 190, nearUpperArm: -8, nearForearm: -3, farUpperArm: -8,
        farForearm: -3, nearThigh: 56, nearShin: -66, nearFoot: 0, farThigh: 56, farShin: -66, farFoot: 0,
      },
      {
        hip: [107.4, 89.2], torso: 204, lowerBack: 204, head: 188, nearUpperArm: -8, nearForearm: -3, farUpperArm: -8,
        farForearm: -3, nearThigh: 24, nearShin: -80.9, nearFoot: 0, farThigh: 24, farShin: -80.9, farFoot: 0,
      },
    ],
    poseLabels: ['Lie back, feet flat', 'Lift the hips'],
    figureAlt:
      'A person lying on their back with knees bent and feet flat lifts the hips until knees, hips and shoulders make a straight line, then lowers them.',
    loopSeconds: 5,
    scenery: [{ kind: 'mat', x: 61, width: 86.7 }],
  },
  {
    id: 'standing-hip-flexor',
    kind: 'stretch',
    name: 'Standing hip-flexor stretch',
    summary: 'Stand in a long step and ease your hips forward to stretch the front of the back hip.',
    why:
      'Tight hip flexors (the muscles at the front of the hip that lift your leg) tip the pelvis forward and deepen the arch in your lower back. This standing version loosens them without getting down on the floor.',
    setup:
      'Stand with one foot a long step ahead of the other and the back heel lifted. Hands on your hips, or one hand on a wall or post.',
    steps: [
      'Stand tall and tuck your tailbone under a little.',
      'Bend your front knee and let your hips ease forward.',
      'Stop when you feel a stretch at the front of the back hip.',
      'Hold and breathe, then bring your feet together.',
      'Switch legs.',
    ],
    cues: [
      'Keep your back leg long.',
      'Squeeze the buttock on the back-leg side.',
      'Stay upright rather than leaning back.',
    ],
    mistakes: [
      'Arching your lower back.',
      'Letting the front knee drift inward.',
      'Taking such a short step that you feel nothing.',
    ],
    dose: { kind: 'hold', holdSeconds: 12, sets: 1, sides: 'each', restSeconds: 5 },
    ceiling: 30,
    easier: { name: 'Hold on', how: 'Rest a hand on a wall, fence or post and take a shorter step.' },
    harder: {
      name: 'Reach up',
      how: 'Raise the arm on the back-leg side overhead. Keep your ribs down and do not arch your back: the stretch stays at the front of the hip. Stop if you feel pain, tingling or numbness going down your leg.',
    },
    stopIf: ['A sharp pinch deep in the front of the hip or groin'],
    needsFloor: false,
    position: 'standing',
    props: [],
    poses: [
      {
        hip: [84, 59], torso: 90, lowerBack: 90, head: 90, nearUpperArm: -95, nearForearm: -80, farUpperArm: -47.9,
        farForearm: -47.9, farHand: -97.9, nearThigh: -122.9, nearShin: -133, nearFoot: -71, farThigh: -61.1, farShin: -61.1, farFoot: 0,
      },
      {
        hip: [90, 64.7], torso: 90, lowerBack: 96, head: 90, nearUpperArm: -95, nearForearm: -80, farUpperArm: -48.3,
        farForearm: -48.2, farHand: -98.2, nearThigh: -108.4, nearShin: -155.2, nearFoot: -93.2, farThigh: -35.9, farShin: -80.3, farFoot: 0,
      },
    ],
    poseLabels: ['Long step, stand tall', 'Bend the front knee, hips forward'],
    figureAlt:
      'A standing person in a long split stance, back heel raised and one hand on a post, bends the front knee and eases the hips forward.',
    loopSeconds: 6,
    scenery: [{ kind: 'rail', x: 114, height: 45 }],
  },
  {
    id: 'lean-forward-rest',
    kind: 'relief',
    name: 'Lean-forward rest',
    summary: 'Stop, sit down if you can and lean forward, or lean on a rail, and stay until your back and legs ease.',
    why:
      'Bending forward a little makes more room in the spinal canal, which can take pressure off the nerves when tightness or cramping builds on a walk. The pause itself also lets tired back muscles recover.',
    setup:
      'If there is a bench, low wall or seat nearby, sit: it is the steadiest way. If not, stand at something fixed at about hip height, such as a railing, fence or the back of a bench. A shopping cart you are pushing will do if you lean on it only lightly, because it can roll.',
    steps: [
      'Stop walking. Sit down if you can.',
      'Sitting, rest your forearms on your thighs. Standing, rest your hands on the support and soften your knees.',
      'Let your chest tip forward so your lower back rounds slightly.',
      'Breathe slowly and stay until the tightness or cramping settles, however long that takes.',
      'Get up slowly and walk on with shorter steps.',
    ],
    cues: [
      'A small lean is enough.',
      'Let your shoulders drop away from your ears.',
      'Take as long as you need. In the guided player, tap Skip when you are ready to walk on, or Pause to stay longer.',
    ],
    mistakes: [
      'Putting your full weight on something that can roll or tip, such as a cart.',
      'Locking your knees.',
      'Rushing back to your old pace straight away.',
    ],
    // Until it settles: the player waits up to 45 s (so the mid-walk reset stays under two
    // minutes) and the person carries on sooner with Skip or stays longer with Pause.
    dose: { kind: 'hold', holdSeconds: 45, sets: 1, sides: 'none', restSeconds: 5, untilSettled: true },
    ceiling: 45,
    // A rest, not a training dose: how long it takes is up to the back, not to progression.
    progresses: false,
    easier: {
      name: 'Hands on your thighs',
      how: 'With nowhere to sit and nothing to lean on, stand with your feet apart, bend your knees a little and rest your hands on your thighs.',
    },
    harder: {
      name: 'No harder version',
      how: 'This is a rest, not something to build up. If you need it on most walks, tell your doctor or physiotherapist.',
    },
    stopIf: ['Leg tightness or cramping that does not ease after a few minutes of rest'],
    needsFloor: false,
    position: 'standing',
    props: [],
    poses: [
      {
        hip: [83, 57.5], torso: 86, lowerBack: 86, head: 78, nearUpperArm: -72, nearForearm: -34.2, nearHand: -74.2, farUpperArm: -71,
        farForearm: -33.2, farHand: -73.2, nearThigh: -88, nearShin: -92, nearFoot: 0, farThigh: -88, farShin: -92, farFoot: 0,
      },
      {
        hip: [76, 58.4], torso: 40, lowerBack: 55, head: 32, nearUpperArm: -124.2, nearForearm: -7.2, nearHand: -47.2, farUpperArm: -123.2,
        farForearm: -6.2, farHand: -46.2, nearThigh: -79, nearShin: -101, nearFoot: 0, farThigh: -79, farShin: -101, farFoot: 0,
      },
    ],
    poseLabels: ['Stop, hands on the rail', 'Lean forward onto the rail'],
    figureAlt:
      'A person stops walking and puts both hands on a rail at hip height, then leans forward onto it, knees soft and lower back gently rounded.',
    loopSeconds: 6,
    scenery: [{ kind: 'rail', x: 104, height: 52 }],
  },
] as const satisfies readonly Exercise[];

export type ExerciseId = (typeof exercises)[number]['id'];
