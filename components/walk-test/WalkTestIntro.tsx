// The walking test's safety check, drawn on the server: what the test is, where to walk and
// the signs that mean stop at once. The Start button comes with the client part (WalkTestScreen).
import { WALK_TEST_STOP_SIGNS } from '@/lib/safety/stop-signs';
import styles from './walk-test.module.css';

export function WalkTestIntro() {
  return (
    <div className={styles.intro}>
      <p className="lead">
        Walk at your own comfortable pace until your symptoms make you stop, or for 30 minutes at most. The app times how long until
        tightness starts and how long you walked in all. Repeat it every 2 to 4 weeks to see whether you can walk further.
      </p>
      <section className="card" aria-labelledby="walk-test-before">
        <h2 id="walk-test-before">Before you start</h2>
        <ul className={styles.plainList}>
          <li>Walk somewhere safe and flat, with a place to sit down.</li>
          <li>Wear your usual shoes and take your phone with you. You can lock it: the time keeps counting.</li>
          <li>Walk at the pace you would choose on a normal day. This is not a race.</li>
        </ul>
      </section>
      <section className={`card ${styles.stopCard}`} aria-labelledby="walk-test-stop-signs">
        <h2 id="walk-test-stop-signs">Stop at once and rest if you notice</h2>
        <ul className={styles.plainList}>
          {WALK_TEST_STOP_SIGNS.map((s) => (
            <li key={s.id}>{s.sign}</li>
          ))}
        </ul>
        <p className={styles.stopAdvice}>
          Sit down and rest. If chest pain or pressure does not ease within a few minutes of rest, call your emergency number.
        </p>
      </section>
    </div>
  );
}
