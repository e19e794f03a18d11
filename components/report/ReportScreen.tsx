'use client';
// The report a person makes for their physiotherapist or doctor: pick a period, print it or save
// it as a PDF from the print dialog, or share it as a file (an HTML page any browser opens and
// prints). Made on the device from its own records; nothing is sent anywhere.
import { useLiveQuery } from 'dexie-react-hooks';
import { useId, useMemo, useRef, useState } from 'react';
import { AdherenceBars, TightnessChart, ToleranceChart } from '@/components/progress/Charts';
import { shortDay } from '@/components/progress/progress-view';
import { saveFile } from '@/components/ui/save-file';
import { useNow } from '@/components/ui/use-now';
import { listCheckIns } from '@/lib/db/check-ins';
import { listDayMarks } from '@/lib/db/day-marks';
import { listDoses } from '@/lib/db/doses';
import { listPlan } from '@/lib/db/plan';
import { listScreenings, readOnboarding } from '@/lib/db/safety';
import { listSessions } from '@/lib/db/sessions';
import { readSettings } from '@/lib/db/settings';
import { listWalkTests } from '@/lib/db/walk-tests';
import { listWalks } from '@/lib/db/walks';
import { RANGES, reportFileName, reportView, weekDoneText, type ReportRange, type ReportView } from './report-view';
import styles from './report.module.css';

async function readRows() {
  try {
    const [plan, sessions, marks, checkIns, walks, walkTests, screenings, doses, settings, onboarding] = await Promise.all([
      listPlan(),
      listSessions(),
      listDayMarks(),
      listCheckIns(),
      listWalks(),
      listWalkTests(),
      listScreenings(),
      listDoses(),
      readSettings(),
      readOnboarding(),
    ]);
    return { ok: true as const, rows: { plan, sessions, marks, checkIns, walks, walkTests, screenings, doses, settings, baseline: onboarding?.baselineMinutes } };
  } catch {
    return { ok: false as const };
  }
}

/** The page's styles, inlined, so the shared file looks as the report does here. */
function pageStyles(): string {
  const rules: string[] = [];
  for (const sheet of Array.from(document.styleSheets)) {
    try {
      for (const rule of Array.from(sheet.cssRules)) rules.push(rule.cssText);
    } catch {
      // A sheet the page may not read: the file does without it.
    }
  }
  return rules.join('\n');
}

function reportFile(article: HTMLElement, now: number): File {
  const html =
    '<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">' +
    `<title>Backstride report</title><style>${pageStyles()}</style></head><body><main class="main">${article.outerHTML}</main></body></html>`;
  return new File([html], reportFileName(now), { type: 'text/html' });
}

export function ReportScreen() {
  const now = useNow(60_000);
  const data = useLiveQuery(readRows, []);
  const [range, setRange] = useState<ReportRange>('12w');
  const [notes, setNotes] = useState(false);
  const [status, setStatus] = useState('');
  const article = useRef<HTMLElement>(null);
  const id = useId();
  const view = useMemo(() => (data?.ok ? reportView(data.rows, range, now, { notes }) : null), [data, range, now, notes]);

  if (!data) return <p role="status">Loading your report…</p>;
  if (!data.ok || !view) {
    return (
      <p className="notice" role="alert">
        Backstride cannot read this device’s storage, so the report cannot be made right now.
      </p>
    );
  }

  const canShare = typeof navigator !== 'undefined' && typeof navigator.canShare === 'function';
  const share = async () => {
    if (!article.current) return;
    const file = reportFile(article.current, Date.now());
    try {
      if (canShare && navigator.canShare({ files: [file] })) {
        await navigator.share({ files: [file], title: 'Backstride report' });
        setStatus('Report shared.');
        return;
      }
    } catch (error) {
      // The person closed the share sheet: nothing to say.
      if (error instanceof DOMException && error.name === 'AbortError') return;
    }
    saveFile(await file.text(), file.name, file.type);
    setStatus(`Report saved as ${file.name}.`);
  };

  return (
    <>
      <form className={`card ${styles.controls}`} onSubmit={(e) => e.preventDefault()} aria-labelledby={`${id}-controls`}>
        <h2 id={`${id}-controls`} className={styles.controlsTitle}>
          What to include
        </h2>
        <fieldset className="choice-group">
          <legend>Period</legend>
          {RANGES.map((r) => (
            <label key={r.value} className="choice">
              <input type="radio" name={`${id}-range`} value={r.value} checked={range === r.value} onChange={() => setRange(r.value)} />
              {r.label}
            </label>
          ))}
        </fieldset>
        <label className="switch">
          <input type="checkbox" checked={notes} onChange={(e) => setNotes(e.target.checked)} />
          Include my notes from sessions and check-ins
        </label>
        <div className="button-row">
          <button type="button" className="button" onClick={() => window.print()}>
            Print or save as PDF
          </button>
          <button type="button" className="button secondary" onClick={() => void share()}>
            {canShare ? 'Share as a file' : 'Save as a file'}
          </button>
        </div>
        <p className="muted">To save a PDF, choose “Save as PDF” as the printer. The file is a web page that any browser opens and prints.</p>
        <p role="status" className={styles.status}>
          {status}
        </p>
      </form>

      <article ref={article} className={styles.report} aria-labelledby={`${id}-title`}>
        <Report view={view} titleId={`${id}-title`} />
      </article>
    </>
  );
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

function Report({ view, titleId }: { view: ReportView; titleId: string }) {
  return (
    <>
      <header className={styles.head}>
        <h2 id={titleId}>Backstride report</h2>
        <p>
          <strong>Period:</strong> {view.period} ({plural(view.weeks, 'week', 'weeks')}). <strong>Made:</strong> {view.madeAt}.
        </p>
        <p className={styles.about}>
          Backstride is an exercise companion for people whose lower back tightens when they walk. It guides stretches and
          strengthening, and keeps the records below on the person’s own device, as they entered them. It does not diagnose
          anything.
        </p>
      </header>

      {view.warnings.length > 0 && (
        <section className={styles.warnings} aria-labelledby="report-warnings">
          <h3 id="report-warnings">Warning signs reported</h3>
          <ScreeningList rows={view.warnings} />
        </section>
      )}

      {view.empty ? (
        <p className={styles.empty}>Nothing was recorded from {view.period}: no sessions, check-ins, walks or screenings. Choose a longer period to see more.</p>
      ) : (
        <>
          <section aria-labelledby="report-sessions">
            <h3 id="report-sessions">Sessions against the plan</h3>
            <p>{view.adherenceText}</p>
            <div className={styles.twoColumns}>
              {view.adherence.length > 1 && <AdherenceBars weeks={view.adherence} />}
              <table className={styles.table}>
                <caption className="visually-hidden">Sessions and planned days per week</caption>
                <thead>
                  <tr>
                    <th scope="col">Week of</th>
                    <th scope="col">Sessions</th>
                    <th scope="col">Planned days done</th>
                  </tr>
                </thead>
                <tbody>
                  {view.weekRows.map((w) => (
                    <tr key={w.weekStart}>
                      <th scope="row">{shortDay(w.weekStart)}</th>
                      <td>{w.sessions}</td>
                      <td>{weekDoneText(w)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </section>

          <div className={styles.twoColumns}>
            <section aria-labelledby="report-tightness">
              <h3 id="report-tightness">Tightness (0–10)</h3>
              {view.tightness.length > 1 ? (
                <TightnessChart days={view.tightness} from={view.from} to={view.to} />
              ) : (
                <p>{view.tightness.length === 1 ? `One day rated: ${view.tightness[0]!.average} on ${shortDay(view.tightness[0]!.day)}.` : 'No tightness ratings in this period.'}</p>
              )}
            </section>
            <section aria-labelledby="report-walking">
              <h3 id="report-walking">Logged walks: minutes before tightness</h3>
              {view.tolerance.length > 0 ? (
                <>
                  <p>
                    {plural(view.walkCount, 'walk', 'walks')} logged. {view.toleranceHeadline}.
                  </p>
                  <ToleranceChart points={view.tolerance} />
                </>
              ) : (
                <p>No walks logged in this period.</p>
              )}
            </section>
          </div>

          <section aria-labelledby="report-walk-tests">
            <h3 id="report-walk-tests">Walking tests</h3>
            {view.walkTests.length === 0 ? (
              <p>No walking test in this period.</p>
            ) : (
              <>
                <p>
                  Self-paced walks at the person’s own pace until symptoms made them stop, or 30 minutes. {view.walkTestHeadline}
                </p>
                <table className={styles.table}>
                  <caption className="visually-hidden">Walking tests</caption>
                  <thead>
                    <tr>
                      <th scope="col">Day</th>
                      <th scope="col">Before tightness</th>
                      <th scope="col">In all</th>
                      <th scope="col">Afterwards</th>
                    </tr>
                  </thead>
                  <tbody>
                    {view.walkTests.map((t) => (
                      <tr key={t.id}>
                        <th scope="row">{t.when}</th>
                        <td>{t.beforeTightness}</td>
                        <td>{t.total}</td>
                        <td>{t.details}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </>
            )}
          </section>

          <section aria-labelledby="report-doses">
            <h3 id="report-doses">Doses now and at the start</h3>
            {view.doses.length === 0 ? (
              <p>No routines are planned.</p>
            ) : (
              <table className={styles.table}>
                <caption className="visually-hidden">Each exercise’s dose now and at the start</caption>
                <thead>
                  <tr>
                    <th scope="col">Exercise</th>
                    <th scope="col">Now</th>
                    <th scope="col">At the start</th>
                  </tr>
                </thead>
                <tbody>
                  {view.doses.map((d) => (
                    <tr key={d.name}>
                      <th scope="row">{d.name}</th>
                      <td>{d.changed ? <strong>{d.now}</strong> : d.now}</td>
                      <td>{d.start}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
          </section>

          <div className={styles.twoColumns}>
            <section aria-labelledby="report-days">
              <h3 id="report-days">Flare and skip days</h3>
              {view.marks.length === 0 ? (
                <p>None in this period.</p>
              ) : (
                <ul className={styles.list}>
                  {view.marks.map((m) => (
                    <li key={m.day}>
                      {m.when}: {m.kind}
                      {m.reason ? ` (${m.reason})` : ''}
                    </li>
                  ))}
                </ul>
              )}
            </section>
            <section aria-labelledby="report-screenings">
              <h3 id="report-screenings">Warning-sign questions answered</h3>
              {view.screenings.length === 0 ? <p>Not answered in this period.</p> : <ScreeningList rows={view.screenings} />}
            </section>
          </div>
        </>
      )}

      <section aria-labelledby="report-plan">
        <h3 id="report-plan">Current plan</h3>
        {view.plan.length === 0 ? (
          <p>No routines are planned.</p>
        ) : (
          <ul className={styles.list}>
            {view.plan.map((p) => (
              <li key={p.id}>
                {p.routine}: {p.days}, {p.time}
              </li>
            ))}
          </ul>
        )}
      </section>

      {view.notes.length > 0 && (
        <section aria-labelledby="report-notes">
          <h3 id="report-notes">Notes</h3>
          <ul className={styles.list}>
            {view.notes.map((n, i) => (
              <li key={i}>
                {n.when}, {n.about}: {n.text}
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}

function ScreeningList({ rows }: { rows: ReportView['screenings'] }) {
  return (
    <ul className={styles.list}>
      {rows.map((s, i) => (
        <li key={`${s.day}-${i}`}>
          <strong>
            {s.when}: {s.outcome}.
          </strong>{' '}
          {s.signs.length > 0 ? `Yes to: ${s.signs.join('; ')}.` : s.severity === 'clear' ? 'No to every question.' : 'Not every question answered.'}
          {s.followUp.length > 0 && ` ${s.followUp.join(' ')}`}
        </li>
      ))}
    </ul>
  );
}
