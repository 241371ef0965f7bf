import { useEffect, useState } from 'react';

/**
 * The current time, ticking in the browser every `everyMs` — countdowns are computed here from the end
 * time the server sent, with the offset between the server's clock and this one, never by polling.
 */
export function useClock(serverTime: string | undefined, everyMs = 1000) {
  const [offset, setOffset] = useState(0);
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (serverTime) setOffset(Date.parse(serverTime) - Date.now());
  }, [serverTime]);
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), everyMs);
    return () => clearInterval(timer);
  }, [everyMs]);
  return new Date(now + offset);
}
