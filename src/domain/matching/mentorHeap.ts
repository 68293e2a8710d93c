/**
 * A binary min-heap of mentors keyed by (distance, index), with decrease-key: the search settles the nearest mentor
 * without scanning all of them, and equal distances go to the lower index as the dense scan did.
 */
export class MentorHeap {
  private readonly heap: Int32Array;
  private readonly at: Int32Array;
  size = 0;
  constructor(m: number, private readonly dist: Float64Array) {
    this.heap = new Int32Array(m);
    this.at = new Int32Array(m).fill(-1);
  }
  private less(a: number, b: number): boolean {
    const da = this.dist[a];
    const db = this.dist[b];
    return da < db || (da === db && a < b);
  }
  private up(k: number): void {
    const h = this.heap;
    const x = h[k];
    while (k > 0) {
      const parent = (k - 1) >> 1;
      if (!this.less(x, h[parent])) break;
      h[k] = h[parent];
      this.at[h[k]] = k;
      k = parent;
    }
    h[k] = x;
    this.at[x] = k;
  }
  private down(k: number): void {
    const h = this.heap;
    const x = h[k];
    for (;;) {
      let child = 2 * k + 1;
      if (child >= this.size) break;
      if (child + 1 < this.size && this.less(h[child + 1], h[child])) child++;
      if (!this.less(h[child], x)) break;
      h[k] = h[child];
      this.at[h[k]] = k;
      k = child;
    }
    h[k] = x;
    this.at[x] = k;
  }
  /** Adds the mentor, or moves it up after its distance fell. */
  push(j: number): void {
    if (this.at[j] < 0) {
      this.heap[this.size] = j;
      this.at[j] = this.size++;
    }
    this.up(this.at[j]);
  }
  peek(): number {
    return this.size > 0 ? this.heap[0] : -1;
  }
  pop(): number {
    const top = this.heap[0];
    this.at[top] = -1;
    const last = this.heap[--this.size];
    if (this.size > 0) {
      this.heap[0] = last;
      this.at[last] = 0;
      this.down(0);
    }
    return top;
  }
  clear(): void {
    for (let k = 0; k < this.size; k++) this.at[this.heap[k]] = -1;
    this.size = 0;
  }
}
