/**
 * A small bounded memo for pure functions of a string key. Decisions in bulk repeat the same few
 * keys (one asOf, a handful of outcome patterns); a bound keeps memory flat on adversarial input.
 */
export class Memo<V> {
  private readonly map = new Map<string, V>();
  constructor(private readonly limit = 4096) {}

  get(key: string, compute: () => V): V {
    let value = this.map.get(key);
    if (value === undefined) {
      value = compute();
      if (this.map.size >= this.limit) this.map.clear();
      this.map.set(key, value);
    }
    return value;
  }
}
