// The Explore view: events over time, a dyad timeline (ECharts) and the actor network (Cytoscape).
import { h, fill, api, status, actorLabel, query } from './dom.js';

const $ = (id) => document.getElementById(id);
const QUADS = ['verbal cooperation', 'material cooperation', 'verbal conflict', 'material conflict'];
const QUAD_COLOURS = ['#7cc38a', '#2f8f4e', '#f2a65a', '#c0392b'];
const PAGE = 50;

let offset = 0;
let charts = null;
let network = null;

export function initExplore() {
  $('explore-form').addEventListener('submit', (event) => {
    event.preventDefault();
    offset = 0;
    load();
  });
  $('dyad-form').addEventListener('submit', (event) => {
    event.preventDefault();
    loadDyad();
  });
  $('page-prev').addEventListener('click', () => { offset = Math.max(0, offset - PAGE); loadEvents(); });
  $('page-next').addEventListener('click', () => { offset += PAGE; loadEvents(); });
  window.addEventListener('resize', () => charts && Object.values(charts).forEach((c) => c.resize()));
}

/** Called when the view is shown: charts need a visible container to measure. */
export function showExplore() {
  if (!charts) {
    charts = { timeline: echarts.init($('timeline-chart')), dyad: echarts.init($('dyad-chart')) };
    load();
  } else {
    Object.values(charts).forEach((c) => c.resize());
    if (network) network.resize();
  }
}

function filters() {
  return {
    actor: $('f-actor').value, source: $('f-source').value, target: $('f-target').value,
    root: $('f-root').value, from: $('f-from').value, to: $('f-to').value, text: $('f-text').value,
  };
}

async function load() {
  await Promise.all([loadEvents(true), loadDyad(), loadNetwork()]);
}

async function loadEvents(withTimeline = false) {
  const line = $('explore-status');
  try {
    const page = await api(`/api/events${query({ ...filters(), limit: PAGE, offset, by: withTimeline ? 'month' : null })}`);
    fill(document.querySelector('#explore-table tbody'), page.events.map((e) => h('tr', {},
      h('td', {}, e.date || '–'),
      h('td', {}, e.doc),
      h('td', {}, actorLabel(e.source)),
      h('td', {}, `${e.label} `, h('span', { class: 'code' }, e.cameo)),
      h('td', {}, actorLabel(e.target)),
      h('td', {}, (e.negated ? 'negated ' : '') + e.mood),
      h('td', {}, e.evidence.trigger))));
    $('page-info').textContent = page.events.length ? `events ${offset + 1}–${offset + page.events.length}` : 'no events';
    $('page-prev').disabled = offset === 0;
    $('page-next').disabled = page.next === null;
    if (page.timeline) drawTimeline(page.timeline);
    status(line, '');
  } catch (error) {
    status(line, error.message, true);
  }
}

function drawTimeline(timeline) {
  charts.timeline.setOption({
    tooltip: { trigger: 'axis' },
    legend: { data: QUADS },
    xAxis: { type: 'category', data: timeline.map((p) => p.period) },
    yAxis: { type: 'value', name: 'events' },
    series: QUADS.map((name, i) => ({
      name, type: 'bar', stack: 'quad', color: QUAD_COLOURS[i], data: timeline.map((p) => p[`quad${i + 1}`]),
    })),
  }, true);
}

async function loadDyad() {
  const line = $('explore-status');
  try {
    const dyad = await api(`/api/dyads/${encodeURIComponent($('dyad-a').value.trim())}/${encodeURIComponent($('dyad-b').value.trim())}${query({ from: $('f-from').value, to: $('f-to').value })}`);
    const periods = [...new Set(dyad.periods.map((p) => p.period))];
    const sum = (period, field) => dyad.periods.filter((p) => p.period === period).reduce((total, p) => total + p[field], 0);
    charts.dyad.setOption({
      title: { text: `${dyad.a} ↔ ${dyad.b} by ${dyad.by}`, textStyle: { fontSize: 13 } },
      tooltip: { trigger: 'axis' },
      legend: { top: 22, data: [...QUADS, 'Goldstein mean'] },
      grid: { top: 70 },
      xAxis: { type: 'category', data: periods },
      yAxis: [{ type: 'value', name: 'events' }, { type: 'value', name: 'Goldstein', min: -10, max: 10 }],
      series: [
        ...QUADS.map((name, i) => ({ name, type: 'bar', stack: 'quad', color: QUAD_COLOURS[i], data: periods.map((p) => sum(p, `quad${i + 1}`)) })),
        { name: 'Goldstein mean', type: 'line', yAxisIndex: 1, color: '#1d2430', data: periods.map((p) => { const n = sum(p, 'events'); return n ? +(sum(p, 'goldsteinSum') / n).toFixed(2) : 0; }) },
      ],
    }, true);
  } catch (error) {
    status(line, error.message, true);
  }
}

/** Goldstein −10 (conflict, red) … +10 (cooperation, green). */
function tone(goldstein) {
  const t = Math.max(0, Math.min(1, (goldstein + 10) / 20));
  const red = Math.round(200 * (1 - t) + 40 * t);
  const green = Math.round(50 * (1 - t) + 150 * t);
  return `rgb(${red}, ${green}, 70)`;
}

async function loadNetwork() {
  const line = $('explore-status');
  try {
    const data = await api(`/api/actors${query({ ...filters(), limit: 150 })}`);
    const elements = [
      ...data.actors.map((a) => ({ data: { id: a.code, label: a.code, weight: a.asSource + a.asTarget } })),
      ...data.dyads.map((d, i) => ({ data: { id: `e${i}`, source: d.source, target: d.target, events: d.events, colour: tone(d.goldsteinMean) } })),
    ];
    if (network) network.destroy();
    network = cytoscape({
      container: $('network'),
      elements,
      style: [
        { selector: 'node', style: { label: 'data(label)', 'font-size': 10, 'background-color': '#3d8bfd', width: 'mapData(weight, 1, 30, 14, 40)', height: 'mapData(weight, 1, 30, 14, 40)' } },
        { selector: 'edge', style: { 'line-color': 'data(colour)', 'target-arrow-color': 'data(colour)', 'target-arrow-shape': 'triangle', 'curve-style': 'bezier', width: 'mapData(events, 1, 20, 1, 8)' } },
      ],
      layout: { name: 'cose', animate: false },
    });
    $('network').dataset.nodes = String(network.nodes().length);
    $('network').dataset.edges = String(network.edges().length);
    $('network-caption').textContent = `${data.actors.length} actors, ${data.dyads.length} dyads`;
  } catch (error) {
    status(line, error.message, true);
  }
}
