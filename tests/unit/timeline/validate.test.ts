import { findTimelineProblems, formatTimelineProblems } from '@site/src/timeline/validate';
import { lessonText } from '@site/src/timeline/mentions';
import { timelineEvents } from '@site/src/data/timeline';
import { allLessons } from '../content/course-files';

const LESSONS = ['semiconductors/how-chips-are-made', 'foundations/what-is-tech-diplomacy'];

function event(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    id: 'transistor-invented',
    date: '1947-12',
    title: 'The transistor is demonstrated',
    summary: 'A working point-contact transistor is shown at Bell Labs.',
    category: 'semiconductors',
    lessons: ['semiconductors/how-chips-are-made'],
    sources: [{ title: 'Computer History Museum', url: 'https://www.computerhistory.org/' }],
    ...overrides,
  };
}

function problemsOf(events: unknown[], docIds = LESSONS) {
  return findTimelineProblems(events, docIds).map(({ event: id, field }) => `${id} ${field}`);
}

describe('timeline validation', () => {
  const allLessonIds = [...new Set(timelineEvents.flatMap((e) => e.lessons))];

  it.each(timelineEvents.map((e) => ({ id: e.id, e })))('accepts the course event $id', ({ e }) => {
    expect(findTimelineProblems([e], allLessonIds)).toEqual([]);
  });

  it('accepts the whole course timeline, with unique ids', () => {
    expect(findTimelineProblems(timelineEvents, allLessonIds)).toEqual([]);
  });

  it('accepts a well-formed event', () => {
    expect(problemsOf([event()])).toEqual([]);
  });

  it.each(['1947-13', '47-12', '1947/12', '2019-02-30', '2019-05-15/16', ''])('rejects the malformed date "%s"', (date) => {
    expect(problemsOf([event({ date })])).toEqual(['transistor-invented date']);
  });

  it('rejects a period that ends before it starts', () => {
    expect(problemsOf([event({ date: '1958-12-31', end: '1957-07-01' })])).toEqual(['transistor-invented end']);
  });

  it('accepts a period whose less precise end covers its start', () => {
    expect(problemsOf([event({ date: '1957-07-01', end: '1957' })])).toEqual([]);
  });

  it('rejects a category outside the fixed set, naming the field', () => {
    const [problem] = findTimelineProblems([event({ category: '5G-telecom' })], LESSONS);
    expect(problem).toMatchObject({ event: 'transistor-invented', field: 'category' });
    expect(problem!.message).toMatch(/5g-telecom/);
  });

  it('rejects a duplicate id', () => {
    expect(problemsOf([event(), event({ date: '1948' })])).toEqual(['transistor-invented id']);
  });

  it('rejects an event with no source, and one with an empty list of sources', () => {
    const { sources: _omitted, ...withoutSources } = event();
    expect(problemsOf([withoutSources])).toEqual(['transistor-invented sources']);
    expect(problemsOf([event({ sources: [] })])).toEqual(['transistor-invented sources']);
  });

  it('rejects a source whose URL is not a web address', () => {
    expect(problemsOf([event({ sources: [{ title: 'x', url: 'javascript:alert(1)' }] })])).toEqual([
      'transistor-invented sources[0].url',
    ]);
  });

  it('rejects a reference to a lesson that does not exist', () => {
    const problems = findTimelineProblems([event({ lessons: ['semiconductors/how-chips-are-made', 'semiconductors/no-such-lesson'] })], LESSONS);
    expect(problems).toEqual([
      expect.objectContaining({ event: 'transistor-invented', field: 'lessons[1]', message: expect.stringContaining('semiconductors/no-such-lesson') }),
    ]);
  });

  it('rejects an id that is not kebab-case and names the event by position when it has no id', () => {
    expect(problemsOf([event({ id: 'Transistor Invented' })])).toEqual(['Transistor Invented id']);
    expect(problemsOf([event(), event({ id: undefined, date: '1950' })])).toEqual(['#1 id']);
  });

  it('rejects fields it does not know', () => {
    expect(problemsOf([event({ place: 'Murray Hill' })])).toEqual(['transistor-invented place']);
  });

  it('reports every problem at once, each line naming the file, the event and the field', () => {
    const problems = findTimelineProblems(
      [event({ date: '1947-1', category: 'chips' }), event({ id: 'x', lessons: ['nope'] })],
      LESSONS,
    );
    expect(formatTimelineProblems(problems).split('\n')).toEqual([
      expect.stringMatching(/^src\/data\/timeline\.ts: event "transistor-invented", field "date": /),
      expect.stringMatching(/^src\/data\/timeline\.ts: event "transistor-invented", field "category": /),
      expect.stringMatching(/^src\/data\/timeline\.ts: event "x", field "lessons\[0\]": .*"nope"/),
    ]);
  });

  describe('a linked lesson must mention the event', () => {
    const howChips = (body: string) => ({
      'semiconductors/how-chips-are-made': { file: 'docs/03-semiconductors/01-how-chips-are-made.mdx', text: lessonText(body) },
    });

    it('accepts a link to a lesson that mentions the event by an alias', () => {
      const events = [event({ aliases: ['point-contact transistor'] })];
      const lessons = howChips('Bardeen, Brattain and Shockley demonstrate the **point-contact transistor** at Bell Labs.');
      expect(findTimelineProblems(events, LESSONS, lessons)).toEqual([]);
    });

    it('rejects a link to a lesson that never mentions it, naming the event, the lesson, its file and the phrases looked for', () => {
      const events = [event({ aliases: ['point-contact transistor'] })];
      const lessons = howChips('A chip carries many tiny switches on a piece of silicon.');
      const problems = findTimelineProblems(events, LESSONS, lessons);
      expect(problems).toEqual([
        expect.objectContaining({ event: 'transistor-invented', field: 'lessons[0]' }),
      ]);
      const [line] = formatTimelineProblems(problems).split('\n');
      expect(line).toContain('event "transistor-invented", field "lessons[0]"');
      expect(line).toContain('"semiconductors/how-chips-are-made" (docs/03-semiconductors/01-how-chips-are-made.mdx)');
      expect(line).toContain('never mentions the event');
      expect(line).toContain('"transistor is demonstrated", "point-contact transistor"');
    });

    it('holds for every link of the course timeline, against the lessons as written', () => {
      const lessons = Object.fromEntries(
        allLessons().map((doc) => [doc.docId, { file: doc.file, text: lessonText(doc.body) }]),
      );
      const docIds = Object.keys(lessons);
      expect(formatTimelineProblems(findTimelineProblems(timelineEvents, docIds, lessons))).toBe('');
    });
  });
});
