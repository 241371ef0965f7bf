import { createAudioContext, playChime } from '../../visits/chime.js';

let context: AudioContext | null = null;

/** Prepares sound while the person touches the page (browsers unlock audio only after a gesture). */
export function unlockSound() {
  context ??= createAudioContext();
  void context?.resume().catch(() => undefined);
}

/** Vibrates and chimes when the ticket is called; silently does nothing where not allowed. */
export function alertCalled() {
  try {
    navigator.vibrate?.([400, 200, 400, 200, 600]);
  } catch {
    // Not every phone allows vibration.
  }
  context ??= createAudioContext();
  if (context && context.state !== 'closed') {
    void context.resume().then(
      () => context && playChime(context),
      () => undefined,
    );
  }
}
