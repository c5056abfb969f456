/**
 * Exact decimal numbers for money and quantities: value = coefficient × 10^exponent.
 * Figures are parsed from their digits and never pass through a binary float, so
 * "39.23 billion" stays exactly 39_230_000_000; floats appear only when formatting ratios.
 */
export interface Decimal {
  readonly coefficient: bigint;
  /** Power of ten the coefficient is scaled by (may be negative). */
  readonly exponent: number;
}

const DIGITS = /^(\d+)(?:\.(\d+))?$/;

/** Parses plain digits with an optional decimal point ("1234.5"); separators must already be removed. */
export function parseDecimal(digits: string): Decimal | null {
  const match = DIGITS.exec(digits);
  if (match === null) return null;
  const whole = match[1] ?? '';
  const fraction = match[2] ?? '';
  // `0 - length`, not `-length`: no -0 exponent for whole numbers (JSON and toEqual tell -0 from 0).
  return normalize({ coefficient: BigInt(whole + fraction), exponent: 0 - fraction.length });
}

/** An exact decimal for a safe integer (dataset values are whole base units). */
export function decimalFromInteger(value: number | bigint): Decimal {
  if (typeof value === 'number' && !Number.isSafeInteger(value)) {
    throw new RangeError(`not a safe integer: ${value}`);
  }
  return normalize({ coefficient: BigInt(value), exponent: 0 });
}

/**
 * 10^power as a bigint. Comparisons, sums and divisions scale by small powers of ten all the
 * time, and `10n ** k` recomputes the power on each call: those are read from a table built once.
 */
export function powerOfTen(power: number): bigint {
  return POWERS_OF_TEN[power] ?? 10n ** BigInt(power);
}

/** 10^0 … 10^TABULATED_POWERS: past any rate's or figure's digits, yet small (a long input's odd exponent is computed, not tabulated). */
const TABULATED_POWERS = 64;
const POWERS_OF_TEN: readonly bigint[] = Array.from({ length: TABULATED_POWERS + 1 }, (_, power) => 10n ** BigInt(power));

/** Multiplies by 10^power: how "billion" (power 9) or "k" (power 3) scales a number. */
export function shiftDecimal(value: Decimal, power: number): Decimal {
  return normalize({ coefficient: value.coefficient, exponent: value.exponent + power });
}

/** A power of ten and 10^power as a decimal: the scales a check tries, built once per list. */
export interface ScaleFactor {
  readonly power: number;
  readonly factor: Decimal;
}

/** Each power with its factor, for a list of powers a slip may be off by. */
export function scaleFactors(powers: readonly number[]): readonly ScaleFactor[] {
  return powers.map((power) => ({ power, factor: shiftDecimal(decimalFromInteger(1), power) }));
}

export function multiplyDecimals(a: Decimal, b: Decimal): Decimal {
  return normalize({ coefficient: a.coefficient * b.coefficient, exponent: a.exponent + b.exponent });
}

export function addDecimals(a: Decimal, b: Decimal): Decimal {
  const [x, y, exponent] = alignExponents(a, b);
  return normalize({ coefficient: x + y, exponent });
}

export function subtractDecimals(a: Decimal, b: Decimal): Decimal {
  return addDecimals(a, { coefficient: -b.coefficient, exponent: b.exponent });
}

/** Total order: negative when a < b, zero when equal, positive when a > b. */
export function compareDecimals(a: Decimal, b: Decimal): number {
  // Signs that differ decide without scaling either coefficient.
  const [signA, signB] = [sign(a.coefficient), sign(b.coefficient)];
  if (signA !== signB) return signA < signB ? -1 : 1;
  const [x, y] = alignExponents(a, b);
  return x < y ? -1 : x > y ? 1 : 0;
}

export function minDecimal(a: Decimal, b: Decimal): Decimal {
  return compareDecimals(a, b) <= 0 ? a : b;
}

export function maxDecimal(a: Decimal, b: Decimal): Decimal {
  return compareDecimals(a, b) >= 0 ? a : b;
}

/** The nearest float, for display and ratios only; never for comparisons. */
export function decimalToNumber(value: Decimal): number {
  return Number(`${value.coefficient}e${value.exponent}`);
}

/** Plain decimal notation without exponent ("64930000000", "1.0472"). */
export function formatDecimal(value: Decimal): string {
  const negative = value.coefficient < 0n;
  const digits = (negative ? -value.coefficient : value.coefficient).toString();
  let text: string;
  if (value.exponent >= 0) {
    text = digits === '0' ? '0' : digits + '0'.repeat(value.exponent);
  } else {
    const padded = digits.padStart(-value.exponent + 1, '0');
    const point = padded.length + value.exponent;
    text = `${padded.slice(0, point)}.${padded.slice(point)}`;
  }
  return negative ? `-${text}` : text;
}

/** Both coefficients at the smaller exponent; only the one with the larger exponent is re-scaled. */
function alignExponents(a: Decimal, b: Decimal): [bigint, bigint, number] {
  if (a.exponent === b.exponent) return [a.coefficient, b.coefficient, a.exponent];
  if (a.exponent > b.exponent) return [a.coefficient * powerOfTen(a.exponent - b.exponent), b.coefficient, b.exponent];
  return [a.coefficient, b.coefficient * powerOfTen(b.exponent - a.exponent), a.exponent];
}

function sign(value: bigint): -1 | 0 | 1 {
  return value < 0n ? -1 : value > 0n ? 1 : 0;
}

/** Strips trailing zeros into the exponent so equal values have one representation. */
function normalize(value: Decimal): Decimal {
  if (value.coefficient === 0n) return { coefficient: 0n, exponent: 0 };
  let { coefficient, exponent } = value;
  while (coefficient % 10n === 0n) {
    coefficient /= 10n;
    exponent += 1;
  }
  return { coefficient, exponent };
}
