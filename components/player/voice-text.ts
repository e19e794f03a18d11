// The first session's question about spoken cues, in words: the question itself (VoiceIntro)
// and the static player drawn before the records are read (SessionSkeleton) say the same.
export const voiceTitle = (voiceOn: boolean) => `Spoken cues are ${voiceOn ? 'on' : 'off'}`;
export const VOICE_EXPLAINED =
  'A voice says each step out loud — which arm and leg, and what comes next — so you can keep your eyes off the screen. Beeps count down the last seconds.';
export const keepVoiceText = (voiceOn: boolean) => (voiceOn ? 'Keep voice on' : 'Turn voice on');
export const dropVoiceText = (voiceOn: boolean) => (voiceOn ? 'Turn voice off' : 'Keep voice off');
