// entente dashboard: vanilla JS over the JSON API (docs/server.md).  No libraries, no network
// beyond this server.  Charts are SVG drawn here: labelled axes with units, dates on the time
// axis, legends, the Okabe-Ito palette, and dashes/markers so that colour is never the only cue.
'use strict';

const OKABE_ITO = {
  orange: '#E69F00', sky: '#56B4E9', green: '#009E73', yellow: '#F0E442',
  blue: '#0072B2', vermillion: '#D55E00', purple: '#CC79A7', black: '#000000',
};
const SVG_NS = 'http://www.w3.org/2000/svg';
const $ = (id) => document.getElementById(id);

// ---------------------------------------------------------------------------------------------
// API

class ApiError extends Error {
  constructor(message, param, status) { super(message); this.param = param; this.status = status; }
}

async function api(path, params) {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params || {})) {
    if (v !== undefined && v !== null && v !== '') q.set(k, v);
  }
  const url = path + (q.toString() ? '?' + q.toString() : '');
  let res;
  try {
    res = await fetch(url, { headers: { Accept: 'application/json' } });
  } catch (e) {
    throw new ApiError('the server cannot be reached (' + e.message + ')', '', 0);
  }
  let body = null;
  try { body = await res.json(); } catch (e) { /* not JSON */ }
  if (!res.ok) {
    const msg = body && body.error ? body.error : res.status + ' ' + res.statusText;
    throw new ApiError(msg, body && body.param ? body.param : '', res.status);
  }
  return body;
}

// ---------------------------------------------------------------------------------------------
// Small helpers

function el(tag, attrs, text) {
  const e = tag.startsWith('svg:') ? document.createElementNS(SVG_NS, tag.slice(4))
                                   : document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v !== undefined && v !== null) e.setAttribute(k, v);
  }
  if (text !== undefined) e.textContent = text;
  return e;
}
const svgEl = (tag, attrs, text) => el('svg:' + tag, attrs, text);

function clear(node) { while (node.firstChild) node.removeChild(node.firstChild); }

function fmt(v, digits) {
  if (v === null || v === undefined || !isFinite(v)) return '–';
  const d = digits === undefined ? 2 : digits;
  const s = Number(v).toFixed(d);
  return s === '-' + (0).toFixed(d) ? (0).toFixed(d) : s;
}

function showError(id, err) {
  const box = $(id);
  if (!err) { box.hidden = true; box.textContent = ''; return; }
  box.hidden = false;
  box.textContent = (err.status ? 'Error ' + err.status + ': ' : 'Error: ') + err.message;
}

let pending = 0;
function setStatus(state, text) {
  const s = $('status');
  s.dataset.state = state;
  s.textContent = text || '';
}
function beginLoad(what) {
  pending++;
  setStatus('loading', 'Loading ' + what + '…');
}
function endLoad(failed) {
  pending = Math.max(0, pending - 1);
  if (pending === 0 && $('status').dataset.state !== 'error') setStatus('ready', failed ? '' : 'Ready.');
}

// "Nice" axis ticks covering [lo, hi].
function niceTicks(lo, hi, count) {
  if (lo === hi) { lo -= 1; hi += 1; }
  const raw = (hi - lo) / Math.max(1, count);
  const mag = Math.pow(10, Math.floor(Math.log10(raw)));
  const step = [1, 2, 2.5, 5, 10].map((m) => m * mag).find((s) => s >= raw) || 10 * mag;
  const ticks = [];
  for (let t = Math.floor(lo / step) * step; t <= hi + step * 1e-9; t += step) ticks.push(+t.toFixed(10));
  if (ticks[ticks.length - 1] < hi) ticks.push(ticks[ticks.length - 1] + step);
  return ticks;
}

// Which period labels to print on the time axis: at most ~12, on year boundaries when the series
// is long (months "2019-01" -> "2019"; quarters "2019-Q1" -> "2019").
function timeTicks(labels, period) {
  const n = labels.length;
  const out = [];
  if ((period === 'month' && n > 18) || (period === 'quarter' && n > 12)) {
    const firsts = [];
    labels.forEach((l, i) => { if (/-(01|Q1)$/.test(l)) firsts.push(i); });
    const every = Math.max(1, Math.ceil(firsts.length / 12));
    firsts.forEach((i, k) => { if (k % every === 0) out.push([i, labels[i].slice(0, 4)]); });
    return out;
  }
  const every = Math.max(1, Math.ceil(n / 12));
  labels.forEach((l, i) => { if (i % every === 0) out.push([i, l]); });
  return out;
}

function marker(g, shape, x, y, color) {
  const s = 3.6;
  if (shape === 'circle') {
    g.appendChild(svgEl('circle', { cx: x, cy: y, r: s, fill: color }));
  } else if (shape === 'square') {
    g.appendChild(svgEl('rect', { x: x - s, y: y - s, width: 2 * s, height: 2 * s, fill: color }));
  } else if (shape === 'diamond') {
    g.appendChild(svgEl('path', {
      d: `M${x} ${y - s - 1}L${x + s + 1} ${y}L${x} ${y + s + 1}L${x - s - 1} ${y}Z`, fill: '#fff',
      stroke: color, 'stroke-width': 1.6,
    }));
  }
}

// A time-series line chart.  spec: {labels, period, series: [{name, values, color, dash, marker,
// width, band: {lower, upper}}], yLabel, xLabel, onClick(i), width, height}.
function lineChart(svg, spec) {
  clear(svg);
  const W = spec.width || Math.max(640, Math.min(1200, svg.parentNode.clientWidth || 900));
  const H = spec.height || 340;
  const m = { l: 70, r: 16, t: spec.legendTop === false ? 12 : 34, b: 52 };
  svg.setAttribute('width', W);
  svg.setAttribute('height', H);
  svg.setAttribute('viewBox', `0 0 ${W} ${H}`);
  const n = spec.labels.length;
  const pw = W - m.l - m.r, ph = H - m.t - m.b;
  let lo = 0, hi = 0;
  for (const s of spec.series) {
    for (const arr of [s.values, s.band && s.band.lower, s.band && s.band.upper]) {
      if (!arr) continue;
      for (const v of arr) if (v !== null && isFinite(v)) { lo = Math.min(lo, v); hi = Math.max(hi, v); }
    }
  }
  const ticks = niceTicks(lo, hi, 6);
  lo = ticks[0]; hi = ticks[ticks.length - 1];
  // Band scale: period i is centred in its column, so bars and click targets fit inside.
  const colW = pw / Math.max(1, n);
  const x = (i) => m.l + (i + 0.5) * colW;
  const y = (v) => m.t + ph - ((v - lo) / (hi - lo)) * ph;

  // Grid and y axis.
  const axes = svgEl('g', { class: 'axes' });
  for (const t of ticks) {
    axes.appendChild(svgEl('line', { class: t === 0 ? 'zero' : 'grid', x1: m.l, x2: W - m.r, y1: y(t), y2: y(t) }));
    axes.appendChild(svgEl('text', { x: m.l - 6, y: y(t) + 4, 'text-anchor': 'end' }, fmt(t, Math.abs(hi - lo) < 5 ? 2 : 0)));
  }
  axes.appendChild(svgEl('line', { class: 'axis', x1: m.l, x2: m.l, y1: m.t, y2: m.t + ph }));
  axes.appendChild(svgEl('line', { class: 'axis', x1: m.l, x2: W - m.r, y1: m.t + ph, y2: m.t + ph }));
  for (const [i, label] of timeTicks(spec.labels, spec.period)) {
    axes.appendChild(svgEl('line', { class: 'axis', x1: x(i), x2: x(i), y1: m.t + ph, y2: m.t + ph + 5 }));
    axes.appendChild(svgEl('text', { x: x(i), y: m.t + ph + 18, 'text-anchor': 'middle' }, label));
  }
  axes.appendChild(svgEl('text', { class: 'axis-title', x: m.l + pw / 2, y: H - 8, 'text-anchor': 'middle' },
                         spec.xLabel || ''));
  axes.appendChild(svgEl('text', {
    class: 'axis-title', transform: `translate(16 ${m.t + ph / 2}) rotate(-90)`, 'text-anchor': 'middle',
  }, spec.yLabel || ''));
  svg.appendChild(axes);

  // Bands, then lines and markers.
  for (const s of spec.series) {
    if (!s.band) continue;
    let d = '';
    for (let i = 0; i < n; i++) d += (i ? 'L' : 'M') + x(i) + ' ' + y(s.band.upper[i] ?? 0);
    for (let i = n - 1; i >= 0; i--) d += 'L' + x(i) + ' ' + y(s.band.lower[i] ?? 0);
    svg.appendChild(svgEl('path', { d: d + 'Z', fill: s.color, 'fill-opacity': 0.16, stroke: 'none' }));
  }
  // Bars (cooperation up, conflict down): solid or hatched, so colour is not the only cue.
  const defs = svgEl('defs');
  svg.appendChild(defs);
  for (const s of spec.series.filter((q) => q.kind === 'bar')) {
    let fill = s.color;
    if (s.hatch) {
      const id = 'hatch-' + s.color.slice(1);
      const pat = svgEl('pattern', { id, width: 6, height: 6, patternUnits: 'userSpaceOnUse',
                                     patternTransform: 'rotate(45)' });
      pat.appendChild(svgEl('rect', { width: 6, height: 6, fill: s.color, 'fill-opacity': 0.35 }));
      pat.appendChild(svgEl('line', { x1: 0, y1: 0, x2: 0, y2: 6, stroke: s.color, 'stroke-width': 3 }));
      defs.appendChild(pat);
      fill = `url(#${id})`;
      s.fill = fill;
    }
    const g = svgEl('g', { class: 'bars', 'data-name': s.name });
    const bw = Math.max(1, colW * 0.7);
    s.values.forEach((v, i) => {
      if (v === null || !isFinite(v) || v === 0) return;
      const y0 = y(0), y1 = y(v);
      g.appendChild(svgEl('rect', { x: x(i) - bw / 2, y: Math.min(y0, y1), width: bw, height: Math.abs(y1 - y0),
                                    fill, stroke: s.color, 'stroke-width': 0.8 }));
    });
    svg.appendChild(g);
  }
  for (const s of spec.series.filter((q) => q.kind !== 'bar')) {
    const g = svgEl('g', { class: 'series', 'data-name': s.name });
    let d = '', pen = false;
    s.values.forEach((v, i) => {
      if (v === null || !isFinite(v)) { pen = false; return; }
      d += (pen ? 'L' : 'M') + x(i).toFixed(1) + ' ' + y(v).toFixed(1);
      pen = true;
    });
    g.appendChild(svgEl('path', {
      d, fill: 'none', stroke: s.color, 'stroke-width': s.width || 2, 'stroke-dasharray': s.dash || null,
      'stroke-linejoin': 'round',
    }));
    if (s.marker && n <= 160) {
      s.values.forEach((v, i) => { if (v !== null && isFinite(v)) marker(g, s.marker, x(i), y(v), s.color); });
    }
    svg.appendChild(g);
  }

  // Legend (top), each entry with its line style and marker.
  if (spec.legendTop !== false) {
    const lg = svgEl('g', { class: 'legend' });
    let lx = m.l;
    for (const s of spec.series) {
      if (s.kind === 'bar') {
        lg.appendChild(svgEl('rect', { x: lx + 4, y: 7, width: 18, height: 14, fill: s.fill || s.color,
                                       stroke: s.color, 'stroke-width': 0.8 }));
        lg.appendChild(svgEl('text', { x: lx + 32, y: 18 }, s.name));
        lx += 44 + s.name.length * 6.8;
        continue;
      }
      lg.appendChild(svgEl('line', { x1: lx, x2: lx + 26, y1: 14, y2: 14, stroke: s.color, 'stroke-width': s.width || 2,
                                     'stroke-dasharray': s.dash || null }));
      if (s.marker) marker(lg, s.marker, lx + 13, 14, s.color);
      const t = svgEl('text', { x: lx + 32, y: 18 }, s.name);
      lg.appendChild(t);
      lx += 44 + s.name.length * 6.8;
    }
    svg.appendChild(lg);
  }

  // Click targets: one column per period.
  if (spec.onClick) {
    const hits = svgEl('g', { class: 'hits' });
    for (let i = 0; i < n; i++) {
      const r = svgEl('rect', {
        class: 'hit', x: x(i) - colW / 2, y: m.t, width: colW, height: ph, 'data-index': i,
        'data-period': spec.labels[i],
      });
      r.appendChild(svgEl('title', {}, spec.tooltip ? spec.tooltip(i) : spec.labels[i]));
      r.addEventListener('click', () => {
        for (const o of hits.querySelectorAll('.selected')) o.classList.remove('selected');
        r.classList.add('selected');
        spec.onClick(i);
      });
      hits.appendChild(r);
    }
    svg.appendChild(hits);
  }
}

// ---------------------------------------------------------------------------------------------
// Sections

const state = { dyad: '', series: null, eventsQuery: null, eventsOffset: 0 };

function params() {
  return {
    dyad: $('dyad').value.trim(), third: $('third').value.trim(), by: $('by').value,
    from: $('from').value.trim(), to: $('to').value.trim(), normalise: $('normalise').checked,
    candidates: $('candidates').value.trim(),
  };
}

async function loadRelation(p) {
  const svg = $('dyad-chart');
  svg.classList.add('loading');
  showError('relation-error', null);
  beginLoad('the relation');
  try {
    const s = await api('/api/dyad', { dyad: p.dyad, by: p.by, from: p.from, to: p.to,
                                       normalise: p.normalise ? 'true' : '' });
    state.series = s;
    const pts = s.points;
    const per = (pt, v) => (p.normalise ? (pt.volume ? v / pt.volume : 0) : v);
    const coop = pts.map((pt) => per(pt, pt.cooperation_weight));
    const confl = pts.map((pt) => -per(pt, pt.conflict_weight));
    const net = pts.map((pt) => per(pt, pt.net_cooperation));
    const unit = p.normalise ? 'Goldstein points per event in all news' : 'Goldstein points per ' + s.period;
    $('relation-title').textContent = `${s.dyad.label}: cooperation and conflict by ${s.period}, ` +
      `${s.from} to ${s.to} (${s.count} events)`;
    lineChart(svg, {
      labels: pts.map((pt) => pt.period), period: s.period,
      series: [
        { name: 'cooperation (sum of Goldstein > 0)', values: coop, color: OKABE_ITO.blue, kind: 'bar' },
        { name: 'conflict (sum of Goldstein < 0, below zero)', values: confl, color: OKABE_ITO.vermillion, kind: 'bar', hatch: true },
        { name: 'net cooperation', values: net, color: OKABE_ITO.black, width: 2.2, marker: 'diamond' },
      ],
      yLabel: unit, xLabel: `${s.period} (click one to list its events)`,
      tooltip: (i) => `${pts[i].period}: ${pts[i].count} events, cooperation ${fmt(coop[i], 1)}, ` +
        `conflict ${fmt(-confl[i], 1)}, net ${fmt(net[i], 1)}`,
      onClick: (i) => { state.eventsOffset = 0; loadEvents(s, i, false); },
    });
    svg.dataset.dyad = s.dyad.label;
    svg.dataset.points = String(pts.length);
    svg.dataset.events = String(s.count);
    svg.dataset.from = s.from;
    svg.dataset.to = s.to;
    endLoad(false);
    return s;
  } catch (e) {
    clear(svg);
    svg.dataset.points = '0';
    showError('relation-error', e);
    setStatus('error', 'The relation could not be drawn: ' + e.message);
    endLoad(true);
    return null;
  } finally {
    svg.classList.remove('loading');
  }
}

function eventRow(e) {
  const tr = el('tr', { class: 'event-row' });
  tr.appendChild(el('td', { class: 'date' }, e.date));
  const who = el('td');
  who.appendChild(el('span', { title: e.source_text }, e.source));
  who.appendChild(document.createTextNode(' → '));
  who.appendChild(el('span', { title: e.target_text }, e.target));
  tr.appendChild(who);
  const code = el('td', {}, e.code);
  if (e.status !== 'asserted') code.appendChild(el('div', { class: 'status-tag' }, e.status));
  tr.appendChild(code);
  tr.appendChild(el('td', { class: 'num' }, fmt(e.goldstein, 1)));
  tr.appendChild(el('td', { class: 'sentence' }, e.sentence || e.verb_text || ''));
  const doc = el('td');
  const title = (e.document && (e.document.title || e.document.id)) || '';
  const url = e.document && e.document.url;
  if (url && /^https?:\/\//.test(url)) {
    doc.appendChild(el('a', { href: url, rel: 'noopener noreferrer', target: '_blank' }, title));
  } else {
    doc.textContent = title;
  }
  tr.appendChild(doc);
  return tr;
}

async function loadEvents(series, i, more) {
  const pt = series.points[i];
  const q = { dyad: series.dyad.label, from: pt.start, to: pt.end, limit: 50,
              offset: more ? state.eventsOffset : 0 };
  state.eventsQuery = { series, i };
  $('events-title').textContent = `Events of ${series.dyad.label} in ${pt.period} (${pt.start} to ${pt.end})`;
  showError('events-error', null);
  beginLoad('events');
  const body = $('events-body');
  body.classList.add('loading');
  try {
    const r = await api('/api/events', q);
    if (!more) clear(body);
    for (const e of r.items) body.appendChild(eventRow(e));
    state.eventsOffset = q.offset + r.items.length;
    $('events-table').hidden = body.children.length === 0;
    $('events-hint').textContent = r.total === 0
      ? 'No asserted events in this period.'
      : `${body.children.length} of ${r.total} events, oldest first.`;
    $('events-more').hidden = state.eventsOffset >= r.total;
    $('events-table').dataset.total = String(r.total);
    $('events-table').dataset.period = pt.period;
    endLoad(false);
  } catch (e) {
    showError('events-error', e);
    setStatus('error', 'Events could not be loaded: ' + e.message);
    endLoad(true);
  } finally {
    body.classList.remove('loading');
  }
}

const TRIANGLE_TYPES = {
  'menage-a-trois': { color: OKABE_ITO.green, ink: '#fff', letter: 'M', text: 'ménage à trois (all friendly)' },
  'romantic': { color: OKABE_ITO.orange, ink: '#000', letter: 'R', text: 'romantic (a pivot friendly with two rivals)' },
  'stable-marriage': { color: OKABE_ITO.blue, ink: '#fff', letter: 'S', text: 'stable marriage (a pair against an outsider)' },
  'unit-veto': { color: OKABE_ITO.vermillion, ink: '#000', letter: 'U', text: 'unit veto (all hostile)' },
  'indeterminate': { color: '#DDDDDD', ink: '#555', letter: '·', text: 'indeterminate (a side neutral or silent)' },
};

function triangleChart(svg, t) {
  clear(svg);
  const W = Math.max(640, Math.min(1200, svg.parentNode.clientWidth || 900));
  const m = { l: 16, r: 16, t: 10, b: 80 };
  const H = 64 + m.t + m.b;
  svg.setAttribute('width', W);
  svg.setAttribute('height', H);
  svg.setAttribute('viewBox', `0 0 ${W} ${H}`);
  const n = t.periods.length;
  const pw = W - m.l - m.r;
  const w = pw / Math.max(1, n);
  t.periods.forEach((p, i) => {
    const ty = TRIANGLE_TYPES[p.type] || TRIANGLE_TYPES.indeterminate;
    const g = svgEl('g', { class: 'seg-group', 'data-type': p.type });
    const r = svgEl('rect', { class: 'seg', x: m.l + i * w, y: m.t, width: w, height: 64, fill: ty.color });
    const role = p.pivot ? ', pivot ' + p.pivot : (p.outsider ? ', outsider ' + p.outsider : '');
    r.appendChild(svgEl('title', {}, `${p.period}: ${p.type}${role}; ${t.relations.map((rel, k) =>
      `${rel} ${fmt(p.values[k], 2)} (${p.events[k]} events)`).join(', ')}`));
    g.appendChild(r);
    if (w >= 9) {
      g.appendChild(svgEl('text', { x: m.l + i * w + w / 2, y: m.t + 37, 'text-anchor': 'middle',
                                    'font-weight': 600, style: 'fill:' + ty.ink }, ty.letter));
    }
    svg.appendChild(g);
  });
  for (const [i, label] of timeTicks(t.periods.map((p) => p.period), t.period)) {
    svg.appendChild(svgEl('line', { class: 'axis', x1: m.l + i * w, x2: m.l + i * w, y1: m.t + 64, y2: m.t + 70 }));
    svg.appendChild(svgEl('text', { x: m.l + i * w, y: m.t + 84, 'text-anchor': 'start' }, label));
  }
  // Legend.
  let lx = m.l;
  const ly = m.t + 64 + 46;
  for (const [name, ty] of Object.entries(TRIANGLE_TYPES)) {
    svg.appendChild(svgEl('rect', { x: lx, y: ly - 11, width: 16, height: 16, fill: ty.color }));
    svg.appendChild(svgEl('text', { x: lx + 8, y: ly + 1, 'text-anchor': 'middle', 'font-weight': 600,
                                    style: 'fill:' + ty.ink }, ty.letter));
    const label = name.replace(/-/g, ' ');
    svg.appendChild(svgEl('text', { x: lx + 22, y: ly + 1 }, label));
    lx += 34 + label.length * 7;
  }
  svg.appendChild(svgEl('text', { class: 'axis-title', x: m.l, y: H - 6 },
                        `${t.period}; sides ${t.relations.join(', ')} (${t.measure}, + above ${t.threshold})`));
}

async function loadTriangle(p) {
  const section = $('triangle-section');
  if (!p.third) { section.hidden = true; return; }
  section.hidden = false;
  showError('triangle-error', null);
  const parts = p.dyad.split(/->|>|-|,/);
  const actors = [p.third, parts[0], parts[1]].join(',');
  const svg = $('triangle-chart');
  svg.classList.add('loading');
  beginLoad('the triangle');
  try {
    const t = await api('/api/triangle', { actors, by: p.by, from: p.from, to: p.to });
    $('triangle-title').textContent = `Strategic triangle ${t.actors.join('–')} by ${t.period}`;
    triangleChart(svg, t);
    svg.dataset.periods = String(t.periods.length);
    const ul = $('triangle-spells');
    clear(ul);
    for (const sp of t.spells) {
      if (sp.type === 'indeterminate') continue;
      ul.appendChild(el('li', {}, `${sp.from}${sp.to !== sp.from ? '–' + sp.to : ''}: ${sp.type.replace(/-/g, ' ')}` +
        (sp.role ? ` (${sp.role})` : '')));
    }
    if (!ul.children.length) ul.appendChild(el('li', {}, 'No determinate period: every period has a neutral or silent side.'));
    endLoad(false);
  } catch (e) {
    clear(svg);
    showError('triangle-error', e);
    setStatus('error', 'The triangle could not be drawn: ' + e.message);
    endLoad(true);
  } finally {
    svg.classList.remove('loading');
  }
}

function autoCandidates(p) {
  const parts = p.dyad.split(/->|>|-|,/).map((s) => s.toUpperCase());
  if (p.third) return [`${p.third.toUpperCase()}-${parts[0]}`, `${p.third.toUpperCase()}-${parts[1]}`];
  const out = [];
  for (const d of topDyads) {
    if (out.length >= 3) break;
    const same = (d.source === parts[0] && d.target === parts[1]) || (d.source === parts[1] && d.target === parts[0]);
    if (!same && (parts.includes(d.source) || parts.includes(d.target))) out.push(d.dyad);
  }
  return out;
}

async function loadDrivers(p) {
  const box = $('drivers-body');
  showError('drivers-error', null);
  const cands = p.candidates ? p.candidates.split(',').map((s) => s.trim()).filter(Boolean) : autoCandidates(p);
  if (!cands.length) {
    clear(box);
    box.appendChild(el('p', { class: 'muted' }, 'Give candidate dyads (or a third actor) to test what drives this relation.'));
    return;
  }
  box.classList.add('loading');
  beginLoad('drivers');
  try {
    const r = await api('/api/drivers', { target: p.dyad, candidates: cands.join(','), by: p.by,
                                          from: p.from, to: p.to, normalise: p.normalise ? 'true' : '' });
    clear(box);
    $('drivers-title').textContent = `What drives ${r.target}? VAR(${r.lags}) over ${r.periods} ${r.period}s`;
    const table = el('table', { id: 'drivers-table' });
    const head = el('tr');
    for (const h of ['candidate', `→ ${r.target}: F (df)`, 'p', `${r.target} →: p`, 'peak response (band)', 'at lag']) {
      head.appendChild(el('th', h === 'candidate' ? {} : { class: 'num' }, h));
    }
    table.appendChild(el('thead')).appendChild(head);
    const tb = el('tbody');
    for (const f of r.findings) {
      const g = f.granger_to_target;
      const tr = el('tr');
      tr.appendChild(el('td', {}, f.candidate));
      tr.appendChild(el('td', { class: 'num' }, `${fmt(g.f, 2)} (${g.df_num}, ${g.df_den})`));
      tr.appendChild(el('td', { class: 'num' + (g.rejects ? ' sig' : '') }, fmt(g.p, 3) + (g.rejects ? ' *' : '')));
      tr.appendChild(el('td', { class: 'num' + (f.granger_from_target.rejects ? ' sig' : '') },
                        fmt(f.granger_from_target.p, 3) + (f.granger_from_target.rejects ? ' *' : '')));
      tr.appendChild(el('td', { class: 'num' }, `${fmt(f.peak.response, 2)} (${fmt(f.peak.lower, 2)} to ${fmt(f.peak.upper, 2)})`));
      tr.appendChild(el('td', { class: 'num' }, String(f.peak.h)));
      tb.appendChild(tr);
    }
    table.appendChild(tb);
    box.appendChild(table);
    box.appendChild(el('p', { class: 'hint' }, `* p < ${r.bootstrap.signif}.  Bands: ${Math.round(100 * (1 - r.bootstrap.signif))}% bootstrap, ` +
      `${r.bootstrap.replications} replications.  Granger causality is predictive precedence, not proof of cause.`));
    // Impulse responses, small multiples.
    const grid = el('div', { class: 'drivers-grid' });
    for (const f of r.findings) {
      const fig = el('figure', { style: 'margin:0' });
      const svg = svgEl('svg', { role: 'img', 'aria-label': `response of ${r.target} to ${f.candidate}` });
      fig.appendChild(svg);
      grid.appendChild(fig);
      const irf = f.irf_orth_target;
      lineChart(svg, {
        width: 380, height: 220, legendTop: true, labels: irf.map((x) => String(x.h)), period: 'lag',
        series: [{ name: `response to a shock in ${f.candidate}`, values: irf.map((x) => x.response), color: OKABE_ITO.blue,
                   marker: 'circle', band: { lower: irf.map((x) => x.lower), upper: irf.map((x) => x.upper) } }],
        yLabel: `${r.target} (${r.measure})`, xLabel: `${r.period}s after the shock`,
      });
    }
    box.appendChild(grid);
    const fs = el('div');
    for (const f of r.findings) for (const s of f.sentences) fs.appendChild(el('p', { class: 'finding' }, s));
    box.appendChild(fs);
    if (r.caveats && r.caveats.length) {
      box.appendChild(el('h3', { style: 'font-size:15px;margin:10px 0 2px' }, 'Caveats'));
      const ul = el('ul');
      for (const c of r.caveats) ul.appendChild(el('li', {}, c));
      box.appendChild(ul);
    }
    box.dataset.findings = String(r.findings.length);
    endLoad(false);
  } catch (e) {
    clear(box);
    showError('drivers-error', e);
    endLoad(true);
  } finally {
    box.classList.remove('loading');
  }
}

// ---------------------------------------------------------------------------------------------
// Wiring

let topDyads = [];

function writeHash(p) {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(p)) if (v) q.set(k, v === true ? '1' : v);
  history.replaceState(null, '', '#' + q.toString());
}

function readHash() {
  const q = new URLSearchParams(location.hash.slice(1));
  for (const k of ['dyad', 'third', 'by', 'from', 'to', 'candidates']) if (q.get(k)) $(k).value = q.get(k);
  if (q.get('normalise')) $('normalise').checked = true;
  return q.has('dyad');
}

async function refresh() {
  const p = params();
  if (!p.dyad) { setStatus('error', 'Give a dyad, e.g. CHN-RUS.'); return; }
  writeHash(p);
  setStatus('loading', 'Loading…');
  $('show').disabled = true;
  clear($('events-body'));
  $('events-table').hidden = true;
  $('events-more').hidden = true;
  $('events-title').textContent = 'Events';
  $('events-hint').textContent = 'Click a period in the chart above to see its events and their sentences.';
  try {
    await Promise.all([loadRelation(p), loadTriangle(p), loadDrivers(p)]);
  } finally {
    $('show').disabled = false;
  }
}

async function init() {
  $('controls').addEventListener('submit', (ev) => { ev.preventDefault(); refresh(); });
  $('events-more').addEventListener('click', () => {
    if (state.eventsQuery) loadEvents(state.eventsQuery.series, state.eventsQuery.i, true);
  });
  const fromHash = readHash();
  beginLoad('the store');
  try {
    const [status, dyads] = await Promise.all([api('/api/status'), api('/api/dyads', { limit: 40 })]);
    const c = status.counts;
    $('store-info').textContent = `${c.documents} documents, ${c.events} events` +
      (status.asserted_range ? `, ${status.asserted_range.from} to ${status.asserted_range.to}` : '') +
      ` · ${status.backend} store · ${status.allow_ingest ? 'ingest allowed' : 'read-only'}`;
    topDyads = dyads.items;
    const dl = $('dyad-suggestions');
    const actors = new Map();
    for (const d of topDyads) {
      dl.appendChild(el('option', { value: d.dyad }, `${d.count} events`));
      for (const a of [d.source, d.target]) actors.set(a, (actors.get(a) || 0) + d.count);
    }
    const al = $('actor-suggestions');
    for (const [a] of [...actors].sort((x, y) => y[1] - x[1])) al.appendChild(el('option', { value: a }));
    if (!fromHash && topDyads.length) {
      const d = topDyads[0];
      $('dyad').value = d.dyad;
      // A third actor that both sides deal with, for the triangle.
      const partners = (a) => new Set(topDyads.filter((x) => x.source === a || x.target === a)
        .map((x) => (x.source === a ? x.target : x.source)));
      const pa = partners(d.source), pb = partners(d.target);
      const third = topDyads.map((x) => [x.source, x.target]).flat()
        .find((a) => a !== d.source && a !== d.target && pa.has(a) && pb.has(a));
      if (third) $('third').value = third;
    }
    endLoad(false);
  } catch (e) {
    setStatus('error', 'The store could not be read: ' + e.message);
    endLoad(true);
    return;
  }
  if ($('dyad').value) await refresh();
  else setStatus('error', 'The store holds no dyads yet; ingest some documents first.');
}

document.addEventListener('DOMContentLoaded', init);
