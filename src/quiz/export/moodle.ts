/** Building blocks of Moodle XML question elements (see https://docs.moodle.org/en/Moodle_XML_format). */
import { escapeXml, formatPercent, htmlParagraphs } from './markup';

/** `<name><text>…</text></name>`-style element holding HTML built from plain text. */
export function moodleHtml(element: string, paragraphs: readonly string[], attributes = ''): string {
  return `<${element} format="html"${attributes}><text>${escapeXml(htmlParagraphs(paragraphs))}</text></${element}>`;
}

/** `<answer fraction="…">` with plain text and optional feedback. */
export function moodleAnswer(fraction: number, text: string, feedback?: string, extra = ''): string {
  const feedbackElement = feedback ? moodleHtml('feedback', [feedback]) : '<feedback format="html"><text></text></feedback>';
  return `<answer fraction="${formatPercent(fraction)}" format="plain_text"><text>${escapeXml(text)}</text>${extra}${feedbackElement}</answer>`;
}
