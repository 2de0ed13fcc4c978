import { useId, type ReactNode } from 'react';
import Translate, { translate } from '@docusaurus/Translate';
import { TIMELINE_CATEGORIES } from '@site/src/timeline/categories';
import { toggleCategory, type FilterInputs } from '@site/src/timeline/formInputs';
import { categoryLabel } from './labels';
import styles from './page.module.css';

export interface Props {
  readonly inputs: FilterInputs;
  readonly onChange: (next: FilterInputs) => void;
  /** True until hydration: the controls are in the HTML (no layout shift) but do nothing yet. */
  readonly disabled: boolean;
  readonly labelledBy: string;
  /** Years the data covers, as bounds for the year inputs. */
  readonly minYear: number;
  readonly maxYear: number;
}

/** The page's filters: category toggles, a period and a text search. */
export default function Filters({ inputs, onChange, disabled, labelledBy, minYear, maxYear }: Props): ReactNode {
  const hintId = useId();
  const yearProps = { type: 'number', inputMode: 'numeric', min: minYear, max: maxYear, step: 1, disabled } as const;
  return (
    <form role="search" aria-labelledby={labelledBy} className={styles.filters} onSubmit={(e) => e.preventDefault()}>
      <fieldset className={styles.fieldset}>
        <legend className={styles.legend}>
          <Translate id="timeline.filters.categories">Categories</Translate>
        </legend>
        <p id={hintId} className={styles.hint}>
          <Translate id="timeline.filters.categoriesHint">Choose one or more; none chosen shows them all.</Translate>
        </p>
        <div className={styles.toggles}>
          {TIMELINE_CATEGORIES.map((category) => (
            <button
              key={category}
              type="button"
              className={styles.toggle}
              aria-pressed={inputs.categories.includes(category)}
              aria-describedby={hintId}
              disabled={disabled}
              onClick={() => onChange({ ...inputs, categories: toggleCategory(inputs.categories, category) })}>
              {categoryLabel(category)}
            </button>
          ))}
        </div>
      </fieldset>
      <fieldset className={styles.fieldset}>
        <legend className={styles.legend}>
          <Translate id="timeline.filters.period">Period</Translate>
        </legend>
        <div className={styles.fields}>
          <label className={styles.field}>
            <span>
              <Translate id="timeline.filters.from">From year</Translate>
            </span>
            <input
              {...yearProps}
              className={styles.input}
              value={inputs.from}
              placeholder={String(minYear)}
              onChange={(e) => onChange({ ...inputs, from: e.target.value })}
            />
          </label>
          <label className={styles.field}>
            <span>
              <Translate id="timeline.filters.to">To year</Translate>
            </span>
            <input
              {...yearProps}
              className={styles.input}
              value={inputs.to}
              placeholder={String(maxYear)}
              onChange={(e) => onChange({ ...inputs, to: e.target.value })}
            />
          </label>
        </div>
      </fieldset>
      <label className={styles.field}>
        <span className={styles.legend}>
          <Translate id="timeline.filters.search">Search events</Translate>
        </span>
        <input
          type="search"
          className={styles.input}
          value={inputs.query}
          disabled={disabled}
          maxLength={100}
          placeholder={translate({ id: 'timeline.filters.searchPlaceholder', message: 'e.g. Huawei, CERN, export' })}
          onChange={(e) => onChange({ ...inputs, query: e.target.value })}
        />
      </label>
    </form>
  );
}
