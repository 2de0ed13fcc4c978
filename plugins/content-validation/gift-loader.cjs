/**
 * Bundler loader for `*.quiz.gift`: a lesson imports its GIFT quiz as it imports a TypeScript one
 * (`import quiz from './02-x.quiz.gift'`) and gets the same quiz data. The content-validation
 * plugin has already validated the file when the build gets here; this only reads it, with the
 * same reader (src/quiz/gift/readGiftQuiz.ts).
 */
const path = require('node:path');
const createJiti = require('jiti');

module.exports = function giftQuizLoader(source) {
  const siteDir = this.rootContext;
  const jiti = createJiti(__filename, { alias: { '@site': siteDir }, interopDefault: true });
  const { readGiftQuiz } = jiti(path.join(siteDir, 'src/quiz/gift/readGiftQuiz.ts'));
  const { data } = readGiftQuiz(source, path.relative(siteDir, this.resourcePath).split(path.sep).join('/'));
  return `export default ${JSON.stringify(data)};`;
};
