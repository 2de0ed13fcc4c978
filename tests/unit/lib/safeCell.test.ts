import { safeCell } from '@site/src/lib/csv/safeCell';

describe('CSV formula guard', () => {
  it.each([
    ['=1+1'],
    ['+1'],
    ['-1'],
    ['@SUM(A1)'],
    ['\t=1'],
    ['\r=1'],
    // Full-width signs: spreadsheets normalise them and run the formula.
    ['＝HYPERLINK("http://x")'],
    ['＋1'],
    ['－1'],
    ['＠SUM(A1)'],
    // Whitespace and invisible characters before the sign.
    [' =1+1'],
    ['\n=1+1'],
    ['\u00a0=1'],
    ['\u200b=1+1'],
    ['\ufeff=1+1'],
    ['\u2060 \u200b=1'],
  ])('neutralises %j', (text) => {
    expect(safeCell(text)).toBe(`'${text}`);
  });

  it.each([['Ada Lovelace'], ['a=b'], ['1 + 1'], ['ＡＢＣ'], ['']])('leaves plain text %j alone', (text) => {
    expect(safeCell(text)).toBe(text);
  });

  it('keeps numbers and booleans as they are, negative numbers included', () => {
    expect(safeCell(-3)).toBe(-3);
    expect(safeCell(4.5)).toBe(4.5);
    expect(safeCell(true)).toBe(true);
    expect(safeCell(null)).toBe('');
  });
});
