/** Counts every method call made on a fake Google service object: the figure behind "one read per sheet". */

export class CallLog {
  readonly counts = new Map<string, number>();

  record(name: string): void {
    this.counts.set(name, (this.counts.get(name) ?? 0) + 1);
  }

  count(name: string): number {
    return this.counts.get(name) ?? 0;
  }

  /** All calls whose name starts with one of the prefixes (e.g. «Range.», «Sheet.»). */
  total(...prefixes: string[]): number {
    let sum = 0;
    for (const [name, n] of this.counts) if (prefixes.length === 0 || prefixes.some((p) => name.startsWith(p))) sum += n;
    return sum;
  }

  reset(): void {
    this.counts.clear();
  }
}

/** Wraps an object so that each call of one of its methods is recorded as «Kind.method». */
export function counted<T extends object>(target: T, kind: string, log: CallLog): T {
  return new Proxy(target, {
    get(object, property, receiver) {
      const value = Reflect.get(object, property, receiver);
      if (typeof value !== 'function' || typeof property !== 'string' || property === 'constructor') return value;
      return (...args: unknown[]) => {
        log.record(`${kind}.${property}`);
        return value.apply(object, args);
      };
    },
  });
}
