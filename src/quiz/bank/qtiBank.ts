/**
 * The question bank as a QTI 1.2 package for Canvas's quiz import ("QTI .zip file"), in the
 * structure Canvas itself exports (instructure/canvas-lms, lib/cc/qti): one assessment per quiz,
 * Canvas's `question_type` and `points_possible` metadata on every item, an IMS content package
 * manifest listing the assessments. Canvas makes a question bank of each imported quiz.
 */
import { escapeXml, htmlParagraphs } from '../export/markup';
import { mattext } from '../export/qti';
import type { Quiz } from '../schema';
import { maxPointsOf } from '../scoring';
import { exportersOf } from '../types/exporters';
import { type BankEntry, type BankFile, type BankNote, feedbackParagraphs, noteOf } from './bankEntries';

export const QTI_NAMESPACE = 'http://www.imsglobal.org/xsd/ims_qtiasiv1p2';

const field = (label: string, entry: string | number) =>
  `<qtimetadatafield><fieldlabel>${label}</fieldlabel><fieldentry>${escapeXml(String(entry))}</fieldentry></qtimetadatafield>`;

function item(entry: BankEntry, notCarried: BankNote[], partlyCarried: BankNote[]): string | null {
  const { question: q } = entry;
  const parts = exportersOf(q.type).qti(q);
  if (!('canvasType' in parts)) {
    notCarried.push(noteOf(entry, parts.reason));
    return null;
  }
  [...parts.notes, ...(q.hint ? ['the hint (Canvas quizzes have no hints)'] : [])].forEach((text) => partlyCarried.push(noteOf(entry, text)));
  const feedback = feedbackParagraphs(entry);
  const general = feedback.length > 0;
  return [
    `<item ident="${escapeXml(`${entry.quiz.id}.${q.id}`)}" title="${escapeXml(q.id)}">`,
    `<itemmetadata><qtimetadata>${field('question_type', parts.canvasType)}${field('points_possible', maxPointsOf(q))}${entry.tags.map((tag) => field('tag', tag)).join('')}</qtimetadata></itemmetadata>`,
    `<presentation><material><mattext texttype="text/html">${escapeXml(htmlParagraphs([q.prompt]))}</mattext></material>${parts.presentation}</presentation>`,
    '<resprocessing><outcomes><decvar maxvalue="100" minvalue="0" varname="SCORE" vartype="Decimal"/></outcomes>',
    general ? '<respcondition continue="Yes"><conditionvar><other/></conditionvar><displayfeedback feedbacktype="Response" linkrefid="general_fb"/></respcondition>' : '',
    `${parts.conditions}</resprocessing>`,
    general ? `<itemfeedback ident="general_fb"><flow_mat>${feedback.map(mattext).join('')}</flow_mat></itemfeedback>` : '',
    parts.feedback,
    '</item>',
  ].join('');
}

/**
 * A pool that asks `count` of its questions: a QTI section with a selection number, which Canvas
 * imports as a question group ("pick N questions").
 */
function pool(ident: string, title: string, count: number, items: readonly string[]): string {
  return `<section ident="${escapeXml(ident)}" title="${escapeXml(title)}"><selection_ordering><selection><selection_number>${count}</selection_number></selection></selection_ordering>\n${items.join('\n')}\n</section>`;
}

/** The quiz's items, in pools when it draws: one pool, or one per section. */
function sectionItems(quiz: Quiz, items: ReadonlyMap<string, string>): string[] {
  const { draw } = quiz;
  if (draw === undefined) return [...items.values()];
  if (typeof draw === 'number') return [pool(`${quiz.id}.pool`, quiz.title, draw, [...items.values()])];
  return Object.entries(draw).map(([section, count]) =>
    pool(`${quiz.id}.${section}`, `${quiz.title}: ${section}`, count, quiz.questions.filter((q) => q.section === section && items.has(q.id)).map((q) => items.get(q.id)!)),
  );
}

/** One quiz as a QTI assessment document. */
export function qtiAssessment(quiz: Quiz, items: readonly string[]): string {
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<questestinterop xmlns="${QTI_NAMESPACE}" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="${QTI_NAMESPACE} http://www.imsglobal.org/xsd/ims_qtiasiv1p2p1.xsd">`,
    `<assessment ident="${escapeXml(quiz.id)}" title="${escapeXml(quiz.title)}">`,
    `<qtimetadata>${field('cc_maxattempts', quiz.maxAttempts ?? 'unlimited')}</qtimetadata>`,
    '<section ident="root_section">',
    ...items,
    '</section>',
    '</assessment>',
    '</questestinterop>',
    '',
  ].join('\n');
}

function manifest(quizIds: readonly string[]): string {
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<manifest identifier="silicon-statecraft-question-bank" xmlns="http://www.imsglobal.org/xsd/imsccv1p1/imscp_v1p1">',
    '<metadata><schema>IMS Content</schema><schemaversion>1.1.3</schemaversion></metadata>',
    '<organizations/>',
    '<resources>',
    ...quizIds.map(
      (id) => `<resource identifier="${escapeXml(id)}" type="imsqti_xmlv1p2"><file href="${escapeXml(`${id}/${id}.xml`)}"/></resource>`,
    ),
    '</resources>',
    '</manifest>',
    '',
  ].join('\n');
}

/** The package's files by path (the build zips them). */
export function qtiBank(entries: readonly BankEntry[]): BankFile<Record<string, string>> {
  const notCarried: BankNote[] = [];
  const partlyCarried: BankNote[] = [];
  const byQuiz = new Map<Quiz, Map<string, string>>();
  for (const entry of entries) {
    const xml = item(entry, notCarried, partlyCarried);
    if (xml === null) continue;
    byQuiz.set(entry.quiz, (byQuiz.get(entry.quiz) ?? new Map()).set(entry.question.id, xml));
  }
  const files: Record<string, string> = {};
  for (const [quiz, items] of byQuiz) files[`${quiz.id}/${quiz.id}.xml`] = qtiAssessment(quiz, sectionItems(quiz, items));
  files['imsmanifest.xml'] = manifest([...byQuiz.keys()].map((quiz) => quiz.id));
  return { content: files, notCarried, partlyCarried };
}
