import useDocusaurusContext from '@docusaurus/useDocusaurusContext';

/** Whether these pages are inside an LMS package (docusaurus.package.config.ts), where downloads make no sense. */
export function useIsLmsPackage(): boolean {
  return useDocusaurusContext().siteConfig.customFields?.isLmsPackage === true;
}
