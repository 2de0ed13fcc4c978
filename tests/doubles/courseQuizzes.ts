/** Stand-in for the generated `course-quizzes.json` module: the small course of tests/support. */
import { sampleCourse } from '../support/courseQuizzes';

export default sampleCourse;
