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

/**
 * Group commit for one kind of write: items submitted while a batch is being written wait and go
 * together in the next one, so a busy moment costs one statement (one commit) per batch, and a
 * slower database makes batches larger instead of queues longer. A lone item is written at once.
 * Items with the same key never share a batch: the later one waits for the next (so two presses of
 * one button are two writes, and the second sees the first). `write` answers by key; an item it
 * does not answer gets `undefined`.
 */
export class Combiner<T, R> {
  private readonly pending: { item: T; resolve: (r: R | undefined) => void; reject: (e: unknown) => void }[] = [];
  private running = false;

  constructor(
    private readonly keyOf: (item: T) => string,
    private readonly write: (items: T[]) => Promise<Map<string, R>>,
  ) {}

  submit(item: T): Promise<R | undefined> {
    return new Promise((resolve, reject) => {
      this.pending.push({ item, resolve, reject });
      if (!this.running) void this.drain();
    });
  }

  private async drain() {
    this.running = true;
    try {
      while (this.pending.length > 0) {
        const keys = new Set<string>();
        const batch: typeof this.pending = [];
        const later: typeof this.pending = [];
        for (const entry of this.pending.splice(0)) {
          const key = this.keyOf(entry.item);
          if (keys.has(key)) later.push(entry);
          else {
            keys.add(key);
            batch.push(entry);
          }
        }
        this.pending.unshift(...later);
        try {
          const results = await this.write(batch.map((e) => e.item));
          for (const e of batch) e.resolve(results.get(this.keyOf(e.item)));
        } catch (error) {
          for (const e of batch) e.reject(error);
        }
      }
    } finally {
      this.running = false;
    }
  }
}
