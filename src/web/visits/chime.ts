/** A soft two-note chime made with the Web Audio API (no sound files). Needs an unlocked AudioContext. */
export function playChime(context: AudioContext, startIn = 0): number {
  const notes = [
    { freq: 659.25, at: 0 },
    { freq: 880, at: 0.35 },
  ];
  const start = context.currentTime + startIn;
  for (const note of notes) {
    const osc = context.createOscillator();
    const gain = context.createGain();
    osc.type = 'sine';
    osc.frequency.value = note.freq;
    gain.gain.setValueAtTime(0.0001, start + note.at);
    gain.gain.exponentialRampToValueAtTime(0.35, start + note.at + 0.03);
    gain.gain.exponentialRampToValueAtTime(0.0001, start + note.at + 0.6);
    osc.connect(gain).connect(context.destination);
    osc.start(start + note.at);
    osc.stop(start + note.at + 0.65);
  }
  return 1000;
}

export function createAudioContext(): AudioContext | null {
  try {
    const Ctor = window.AudioContext ?? (window as { webkitAudioContext?: typeof AudioContext }).webkitAudioContext;
    return Ctor ? new Ctor() : null;
  } catch {
    return null;
  }
}
