import ComponentTypes from '@theme-original/NavbarItem/ComponentTypes';
import ReviewNavbarItem from '@site/src/components/ReviewNavbarItem';

/**
 * The theme's navbar item types (wrapped, not ejected) plus ours: `custom-review` is the
 * "Review (N)" link of docusaurus.config.ts.
 */
export default {
  ...ComponentTypes,
  'custom-review': ReviewNavbarItem,
};
