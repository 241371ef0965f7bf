import { useEffect, useState } from 'react';

const EVENTS = ['pointerdown', 'keydown', 'touchstart', 'wheel'] as const;

/**
 * Seconds left before the kiosk goes back to the start, counted from the last touch or key press;
 * `null` while inactive. Calls `onExpire` once when the time is up.
 */
export function useIdleCountdown(active: boolean, seconds: number, onExpire: () => void): number | null {
  const [left, setLeft] = useState<number | null>(null);
  useEffect(() => {
    if (!active) {
      setLeft(null);
      return;
    }
    let last = Date.now();
    const touch = () => {
      last = Date.now();
      setLeft(seconds);
    };
    for (const type of EVENTS) window.addEventListener(type, touch, { passive: true });
    setLeft(seconds);
    const timer = setInterval(() => {
      const remaining = Math.max(0, seconds - Math.floor((Date.now() - last) / 1000));
      setLeft(remaining);
      if (remaining === 0) {
        clearInterval(timer);
        onExpire();
      }
    }, 1000);
    return () => {
      clearInterval(timer);
      for (const type of EVENTS) window.removeEventListener(type, touch);
    };
  }, [active, seconds, onExpire]);
  return left;
}
