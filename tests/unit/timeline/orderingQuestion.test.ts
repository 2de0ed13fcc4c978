import { OrderingSchema } from '@site/src/quiz/types/ordering/schema';
import { orderingFromTimeline } from '@site/src/timeline/orderingQuestion';

describe('an ordering question built from timeline events', () => {
  const question = orderingFromTimeline({
    id: 'chips-in-order',
    prompt: 'Put these events in order, earliest first.',
    eventIds: ['chips-and-science-act', 'transistor-invented', 'us-japan-semiconductor-agreement', 'tsmc-founded'],
    hint: 'The transistor came first.',
  });

  it('lists the events in chronological order, whatever order the author gave', () => {
    expect(question.items.map((item) => item.id)).toEqual([
      'transistor-invented',
      'us-japan-semiconductor-agreement',
      'tsmc-founded',
      'chips-and-science-act',
    ]);
  });

  it('takes each item’s text from the event title and explains it with the formatted date and summary', () => {
    expect(question.items[0]).toEqual({
      id: 'transistor-invented',
      text: 'The transistor is demonstrated at Bell Labs',
      explanation: expect.stringMatching(/^December 1947: John Bardeen, Walter Brattain and William Shockley/),
    });
    expect(question.items[1]!.explanation).toMatch(/^31 July 1986: /);
  });

  it('formats a period with its start and end', () => {
    const withPeriod = orderingFromTimeline({
      id: 'igy',
      prompt: 'Order these.',
      eventIds: ['sputnik-1', 'international-geophysical-year', 'cern-founded'],
    });
    expect(withPeriod.items.map((item) => item.explanation?.split(':')[0])).toEqual([
      '29 September 1954',
      '1 July 1957 – 31 December 1958',
      '4 October 1957',
    ]);
  });

  it('is a valid quiz ordering question', () => {
    expect(OrderingSchema.safeParse(question).success).toBe(true);
    expect(question).toMatchObject({ type: 'ordering', id: 'chips-in-order', hint: 'The transistor came first.' });
    expect(question).not.toHaveProperty('explanation');
  });

  it('names the unknown event id when an author mistypes one', () => {
    expect(() =>
      orderingFromTimeline({ id: 'typo', prompt: 'Order.', eventIds: ['tsmc-founded', 'tsmc-founding', 'aukus'] }),
    ).toThrow('orderingFromTimeline("typo"): unknown timeline event id(s): "tsmc-founding"');
  });

  it('refuses events whose order the dates cannot settle, and too few events', () => {
    expect(() =>
      orderingFromTimeline({ id: 'same-year', prompt: 'Order.', eventIds: ['sematech-formed', 'tsmc-founded', 'aukus'] }),
    ).toThrow(/"sematech-formed" \(1987\) and "tsmc-founded" \(1987-02\) cannot be put in a certain order/);
    expect(() => orderingFromTimeline({ id: 'short', prompt: 'Order.', eventIds: ['aukus', 'eu-ai-act'] })).toThrow(
      /at least 3 events/,
    );
  });
});
