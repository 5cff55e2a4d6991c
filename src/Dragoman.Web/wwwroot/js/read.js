// The Read view: code a pasted or uploaded article and show what was found in its own text.
import { h, fill, api, status, actorLabel } from './dom.js';

const $ = (id) => document.getElementById(id);

export function initRead() {
  $('read-form').addEventListener('submit', (event) => {
    event.preventDefault();
    code();
  });
  $('upload').addEventListener('change', async () => {
    const file = $('upload').files[0];
    if (file) $('article').value = await file.text();
  });
}

async function code() {
  const text = $('article').value;
  const line = $('read-status');
  status(line, 'coding…');
  try {
    const result = await api('/api/code', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ text, language: $('language').value, date: $('doc-date').value || null }),
    });
    renderArticle(text, result);
    renderEvents(result.events);
    renderTreaties(result.treaties);
    renderQuotes(result.quotes);
    status(line, `${result.language}: ${result.sentences} sentences, ${result.events.length} events, ${result.mentions.length} mentions, ${result.quotes.length} quotes, ${result.treaties.length} treaties`);
  } catch (error) {
    status(line, error.message, true);
  }
}

/** Where an event's trigger sits inside its evidence span (the record gives the words, not their offsets). */
function triggerSpan(text, event) {
  const { start, end, trigger } = event.evidence;
  const at = text.slice(start, end).toLowerCase().indexOf((trigger || '').toLowerCase());
  return at < 0 || !trigger ? null : { start: start + at, end: start + at + trigger.length };
}

/** Cuts the text at every span boundary; each piece carries the kinds of span that cover it. */
function renderArticle(text, result) {
  const spans = [];
  for (const m of result.mentions) spans.push({ start: m.start, end: m.end, kind: 'mention', title: `${m.code} · ${m.name}` });
  for (const q of result.quotes) spans.push({ start: q.start, end: q.end, kind: 'quote', title: `quote: ${q.speaker.name}` });
  for (const e of result.events) {
    const t = triggerSpan(text, e);
    if (t) spans.push({ ...t, kind: 'trigger', title: `${e.cameo} ${e.label}` });
  }
  const cuts = new Set([0, text.length]);
  for (const s of spans) {
    cuts.add(Math.max(0, Math.min(text.length, s.start)));
    cuts.add(Math.max(0, Math.min(text.length, s.end)));
  }
  const points = [...cuts].sort((a, b) => a - b);
  const pieces = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const [start, end] = [points[i], points[i + 1]];
    const covering = spans.filter((s) => s.start <= start && s.end >= end);
    const kinds = [...new Set(covering.map((s) => s.kind))];
    pieces.push(h('span', {
      class: kinds.join(' ') || null,
      title: covering.map((s) => s.title).join('\n') || null,
      dataset: { start: String(start), end: String(end) },
    }, text.slice(start, end)));
  }
  fill($('article-view'), pieces);
}

function renderEvents(events) {
  const rows = events.map((e, index) => h('tr', { dataset: { index: String(index) }, onclick: () => select(events, index) },
    h('td', {}, actorLabel(e.source)),
    h('td', {}, `${e.label} `, h('span', { class: 'code' }, e.cameo)),
    h('td', {}, actorLabel(e.target)),
    h('td', {}, e.date || '–'),
    h('td', {}, (e.negated ? 'negated ' : '') + e.mood),
    h('td', {}, e.attribution ? `${e.attribution.by || '?'}: ${e.attribution.text}` : '–')));
  fill(document.querySelector('#event-table tbody'), rows);
}

/** Highlights the chosen event's evidence in the text and scrolls to it. */
function select(events, index) {
  const { start, end } = events[index].evidence;
  for (const row of document.querySelectorAll('#event-table tbody tr')) row.classList.toggle('selected', row.dataset.index === String(index));
  let first = null;
  for (const piece of $('article-view').children) {
    const inside = Number(piece.dataset.start) >= start && Number(piece.dataset.end) <= end;
    piece.classList.toggle('evidence-active', inside);
    if (inside && !first) first = piece;
  }
  if (first) first.scrollIntoView({ block: 'nearest' });
}

function renderTreaties(treaties) {
  if (treaties.length === 0) {
    fill($('treaty-panel'), h('p', { class: 'muted' }, 'No treaty mentioned.'));
    return;
  }
  fill($('treaty-panel'), treaties.map((t) => h('div', { class: 'treaty' },
    h('div', { class: 'name' }, t.name),
    h('div', {}, `parties: ${t.parties.map((p) => p.code).join(', ') || '–'}`),
    h('div', {}, `signed: ${t.signed || '–'} · status: ${t.status}${t.inForce ? ` · in force: ${t.inForce}` : ''}`),
    t.provisions.length ? h('div', {}, `provisions: ${t.provisions.map((p) => `${p.type}/${p.mode}${p.article ? ` ${p.article}` : ''}`).join('; ')}`) : null,
    t.supersedes.length ? h('div', {}, `supersedes: ${t.supersedes.join(', ')}`) : null,
    t.knowledgeBase ? h('div', { class: 'muted' }, `knowledge base: ${t.knowledgeBase}`) : null)));
}

function renderQuotes(quotes) {
  fill($('quote-list'), quotes.map((q) => h('li', {}, h('strong', {}, q.speaker.name), `: ${q.text}`)));
}
