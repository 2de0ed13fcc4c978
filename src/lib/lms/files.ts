/**
 * The files `npm run build` writes into `build/lms/` (plugins/lms-export), by name: the pages
 * link to them, the plugin writes them, and both use these names.
 */
export const LMS_DIR = 'lms';
export const COURSE_PACKAGE_ID = 'silicon-statecraft';
export const packageFileName = (id: string) => `${id}.scorm12.zip`;
export const packageFile = (id: string) => `${LMS_DIR}/${packageFileName(id)}`;
export const BANK_FILE_NAMES = {
  moodle: 'question-bank.moodle.xml',
  gift: 'question-bank.gift.txt',
  qti: 'question-bank.qti12.zip',
  report: 'question-bank.report.txt',
} as const;
export const BANK_FILES = {
  moodle: `${LMS_DIR}/${BANK_FILE_NAMES.moodle}`,
  gift: `${LMS_DIR}/${BANK_FILE_NAMES.gift}`,
  qti: `${LMS_DIR}/${BANK_FILE_NAMES.qti}`,
  report: `${LMS_DIR}/${BANK_FILE_NAMES.report}`,
} as const;
