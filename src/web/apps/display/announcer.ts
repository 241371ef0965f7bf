import type { Language } from '../../../common/domain.js';
import { createAudioContext, playChime } from '../../visits/chime.js';

const VOICE_LANG: Record<Language, string> = { fr: 'fr-BE', nl: 'nl-BE', en: 'en-GB' };
const MAX_QUEUE = 6;
const SPEECH_TIMEOUT_MS = 8000;

type Announcement = { text: string; language: Language };

function pickVoice(lang: string): SpeechSynthesisVoice | undefined {
  const voices = window.speechSynthesis?.getVoices() ?? [];
  const base = lang.slice(0, 2);
  return voices.find((v) => v.lang === lang) ?? voices.find((v) => v.lang.toLowerCase().startsWith(base));
}

/**
 * Plays each call in turn: a chime, then the sentence spoken in the ticket's language. Calls arriving
 * together wait their turn; the queue is capped so a long outage cannot pile up announcements.
 */
export function createAnnouncer() {
  let context: AudioContext | null = null;
  const queue: Announcement[] = [];
  let busy = false;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const wait = (ms: number) =>
    new Promise<void>((resolve) => {
      timer = setTimeout(resolve, ms);
    });

  const speak = (item: Announcement) =>
    new Promise<void>((resolve) => {
      const synth = window.speechSynthesis;
      if (!synth) return resolve();
      const utterance = new SpeechSynthesisUtterance(item.text);
      utterance.lang = VOICE_LANG[item.language];
      const voice = pickVoice(utterance.lang);
      if (voice) utterance.voice = voice;
      utterance.rate = 0.9;
      const done = () => {
        clearTimeout(guard);
        resolve();
      };
      const guard = setTimeout(done, SPEECH_TIMEOUT_MS);
      utterance.onend = done;
      utterance.onerror = done;
      synth.speak(utterance);
    });

  const next = async () => {
    if (busy) return;
    busy = true;
    while (queue.length > 0) {
      const item = queue.shift() as Announcement;
      if (context) {
        await context.resume().catch(() => undefined);
        await wait(playChime(context));
      }
      await speak(item);
    }
    busy = false;
  };

  return {
    /** Must run inside a user gesture: browsers keep audio locked until then. */
    enable() {
      context ??= createAudioContext();
      void context?.resume().catch(() => undefined);
      window.speechSynthesis?.getVoices();
    },
    announce(item: Announcement) {
      if (queue.length >= MAX_QUEUE) queue.shift();
      queue.push(item);
      void next();
    },
    dispose() {
      queue.length = 0;
      clearTimeout(timer);
      window.speechSynthesis?.cancel();
      void context?.close().catch(() => undefined);
      context = null;
    },
  };
}
export type Announcer = ReturnType<typeof createAnnouncer>;
