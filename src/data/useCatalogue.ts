import { usePluginData } from '@docusaurus/useGlobalData';
import { CATALOGUE_PLUGIN, EMPTY_CATALOGUE, type Catalogue } from './catalogue';

/** The catalogue of assignable items, as the build derived it (plugins/catalogue). */
export function useCatalogue(): Catalogue {
  return (usePluginData(CATALOGUE_PLUGIN) as Catalogue | undefined) ?? EMPTY_CATALOGUE;
}
