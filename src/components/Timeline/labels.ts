import { translate } from '@docusaurus/Translate';
import type { TimelineCategory } from '@site/src/timeline/categories';

/** The reader-facing name of each category (the ids are for authors and URLs). */
export function categoryLabel(category: TimelineCategory): string {
  switch (category) {
    case 'science-diplomacy':
      return translate({ id: 'timeline.category.scienceDiplomacy', message: 'Science diplomacy' });
    case 'nuclear':
      return translate({ id: 'timeline.category.nuclear', message: 'Nuclear' });
    case 'space':
      return translate({ id: 'timeline.category.space', message: 'Space' });
    case 'climate-environment':
      return translate({ id: 'timeline.category.climateEnvironment', message: 'Climate and environment' });
    case 'semiconductors':
      return translate({ id: 'timeline.category.semiconductors', message: 'Semiconductors' });
    case '5g-telecom':
      return translate({ id: 'timeline.category.5gTelecom', message: '5G and telecoms' });
    case 'institutions':
      return translate({ id: 'timeline.category.institutions', message: 'Institutions' });
    case 'values-and-governance':
      return translate({ id: 'timeline.category.valuesAndGovernance', message: 'Values and governance' });
  }
}
