/**
 * How a typed answer is compared with the accepted ones: text after normalising, numbers after
 * reading them the ways people write them ("$52.7bn", "52,700 million", "92 %").
 */

/** A leading article is not part of the answer: "the 3GPP" is "3GPP". */
const LEADING_ARTICLE = /^\s*(?:the|a|an)\s+/i;

/** Ignores a leading article, case, spacing, punctuation, symbols, accents and typographic quotes and dashes. */
export function normaliseAnswerText(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(LEADING_ARTICLE, '')
    .toLowerCase()
    .replace(/[\p{P}\p{S}\p{Z}\s]/gu, '');
}

/** Scale words and their factors, with the short forms financial writing uses. */
const SCALES: Readonly<Record<string, number>> = {
  thousand: 1e3, thousands: 1e3, k: 1e3,
  million: 1e6, millions: 1e6, m: 1e6, mn: 1e6, mln: 1e6,
  billion: 1e9, billions: 1e9, bn: 1e9, b: 1e9,
  trillion: 1e12, trillions: 1e12, tn: 1e12,
};

/** Currencies by what people type for them ("US$" is read as "us" and "$"). */
const CURRENCIES: Readonly<Record<string, string>> = {
  usd: 'usd', us: 'usd', $: 'usd', dollar: 'usd', dollars: 'usd',
  eur: 'eur', '€': 'eur', euro: 'eur', euros: 'eur',
  gbp: 'gbp', '£': 'gbp', pound: 'gbp', pounds: 'gbp',
};

const PERCENT = new Set(['%', 'percent']);

interface Unit {
  readonly scale: number;
  readonly currency: string | null;
  readonly isPercent: boolean;
  /** Other words of the unit ("countries"), which the learner may type or leave out. */
  readonly words: ReadonlySet<string>;
}

/** Splits "52.7bn", "$52.7", "US$52.7 billion", "92 per cent" into lower-case tokens. */
function tokens(text: string): string[] {
  return text
    .toLowerCase()
    .replace(/per\s*cent/g, 'percent')
    .replace(/([$€£%])/g, ' $1 ')
    .replace(/(\d)([a-z])/g, '$1 $2')
    .split(/[\s()]+/)
    .map((token) => token.replace(/^[.,;:]+|[.,;:]+$/g, ''))
    .filter((token) => token !== '');
}

/** A word in singular and plural form, so "1 country" and "27 countries" both match "countries". */
function stem(word: string): string {
  return word.replace(/ies$/, 'y').replace(/s$/, '');
}

function readUnit(unit: string | undefined): Unit {
  let scale = 1;
  let currency: string | null = null;
  let isPercent = false;
  const words = new Set<string>();
  for (const token of tokens(unit ?? '')) {
    if (SCALES[token] !== undefined) scale = SCALES[token]!;
    else if (CURRENCIES[token] !== undefined) currency = CURRENCIES[token]!;
    else if (PERCENT.has(token)) isPercent = true;
    else words.add(stem(token));
  }
  return { scale, currency, isPercent, words };
}

/**
 * Reads a number from what the learner typed, in the question's unit: "1,000", "52.7", "−3"
 * (Unicode minus), "92 %" where the unit is "%". With a unit such as "billion USD", a scale and
 * currency may be typed in any usual way ("$52.7bn", "52,700 million", "US$52.7 billion") and
 * the number is converted to the unit's scale, so "52.7 million" is 0.0527 (billion), not 52.7.
 * A currency other than the unit's, a second scale, or a word that is not part of the unit
 * ("12 apples") makes the text not a number. Commas followed by exactly three digits separate
 * thousands; any other comma is a decimal comma. Null when the text is not a number in this unit.
 */
export function parseNumber(text: string, unit?: string): number | null {
  const expected = readUnit(unit);
  const cleaned = text
    .normalize('NFKC')
    .replace(/[\u2212\u2012\u2013\u2014]/g, '-')
    .replace(/[\s\u00a0\u202f]+/g, ' ')
    .trim()
    .replace(/(\d),(?=\d{3}(?!\d))/g, '$1')
    .replace(/(\d),(\d)/g, '$1.$2');
  const match = /^(\D*?)([+-]?(?:\d+(?:\.\d*)?|\.\d+))(\D*)$/.exec(cleaned);
  if (!match) return null;
  const [, before = '', digits = '', after = ''] = match;
  let scale: number | null = null;
  for (const token of [...tokens(before), ...tokens(after)]) {
    if (CURRENCIES[token] !== undefined) {
      if (CURRENCIES[token] !== expected.currency) return null;
    } else if (SCALES[token] !== undefined) {
      if (scale !== null) return null;
      scale = SCALES[token]!;
    } else if (PERCENT.has(token)) {
      if (!expected.isPercent) return null;
    } else if (!expected.words.has(stem(token))) {
      return null;
    }
  }
  const value = Number(digits);
  return scale === null ? value : (value * scale) / expected.scale;
}
