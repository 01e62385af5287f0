const NUMERALS: readonly [number, string][] = [
  [1000, 'M'],
  [900, 'CM'],
  [500, 'D'],
  [400, 'CD'],
  [100, 'C'],
  [90, 'XC'],
  [50, 'L'],
  [40, 'XL'],
  [10, 'X'],
  [9, 'IX'],
  [5, 'V'],
  [4, 'IV'],
  [1, 'I'],
];

/**
 * A positive whole number in Roman numerals, as Russian and French number centuries
 * («XX век», « XXe siècle »).
 *
 * @example
 * ```ts
 * romanNumeral(21) // 'XXI'
 * ```
 */
export function romanNumeral(n: number): string {
  let out = '';
  let rest = n;
  for (const [value, numeral] of NUMERALS) {
    for (; rest >= value; rest -= value) out += numeral;
  }
  return out;
}
