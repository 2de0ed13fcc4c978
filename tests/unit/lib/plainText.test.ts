import { plainText } from '@site/src/lib/text/plainText';

describe('plain text for names and titles', () => {
  it('removes bidi overrides, isolates and marks that could reorder what is read', () => {
    expect(plainText('Invoice \u202Efdp.exe')).toBe('Invoice fdp.exe');
    expect(plainText('\u2066a\u2069 \u200Fb\u200E')).toBe('a b');
  });

  it('removes control and invisible format characters, turning line breaks and tabs into spaces', () => {
    expect(plainText('Ada\u0000\u0007 Love\u00adlace\u200b\ufeff')).toBe('Ada Lovelace');
    expect(plainText('Ada\nLovelace\tX')).toBe('Ada Lovelace X');
  });

  it('keeps the joiners scripts need (ZWJ in emoji and Indic text, ZWNJ in Persian)', () => {
    expect(plainText('👩\u200D💻 क्\u200Dष می\u200Cخواهم')).toBe('👩\u200D💻 क्\u200Dष می\u200Cخواهم');
  });
});
