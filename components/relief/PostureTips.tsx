// Posture and gait changes that ease tightness on the spot, each with a small drawing. The
// drawings are decorative (the text says it all); leaning forward uses the exercise figure.
import Link from 'next/link';
import type { ReactNode } from 'react';
import { ExerciseFigure } from '@/components/figure/ExerciseFigure';
import { getExercise } from '@/lib/content';
import styles from './relief.module.css';

interface Tip {
  readonly id: string;
  readonly title: string;
  readonly art: ReactNode;
  readonly body: ReactNode;
}

const svgProps = {
  viewBox: '0 0 120 80',
  'aria-hidden': true,
  focusable: false,
  className: styles.art,
  fill: 'none',
  stroke: 'currentColor',
  strokeWidth: 3,
  strokeLinecap: 'round',
  strokeLinejoin: 'round',
} as const;

/** Footprints: long strides faded above, short ones below. */
function StrideArt() {
  const print = (x: number, y: number, faded: boolean) => (
    <g key={`${x}-${y}`} opacity={faded ? 0.35 : 1}>
      <ellipse cx={x} cy={y} rx={7} ry={3.6} fill="currentColor" stroke="none" />
      <circle cx={x - 9.5} cy={y} r={2.6} fill="currentColor" stroke="none" />
    </g>
  );
  return (
    <svg {...svgProps}>
      {[22, 62, 102].map((x, i) => print(x, i % 2 === 0 ? 18 : 30, true))}
      {[18, 40, 62, 84, 106].map((x, i) => print(x, i % 2 === 0 ? 54 : 66, false))}
    </svg>
  );
}

/** A foot in profile with an arrow rolling from the heel to the toes. */
function RollArt() {
  return (
    <svg {...svgProps}>
      <path d="M20 60 C20 50 28 46 36 46 L60 44 C70 43 80 48 90 54 C96 57 100 60 100 64 C100 67 96 68 90 68 L28 68 C23 68 20 65 20 60 Z" />
      <line x1="10" y1="72" x2="110" y2="72" opacity={0.5} />
      <path d="M26 36 C44 20 76 20 94 36" strokeDasharray="4 5" />
      <path d="M86 30 L95 37 L84 40" />
    </svg>
  );
}

/** A bench to stop at. */
function RestArt() {
  return (
    <svg {...svgProps}>
      <line x1="22" y1="44" x2="98" y2="44" />
      <line x1="22" y1="30" x2="98" y2="30" />
      <line x1="30" y1="30" x2="30" y2="68" />
      <line x1="90" y1="30" x2="90" y2="68" />
      <line x1="26" y1="52" x2="94" y2="52" />
      <line x1="10" y1="70" x2="110" y2="70" opacity={0.5} />
    </svg>
  );
}

/** A walker leaning slightly forward, as if going gently uphill. */
function SlightLeanArt() {
  return (
    <svg {...svgProps}>
      <circle cx="66" cy="14" r="6" />
      <line x1="63" y1="21" x2="56" y2="46" />
      <path d="M56 46 L46 70 M56 46 L68 58 L66 70" />
      <path d="M61 28 L72 38 M60 30 L50 40" />
      <line x1="10" y1="72" x2="110" y2="72" opacity={0.5} />
      <path d="M80 16 L80 34" strokeDasharray="3 4" opacity={0.5} />
    </svg>
  );
}

/** A shopping cart on the left and a pair of walking poles on the right. */
function CartAndPolesArt() {
  return (
    <svg {...svgProps}>
      <path d="M8 24 L16 24 L24 52 L52 52 L58 30 L19 30" />
      <circle cx="28" cy="62" r="4" />
      <circle cx="48" cy="62" r="4" />
      <line x1="78" y1="14" x2="86" y2="70" />
      <line x1="100" y1="14" x2="94" y2="70" />
      <path d="M74 14 L82 14 M96 14 L104 14" />
      <line x1="4" y1="70" x2="116" y2="70" opacity={0.5} />
    </svg>
  );
}

/** A walking shoe with a thick, cushioned sole. */
function ShoeArt() {
  return (
    <svg {...svgProps}>
      <path d="M18 56 L20 30 C30 30 36 34 42 40 L58 44 C76 46 92 48 100 54 C103 56 104 58 104 60 L18 60 Z" />
      <path d="M16 60 L106 60 C106 66 102 68 96 68 L22 68 C18 68 16 65 16 60 Z" fill="currentColor" fillOpacity={0.25} />
      <line x1="44" y1="42" x2="50" y2="36" />
      <line x1="52" y1="44" x2="58" y2="38" />
    </svg>
  );
}

export function PostureTips() {
  const lean = getExercise('lean-forward-rest');
  const tips: Tip[] = [
    {
      id: 'lean',
      title: 'Lean forward on something steady',
      art: lean ? <ExerciseFigure exercise={lean} /> : null,
      body: (
        <>
          <p>
            Stop, sit down if you can, or rest your hands on a railing, fence or bench back at about hip height, and let your
            chest tip forward a little. Bending slightly forward gives the nerves in your lower back more room, which often
            eases tightness, cramping or burning that builds in the back, buttocks or legs as you walk. Stay until it settles.
          </p>
          <p>
            <Link href="/exercises/lean-forward-rest">How to do the lean-forward rest</Link>
          </p>
        </>
      ),
    },
    {
      id: 'slight-lean',
      title: 'Walk with a slight forward lean',
      art: <SlightLeanArt />,
      body: (
        <p>
          If your legs or back tighten as you walk and bending forward eases it, which is common when the spinal canal is
          narrowed (spinal stenosis), walk tipped forward a little from your hips, as if going gently uphill. Keep it small,
          and keep looking ahead rather than at your feet.
        </p>
      ),
    },
    {
      id: 'cart-poles',
      title: 'Push a cart or use walking poles on longer walks',
      art: <CartAndPolesArt />,
      body: (
        <p>
          Pushing a shopping cart or a walker, or walking with a pair of walking poles, lets you lean forward slightly as you
          go and takes some weight off your back. Many people with spinal stenosis find they can walk further this way, and
          poles help your balance too.
        </p>
      ),
    },
    {
      id: 'stride',
      title: 'Take shorter steps',
      art: <StrideArt />,
      body: <p>A shorter stride arches and twists your lower back less with every step. Slow down a little if you need to.</p>,
    },
    {
      id: 'roll',
      title: 'Roll from heel to toe',
      art: <RollArt />,
      body: (
        <p>
          Let your heel touch down softly and roll through to your toes, instead of landing hard on your heel. The roll soaks
          up the jolt before it travels up to your back.
        </p>
      ),
    },
    {
      id: 'rest',
      title: 'Take a short break',
      art: <RestArt />,
      body: <p>Stand or sit for a minute or two. Tired back muscles recover quickly with a pause, and you can carry on after.</p>,
    },
    {
      id: 'shoes',
      title: 'Check your shoes',
      art: <ShoeArt />,
      body: (
        <p>
          Shoes with good arch support and cushioning soften the impact that travels up to your spine. If your feet roll
          inwards or outwards a lot, a podiatrist can tell you whether insoles or orthotics would help.
        </p>
      ),
    },
  ];

  return (
    <section aria-labelledby="posture-tips">
      <h2 id="posture-tips">Change how you stand and walk</h2>
      <ul className={styles.tips}>
        {tips.map((tip) => (
          <li key={tip.id} className={`card ${styles.tip}`}>
            <div className={styles.tipArt}>{tip.art}</div>
            <div>
              <h3>{tip.title}</h3>
              {tip.body}
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}
