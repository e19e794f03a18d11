'use client';
// Whether this device can speak the cues ('missing', 'failed' once speaking failed, else
// 'ready'), kept current for the screens that say so (the player, Settings).
import { useSyncExternalStore } from 'react';
import { onVoiceStatus, voiceStatus, type VoiceStatus } from '@/lib/cues/audio';

export function useVoiceStatus(): VoiceStatus {
  return useSyncExternalStore(onVoiceStatus, voiceStatus, () => 'ready');
}

export const VOICE_UNAVAILABLE = 'Spoken cues are not available on this device. Beeps, vibration and the screen still guide you.';
