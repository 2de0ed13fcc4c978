/**
 * The question bank as Moodle XML (https://docs.moodle.org/en/Moodle_XML_format): one category
 * per module and page, every question with its general feedback, hints, grade, id number and tags.
 */
import { escapeXml } from '../export/markup';
import { moodleHtml } from '../export/moodle';
import { maxPointsOf } from '../scoring';
import { exportersOf } from '../types/exporters';
import { type BankEntry, type BankFile, type BankNote, feedbackParagraphs, noteOf } from './bankEntries';

/** Moodle category paths separate levels with "/"; a "/" inside a name is written twice. */
export function moodleCategory(path: readonly string[]): string {
  return ['$course$', 'top', ...path.map((name) => name.replace(/\//g, '//'))].join('/');
}

function question(entry: BankEntry, partlyCarried: BankNote[]): string {
  const { question: q } = entry;
  const parts = exportersOf(q.type).moodle(q);
  parts.notes.forEach((note) => partlyCarried.push(noteOf(entry, note)));
  const feedback = feedbackParagraphs(entry, parts.extraFeedback);
  return [
    `  <question type="${parts.qtype}">`,
    `    <name><text>${escapeXml(q.id)}</text></name>`,
    `    ${moodleHtml('questiontext', [q.prompt])}`,
    `    ${moodleHtml('generalfeedback', feedback)}`,
    `    <defaultgrade>${maxPointsOf(q)}</defaultgrade>`,
    '    <penalty>0.3333333</penalty>',
    '    <hidden>0</hidden>',
    `    <idnumber>${escapeXml(q.id)}</idnumber>`,
    `    ${parts.elements}`,
    ...(q.hint ? [`    ${moodleHtml('hint', [q.hint])}`] : []),
    `    <tags>${entry.tags.map((tag) => `<tag><text>${escapeXml(tag)}</text></tag>`).join('')}</tags>`,
    '  </question>',
  ].join('\n');
}

export function moodleXmlBank(entries: readonly BankEntry[]): BankFile<string> {
  const partlyCarried: BankNote[] = [];
  const lines = ['<?xml version="1.0" encoding="UTF-8"?>', '<quiz>'];
  let category = '';
  for (const entry of entries) {
    const path = moodleCategory(entry.category);
    if (path !== category) {
      category = path;
      lines.push(`  <question type="category"><category><text>${escapeXml(path)}</text></category></question>`);
    }
    lines.push(question(entry, partlyCarried));
  }
  lines.push('</quiz>', '');
  return { content: lines.join('\n'), notCarried: [], partlyCarried };
}
