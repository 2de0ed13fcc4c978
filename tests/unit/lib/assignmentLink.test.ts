import {
  assignmentIdOf,
  AssignmentTooLargeError,
  createAssignment,
  decodeAssignmentLink,
  encodeAssignmentLink,
  MAX_PAYLOAD_LENGTH,
} from '@site/src/lib/assignment/link';
import { canonicalJson } from '@site/src/lib/canonicalJson';
import { decodeBase64Url, encodeBase64Url } from '@site/src/lib/base64url';

const ORIGIN = 'https://silicon-statecraft.example.org';

const assignment = createAssignment({
  title: 'Week 3: chips — export controls ✓',
  items: [
    { kind: 'module', id: 'semiconductors' },
    { kind: 'lesson', id: 'foundations/what-is-tech-diplomacy' },
    { kind: 'quiz', id: 'final-assessment' },
  ],
  due: '2026-12-01T23:59:59.999Z',
  passMark: 70,
});

function payloadOf(link: string): string {
  return link.split('#a=')[1]!;
}

function linkWith(data: unknown): string {
  return `${ORIGIN}/assignment#a=${encodeBase64Url(JSON.stringify(data))}`;
}

describe('assignment links', () => {
  it('puts the assignment in the fragment of an /assignment link', () => {
    const link = encodeAssignmentLink(assignment, `${ORIGIN}/`);
    expect(link.startsWith(`${ORIGIN}/assignment#a=`)).toBe(true);
    expect(payloadOf(link)).toMatch(/^[A-Za-z0-9_-]+$/);
  });

  it('reads back exactly the assignment it was given (round trip, non-ASCII title included)', () => {
    const decoded = decodeAssignmentLink(encodeAssignmentLink(assignment, ORIGIN));
    expect(decoded).toEqual({ ok: true, assignment });
  });

  it('also reads a bare fragment, as pasted from the address bar', () => {
    const link = encodeAssignmentLink(assignment, ORIGIN);
    expect(decodeAssignmentLink(`#a=${payloadOf(link)}`)).toEqual({ ok: true, assignment });
  });

  it('gives the same id to the same content and another id to other content', () => {
    const again = createAssignment({ ...assignment, items: [...assignment.items] });
    const other = createAssignment({ ...assignment, title: 'Week 4' });
    expect(again.id).toBe(assignment.id);
    expect(other.id).not.toBe(assignment.id);
    expect(assignment.id).toMatch(/^[0-9a-f]{16}$/);
  });

  it('rejects a link whose content was edited but whose id was not', () => {
    const tampered = linkWith({ ...assignment, passMark: 10 });
    const decoded = decodeAssignmentLink(tampered);
    expect(decoded).toMatchObject({ ok: false, error: 'invalid' });
    if (!decoded.ok) expect(decoded.message).toMatch(/changed after it was made/);
  });

  it('gives a recomputed link a different id, so its results belong to another assignment', () => {
    const forged = createAssignment({ ...assignment, passMark: 10 });
    const decoded = decodeAssignmentLink(encodeAssignmentLink(forged, ORIGIN));
    expect(decoded.ok && decoded.assignment.id).not.toBe(assignment.id);
  });

  it('rejects an oversized payload before decoding it', () => {
    const huge = `${ORIGIN}/assignment#a=${'A'.repeat(MAX_PAYLOAD_LENGTH + 1)}`;
    expect(decodeAssignmentLink(huge)).toMatchObject({ ok: false, error: 'too-large' });
  });

  it('caps the fragment before reading its parameters, so a huge fragment is refused at once', () => {
    // A valid assignment after 20 MB of other parameters: read in full, it would decode.
    const valid = payloadOf(encodeAssignmentLink(assignment, ORIGIN));
    const huge = `${ORIGIN}/assignment#x=${'A'.repeat(20_000_000)}&a=${valid}`;
    expect(decodeAssignmentLink(huge)).toMatchObject({ ok: false, error: 'too-large' });
  });

  it('refuses to build a link past the size limit', () => {
    const big = { ...assignment, items: Array.from({ length: 100 }, (_, i) => ({ kind: 'quiz' as const, id: `quiz-with-a-rather-long-identifier-${i}` })) };
    expect(() => encodeAssignmentLink(createAssignment(big), ORIGIN)).toThrow(AssignmentTooLargeError);
  });

  it.each([
    ['no fragment', `${ORIGIN}/assignment`],
    ['an empty payload', `${ORIGIN}/assignment#a=`],
    ['characters outside base64url', `${ORIGIN}/assignment#a=abc$%^`],
    ['a truncated payload', `${ORIGIN}/assignment#a=${payloadOf(encodeAssignmentLink(assignment, ORIGIN)).slice(0, 41)}`],
    ['base64 that is not JSON', `${ORIGIN}/assignment#a=${encodeBase64Url('not json')}`],
    ['JSON that is not an object', linkWith([1, 2, 3])],
  ])('calls a link with %s malformed', (_, link) => {
    expect(decodeAssignmentLink(link)).toMatchObject({ ok: false, error: 'malformed' });
  });

  it('says when a link comes from another format version', () => {
    expect(decodeAssignmentLink(linkWith({ ...assignment, v: 2 }))).toMatchObject({ ok: false, error: 'unsupported-version' });
  });

  it.each([
    ['no items', { ...assignment, items: [] }],
    ['an unknown item kind', { ...assignment, items: [{ kind: 'video', id: 'x' }] }],
    ['an empty title', { ...assignment, title: '   ' }],
    ['a pass mark above 100', { ...assignment, passMark: 120 }],
    ['a due date that is not a date', { ...assignment, due: 'tomorrow' }],
    ['an unexpected field', { ...assignment, script: 'alert(1)' }],
    ['no version', { title: 'x' }],
  ])('calls an assignment with %s invalid', (_, data) => {
    expect(decodeAssignmentLink(linkWith(data))).toMatchObject({ ok: false, error: 'invalid' });
  });

  it('strips bidi overrides and control characters from the title, keeping joiners', () => {
    // U+202E RIGHT-TO-LEFT OVERRIDE would show "Week 3 gpj.exe" as "Week 3 exe.jpg".
    const spoofing = createAssignment({ title: 'Week 3 \u202Egpj.exe\u0007 \u200Cمی‌خواهم', items: [{ kind: 'quiz', id: 'final-assessment' }] });
    expect(spoofing.title).toBe('Week 3 gpj.exe \u200Cمی‌خواهم');
    const decoded = decodeAssignmentLink(encodeAssignmentLink(spoofing, ORIGIN));
    expect(decoded.ok && decoded.assignment.title).toBe('Week 3 gpj.exe \u200Cمی‌خواهم');
  });

  it('does not show a hand-made link whose title hides a right-to-left override', () => {
    const content = { title: 'Week 3 \u202Egpj.exe', items: [{ kind: 'quiz' as const, id: 'final-assessment' }] };
    const handMade = { v: 1, id: assignmentIdOf(content), ...content };
    const decoded = decodeAssignmentLink(linkWith(handMade));
    expect(decoded.ok ? decoded.assignment.title : '').not.toContain('\u202E');
  });

  it('keeps hostile text as plain data', () => {
    const hostile = createAssignment({ title: '<img src=x onerror=alert(1)>', items: [{ kind: 'quiz', id: 'final-assessment' }] });
    const decoded = decodeAssignmentLink(encodeAssignmentLink(hostile, ORIGIN));
    expect(decoded.ok && decoded.assignment.title).toBe('<img src=x onerror=alert(1)>');
  });
});

describe('base64url and canonical JSON', () => {
  it('round-trips UTF-8 text and rejects invalid UTF-8', () => {
    expect(decodeBase64Url(encodeBase64Url('Ünïcødé 🌏'))).toBe('Ünïcødé 🌏');
    expect(decodeBase64Url('_w')).toBeNull();
  });

  it('orders keys so equal data gives equal text', () => {
    expect(canonicalJson({ b: 1, a: { d: [2, { f: 1, e: 0 }], c: undefined } })).toBe('{"a":{"d":[2,{"e":0,"f":1}]},"b":1}');
  });
});
