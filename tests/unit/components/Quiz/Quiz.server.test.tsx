/**
 * What the pre-rendered HTML holds, before any JavaScript runs: every question and option, and a
 * notice that checking and scoring need JavaScript. `useIsBrowser` is false on the server.
 */
import type { ReactNode } from 'react';
import Quiz from '@site/src/components/Quiz';
import { sampleQuiz } from '../../quiz/fixtures';

jest.mock('@docusaurus/useIsBrowser', () => ({ __esModule: true, default: () => false }));

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { renderToString } = require('react-dom/server') as { renderToString: (node: ReactNode) => string };

describe('Quiz on the server', () => {
  const container = document.createElement('div');
  beforeAll(() => {
    container.innerHTML = renderToString(<Quiz quiz={sampleQuiz} />);
  });

  it('includes every prompt and option', () => {
    for (const question of sampleQuiz.questions) expect(container).toHaveTextContent(question.prompt);
    expect(container).toHaveTextContent('The United Kingdom');
    expect(container).toHaveTextContent('Designs chips but outsources making them');
    expect(container).toHaveTextContent('Antarctic Treaty signed');
  });

  it('says that scoring needs JavaScript and disables the buttons that need it', () => {
    expect(container).toHaveTextContent('Checking and scoring this quiz needs JavaScript.');
    expect([...container.querySelectorAll('button')].find((b) => b.textContent === 'Submit quiz')).toBeDisabled();
  });

  it('reveals no answers, explanations or hints', () => {
    expect(container).not.toHaveTextContent('Its 2018 guidance came first.');
    expect(container).not.toHaveTextContent('Think of August 2018.');
    expect(container).not.toHaveTextContent('Australia issued its guidance');
  });
});
