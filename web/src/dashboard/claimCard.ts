import { el } from './dom';
import type { Claim } from './queries';
import { MODALITY_LABELS, PREDICATE_LABELS } from './vocabulary';

interface Span {
  start: number;
  end: number;
  role: 'subject' | 'object' | 'cue';
}

/**
 * The evidence sentence exactly as the original text has it, with subject, object and cue marked by the
 * claim's own offsets (offset − sentence start indexes the original sentence). Hard line breaks of the source
 * file are dropped from what is shown, never from what is indexed.
 */
export function evidenceSentence(claim: Claim): HTMLElement {
  const { originalText, start } = claim.sentence;
  const e = claim.evidence;
  const spans: Span[] = [{ start: e.subjectStart - start, end: e.subjectEnd - start, role: 'subject' }];
  if (e.objectStart !== null && e.objectEnd !== null) spans.push({ start: e.objectStart - start, end: e.objectEnd - start, role: 'object' });
  spans.push({ start: e.cueStart - start, end: e.cueEnd - start, role: 'cue' });
  const inside = spans
    .filter((s) => s.start >= 0 && s.end <= originalText.length && s.start < s.end)
    .sort((a, b) => a.start - b.start);

  const sentence = el('blockquote', { class: 'evidence' });
  let at = 0;
  for (const span of inside) {
    if (span.start < at) continue; // overlapping spans: the earlier one is kept
    sentence.append(shown(originalText.slice(at, span.start)));
    sentence.append(el('mark', { class: span.role, title: span.role }, shown(originalText.slice(span.start, span.end))));
    at = span.end;
  }
  sentence.append(shown(originalText.slice(at)));
  return sentence;
}

function shown(text: string): string {
  return text.replace(/\r?\n/g, '');
}

/** One claim: who, predicate, whom, how sure the text is, the evidence, and where it comes from. */
export function claimCard(claim: Claim): HTMLElement {
  const authors = claim.document.authors.map((a) => (a.affiliation ? `${a.name}（${a.affiliation}）` : a.name));
  return el(
    'article',
    {
      class: `claim${claim.negated ? ' negated' : ''}`,
      'data-claim': claim.id,
      'data-predicate': claim.predicate,
      'data-subject': claim.subject.name,
      'data-object': claim.object?.name ?? '',
    },
    el(
      'header',
      {},
      el('span', { class: 'who' }, claim.subject.name),
      el('span', { class: `predicate p-${claim.predicate.toLowerCase()}` }, `${claim.negated ? '不 not ' : ''}${PREDICATE_LABELS[claim.predicate]}`),
      el('span', { class: 'who' }, claim.object?.name ?? '—'),
    ),
    el(
      'div',
      { class: 'facts' },
      el('span', { class: `modality m-${claim.modality.toLowerCase()}` }, MODALITY_LABELS[claim.modality]),
      claim.year !== null && el('span', {}, String(claim.year)),
      el('span', {}, `cue 「${claim.cue}」`),
      claim.source && el('span', {}, `per ${claim.source.name}`),
      el('span', { title: 'extractor confidence' }, `${Math.round(claim.confidence * 100)}%`),
    ),
    evidenceSentence(claim),
    el(
      'footer',
      {},
      el('span', { class: 'document', title: claim.document.name }, claim.document.title ? `《${claim.document.title}》` : claim.document.name),
      authors.length > 0 && el('span', { class: 'authors' }, authors.join('、')),
    ),
  );
}
