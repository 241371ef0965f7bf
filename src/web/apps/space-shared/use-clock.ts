import { useEffect, useState } from 'react';

/**
 * The current time, ticking in the browser every `everyMs` — countdowns are computed here from the end
 * time the server sent, with the offset between the server's clock and this one, never by polling.
 */
export function useClock(serverTime: string | undefined, everyMs = 1000) {
  const [offset, setOffset] = useState(0);
  const [, setTick] = useState(0);
  useEffect(() => {
    if (serverTime) setOffset(Date.parse(serverTime) - Date.now());
  }, [serverTime]);
  useEffect(() => {
    const timer = setInterval(() => setTick((n) => n + 1), everyMs);
    return () => clearInterval(timer);
  }, [everyMs]);
  // Read at render, so a render caused by new data is never a tick behind.
  return new Date(Date.now() + offset);
}
