// A token bucket per sender: `rate` messages a second on average, bursts up to `burst`. The clock is passed
// in so tests can drive it.
export class RateLimit {
  private readonly buckets = new Map<string, { tokens: number; at: number }>();

  constructor(
    private readonly rate: number,
    private readonly burst: number,
    private readonly now: () => number = Date.now,
  ) {}

  /** Takes one token for `sender`; false when its bucket is empty (the message is to be refused). */
  take(sender: string): boolean {
    const now = this.now();
    const bucket = this.buckets.get(sender) ?? { tokens: this.burst, at: now };
    bucket.tokens = Math.min(this.burst, bucket.tokens + ((now - bucket.at) / 1000) * this.rate);
    bucket.at = now;
    if (bucket.tokens < 1) {
      this.buckets.set(sender, bucket);
      return false;
    }
    bucket.tokens -= 1;
    this.buckets.set(sender, bucket);
    return true;
  }

  forget(sender: string): void {
    this.buckets.delete(sender);
  }
}
