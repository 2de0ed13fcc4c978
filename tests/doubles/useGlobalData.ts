/**
 * Global data as the build publishes it. Only the content-validation plugin's lesson links
 * are stood in: two lessons with titles, so tests can see a lesson link by its title.
 */
const pluginData: Record<string, unknown> = {
  'silicon-statecraft-content-validation': {
    lessons: {
      'semiconductors/how-chips-are-made': { title: 'How chips are made', permalink: '/course/semiconductors/how-chips-are-made' },
      '5g-trusted-networks/australia-first-mover': {
        title: 'Australia, the first mover',
        permalink: '/course/5g-trusted-networks/australia-first-mover',
      },
    },
  },
};

export default function useGlobalData() {
  return Object.fromEntries(Object.entries(pluginData).map(([name, data]) => [name, { default: data }]));
}

export function usePluginData(pluginName: string): unknown {
  return pluginData[pluginName];
}
