'use client';
// The first session on a device asks once about spoken cues: what they do, a "Test sound"
// button (a beep, a buzz and a sample sentence), and keep or change the voice setting.
// Starting the session without answering counts as seen (the player shows this only before
// Start), so it never asks again.
import { useEffect, useId, useRef, useState } from 'react';
import { markVoiceAsked, voiceAsked } from '@/lib/db/settings';
import { rememberLayout } from '@/lib/prefs/set-up';
import { useVoiceStatus, VOICE_UNAVAILABLE } from '@/components/ui/use-voice-status';
import { dropVoiceText, keepVoiceText, VOICE_EXPLAINED, voiceTitle } from './voice-text';

// Whether the question was answered, read once per page. The session screen waits for it with
// its records, so the player opens with the question already in place instead of pushing the
// rest down a moment later.
let known: boolean | null = null;
let reading: Promise<boolean> | null = null;
export function preloadVoiceAsked(): Promise<boolean> {
  // A device that cannot store the answer is not asked (it would ask every time).
  return (reading ??= voiceAsked().then(
    (done) => {
      // The static player shows the question only until it has been answered.
      rememberLayout('voiceAsked', done);
      return (known = done);
    },
    () => (known = true),
  ));
}

export function VoiceIntro({ voiceOn, onVoice, onTest }: { voiceOn: boolean; onVoice: (on: boolean) => void; onTest: () => void }) {
  const id = useId();
  // null until read (when the screen did not wait for it).
  const [asked, setAsked] = useState<boolean | null>(known);
  const status = useVoiceStatus();
  const unanswered = useRef(false);

  useEffect(() => {
    let live = true;
    void preloadVoiceAsked().then((done) => {
      if (!live) return;
      unanswered.current = !done;
      setAsked(done);
    });
    return () => {
      live = false;
      if (unanswered.current) {
        known = true;
        rememberLayout('voiceAsked', true);
        void markVoiceAsked(Date.now()).catch(() => {});
      }
    };
  }, []);

  if (asked !== false) return null;
  const answer = (on: boolean) => {
    unanswered.current = false;
    known = true;
    rememberLayout('voiceAsked', true);
    onVoice(on);
    setAsked(true);
    void markVoiceAsked(Date.now()).catch(() => {});
  };

  return (
    <section className="voice-intro" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{voiceTitle(voiceOn)}</h2>
      <p>{status === 'ready' ? VOICE_EXPLAINED : VOICE_UNAVAILABLE}</p>
      <div className="button-row">
        <button type="button" className="button secondary" onClick={onTest}>
          Test sound
        </button>
        {status === 'ready' && (
          <>
            <button type="button" className="button" onClick={() => answer(true)}>
              {keepVoiceText(voiceOn)}
            </button>
            <button type="button" className="button secondary" onClick={() => answer(false)}>
              {dropVoiceText(voiceOn)}
            </button>
          </>
        )}
      </div>
    </section>
  );
}
