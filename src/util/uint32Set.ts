/**
 * A set of unsigned 32-bit integers in one typed array (open addressing, linear probing):
 * no entry objects and one memory access per lookup, where a `Map` of 100,000 string
 * keys took several cache misses each. Positions come from a multiplier drawn per set, so
 * no input can be crafted to pile its numbers into one run of slots.
 *
 * @example
 * ```ts
 * const seen = new Uint32Set(1000)
 * seen.add(7) // true
 * seen.add(7) // false: already there
 * ```
 */
export class Uint32Set {
  /** 0 marks an empty slot; the value 0 itself is kept in `hasZero`. */
  private slots: Uint32Array;
  private shift: number;
  private size = 0;
  private hasZero = false;
  private readonly multiplier = (Math.floor(Math.random() * 0x40000000) * 2 + 1) | 0;

  /** @param expected how many values are likely to be added; the set grows past it when needed. */
  constructor(expected: number) {
    let bits = 4;
    while (2 ** bits < expected * 2) bits++;
    this.slots = new Uint32Array(2 ** bits);
    this.shift = 32 - bits;
  }

  /** Adds `value` (an integer 0…2³² − 1); false when it was already in the set. */
  add(value: number): boolean {
    if (value === 0) {
      const had = this.hasZero;
      this.hasZero = true;
      return !had;
    }
    const slots = this.slots;
    const mask = slots.length - 1;
    for (let i = Math.imul(value, this.multiplier) >>> this.shift; ; i = (i + 1) & mask) {
      const s = slots[i]!;
      if (s === value) return false;
      if (s === 0) {
        slots[i] = value;
        // At most half full, so probe runs stay short.
        if (++this.size * 2 > slots.length) this.grow();
        return true;
      }
    }
  }

  private grow(): void {
    const old = this.slots;
    const slots = new Uint32Array(old.length * 2);
    const mask = slots.length - 1;
    this.shift--;
    for (const value of old) {
      if (value === 0) continue;
      let i = Math.imul(value, this.multiplier) >>> this.shift;
      while (slots[i] !== 0) i = (i + 1) & mask;
      slots[i] = value;
    }
    this.slots = slots;
  }
}
