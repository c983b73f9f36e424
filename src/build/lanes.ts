/**
 * Runs tasks at most `limit` at a time, in the order they were given; the limit can change while
 * they run. For the search batches of a build (`integrations/pagefind.ts`, `scripts/build.ts`,
 * whose limit rises once Astro is done).
 */
export class Lanes {
  private running = 0;
  private readonly waiting: (() => void)[] = [];
  private limit: number;

  constructor(limit: number) {
    this.limit = limit;
  }

  setLimit(limit: number): void {
    this.limit = limit;
    this.next();
  }

  run<T>(task: () => Promise<T>): Promise<T> {
    return new Promise<void>((go) => {
      this.waiting.push(go);
      this.next();
    }).then(() => task().finally(() => {
      this.running--;
      this.next();
    }));
  }

  private next(): void {
    while (this.running < this.limit && this.waiting.length > 0) {
      this.running++;
      this.waiting.shift()!();
    }
  }
}
