// nitrate-kg search page: asks /search (one hit per entity, facets, paging) and shows the answer. Every value that
// comes from the data is put into the page with textContent or as a local link target, never as HTML. Each search,
// page and facet is a history entry (pushState), so Back and Forward move between them.
'use strict';

// Markers jena-text's highlighter puts around matched words (its defaults).
const MARK_START = '\u21A6';
const MARK_END = '\u21A4';
const FRAGMENT_SEPARATOR = '\u2223';

/** Only our own paths become links. */
function localHref(href) {
  return typeof href === 'string' && /^\/(id|term|ontology|compare)(\/|#|\?|$)/.test(href) ? href : null;
}

function snippetNode(snippet) {
  const p = document.createElement('p');
  p.className = 'snippet';
  const parts = snippet.replaceAll(FRAGMENT_SEPARATOR, ' … ').split(MARK_START);
  p.appendChild(document.createTextNode(parts[0].replaceAll(MARK_END, '')));
  for (const part of parts.slice(1)) {
    const end = part.indexOf(MARK_END);
    const mark = document.createElement('mark');
    mark.textContent = end < 0 ? part : part.substring(0, end);
    p.appendChild(mark);
    if (end >= 0) p.appendChild(document.createTextNode(part.substring(end + 1).replaceAll(MARK_END, '')));
  }
  return p;
}

function link(text, href) {
  const safe = localHref(href);
  const el = document.createElement(safe ? 'a' : 'span');
  if (safe) el.href = safe;
  el.textContent = text;
  return el;
}

function hitNode(hit) {
  const li = document.createElement('li');
  li.className = 'hit';
  const kind = document.createElement('span');
  kind.className = 'kind';
  kind.textContent = hit.kind;
  li.appendChild(kind);
  li.appendChild(link(hit.label, hit.href));
  const score = document.createElement('span');
  score.className = 'score';
  score.textContent = 'score ' + Number(hit.score).toFixed(2);
  li.appendChild(score);
  if (hit.section) {
    const source = document.createElement('div');
    source.className = 'source';
    source.appendChild(document.createTextNode('in '));
    source.appendChild(link('§ ' + hit.section.label, hit.section.href));
    li.appendChild(source);
  }
  if (hit.snippet) li.appendChild(snippetNode(hit.snippet));
  return li;
}

/** The search state in the address: q, page, kind, review, backmatter. */
function stateFromAddress() {
  const p = new URL(window.location.href).searchParams;
  return { q: p.get('q') || '', page: Number(p.get('page') || '1'), kind: p.get('kind') || '',
           review: p.get('review') || '', backmatter: p.get('backmatter') === 'true' };
}

function addressOf(state) {
  const p = new URLSearchParams();
  if (state.q) p.set('q', state.q);
  if (state.page > 1) p.set('page', String(state.page));
  if (state.kind) p.set('kind', state.kind);
  if (state.review) p.set('review', state.review);
  if (state.backmatter) p.set('backmatter', 'true');
  const query = p.toString();
  return window.location.pathname + (query ? '?' + query : '');
}

function go(state) {
  const target = addressOf(state);
  if (target !== window.location.pathname + window.location.search) {
    window.history.pushState(state, '', target);
  }
  show(state);
}

function facetGroup(title, items, selected, onPick) {
  const group = document.createElement('div');
  const heading = document.createElement('span');
  heading.className = 'muted';
  heading.textContent = title + ': ';
  group.appendChild(heading);
  const list = document.createElement('ul');
  list.className = 'facets';
  for (const item of items) {
    const li = document.createElement('li');
    const b = document.createElement('button');
    b.type = 'button';
    b.textContent = item.label + ' (' + item.count + ')';
    b.setAttribute('aria-pressed', String(item.value === selected));
    b.addEventListener('click', () => onPick(item.value === selected ? '' : item.value));
    li.appendChild(b);
    list.appendChild(li);
  }
  group.appendChild(list);
  return group;
}

async function show(state) {
  const status = document.getElementById('status');
  const list = document.getElementById('hits');
  const facets = document.getElementById('facets');
  const pager = document.getElementById('pager');
  const offer = document.getElementById('offer');
  document.getElementById('q').value = state.q;
  document.getElementById('backmatter').checked = state.backmatter;
  list.replaceChildren();
  facets.replaceChildren();
  offer.replaceChildren();
  offer.hidden = true;
  pager.hidden = true;
  if (!state.q.trim()) {
    status.textContent = '';
    return;
  }
  status.textContent = 'Searching…';
  try {
    const params = new URLSearchParams({ q: state.q, page: String(state.page) });
    if (state.kind) params.set('kind', state.kind);
    if (state.review) params.set('review', state.review);
    if (state.backmatter) params.set('backmatter', 'true');
    const response = await fetch('/search?' + params.toString(), { headers: { Accept: 'application/json' } });
    if (!response.ok) throw new Error('the server answered ' + response.status);
    const answer = await response.json();
    if (answer.offer) {
      offer.appendChild(document.createTextNode('Looking for numbers? '));
      offer.appendChild(link(answer.offer.text, answer.offer.href));
      offer.appendChild(document.createTextNode(' on the comparison page.'));
      offer.hidden = false;
    }
    const words = '“' + state.q + '”';
    status.textContent = answer.total === 0 ? 'No hits for ' + words + '.'
      : answer.total + (answer.total === 1 ? ' hit' : ' hits') + ' for ' + words
        + (answer.pages > 1 ? ', page ' + answer.page + ' of ' + answer.pages : '')
        + (answer.backMatterLeftOut ? ' (' + answer.backMatterLeftOut + ' in back matter left out)' : '')
        + (answer.notice ? '. ' + answer.notice : '');
    if (answer.kinds.length > 1 || state.kind) {
      facets.appendChild(facetGroup('Kind', answer.kinds, state.kind, v => go({ ...state, kind: v, page: 1 })));
    }
    if (answer.reviews.length > 1 || state.review) {
      facets.appendChild(facetGroup('Review', answer.reviews, state.review, v => go({ ...state, review: v, page: 1 })));
    }
    answer.hits.forEach(hit => list.appendChild(hitNode(hit)));
    if (answer.pages > 1) {
      pager.hidden = false;
      document.getElementById('page-of').textContent = 'Page ' + answer.page + ' of ' + answer.pages;
      document.getElementById('previous').disabled = answer.page <= 1;
      document.getElementById('next').disabled = answer.page >= answer.pages;
    }
  } catch (e) {
    status.textContent = 'Search failed: ' + e.message;
  }
}

let suggestTimer = null;
async function suggest(prefix) {
  const list = document.getElementById('suggestions');
  if (prefix.trim().length < 2 || /\s/.test(prefix.trim())) {
    list.replaceChildren();
    return;
  }
  try {
    const response = await fetch('/search/suggest?' + new URLSearchParams({ q: prefix }).toString());
    if (!response.ok) return;
    const names = (await response.json()).suggestions;
    list.replaceChildren(...names.map(n => { const o = document.createElement('option'); o.value = n; return o; }));
  } catch (e) {
    // Suggestions are a convenience; the search itself reports errors.
  }
}

document.addEventListener('DOMContentLoaded', () => {
  const form = document.getElementById('search');
  const input = document.getElementById('q');
  form.addEventListener('submit', event => {
    event.preventDefault();
    go({ q: input.value, page: 1, kind: '', review: '', backmatter: document.getElementById('backmatter').checked });
  });
  input.addEventListener('input', () => {
    clearTimeout(suggestTimer);
    suggestTimer = setTimeout(() => suggest(input.value), 200);
  });
  document.getElementById('previous').addEventListener('click', () => {
    const s = stateFromAddress();
    go({ ...s, page: Math.max(1, s.page - 1) });
  });
  document.getElementById('next').addEventListener('click', () => {
    const s = stateFromAddress();
    go({ ...s, page: s.page + 1 });
  });
  window.addEventListener('popstate', () => show(stateFromAddress()));
  show(stateFromAddress());
});
