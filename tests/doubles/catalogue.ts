// Stands in for the catalogue module the build writes (plugins/catalogue): the small test course.
import { testCatalogue } from '../support/catalogue';

export default testCatalogue;
