import type { ReactNode } from 'react';
import Translate, { translate } from '@docusaurus/Translate';
import Excerpt from '@site/src/components/Excerpt';
import type { SearchHit } from '@site/src/search/hits';
import { hitKindLabel } from '@site/src/search/labels';
import styles from './styles.module.css';

export interface Props {
  readonly id: string;
  readonly hits: readonly SearchHit[];
  readonly query: string;
  readonly active: number | null;
  readonly optionId: (index: number) => string;
  readonly isBusy: boolean;
  readonly onChoose: (index: number) => void;
  readonly onHover: (index: number) => void;
}

/**
 * The suggestions under the search box: a listbox whose options the input's
 * aria-activedescendant points at (focus stays in the input). No links inside: an option is
 * chosen with Enter or a click. The last option opens the results page.
 */
export default function Options({ id, hits, query, active, optionId, isBusy, onChoose, onHover }: Props): ReactNode {
  const seeAll = hits.length;
  return (
    <ul
      role="listbox"
      id={id}
      className={styles.options}
      aria-label={translate({ id: 'search.suggestions.label', message: 'Search suggestions' })}
      aria-busy={isBusy}>
      {hits.map((hit, index) => (
        <li
          key={`${index}-${hit.route}`}
          role="option"
          id={optionId(index)}
          aria-selected={index === active}
          className={styles.option}
          onClick={() => onChoose(index)}
          onMouseEnter={() => onHover(index)}>
          <span className={styles.optionTitle}>{hit.title}</span>
          <span className={styles.optionKind}>{hitKindLabel(hit)}</span>
          <Excerpt parts={hit.excerpt} className={styles.optionExcerpt} />
        </li>
      ))}
      <li
        role="option"
        id={optionId(seeAll)}
        aria-selected={seeAll === active}
        className={styles.option}
        onClick={() => onChoose(seeAll)}
        onMouseEnter={() => onHover(seeAll)}>
        <span className={styles.seeAll}>
          <Translate id="search.suggestions.seeAll" values={{ query: query.trim() }}>
            {'See all results for “{query}”'}
          </Translate>
        </span>
      </li>
    </ul>
  );
}
