export default function useDocusaurusContext() {
  return {
    siteConfig: { title: 'Silicon Statecraft', baseUrl: '/', url: 'https://silicon-statecraft.example.org' },
    i18n: { currentLocale: 'en', defaultLocale: 'en' },
  };
}
