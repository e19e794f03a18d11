// Why Backstride offers no self-massage or "release" for the fascia of the lower back, in the
// app's own words. The reference names thoracolumbar fascia restriction and "targeted
// release"; the app chooses gentle movement instead and says so on /safety.

export const FASCIA_NOTE = {
  title: 'Why there is no ball or roller “release” for your back',
  paragraphs: [
    'The thoracolumbar fascia is a sheet of tough connective tissue across your lower and middle back. When it stiffens after injury or long spells in one posture, it can add to the tightness you feel on a walk, and some advice suggests pressing on it with a ball or foam roller to “release” it.',
    'Backstride does not offer that. Leaning your weight into a ball or roller puts pressure on the bones of your spine and ribs, which can break if you have osteoporosis (thinning bones), and it can bruise or inflame a sore back. There is also little evidence that it loosens fascia better than gentle movement does.',
    'The stretches and strength exercises here move that tissue every time you do them, and so does walking itself. If you would like hands-on treatment, ask a physiotherapist, who can check first whether it is safe for you.',
  ],
} as const;
