// nitrate-kg search page: sends a jena-text query to /nkg/query and lists the hits.
// Every value that comes from the data is put into the page with textContent or as a checked link target,
// never as HTML.
'use strict';

const DATA_NS = 'https://w3id.org/nitrate-kg/id/';
const ONTOLOGY_NS = 'https://w3id.org/nitrate-kg/ontology#';
// Markers jena-text's highlighter puts around matched words (its defaults).
const MARK_START = '\u21A6';
const MARK_END = '\u21A4';
const FRAGMENT_SEPARATOR = '\u2223';
const MAX_HITS = 60;

const SUBSCRIPTS = '₀₁₂₃₄₅₆₇₈₉';
const SUPERSCRIPTS = '⁰¹²³⁴⁵⁶⁷⁸⁹';
const DASHES = /[\u2010-\u2015\u2212\uFE63\uFF0D]/g;
const LUCENE_SPECIAL = /[+\-!(){}[\]^"~*?:\\/&|]/g;

/** The reader's words as a Lucene query: digits made plain, dashes unified, syntax escaped, all words required. */
function luceneQuery(input) {
  let text = input.normalize('NFC');
  text = text.replace(/[₀-₉]/g, c => String(SUBSCRIPTS.indexOf(c)));
  text = text.replace(/[⁰¹²³⁴⁵⁶⁷⁸⁹]/g, c => String(SUPERSCRIPTS.indexOf(c)));
  text = text.replace(DASHES, '-');
  const words = text.split(/\s+/).filter(w => /[\p{L}\p{N}]/u.test(w));
  // AND, OR and NOT typed by a reader are words, not operators: lower-cased, the parser leaves them alone.
  return words.map(w => (/^(AND|OR|NOT)$/.test(w) ? w.toLowerCase() : w))
              .map(w => w.replace(LUCENE_SPECIAL, c => '\\' + c)).join(' AND ');
}

/** A SPARQL string literal holding any text. */
function sparqlString(text) {
  return '"' + text.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n').replace(/\r/g, '\\r') + '"';
}

function sparql(lucene) {
  return `PREFIX text: <http://jena.apache.org/text#>
PREFIX nkg: <${ONTOLOGY_NS}>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX dcterms: <http://purl.org/dc/terms/>
SELECT ?hit ?score ?snippet ?type ?label ?section ?sectionNumber ?sectionTitle WHERE {
  (?hit ?score ?snippet) text:query (${sparqlString(lucene)} ${MAX_HITS * 3} "highlight:m:2 | z:220") .
  OPTIONAL { ?hit a ?type . FILTER(STRSTARTS(STR(?type), STR(nkg:))) }
  OPTIONAL { ?hit rdfs:label|skos:prefLabel|nkg:printedName|dcterms:title ?label }
  OPTIONAL {
    ?hit (nkg:inTable|nkg:derivedFromPart)?/nkg:inSection ?section .
    OPTIONAL { ?section nkg:sectionNumber ?sectionNumber }
    OPTIONAL { ?section dcterms:title ?sectionTitle }
  }
}
ORDER BY DESC(?score)`;
}

/** Local link for one of our IRIs, or null: data from elsewhere is never turned into a link. */
function localHref(iri) {
  if (typeof iri !== 'string') return null;
  if (iri.startsWith(DATA_NS)) return '/id/' + iri.substring(DATA_NS.length);
  if (iri.startsWith(ONTOLOGY_NS)) return '/ontology#' + iri.substring(ONTOLOGY_NS.length);
  return null;
}

function value(binding, name) {
  return binding[name] ? binding[name].value : null;
}

/** One entry per hit resource, keeping its best score and first type, label and section. */
function groupHits(bindings) {
  const hits = new Map();
  for (const b of bindings) {
    const iri = value(b, 'hit');
    if (!hits.has(iri)) {
      hits.set(iri, { iri, score: Number(value(b, 'score')), snippet: value(b, 'snippet') || '', types: new Set(),
                      label: value(b, 'label'), section: value(b, 'section'),
                      sectionNumber: value(b, 'sectionNumber'), sectionTitle: value(b, 'sectionTitle') });
    }
    const hit = hits.get(iri);
    const type = value(b, 'type');
    if (type) hit.types.add(type.substring(ONTOLOGY_NS.length));
    for (const key of ['label', 'section', 'sectionNumber', 'sectionTitle']) {
      if (!hit[key]) hit[key] = value(b, key);
    }
  }
  return [...hits.values()].slice(0, MAX_HITS);
}

/** The snippet with the highlighter's marked words as <mark> elements, all text as text nodes. */
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

function link(text, iri) {
  const href = localHref(iri);
  if (!href) {
    const span = document.createElement('span');
    span.textContent = text;
    return span;
  }
  const a = document.createElement('a');
  a.href = href;
  a.textContent = text;
  return a;
}

function kindOf(hit) {
  for (const preferred of ['Paragraph', 'TableRow', 'TableCell', 'FigureCaption', 'Section', 'Reference', 'Review']) {
    if (hit.types.has(preferred)) return preferred;
  }
  return hit.types.size ? [...hit.types][0] : 'resource';
}

function hitNode(hit) {
  const li = document.createElement('li');
  li.className = 'hit';
  const kind = document.createElement('span');
  kind.className = 'kind';
  kind.textContent = kindOf(hit).replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
  li.appendChild(kind);
  const title = hit.label || (hit.iri.startsWith(DATA_NS) ? hit.iri.substring(DATA_NS.length) : hit.iri);
  li.appendChild(link(title, hit.iri));
  const score = document.createElement('span');
  score.className = 'score';
  score.textContent = 'score ' + hit.score.toFixed(2);
  li.appendChild(score);
  if (hit.section) {
    const source = document.createElement('div');
    source.className = 'source';
    source.appendChild(document.createTextNode('in '));
    const name = ['§', hit.sectionNumber, hit.sectionTitle].filter(Boolean).join(' ');
    source.appendChild(link(name.length > 1 ? name : 'section', hit.section));
    li.appendChild(source);
  }
  if (hit.snippet) li.appendChild(snippetNode(hit.snippet));
  return li;
}

async function search(words) {
  const status = document.getElementById('status');
  const list = document.getElementById('hits');
  list.replaceChildren();
  const lucene = luceneQuery(words);
  if (!lucene) {
    status.textContent = 'Type a word to search for.';
    return;
  }
  status.textContent = 'Searching…';
  try {
    const response = await fetch('/nkg/query', {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded', 'Accept': 'application/sparql-results+json' },
      body: new URLSearchParams({ query: sparql(lucene) })
    });
    if (!response.ok) throw new Error('the server answered ' + response.status);
    const hits = groupHits((await response.json()).results.bindings);
    status.textContent = hits.length === 0 ? 'No hits for “' + words + '”.'
                                           : hits.length + (hits.length === 1 ? ' hit' : ' hits') + ' for “' + words + '”';
    hits.forEach(hit => list.appendChild(hitNode(hit)));
  } catch (e) {
    status.textContent = 'Search failed: ' + e.message;
  }
}

document.addEventListener('DOMContentLoaded', () => {
  const form = document.getElementById('search');
  const input = document.getElementById('q');
  form.addEventListener('submit', event => {
    event.preventDefault();
    const url = new URL(window.location.href);
    url.searchParams.set('q', input.value);
    window.history.replaceState(null, '', url);
    search(input.value);
  });
  const initial = new URL(window.location.href).searchParams.get('q');
  if (initial) {
    input.value = initial;
    search(initial);
  }
});
