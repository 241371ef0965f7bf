/**
 * "A result computed after now", shared: a caller joins the computation queued to start when the one
 * in flight ends, so however many callers ask, at most one runs and one waits. Every caller still gets a
 * result that began after its request (it sees every change committed before it asked).
 */
export class FreshFlight<T> {
  private inflight: Promise<T> | undefined;
  private queued: Promise<T> | undefined;

  constructor(private readonly compute: () => Promise<T>) {}

  get(): Promise<T> {
    if (this.queued) return this.queued;
    const running = this.inflight;
    if (!running) return this.start();
    const queued = running
      .catch(() => undefined)
      .then(() => {
        this.queued = undefined;
        return this.start();
      });
    this.queued = queued;
    return queued;
  }

  private start(): Promise<T> {
    const run = this.compute().finally(() => {
      if (this.inflight === run) this.inflight = undefined;
    });
    this.inflight = run;
    return run;
  }
}
