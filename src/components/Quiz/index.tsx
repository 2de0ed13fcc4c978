import type { ReactNode } from 'react';
import type { Quiz as QuizData } from './schema';

export interface Props {
  readonly quiz: QuizData;
}

// Interim view until the quiz engine lands: prompts only, no scoring.
export default function Quiz({ quiz }: Props): ReactNode {
  return (
    <section aria-label={quiz.title}>
      <ol>
        {quiz.questions.map((question) => (
          <li key={question.id}>{question.prompt}</li>
        ))}
      </ol>
    </section>
  );
}
