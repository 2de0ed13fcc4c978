/**
 * Where progress lives in localStorage. Apart from the model so that code on every page (the
 * navbar's review count) can ask whether anything is saved without loading the validator.
 */
export const STORAGE_NAMESPACE = 'silicon-statecraft';
export const PROGRESS_KEY = `${STORAGE_NAMESPACE}:progress`;
export const QUARANTINE_KEY = `${STORAGE_NAMESPACE}:progress:quarantine`;
