import type { ReactNode } from 'react';
import { translate } from '@docusaurus/Translate';
import type { Catalogue } from '@site/src/data/catalogue';
import type { ItemKind } from '@site/src/lib/assignment/schema';
import { itemKey } from './model';
import styles from './styles.module.css';

export interface Props {
  readonly catalogue: Catalogue;
  readonly selected: ReadonlySet<string>;
  readonly onToggle: (key: string, checked: boolean) => void;
  readonly describedBy?: string;
}

interface Choice {
  readonly kind: ItemKind;
  readonly id: string;
  readonly label: string;
}

function Checkbox({ choice, selected, onToggle }: { choice: Choice } & Pick<Props, 'selected' | 'onToggle'>): ReactNode {
  const key = itemKey(choice.kind, choice.id);
  const inputId = `assign-${choice.kind}-${choice.id.replace(/\//g, '--')}`;
  return (
    <li>
      <input
        type="checkbox"
        id={inputId}
        checked={selected.has(key)}
        onChange={(event) => onToggle(key, event.currentTarget.checked)}
      />{' '}
      <label htmlFor={inputId}>{choice.label}</label>
    </li>
  );
}

function Group({ legend, choices, ...rest }: { legend: string; choices: readonly Choice[] } & Pick<Props, 'selected' | 'onToggle'>): ReactNode {
  if (choices.length === 0) return null;
  return (
    <fieldset className={styles.group}>
      <legend>{legend}</legend>
      <ul className={styles.choices}>
        {choices.map((choice) => (
          <Checkbox key={choice.id} choice={choice} {...rest} />
        ))}
      </ul>
    </fieldset>
  );
}

/** Checkboxes for every module, lesson and quiz, in fieldsets by kind and then by module. */
export default function ItemPicker({ catalogue, describedBy, ...rest }: Props): ReactNode {
  const { modules, lessons, quizzes } = catalogue;
  const moduleTitle = (id: string | null) =>
    modules.find((module) => module.id === id)?.title ?? translate({ id: 'assign.items.courseWide', message: 'Whole course' });
  const quizGroups = [...new Set(quizzes.map((quiz) => quiz.moduleId))];
  return (
    <fieldset className={styles.items} aria-describedby={describedBy}>
      <legend>{translate({ id: 'assign.items.legend', message: 'What to assign' })}</legend>
      <Group
        legend={translate({ id: 'assign.items.modules', message: 'Whole modules (every lesson and quiz in them)' })}
        choices={modules.map((module) => ({ kind: 'module', id: module.id, label: module.title }))}
        {...rest}
      />
      <fieldset className={styles.group}>
        <legend>{translate({ id: 'assign.items.lessons', message: 'Lessons (with their quizzes)' })}</legend>
        {lessons.length === 0 && <p>{translate({ id: 'assign.items.noLessons', message: 'No lessons are published yet.' })}</p>}
        {modules.map((module) => (
          <Group
            key={module.id}
            legend={module.title}
            choices={lessons.filter((lesson) => lesson.moduleId === module.id).map((lesson) => ({ kind: 'lesson', id: lesson.id, label: lesson.title }))}
            {...rest}
          />
        ))}
      </fieldset>
      <fieldset className={styles.group}>
        <legend>{translate({ id: 'assign.items.quizzes', message: 'Quizzes only' })}</legend>
        {quizzes.length === 0 && <p>{translate({ id: 'assign.items.noQuizzes', message: 'No quizzes are published yet.' })}</p>}
        {quizGroups.map((moduleId) => (
          <Group
            key={moduleId ?? 'course'}
            legend={moduleTitle(moduleId)}
            choices={quizzes.filter((quiz) => quiz.moduleId === moduleId).map((quiz) => ({ kind: 'quiz', id: quiz.id, label: quiz.title }))}
            {...rest}
          />
        ))}
      </fieldset>
    </fieldset>
  );
}
