// Stands in for the lesson-to-quiz map the build writes (plugins/catalogue): the small test course's.
import { lessonQuizzes } from '@site/src/data/catalogue';
import { testCatalogue } from '../support/catalogue';

export default lessonQuizzes(testCatalogue);
