import { containsPhrase, findMention, lessonText } from '@site/src/timeline/mentions';

const lesson = (body: string, description = 'A lesson.') =>
  lessonText(`---\ntitle: A lesson\ndescription: ${description}\n---\n\nimport Quiz from '@site/src/components/Quiz';\n\n${body}\n`);

describe('whether a lesson mentions a timeline event', () => {
  it('finds an alias whatever its case, emphasis, line breaks and typography', () => {
    const text = lesson(
      'With effect from **16 May 2019** the Commerce Department added Huawei to the\n**[entity list](/course/glossary#entity-list)**, and the **US–Japan** pact of 1986…',
    );
    expect(containsPhrase(text, 'Entity List')).toBe(true);
    expect(containsPhrase(text, 'US-Japan')).toBe(true);
    expect(containsPhrase(text, '16 May 2019')).toBe(true);
  });

  it('treats curly and straight apostrophes alike', () => {
    expect(containsPhrase(lesson("Australia's guidance named no company."), 'Australia’s guidance')).toBe(true);
  });

  it('matches whole words only', () => {
    const text = lesson('A literal reading of the rules; the 40040 series.');
    expect(containsPhrase(text, 'ITER')).toBe(false);
    expect(containsPhrase(text, '4004')).toBe(false);
  });

  it('does not count the front matter, imports, link targets or MDX comments', () => {
    const text = lesson(
      'Read [the next lesson](/course/semiconductors/rapidus) first. {/* Rapidus */}',
      'Rapidus and the chip acts',
    );
    expect(containsPhrase(text, 'Rapidus')).toBe(false);
    expect(containsPhrase(text, 'Quiz')).toBe(false);
  });

  it('accepts the title without its leading article, or any alias, and says which phrase it found', () => {
    const treaty = { title: 'The Partial Test Ban Treaty', aliases: ['test ban'] };
    expect(findMention(treaty, lesson('In 1963 the Partial Test Ban Treaty was signed in Moscow.'))).toBe('Partial Test Ban Treaty');
    expect(findMention(treaty, lesson('The diplomacy of the test ban was among states.'))).toBe('test ban');
    expect(findMention(treaty, lesson('The NPT opened for signature in 1968.'))).toBeUndefined();
  });
});
