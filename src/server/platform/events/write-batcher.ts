/**
 * Coalesces writes to many long-lived responses: text written to a stream is buffered and every
 * buffered stream is flushed together a few milliseconds later, one socket write each. On a busy floor
 * a display receives several events per turn of the event loop; one write per event costs a system
 * call (and, on loopback, the receiver's TCP work) each time.
 */
export type Sink = { write: (text: string) => unknown };

export class WriteBatcher {
  private readonly pending = new Map<Sink, string>();
  private timer: NodeJS.Timeout | undefined;

  constructor(private readonly delayMs: number) {}

  write(sink: Sink, text: string) {
    this.pending.set(sink, (this.pending.get(sink) ?? '') + text);
    if (!this.timer) this.timer = setTimeout(() => this.flush(), this.delayMs);
  }

  /** Drops what a closed stream still had buffered. */
  forget(sink: Sink) {
    this.pending.delete(sink);
  }

  flush() {
    this.timer = undefined;
    for (const [sink, text] of this.pending) sink.write(text);
    this.pending.clear();
  }
}

/** Shared by every SSE response of the process: 10 ms is far below what a person notices. */
export const sseBatcher = new WriteBatcher(10);
