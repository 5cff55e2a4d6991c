// The Alliances view: who is bound to help a country attacked on a date, and its treaty history.
import { h, fill, api, status, query } from './dom.js';

const $ = (id) => document.getElementById(id);

export function initAlliances() {
  $('a-date').value = new Date().toISOString().slice(0, 10);
  $('allies-form').addEventListener('submit', (event) => {
    event.preventDefault();
    ask();
  });
}

async function ask() {
  const line = $('allies-status');
  const country = $('a-country').value.trim().toUpperCase();
  const asOf = $('a-date').value;
  status(line, 'asking…');
  try {
    const [allies, history] = await Promise.all([
      api(`/api/allies/${encodeURIComponent(country)}${query({ asOf, attacker: $('a-attacker').value })}`),
      api(`/api/treaties${query({ party: country, asOf })}`),
    ]);
    renderTies(allies.ties);
    renderTimeline(history.treaties, asOf);
    const binding = allies.ties.filter((t) => t.standing === 'binding').map((t) => t.helper);
    status(line, binding.length ? `bound to help ${allies.country} on ${allies.asOf}: ${[...new Set(binding)].join(', ')}` : `no one is bound to help ${allies.country} on ${allies.asOf}`);
  } catch (error) {
    status(line, error.message, true);
  }
}

const ORDER = ['binding', 'pending', 'consultation', 'excluded', 'notalliance'];

function renderTies(ties) {
  const sorted = [...ties].sort((a, b) => ORDER.indexOf(a.standing) - ORDER.indexOf(b.standing));
  fill(document.querySelector('#allies-table tbody'), sorted.map((t) => h('tr', { class: `standing-${t.standing}` },
    h('td', {}, t.helper),
    h('td', { class: `standing-${t.standing}` }, t.standing),
    h('td', {}, t.treatyName),
    h('td', {}, t.provisionSummary || '–'),
    h('td', {}, t.conditions.length ? t.conditions.map((c) => `${c.holds === true ? 'holds' : c.holds === false ? 'fails' : 'unknown'}: ${c.text}`).join(' · ') : '–'),
    h('td', {}, t.reason),
    h('td', { class: 'muted' }, t.bases.map((b) => b.citation).join(' · ')))));
}

/** One lane a treaty: a bar from signing to its end (or to the asked date), coloured by its phase then. */
function renderTimeline(treaties, asOf) {
  const year = (text) => (text ? Number(String(text).replace('~', '').slice(0, 4)) : null);
  const asked = year(asOf);
  const dated = treaties.filter((t) => year(t.signed));
  if (dated.length === 0) {
    fill($('treaty-timeline'), h('p', { class: 'muted' }, 'No treaty with a known date.'));
    return;
  }
  const first = Math.min(...dated.map((t) => year(t.signed))) - 2;
  const last = Math.max(asked, ...dated.map((t) => year(t.ended) || asked)) + 2;
  const at = (y) => `${(100 * (y - first)) / (last - first)}%`;
  const lanes = dated.sort((a, b) => year(a.signed) - year(b.signed)).map((t) => {
    const from = year(t.signed);
    const end = year(t.ended) || Math.max(asked, from);
    // The label starts at the bar but is pulled left when the bar starts late, so it stays readable.
    const labelAt = `${Math.min((100 * (from - first)) / (last - first), 25)}%`;
    return h('div', { class: 'lane', title: `${t.name}\n${t.history}\n${t.phaseExplanation}` },
      h('div', { class: 'label', style: `left: ${labelAt}` }, `${t.name} (${t.signed}${t.ended ? ` – ${t.ended}` : ''}) · ${t.phaseExplanation}`),
      h('div', { class: `bar phase-${t.phase}`, style: `left: ${at(from)}; width: calc(${at(end + 0.5)} - ${at(from)})` }));
  });
  const ticks = [];
  for (let y = Math.ceil(first / 10) * 10; y <= last; y += 10) ticks.push(h('span', { style: `left: ${at(y)}` }, String(y)));
  fill($('treaty-timeline'), h('div', { class: 'track' },
    h('div', { class: 'axis' }, ticks), ...lanes, h('div', { class: 'asof', style: `left: ${at(asked + 0.5)}`, title: `asked: ${asOf}` })));
}
