// Stands in for the timeline's lesson links the build writes (plugins/content-validation): two
// lessons with titles, so tests can see a lesson link by its title.
const lessons = {
  'semiconductors/how-chips-are-made': { title: 'How chips are made', permalink: '/course/semiconductors/how-chips-are-made' },
  '5g-trusted-networks/australia-first-mover': {
    title: 'Australia, the first mover',
    permalink: '/course/5g-trusted-networks/australia-first-mover',
  },
};

export default lessons;
