import { useEffect, useRef, type ReactNode } from 'react';
import Translate, { translate } from '@docusaurus/Translate';
import styles from './styles.module.css';
import type { InputProps } from '../views';

type Direction = 'up' | 'down';

/**
 * Items in the learner's order, each with "Move up" / "Move down" buttons (never drag-only).
 * Focus follows the moved item, and the live region says where it landed.
 */
export default function OrderingInput({ question, answer, onAnswer, name, announce }: InputProps<'ordering'>): ReactNode {
  const textOf = new Map(question.items.map((item) => [item.id, item.text]));
  const order = answer.itemIds;
  const buttons = useRef(new Map<string, HTMLButtonElement>());
  const pendingFocus = useRef<string | null>(null);

  useEffect(() => {
    if (pendingFocus.current === null) return;
    buttons.current.get(pendingFocus.current)?.focus();
    pendingFocus.current = null;
  }, [order]);

  const move = (index: number, direction: Direction) => {
    const target = direction === 'up' ? index - 1 : index + 1;
    const id = order[index]!;
    const next = [...order];
    [next[index], next[target]] = [next[target]!, next[index]!];
    // At the top or bottom the pressed button becomes disabled, so focus goes to the other one.
    const atEdge = target === 0 || target === order.length - 1;
    const focusDirection = atEdge ? (direction === 'up' ? 'down' : 'up') : direction;
    pendingFocus.current = `${id}:${focusDirection}`;
    onAnswer({ type: 'ordering', itemIds: next });
    announce(
      translate(
        { id: 'quiz.ordering.moved', message: '“{item}” moved to position {position} of {total}' },
        { item: textOf.get(id) ?? id, position: target + 1, total: order.length },
      ),
    );
  };

  // The name says which item moves ("Move up: CERN comes into being") and starts with the
  // visible text, so voice-control users can say what they see.
  const button = (id: string, index: number, direction: Direction) => {
    const item = textOf.get(id) ?? id;
    return (
      <button
        type="button"
        className="button button--sm button--secondary"
        ref={(element) => {
          if (element) buttons.current.set(`${id}:${direction}`, element);
          else buttons.current.delete(`${id}:${direction}`);
        }}
        aria-label={
          direction === 'up'
            ? translate({ id: 'quiz.ordering.moveUpItem', message: 'Move up: {item}' }, { item })
            : translate({ id: 'quiz.ordering.moveDownItem', message: 'Move down: {item}' }, { item })
        }
        disabled={direction === 'up' ? index === 0 : index === order.length - 1}
        onClick={() => move(index, direction)}
      >
        {direction === 'up' ? (
          <Translate id="quiz.ordering.moveUp">Move up</Translate>
        ) : (
          <Translate id="quiz.ordering.moveDown">Move down</Translate>
        )}
      </button>
    );
  };

  return (
    <ol className={styles.list} id={`${name}-list`}>
      {order.map((id, index) => (
        <li key={id}>
          <span className={styles.text}>{textOf.get(id)}</span>
          <span className={styles.buttons}>
            {button(id, index, 'up')}
            {button(id, index, 'down')}
          </span>
        </li>
      ))}
    </ol>
  );
}
