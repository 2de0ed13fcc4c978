import { usePluginData } from '@docusaurus/useGlobalData';
import { CONTENT_PLUGIN, type TimelineLessonLinks } from '@site/src/timeline/lessonLinks';

export function useLessonLinks(): TimelineLessonLinks {
  const data = usePluginData(CONTENT_PLUGIN) as { lessons?: TimelineLessonLinks } | undefined;
  return data?.lessons ?? {};
}
