import { useCallback, useEffect, useState } from 'react';
import { useHistory, useLocation } from '@docusaurus/router';
import { EMPTY_INPUTS, filtersFromInputs, inputsFromFilters, type FilterInputs } from '@site/src/timeline/formInputs';
import type { TimelineFilters } from '@site/src/timeline/filters';
import { parseFilters, serializeFilters } from '@site/src/timeline/urlState';

export interface TimelineFilterState {
  /** What the form shows. */
  readonly inputs: FilterInputs;
  /** What the list applies. */
  readonly filters: TimelineFilters;
  readonly setInputs: (next: FilterInputs) => void;
}

/**
 * The page's filters, mirrored in the URL query so a filtered view can be shared and survives a
 * reload. The URL is read only after mount (the pre-rendered HTML shows every event, and the
 * first client render must match it); it is written with `history.replace`, so filtering does
 * not fill the back button, and Docusaurus does not scroll when only the query changes.
 */
export function useTimelineFilters(): TimelineFilterState {
  const location = useLocation();
  const history = useHistory();
  const [inputs, setInputsState] = useState<FilterInputs>(EMPTY_INPUTS);

  useEffect(() => {
    // Without a query the page already shows what the URL asks for: skip a render of every event.
    if (location.search === '') return;
    setInputsState(inputsFromFilters(parseFilters(location.search)));
    // Only on mount: afterwards the state is the source and the URL its mirror.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const setInputs = useCallback(
    (next: FilterInputs) => {
      setInputsState(next);
      const search = serializeFilters(filtersFromInputs(next));
      if (search !== location.search) {
        history.replace({ pathname: location.pathname, search, hash: location.hash });
      }
    },
    [history, location.pathname, location.search, location.hash],
  );

  return { inputs, filters: filtersFromInputs(inputs), setInputs };
}
