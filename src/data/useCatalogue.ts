import catalogue from '@generated/silicon-statecraft-catalogue/default/catalogue.json';
import type { Catalogue } from './catalogue';

/**
 * The catalogue of assignable items, as the build derived it (plugins/catalogue). Importing this
 * module puts the catalogue in the importing page's bundle: use it on pages that list the course
 * (progress, assignments, completion), and `useLazyCatalogue` elsewhere.
 */
export function useCatalogue(): Catalogue {
  return catalogue;
}
