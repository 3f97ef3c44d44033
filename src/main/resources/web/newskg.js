/*
 * NewsKG web page. Everything it shows comes from the SPARQL endpoint (/newskg/sparql) and the saved
 * queries (/queries); it writes data into the page only with textContent, never as HTML.
 * Test hooks: #graph[data-nodes], #results[data-rows], #changes[data-loaded][data-since][data-items], window.newskg.
 */
(function () {
  'use strict';

  const ENDPOINT = '/newskg/sparql';
  const NKG = 'https://w3id.org/newskg/ontology#';
  const PREFIXES = {
    nkg: NKG,
    ent: 'https://w3id.org/newskg/id/entity/',
    art: 'https://w3id.org/newskg/id/article/',
    ev: 'https://w3id.org/newskg/id/evidence/',
    graph: 'https://w3id.org/newskg/id/graph/',
    rdf: 'http://www.w3.org/1999/02/22-rdf-syntax-ns#',
    rdfs: 'http://www.w3.org/2000/01/rdf-schema#',
    skos: 'http://www.w3.org/2004/02/skos/core#',
    schema: 'https://schema.org/',
    prov: 'http://www.w3.org/ns/prov#',
    nif: 'http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#',
    itsrdf: 'http://www.w3.org/2005/11/its/rdf#',
    xsd: 'http://www.w3.org/2001/XMLSchema#',
  };
  const SPARQL_PREFIXES = Object.entries(PREFIXES).map(([p, iri]) => `PREFIX ${p}: <${iri}>`).join('\n') + '\n';
  // The core relations drawn as arrows (holdsTitle and date point at text, not at entities).
  const RELATIONS = ['leaderOf', 'memberOf', 'metWith', 'visited', 'signed', 'partyTo', 'establishes',
    'location', 'locatedIn', 'dependsOn', 'partnerOf', 'inConflictWith', 'associatedWith'];
  const TYPES = {
    Person: '#4e79a7', Organization: '#f28e2b', Country: '#59a14f', City: '#76b7b2',
    Place: '#b8a232', Agreement: '#e15759',
  };
  const OTHER_COLOR = '#9c9c9c';
  const RELATION_WORDS = {
    leaderOf: 'leads', memberOf: 'is a member of', holdsTitle: 'holds the title', metWith: 'met with',
    visited: 'visited', signed: 'signed', partyTo: 'is party to', establishes: 'establishes', date: 'on date',
    location: 'took place in', locatedIn: 'is located in', dependsOn: 'depends on', partnerOf: 'is a partner of',
    inConflictWith: 'is in conflict with', associatedWith: 'is associated with',
  };

  const state = {
    cy: null, savedQueries: [], maxRows: 10000, editor: null, graphReady: false, selected: null,
    changes: [], changesSince: null, changesLoad: 0,
  };
  window.newskg = state;

  // ---- helpers ---------------------------------------------------------------------------------

  function $(id) { return document.getElementById(id); }

  function el(tag, attrs, ...children) {
    const e = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) {
      if (k === 'class') e.className = v;
      else if (k === 'style') e.style.cssText = v;
      else if (k.startsWith('on')) e.addEventListener(k.substring(2), v);
      else e.setAttribute(k, v);
    }
    for (const c of children) {
      if (c === null || c === undefined || c === false) continue;
      e.append(c instanceof Node ? c : document.createTextNode(String(c)));
    }
    return e;
  }

  function local(iri) {
    const i = Math.max(iri.lastIndexOf('#'), iri.lastIndexOf('/'));
    return i >= 0 ? iri.substring(i + 1) : iri;
  }

  function shorten(iri) {
    for (const [p, ns] of Object.entries(PREFIXES)) {
      if (iri.startsWith(ns) && iri.length > ns.length) return p + ':' + iri.substring(ns.length);
    }
    return '<' + iri + '>';
  }

  function sparqlIri(iri) {
    if (/[<>"{}|^`\\\s]/.test(iri)) throw new Error('not an IRI: ' + iri);
    return '<' + iri + '>';
  }

  /** Runs a query on the endpoint (HTML form POST, as any SPARQL client does) and returns the JSON results. */
  async function select(query) {
    const response = await fetch(ENDPOINT, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded', 'Accept': 'application/sparql-results+json' },
      body: new URLSearchParams({ query: SPARQL_PREFIXES + query }),
    });
    if (!response.ok) throw new Error(response.status + ' ' + (await response.text()).trim());
    return (await response.json()).results.bindings;
  }

  function val(b, name) { return b[name] ? b[name].value : undefined; }

  // ---- tabs and the URL ------------------------------------------------------------------------
  // The URL's hash names the view: none for the graph, #query, #changes (the latest change) or
  // #changes/N (what is new since change N), so that a view can be bookmarked and Back returns to the last.

  const TABS = ['graph', 'query', 'changes'];

  function showTab(name, options) {
    const opts = options || {};
    for (const t of document.querySelectorAll('.tab')) {
      const on = t.dataset.tab === name;
      t.classList.toggle('active', on);
      t.setAttribute('aria-selected', on ? 'true' : 'false');
    }
    for (const tab of TABS) $('panel-' + tab).hidden = name !== tab;
    if (name === 'graph' && state.cy) {
      state.cy.resize();
      // A graph drawn while its tab was hidden (the page opened on another view) was laid out in no room.
      if (state.layoutHidden) { state.layoutHidden = false; applyFilters(); }
    }
    if (name === 'query' && state.editor) { state.editor.refresh(); }
    const since = opts.since === undefined ? state.changesSince : opts.since;
    if (opts.url !== false) setHash(name === 'changes' ? hashOfChanges(since) : name === 'graph' ? '' : '#' + name);
    if (name === 'changes') loadChanges(since);
  }

  function hashOfChanges(since) { return '#changes' + (since ? '/' + since : ''); }

  /** Puts the view in the URL (a new history entry when it differs). */
  function setHash(hash, replace) {
    if (location.hash === hash || (hash === '' && location.hash === '')) return;
    const url = hash || location.pathname + location.search;
    if (replace) history.replaceState(null, '', url);
    else history.pushState(null, '', url);
  }

  /** Shows the view the URL names (on load, and on Back and Forward). */
  function showViewOfUrl() {
    const m = /^#(query|changes)(?:\/(\d+))?$/.exec(location.hash);
    if (!m) { showTab('graph', { url: false }); return; }
    showTab(m[1], { url: false, since: m[1] === 'changes' ? (m[2] ? Number(m[2]) : null) : undefined });
  }

  // ---- graph view ------------------------------------------------------------------------------

  async function loadGraph() {
    const nodesQ = `
      SELECT ?e ?type ?label (COUNT(DISTINCT ?article) AS ?articles) WHERE {
        ?e a ?t ; skos:prefLabel ?label .
        FILTER(STRSTARTS(STR(?t), STR(nkg:)) && ?t NOT IN (nkg:Article, nkg:Evidence))
        BIND(STRAFTER(STR(?t), STR(nkg:)) AS ?type)
        OPTIONAL { ?e nkg:mentionedIn ?article }
      } GROUP BY ?e ?type ?label`;
    const edgesQ = `
      SELECT ?s ?p ?o (COUNT(DISTINCT ?ev) AS ?evidence) WHERE {
        VALUES ?p { ${RELATIONS.map(r => 'nkg:' + r).join(' ')} }
        ?s ?p ?o . FILTER(isIRI(?o))
        OPTIONAL { ?ev rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o }
      } GROUP BY ?s ?p ?o`;
    const factsQ = `
      SELECT (COUNT(*) AS ?facts) WHERE {
        SELECT DISTINCT ?s ?p ?o WHERE { ?ev a nkg:Evidence ; rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o }
      }`;
    const articlesQ = 'SELECT (COUNT(DISTINCT ?a) AS ?articles) WHERE { ?a a nkg:Article }';
    const [nodeRows, edgeRows, facts, articles] =
      await Promise.all([select(nodesQ), select(edgesQ), select(factsQ), select(articlesQ)]);

    const nodes = new Map();
    for (const b of nodeRows) {
      const id = val(b, 'e');
      if (nodes.has(id)) continue;    // an entity with two types: the first one
      nodes.set(id, {
        data: { id, label: val(b, 'label'), type: val(b, 'type'), articles: Number(val(b, 'articles') || 0), degree: 0 },
      });
    }
    const edges = [];
    for (const b of edgeRows) {
      const s = val(b, 's'), o = val(b, 'o'), p = local(val(b, 'p'));
      if (!nodes.has(s) || !nodes.has(o)) continue;
      nodes.get(s).data.degree++;
      nodes.get(o).data.degree++;
      edges.push({ data: { id: s + ' ' + p + ' ' + o, source: s, target: o, label: p, evidence: Number(val(b, 'evidence') || 0) } });
    }
    const nFacts = facts.length ? val(facts[0], 'facts') : 0;
    const nArticles = articles.length ? val(articles[0], 'articles') : 0;
    $('summary').textContent = `${nodes.size} entities · ${edges.length} relations · ${nFacts} facts · ${nArticles} articles`;
    drawGraph([...nodes.values()], edges);
  }

  function drawGraph(nodes, edges) {
    const container = $('graph');
    container.dataset.nodes = String(nodes.length);
    container.dataset.edges = String(edges.length);
    if (nodes.length === 0) {
      container.append(el('div', { class: 'empty' }, 'The graph is empty: build it with ‘newskg build’ and restart the server.'));
      state.graphReady = true;
      return;
    }
    const maxArticles = Math.max(1, ...nodes.map(n => n.data.articles));
    state.cy = cytoscape({
      container,
      elements: { nodes, edges },
      wheelSensitivity: 0.3,
      minZoom: 0.15,
      maxZoom: 3,
      style: [
        {
          selector: 'node',
          style: {
            'background-color': n => TYPES[n.data('type')] || OTHER_COLOR,
            'label': 'data(label)',
            'width': n => 22 + 26 * (n.data('articles') / maxArticles),
            'height': n => 22 + 26 * (n.data('articles') / maxArticles),
            'font-size': 11,
            'color': '#1d2733',
            'text-valign': 'bottom',
            'text-margin-y': 4,
            'text-wrap': 'wrap',
            'text-max-width': 100,
            'text-background-color': '#ffffff',
            'text-background-opacity': 0.75,
            'text-background-padding': 1,
            'border-width': 2,
            'border-color': '#ffffff',
          },
        },
        {
          selector: 'edge',
          style: {
            'width': e => 1.2 + Math.min(4, e.data('evidence')),
            'line-color': '#b7c3d0',
            'target-arrow-color': '#b7c3d0',
            'target-arrow-shape': 'triangle',
            'curve-style': 'bezier',
            'label': 'data(label)',
            'font-size': 9,
            'color': '#5f6b7a',
            'text-rotation': 'autorotate',
            'text-background-color': '#ffffff',
            'text-background-opacity': 0.8,
            'text-background-padding': 1,
          },
        },
        { selector: 'node:selected', style: { 'border-color': '#1d2733', 'border-width': 4 } },
        { selector: '.faded', style: { 'opacity': 0.15 } },
        { selector: 'edge.near', style: { 'line-color': '#1f6fb2', 'target-arrow-color': '#1f6fb2', 'color': '#1f6fb2' } },
        { selector: '.hidden', style: { 'display': 'none' } },
      ],
      layout: layoutOptions(nodes.length),
    });
    state.cy.on('tap', 'node', evt => selectEntity(evt.target.id()));
    state.cy.on('tap', evt => { if (evt.target === state.cy) clearSelection(); });
    buildLegend(nodes);
    if (nodes.length > 150) { $('hide-isolated').checked = true; }
    applyFilters();
    state.layoutHidden = $('panel-graph').hidden;
    state.graphReady = true;
  }

  function layoutOptions(n) {
    return n > 400
      ? { name: 'concentric', concentric: node => node.degree(), levelWidth: () => 2, animate: false }
      : { name: 'cose', animate: false, randomize: false, nodeRepulsion: () => 9000, idealEdgeLength: () => 90,
          componentSpacing: 90, nodeOverlap: 20, nodeDimensionsIncludeLabels: true, padding: 30 };
  }

  function buildLegend(nodes) {
    const counts = {};
    for (const n of nodes) counts[n.data.type] = (counts[n.data.type] || 0) + 1;
    const legend = $('legend');
    legend.replaceChildren();
    for (const type of Object.keys(counts).sort()) {
      const box = el('input', { type: 'checkbox', 'data-type': type });
      box.checked = true;
      box.addEventListener('change', applyFilters);
      legend.append(el('label', {}, box, el('span', { class: 'dot', style: `background:${TYPES[type] || OTHER_COLOR}` }),
        type, el('span', { class: 'count' }, String(counts[type]))));
    }
  }

  function applyFilters() {
    const cy = state.cy;
    if (!cy) return;
    const shown = new Set([...document.querySelectorAll('#legend input')].filter(b => b.checked).map(b => b.dataset.type));
    const hideIsolated = $('hide-isolated').checked;
    cy.batch(() => {
      cy.nodes().forEach(n => {
        const hide = !shown.has(n.data('type')) || (hideIsolated && n.data('degree') === 0);
        n.toggleClass('hidden', hide);
      });
    });
    cy.layout(layoutOptions(cy.nodes(':visible').length)).run();
    cy.fit(cy.elements(':visible'), 30);
  }

  function findEntity(text) {
    const cy = state.cy;
    if (!cy || !text) return;
    const t = text.toLowerCase();
    const hit = cy.nodes().filter(n => (n.data('label') || '').toLowerCase().includes(t)).first();
    if (hit && hit.length) {
      hit.removeClass('hidden');
      selectEntity(hit.id());
    }
  }

  function highlight(id) {
    const cy = state.cy;
    if (!cy) return;
    const node = cy.getElementById(id);
    if (!node || node.empty()) return;
    cy.elements().unselect();
    node.select();
    const near = node.closedNeighborhood();
    cy.elements().not(near).addClass('faded');
    near.removeClass('faded');
    cy.edges().removeClass('near');
    node.connectedEdges().addClass('near');
    cy.animate({ center: { eles: node }, duration: 250 });
  }

  function clearSelection() {
    if (!state.cy) return;
    state.cy.elements().removeClass('faded').removeClass('near').unselect();
  }

  // ---- details of one entity -------------------------------------------------------------------

  async function selectEntity(iri) {
    state.selected = iri;
    highlight(iri);
    const panel = $('details');
    panel.dataset.entity = iri;
    panel.dataset.loaded = 'false';
    panel.replaceChildren(el('p', { class: 'none' }, 'Loading…'));
    const e = sparqlIri(iri);
    try {
      const [names, facts, articles] = await Promise.all([
        select(`SELECT ?type ?pref ?alt WHERE {
            { ${e} a ?t . FILTER(STRSTARTS(STR(?t), STR(nkg:))) BIND(STRAFTER(STR(?t), STR(nkg:)) AS ?type) }
            UNION { ${e} skos:prefLabel ?pref } UNION { ${e} skos:altLabel ?alt } UNION { ${e} rdfs:label ?alt } }`),
        select(`SELECT ?s ?sl ?p ?o ?ol ?sentence ?article ?headline ?date WHERE {
            { ?ev rdf:subject ${e} } UNION { ?ev rdf:object ${e} }
            ?ev a nkg:Evidence ; rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o ;
                nkg:sentence ?sentence ; prov:wasDerivedFrom ?article .
            OPTIONAL { ?s skos:prefLabel ?sl } OPTIONAL { ?o skos:prefLabel ?ol }
            OPTIONAL { ?article schema:headline ?headline } OPTIONAL { ?article schema:datePublished ?date }
          } ORDER BY ?p ?s ?o ?date ?headline`),
        select(`SELECT ?article ?headline ?date (COUNT(DISTINCT ?m) AS ?mentions) (SAMPLE(?anchor) AS ?as) WHERE {
            ${e} nkg:mentionedIn ?article .
            OPTIONAL { ?article schema:headline ?headline } OPTIONAL { ?article schema:datePublished ?date }
            OPTIONAL { ?m itsrdf:taIdentRef ${e} ; nif:referenceContext ?article ; nif:anchorOf ?anchor }
          } GROUP BY ?article ?headline ?date ORDER BY DESC(?date) ?headline`),
      ]);
      if (state.selected !== iri) return;    // another node was clicked meanwhile
      renderDetails(panel, iri, names, facts, articles);
    } catch (err) {
      panel.replaceChildren(el('p', { class: 'status error' }, 'Could not load this entity: ' + err.message));
    }
    panel.dataset.loaded = 'true';
  }

  function renderDetails(panel, iri, names, facts, articles) {
    const types = [...new Set(names.map(b => val(b, 'type')).filter(Boolean))];
    const pref = names.map(b => val(b, 'pref')).find(Boolean) || local(iri);
    const alts = [...new Set(names.map(b => val(b, 'alt')).filter(a => a && a !== pref))].sort();
    const out = [];
    out.push(el('h2', { id: 'details-title' }, pref));
    out.push(el('div', {}, ...types.map(t => el('span', { class: 'badge', style: `background:${TYPES[t] || OTHER_COLOR}` }, t))));
    out.push(el('div', { class: 'iri' }, iri));

    out.push(el('h3', {}, 'Also called'));
    out.push(alts.length ? el('div', { class: 'names' }, ...alts.map(a => el('span', {}, a))) : el('p', { class: 'none' }, 'no other names'));

    // One entry per fact (subject, relation, object), with every sentence that supports it.
    const byFact = new Map();
    for (const b of facts) {
      const key = [val(b, 's'), val(b, 'p'), b.o.type, val(b, 'o')].join('\u0000');
      if (!byFact.has(key)) byFact.set(key, { b, sources: [] });
      const f = byFact.get(key);
      if (!f.sources.some(s => val(s, 'sentence') === val(b, 'sentence') && val(s, 'article') === val(b, 'article'))) {
        f.sources.push(b);
      }
    }
    out.push(el('h3', {}, `Facts (${byFact.size})`));
    if (byFact.size === 0) out.push(el('p', { class: 'none' }, 'no facts about it were extracted'));
    const list = el('div', { id: 'facts' });
    for (const { b, sources } of byFact.values()) {
      const p = local(val(b, 'p'));
      list.append(el('div', { class: 'fact' },
        el('div', { class: 'triple' }, term(b.s, val(b, 'sl'), iri), ' ', el('span', { class: 'rel' }, RELATION_WORDS[p] || p), ' ', term(b.o, val(b, 'ol'), iri)),
        ...sources.map(s => el('blockquote', { class: 'source' },
          el('q', {}, val(s, 'sentence')),
          el('span', { class: 'from' }, 'from “' + (val(s, 'headline') || local(val(s, 'article'))) + '”' + (val(s, 'date') ? ', ' + val(s, 'date') : ''))))));
    }
    out.push(list);

    out.push(el('h3', {}, `Mentioned in (${articles.length})`));
    if (articles.length === 0) out.push(el('p', { class: 'none' }, 'no article mentions'));
    else out.push(el('ul', { class: 'articles' }, ...articles.map(a => el('li', {},
      val(a, 'headline') || local(val(a, 'article')),
      el('div', { class: 'meta' }, [val(a, 'date'), `${val(a, 'mentions')} mention${val(a, 'mentions') === '1' ? '' : 's'}`,
        val(a, 'as') ? `as “${val(a, 'as')}”` : null].filter(Boolean).join(' · '))))));
    panel.replaceChildren(...out);
  }

  /** A fact's subject or object: the selected entity in bold, another entity as a link, text as it is. */
  function term(t, label, selected) {
    if (t.type === 'uri') {
      const text = label || local(t.value);
      if (t.value === selected) return el('span', {}, text);
      return el('a', { class: 'entity', href: '#', title: t.value, onclick: ev => { ev.preventDefault(); selectEntity(t.value); } }, text);
    }
    return el('span', {}, '“' + t.value + '”');
  }

  // ---- query tab -------------------------------------------------------------------------------

  async function loadSavedQueries() {
    const response = await fetch('/queries', { headers: { Accept: 'application/json' } });
    if (!response.ok) throw new Error('GET /queries: ' + response.status);
    const json = await response.json();
    state.savedQueries = json.queries;
    if (json.maxRows > 0) state.maxRows = json.maxRows;
    const select = $('saved');
    for (const q of state.savedQueries) {
      // A saved query whose file does not parse is listed with its error (file, line, column).
      select.append(el('option', { value: q.name, title: q.error || q.description }, q.error ? q.name + ' (error)' : q.name));
    }
    if (state.savedQueries.length) {
      select.value = state.savedQueries[0].name;
      chooseSaved();
    }
  }

  function chooseSaved() {
    const q = state.savedQueries.find(s => s.name === $('saved').value);
    $('saved-desc').textContent = q ? (q.error ? 'This saved query cannot be run: ' + q.error : q.description)
      : 'Write a SPARQL query; the prefixes nkg:, ent:, skos:, schema:, prov:… are not predeclared.';
    if (q) setQuery(q.sparql);
    updateDownloads();
  }

  function getQuery() { return state.editor ? state.editor.getValue() : $('sparql').value; }
  function setQuery(text) { if (state.editor) state.editor.setValue(text); else $('sparql').value = text; }

  function updateDownloads() {
    const name = $('saved').value;
    const saved = state.savedQueries.find(s => s.name === name);
    const unchanged = saved && saved.sparql === getQuery();
    for (const f of ['csv', 'tsv', 'json', 'xml']) {
      $('dl-' + f).href = unchanged
        ? `/queries/${encodeURIComponent(name)}?format=${f}`
        : `${ENDPOINT}?format=${f}&query=${encodeURIComponent(getQuery())}`;
    }
  }

  async function runQuery() {
    const status = $('status');
    const results = $('results');
    const button = $('run');
    status.className = 'status';
    status.textContent = 'Running…';
    button.disabled = true;
    results.dataset.rows = '0';
    results.dataset.truncated = 'false';
    const started = performance.now();
    const accept = 'application/sparql-results+json, text/turtle;q=0.9';
    // A saved query as saved runs at /queries/NAME, where the server cuts a long result at its row
    // limit and says so in a header; any other query goes to the SPARQL endpoint, which answers every
    // row, of which the table shows at most as many.
    const name = $('saved').value;
    const saved = state.savedQueries.find(s => s.name === name && s.sparql === getQuery());
    try {
      const response = saved
        ? await fetch(`/queries/${encodeURIComponent(name)}`, { headers: { Accept: accept } })
        : await fetch(ENDPOINT, {
          method: 'POST',
          headers: { 'Content-Type': 'application/x-www-form-urlencoded', 'Accept': accept },
          body: new URLSearchParams({ query: getQuery() }),
        });
      const text = await response.text();
      const cutByServer = response.headers.get('NewsKG-Result-Truncated') === 'true';
      const seconds = ((performance.now() - started) / 1000).toFixed(2);
      if (!response.ok) {
        status.className = 'status error';
        status.textContent = `${response.status}: ${text.trim()}`;
        results.replaceChildren();
        return;
      }
      const type = (response.headers.get('Content-Type') || '').split(';')[0];
      if (type === 'application/sparql-results+json') {
        const json = JSON.parse(text);
        if ('boolean' in json) {
          results.replaceChildren(el('p', { class: 'placeholder' }, 'Answer: ' + json.boolean));
          status.textContent = `yes/no answer in ${seconds} s`;
        } else {
          const all = json.results.bindings;
          const rows = all.length > state.maxRows ? all.slice(0, state.maxRows) : all;
          results.replaceChildren(resultTable(json.head.vars, rows));
          results.dataset.rows = String(rows.length);
          results.dataset.truncated = String(cutByServer || rows.length < all.length);
          status.textContent = `${rows.length} row${rows.length === 1 ? '' : 's'} in ${seconds} s`;
          if (cutByServer) {
            status.className = 'status warning';
            status.textContent += ` (cut: the server answers a saved query with at most ${state.maxRows} rows; `
              + 'add LIMIT and OFFSET, or edit the query to run it at the SPARQL endpoint)';
          } else if (rows.length < all.length) {
            status.className = 'status warning';
            status.textContent = `showing the first ${rows.length} of ${all.length} rows in ${seconds} s `
              + '(the download links give them all)';
          }
        }
      } else {
        results.replaceChildren(el('pre', {}, text));
        status.textContent = `graph (${type}) in ${seconds} s`;
      }
    } catch (err) {
      status.className = 'status error';
      status.textContent = err.message;
    } finally {
      button.disabled = false;
      updateDownloads();
    }
  }

  function resultTable(vars, rows) {
    const head = el('tr', {}, ...vars.map(v => el('th', {}, v)));
    const body = rows.map(b => el('tr', {}, ...vars.map(v => el('td', {}, cell(b[v])))));
    return el('table', { id: 'result-table' }, el('thead', {}, head), el('tbody', {}, ...body));
  }

  function cell(t) {
    if (!t) return '';
    if (t.type === 'uri') {
      const isEntity = t.value.startsWith(PREFIXES.ent);
      return isEntity
        ? el('a', { title: 'show in the graph', onclick: () => openEntity(t.value) }, shorten(t.value))
        : el('span', { title: t.value }, shorten(t.value));
    }
    if (t.type === 'bnode') return '_:' + t.value;
    const span = el('span', {}, t.value);
    if (t['xml:lang']) span.append(el('span', { class: 'lang' }, '@' + t['xml:lang']));
    return span;
  }

  // ---- what's new -----------------------------------------------------------------------------
  // Every build, add, remove and merge that changes the store records an nkg:CorpusChange (numbered
  // from 1) with its nkg:change items (see the ontology's "what each build changed"). The view lists
  // the items of a chosen change and of every later one, grouped by kind, newest first.

  /** The kinds in the order the view shows them: heading, and the words for one and for several. */
  const CHANGE_KINDS = [
    ['ArticleAdded', 'Articles added', 'article added', 'articles added'],
    ['ArticleChanged', 'Articles changed', 'article changed', 'articles changed'],
    ['ArticleRemoved', 'Articles removed', 'article removed', 'articles removed'],
    ['NewContradiction', 'New contradictions', 'new contradiction', 'new contradictions'],
    ['NewFact', 'New facts', 'new fact', 'new facts'],
    ['FactCorroborated', 'Facts corroborated', 'fact corroborated', 'facts corroborated'],
    ['FactWeakened', 'Facts weakened', 'fact weakened', 'facts weakened'],
    ['FactGone', 'Facts gone', 'fact gone', 'facts gone'],
    ['NewEntity', 'New entities', 'new entity', 'new entities'],
    ['EntityGone', 'Entities gone', 'entity gone', 'entities gone'],
    ['ContradictionGone', 'Contradictions gone', 'contradiction gone', 'contradictions gone'],
  ].map(([kind, heading, one, many]) => ({ kind, heading, one, many }));
  /** Items of one kind shown before a "show all" button. */
  const CHANGES_SHOWN = 60;

  /** "2026-12-06 10:54 UTC" for an xsd:dateTime, as `newskg changes` gives times (in UTC). */
  function utcMinute(dateTime) {
    const d = new Date(dateTime || '');
    return isNaN(d.getTime()) ? (dateTime || 'no date') : d.toISOString().substring(0, 16).replace('T', ' ') + ' UTC';
  }

  function changeTitle(c) { return `#${c.seq} — ${utcMinute(c.when)} — ${c.command || '(no command recorded)'}`; }

  /**
   * Fills the chooser with the recorded changes (read again each time the view opens: a build or a
   * watching server may have added some) and shows what is new since {@code since}, a change number,
   * or since the latest change when it is null.
   */
  async function loadChanges(since) {
    const load = ++state.changesLoad;
    const box = $('changes');
    const chooser = $('since');
    box.dataset.loaded = 'false';
    $('changes-status').className = 'status';
    $('changes-status').textContent = 'Loading…';
    let rows;
    try {
      rows = await select(`SELECT ?seq ?when ?command WHERE {
          GRAPH ?g { ?a a nkg:CorpusChange ; nkg:sequence ?seq }
          OPTIONAL { GRAPH ?g { ?a prov:endedAtTime ?when } }
          OPTIONAL { GRAPH ?g { ?a nkg:command ?command } }
        } ORDER BY DESC(?seq)`);
    } catch (err) {
      if (load !== state.changesLoad) return;
      $('changes-status').className = 'status error';
      $('changes-status').textContent = 'Could not read the store’s history: ' + err.message;
      box.replaceChildren();
      box.dataset.loaded = 'true';
      return;
    }
    if (load !== state.changesLoad) return;
    const changes = [];
    for (const b of rows) {
      const seq = Number(val(b, 'seq'));
      if (!changes.some(c => c.seq === seq)) {
        changes.push({ seq, when: val(b, 'when'), command: val(b, 'command') });
      }
    }
    state.changes = changes;
    chooser.replaceChildren(...changes.map((c, i) =>
      el('option', { value: String(c.seq) }, changeTitle(c) + (i === 0 ? ' (latest)' : ''))));
    chooser.disabled = changes.length === 0;
    if (changes.length === 0) {
      $('changes-status').textContent = '';
      $('changes-summary').textContent = '';
      box.dataset.items = '0';
      box.dataset.since = '';
      box.replaceChildren(el('div', { class: 'changes-empty' },
        el('h2', {}, 'Nothing recorded yet'),
        el('p', {}, 'Every ', el('code', {}, 'newskg build'), ', ', el('code', {}, 'add'), ' and ', el('code', {}, 'remove'),
          ' that changes the store records what it changed: the articles added, the new entities and facts, the facts '
          + 'that more articles now state, new contradictions. This store has no such record yet (it was built before '
          + 'NewsKG kept a history, or has not changed since); add articles with ',
          el('code', {}, 'newskg add FILE… --store STORE'), ' and the changes show here.')));
      box.dataset.loaded = 'true';
      return;
    }
    let chosen = changes.find(c => c.seq === since);
    let note = '';
    if (since && !chosen) note = `The store has no change #${since}; showing the latest. `;
    if (!chosen) chosen = changes[0];
    state.changesSince = since && chosen.seq === since ? since : null;
    chooser.value = String(chosen.seq);
    await showChangesSince(chosen, load, note);
  }

  /** Lists what changed from change {@code from} on (inclusive), grouped by kind, newest first. */
  async function showChangesSince(from, load, note) {
    const box = $('changes');
    box.dataset.loaded = 'false';
    let rows;
    try {
      // One row per item; the labels of the entities as the store has them now (none when gone),
      // and whether a recorded article is still in the store.
      rows = await select(`SELECT ?c ?seq ?kind (SAMPLE(?w) AS ?what) (SAMPLE(?sb) AS ?before) (SAMPLE(?sa) AS ?after)
            (SAMPLE(?r) AS ?resource) (SAMPLE(?rl0) AS ?resourceLabel) (SAMPLE(?art0) AS ?article) (SAMPLE(?type0) AS ?type)
            (SAMPLE(?s0) AS ?s) (SAMPLE(?sl0) AS ?sl) (SAMPLE(?p0) AS ?p) (SAMPLE(?o0) AS ?o) (SAMPLE(?ol0) AS ?ol) WHERE {
          GRAPH ?g { ?a a nkg:CorpusChange ; nkg:sequence ?seq ; nkg:change ?c . ?c nkg:changeKind ?k }
          FILTER(?seq >= ${from.seq})
          BIND(STRAFTER(STR(?k), STR(nkg:)) AS ?kind)
          OPTIONAL { GRAPH ?g { ?c rdfs:label ?w } }
          OPTIONAL { GRAPH ?g { ?c nkg:supportBefore ?sb } }
          OPTIONAL { GRAPH ?g { ?c nkg:supportAfter ?sa } }
          OPTIONAL { GRAPH ?g { ?c nkg:changedRelation ?p0 } }
          OPTIONAL { GRAPH ?g { ?c nkg:changedResource ?r } OPTIONAL { ?r skos:prefLabel ?rl0 }
                     OPTIONAL { ?r a nkg:Article BIND(true AS ?art0) }
                     OPTIONAL { ?r a ?t0 FILTER(STRSTARTS(STR(?t0), STR(nkg:)) && ?t0 NOT IN (nkg:Article, nkg:Evidence))
                                BIND(STRAFTER(STR(?t0), STR(nkg:)) AS ?type0) } }
          OPTIONAL { GRAPH ?g { ?c nkg:changedSubject ?s0 } OPTIONAL { ?s0 skos:prefLabel ?sl0 } }
          OPTIONAL { GRAPH ?g { ?c nkg:changedObject ?o0 } OPTIONAL { ?o0 skos:prefLabel ?ol0 } }
        } GROUP BY ?c ?seq ?kind ORDER BY DESC(?seq) ?kind ?what`);
    } catch (err) {
      if (load !== state.changesLoad) return;
      $('changes-status').className = 'status error';
      $('changes-status').textContent = 'Could not read the changes: ' + err.message;
      box.replaceChildren();
      box.dataset.loaded = 'true';
      return;
    }
    if (load !== state.changesLoad) return;
    const byKind = new Map();
    for (const b of rows) {
      const kind = val(b, 'kind');
      if (!byKind.has(kind)) byKind.set(kind, []);
      byKind.get(kind).push(b);
    }
    const known = CHANGE_KINDS.map(k => k.kind);
    const kinds = CHANGE_KINDS.filter(k => byKind.has(k.kind))
      .concat([...byKind.keys()].filter(k => !known.includes(k)).sort().map(k => ({ kind: k, heading: k, one: k, many: k })));
    const covered = state.changes.filter(c => c.seq >= from.seq);
    const several = covered.length > 1;

    $('changes-status').className = 'status';
    $('changes-status').textContent = note + (several
      ? `${covered.length} changes, #${from.seq} to #${covered[0].seq}`
      : from.seq === state.changes[0].seq ? 'the latest change' : `#${from.seq} only`);
    $('changes-summary').textContent = kinds.length
      ? kinds.map(k => { const n = byKind.get(k.kind).length; return `${n} ${n === 1 ? k.one : k.many}`; }).join(' · ')
      : 'These changes recorded no items.';
    box.dataset.since = String(from.seq);
    box.dataset.items = String(rows.length);
    box.replaceChildren(...kinds.map(k => changeGroup(k, byKind.get(k.kind), several)));
    box.dataset.loaded = 'true';
  }

  function changeGroup(k, items, several) {
    const list = el('ul', { class: 'change-items' });
    const add = from => { for (const b of items.slice(from, from === 0 ? CHANGES_SHOWN : items.length)) list.append(changeItem(k.kind, b, several)); };
    add(0);
    const group = el('section', { class: 'change-group', 'data-kind': k.kind },
      el('h3', {}, k.heading, el('span', { class: 'count' }, String(items.length))), list);
    if (items.length > CHANGES_SHOWN) {
      const more = el('button', { class: 'small more' }, `Show all ${items.length}`);
      more.addEventListener('click', () => { add(CHANGES_SHOWN); more.remove(); });
      group.append(more);
    }
    return group;
  }

  /** One item: a fact as subject, relation, object; an entity or an article by its name; with its support. */
  function changeItem(kind, b, several) {
    const what = val(b, 'what') || '';
    const seq = val(b, 'seq');
    const parts = [];
    const p = val(b, 'p');
    if (p && b.s && b.o) {
      const rel = local(p);
      // The recorded words are "Subject relation Object", with the names of the time; an entity that
      // is still in the store is named (and linked) as the store names it now.
      const i = what.indexOf(' ' + rel + ' ');
      const sWas = i >= 0 ? what.substring(0, i) : local(val(b, 's'));
      const oWas = i >= 0 ? what.substring(i + rel.length + 2) : (b.o.type === 'uri' ? local(val(b, 'o')) : val(b, 'o'));
      parts.push(el('span', { class: 'triple' }, changeEntity(b.s, val(b, 'sl'), sWas), ' ',
        el('span', { class: 'rel' }, RELATION_WORDS[rel] || rel), ' ',
        b.o.type === 'uri' ? changeEntity(b.o, val(b, 'ol'), oWas) : el('span', {}, '“' + oWas + '”')));
    } else if (kind === 'NewEntity' || kind === 'EntityGone') {
      parts.push(changeEntity(b.resource, val(b, 'resourceLabel'), what));
      const type = val(b, 'type');
      if (type) parts.push(el('span', { class: 'type' }, el('span', { class: 'dot', style: `background:${TYPES[type] || OTHER_COLOR}` }), type));
    } else if (b.resource && (kind.startsWith('Article'))) {
      parts.push(el('span', { class: val(b, 'article') ? 'headline' : 'headline gone', title: val(b, 'resource') }, what));
    } else {
      parts.push(el('span', {}, what));
    }
    const before = Number(val(b, 'before') || 0);
    const after = Number(val(b, 'after') || 0);
    const n = x => `${x} article${x === 1 ? '' : 's'}`;
    let support = null;
    if (kind === 'FactCorroborated' || kind === 'FactWeakened') support = `${before} → ${n(after)}`;
    else if (kind === 'NewFact' && after > 1) support = n(after);
    else if (kind === 'FactGone' && before > 0) support = 'was in ' + n(before);
    if (support) parts.push(el('span', { class: 'support' }, support));
    const c = several ? state.changes.find(x => String(x.seq) === seq) : null;
    // What the item is about, as the history records it (test hooks, and tooltips for the curious).
    const about = { 'data-change': seq };
    if (b.resource) about['data-resource'] = val(b, 'resource');
    if (p && b.s && b.o) Object.assign(about, { 'data-subject': val(b, 's'), 'data-relation': p, 'data-object': val(b, 'o') });
    return el('li', about,
      several ? el('span', { class: 'seq', title: c ? changeTitle(c) : '' }, '#' + seq) : null,
      el('span', { class: 'item' }, ...parts.flatMap((x, i) => i ? [' ', x] : [x])));    // a space: a line may break there
  }

  /** An entity named in a change: a link to it in the graph when the store still has it, else its recorded name. */
  function changeEntity(t, labelNow, labelThen) {
    if (t && t.type === 'uri' && labelNow) {
      return el('a', { class: 'entity', href: '#', title: 'show in the graph', 'data-entity': t.value,
        onclick: ev => { ev.preventDefault(); openEntity(t.value); } }, labelNow);
    }
    return el('span', { class: 'gone', title: 'no longer in the graph' }, labelThen || (t ? local(t.value) : ''));
  }

  /** The graph tab with this entity selected and its details shown (shown even when a filter hid it). */
  function openEntity(iri) {
    showTab('graph');
    if (state.cy) state.cy.getElementById(iri).removeClass('hidden');
    selectEntity(iri);
  }

  // ---- start -----------------------------------------------------------------------------------

  function setUpEditor() {
    const area = $('sparql');
    if (window.CodeMirror) {
      state.editor = CodeMirror.fromTextArea(area, {
        mode: 'application/sparql-query', lineNumbers: true, matchBrackets: true, indentUnit: 2,
        extraKeys: { 'Ctrl-Enter': runQuery, 'Cmd-Enter': runQuery },
      });
      state.editor.on('change', updateDownloads);
    } else {
      area.addEventListener('keydown', ev => { if (ev.key === 'Enter' && (ev.ctrlKey || ev.metaKey)) runQuery(); });
      area.addEventListener('input', updateDownloads);
    }
  }

  function start() {
    $('endpoint-url').textContent = location.origin + ENDPOINT;
    for (const t of document.querySelectorAll('.tab')) t.addEventListener('click', () => showTab(t.dataset.tab));
    $('since').addEventListener('change', () => {
      const seq = Number($('since').value);
      state.changesSince = seq === (state.changes[0] || {}).seq ? null : seq;
      setHash(hashOfChanges(state.changesSince), true);
      showChangesSince(state.changes.find(c => c.seq === seq), ++state.changesLoad, '');
    });
    window.addEventListener('popstate', showViewOfUrl);
    $('run').addEventListener('click', runQuery);
    $('saved').addEventListener('change', chooseSaved);
    $('fit').addEventListener('click', () => state.cy && state.cy.fit(state.cy.elements(':visible'), 30));
    $('hide-isolated').addEventListener('change', applyFilters);
    $('find').addEventListener('keydown', ev => { if (ev.key === 'Enter') findEntity(ev.target.value.trim()); });
    setUpEditor();
    loadSavedQueries().catch(err => { $('saved-desc').textContent = 'Saved queries unavailable: ' + err.message; });
    loadGraph().catch(err => {
      $('summary').textContent = 'could not load the graph: ' + err.message;
      state.graphReady = true;
    });
    showViewOfUrl();
  }

  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
  else start();
})();
