/*
 * NewsKG web page. Everything it shows comes from the SPARQL endpoint (/newskg/sparql) and the saved
 * queries (/queries); it writes data into the page only with textContent, never as HTML.
 * Test hooks: #graph[data-nodes], #results[data-rows], window.newskg.
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

  const state = { cy: null, savedQueries: [], maxRows: 10000, editor: null, graphReady: false, selected: null };
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

  // ---- tabs ------------------------------------------------------------------------------------

  function showTab(name) {
    for (const t of document.querySelectorAll('.tab')) {
      const on = t.dataset.tab === name;
      t.classList.toggle('active', on);
      t.setAttribute('aria-selected', on ? 'true' : 'false');
    }
    $('panel-graph').hidden = name !== 'graph';
    $('panel-query').hidden = name !== 'query';
    if (name === 'graph' && state.cy) { state.cy.resize(); }
    if (name === 'query' && state.editor) { state.editor.refresh(); }
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
        ? el('a', { title: 'show in the graph', onclick: () => { showTab('graph'); selectEntity(t.value); } }, shorten(t.value))
        : el('span', { title: t.value }, shorten(t.value));
    }
    if (t.type === 'bnode') return '_:' + t.value;
    const span = el('span', {}, t.value);
    if (t['xml:lang']) span.append(el('span', { class: 'lang' }, '@' + t['xml:lang']));
    return span;
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
  }

  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
  else start();
})();
