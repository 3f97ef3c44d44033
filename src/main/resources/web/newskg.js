/*
 * NewsKG web page. Everything it shows comes from the SPARQL endpoint (/newskg/sparql), the saved
 * queries (/queries) and the vocabulary (/ui/vocabulary.json); it writes data into the page only with
 * textContent, never as HTML.
 * On a server with --allow-update, the entity panel also curates (/newskg/curate): merge, rename,
 * retype, link, assert a missing fact, and reject a fact, by a user who logs in in the page (basic auth on those requests only).
 * Test hooks: #graph[data-nodes][data-shown][data-isolated][data-label-px], #details[data-entity][data-loaded],
 * #curate[data-user], #curate-status[data-kind],
 * #reader[data-article][data-loaded][data-mentions][data-sentences], #results[data-rows],
 * #changes[data-loaded][data-since][data-items], window.newskg.
 */
(function () {
  'use strict';

  const ENDPOINT = '/newskg/sparql';
  const CURATE = '/newskg/curate';
  const NKG = 'https://w3id.org/newskg/ontology#';
  const ENT = 'https://w3id.org/newskg/id/entity/';
  const ART = 'https://w3id.org/newskg/id/article/';
  // The prefixes of the page's own queries; the editor knows those the server lists (/ui/vocabulary.json).
  const PREFIXES = {
    nkg: NKG,
    ent: ENT,
    art: ART,
    ev: 'https://w3id.org/newskg/id/evidence/',
    graph: 'https://w3id.org/newskg/id/graph/',
    rdf: 'http://www.w3.org/1999/02/22-rdf-syntax-ns#',
    rdfs: 'http://www.w3.org/2000/01/rdf-schema#',
    owl: 'http://www.w3.org/2002/07/owl#',
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
  /** What an article does with a statement other than asserting it (nkg:status), as a tag. */
  const STATUS_WORDS = { Negated: 'denies', Planned: 'plans', Hypothetical: 'supposes', Alleged: 'alleges' };
  /** Names are written on at most this many nodes (the most connected); the others show on hover. */
  const LABELLED_NODES = 15;
  /** The size, in screen pixels, of the names on the nodes at the default zoom (and whenever zoomed out). */
  const LABEL_PX = 13;

  const state = {
    cy: null, savedQueries: [], maxRows: 10000, editor: null, graphReady: false, selected: null,
    changes: [], changesSince: null, changesLoad: 0, shownHash: null, article: null, vocabulary: null,
    // Curation: whether the server takes it, who is logged in (by the browser, or in the page: auth),
    // the open form, and the line to show after the next rendering of the entity panel.
    curation: { allowed: false, user: null, auth: null, form: null, message: null }, curationLoaded: null,
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

  function plural(n, word) { return `${n} ${word}${n === 1 ? '' : 's'}`; }

  // ---- the URL ---------------------------------------------------------------------------------
  // The URL's hash names the view, so that it can be bookmarked, shared and reloaded, and Back returns
  // to the last one: none for the graph, #entity/SLUG (or the IRI) for an entity in the graph,
  // #article/ID for an article in the reader, #query, #query/NAME for a saved query and #query/TEXT for
  // any other SPARQL, #changes (the latest change) or #changes/N (what is new since change N).

  const TABS = ['graph', 'query', 'changes', 'curations', 'article'];

  function entityHash(iri) {
    return '#entity/' + encodeURIComponent(iri.startsWith(ENT) ? iri.substring(ENT.length) : iri);
  }

  function articleHash(iri) {
    return '#article/' + encodeURIComponent(iri.startsWith(ART) ? iri.substring(ART.length) : iri);
  }

  /** A part of the hash as text (as typed, when it is not valid percent-encoding). */
  function decode(part) {
    try { return decodeURIComponent(part); } catch (e) { return part; }
  }

  function entityOfHash(part) {
    const s = decode(part);
    return /^[a-z][a-z0-9+.-]*:/i.test(s) ? s : ENT + s;
  }

  function articleOfHash(part) {
    const s = decode(part);
    return /^[a-z][a-z0-9+.-]*:/i.test(s) ? s : ART + s;
  }

  function hashOfChanges(since) { return '#changes' + (since ? '/' + since : ''); }

  /** Puts the view in the URL (a new history entry when it differs, unless {@code replace}). */
  function setHash(hash, replace) {
    state.shownHash = hash;
    if (location.hash === hash || (hash === '' && location.hash === '')) return;
    const url = hash || location.pathname + location.search;
    if (replace) history.replaceState(null, '', url);
    else history.pushState(null, '', url);
  }

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
    if (opts.url !== false) {
      setHash(name === 'changes' ? hashOfChanges(since)
        : name === 'graph' ? (state.selected ? entityHash(state.selected) : '')
          : name === 'query' ? queryHash()
            : name === 'article' && state.article ? articleHash(state.article) : '#' + name);
    }
    if (name === 'changes') loadChanges(since);
    if (name === 'curations') loadCurations();
  }

  /** Shows the view the URL names (on load, on Back and Forward, and when a link changes the hash). */
  function showViewOfUrl() {
    const hash = location.hash;
    if (hash === state.shownHash) return;
    state.shownHash = hash;
    let m;
    if ((m = /^#entity\/(.+)$/.exec(hash))) {
      showTab('graph', { url: false });
      selectEntity(entityOfHash(m[1]), { url: false });
    } else if ((m = /^#article\/(.+)$/.exec(hash))) {
      openArticle(articleOfHash(m[1]), { url: false });
    } else if ((m = /^#query(?:\/(.*))?$/.exec(hash))) {
      showTab('query', { url: false });
      if (m[1] !== undefined) queryOfUrl(decode(m[1]));
    } else if (hash === '#curations') {
      showTab('curations', { url: false });
    } else if ((m = /^#changes(?:\/(\d+))?$/.exec(hash))) {
      showTab('changes', { url: false, since: m[1] ? Number(m[1]) : null });
    } else {
      showTab('graph', { url: false });
      if (state.selected) clearSelection();
    }
  }

  /** Follows an in-page link (href="#…") as a view change without reloading. */
  function go(hash) {
    setHash(hash);
    state.shownHash = null;
    showViewOfUrl();
  }

  function entityLink(iri, text, attrs) {
    return el('a', Object.assign({ class: 'entity', href: entityHash(iri), title: 'show in the graph', 'data-entity': iri,
      onclick: ev => { ev.preventDefault(); go(entityHash(iri)); } }, attrs || {}), text);
  }

  function articleLink(iri, text, attrs) {
    return el('a', Object.assign({ class: 'article', href: articleHash(iri), title: 'read the article', 'data-article': iri,
      onclick: ev => { ev.preventDefault(); go(articleHash(iri)); } }, attrs || {}), text);
  }

  // ---- graph view ------------------------------------------------------------------------------

  async function loadGraph() {
    const nodesQ = `
      SELECT ?e ?type ?label (COUNT(DISTINCT ?article) AS ?articles) (GROUP_CONCAT(DISTINCT ?alt; SEPARATOR="\\u001f") AS ?alts) WHERE {
        ?e a ?t ; skos:prefLabel ?label .
        FILTER(STRSTARTS(STR(?t), STR(nkg:)) && ?t NOT IN (nkg:Article, nkg:Evidence))
        BIND(STRAFTER(STR(?t), STR(nkg:)) AS ?type)
        OPTIONAL { ?e nkg:mentionedIn ?article }
        OPTIONAL { ?e skos:altLabel ?alt }
      } GROUP BY ?e ?type ?label`;
    // Each relation with the number of articles that state it (asserted evidence; a knowledge-base
    // fact has none).
    const edgesQ = `
      SELECT ?s ?p ?o (COUNT(DISTINCT ?article) AS ?articles) WHERE {
        VALUES ?p { ${RELATIONS.map(r => 'nkg:' + r).join(' ')} }
        ?s ?p ?o . FILTER(isIRI(?o))
        OPTIONAL { ?ev rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o ; prov:wasDerivedFrom ?article .
                   FILTER NOT EXISTS { ?ev nkg:status ?status FILTER(?status != nkg:Asserted) } }
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
      const label = val(b, 'label');
      const alts = (val(b, 'alts') || '').split('\u001f').filter(a => a && a !== label);
      nodes.set(id, {
        data: { id, label, short: label.length > 32 ? label.substring(0, 30).replace(/\s+\S*$/, '') + '…' : label, alts, type: val(b, 'type'), articles: Number(val(b, 'articles') || 0), degree: 0 },
      });
    }
    const edges = [];
    for (const b of edgeRows) {
      const s = val(b, 's'), o = val(b, 'o'), p = local(val(b, 'p'));
      if (!nodes.has(s) || !nodes.has(o)) continue;
      nodes.get(s).data.degree++;
      nodes.get(o).data.degree++;
      const n = Number(val(b, 'articles') || 0);
      const words = RELATION_WORDS[p] || p;
      edges.push({ data: { id: s + ' ' + p + ' ' + o, source: s, target: o, label: p, articles: n,
        text: n > 0 ? `${words} · ${plural(n, 'article')}` : `${words} · knowledge base` } });
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
    // A node's size follows its relations (degree); its name is written on the most connected ones.
    const maxDegree = Math.max(1, ...nodes.map(n => n.data.degree));
    const size = n => 16 + 34 * Math.sqrt(n.data('degree') / maxDegree);
    state.cy = cytoscape({
      container,
      elements: { nodes, edges },
      wheelSensitivity: 0.3,
      minZoom: 0.1,
      maxZoom: 4,
      style: [
        {
          selector: 'node',
          style: {
            'background-color': n => TYPES[n.data('type')] || OTHER_COLOR,
            'label': '',
            'width': size,
            'height': size,
            'font-size': LABEL_PX,
            'font-weight': 600,
            'color': '#1d2733',
            'text-valign': 'bottom',
            'text-margin-y': 3,
            'text-wrap': 'wrap',
            'text-max-width': 120,
            'text-background-color': '#ffffff',
            'text-background-opacity': 0.85,
            'text-background-padding': 2,
            'text-background-shape': 'roundrectangle',
            'border-width': 2,
            'border-color': '#ffffff',
          },
        },
        { selector: 'node.labelled, node.near', style: { 'label': 'data(short)' } },
        { selector: 'node.hover, node:selected', style: { 'label': 'data(label)' } },
        { selector: 'node.hover', style: { 'z-index': 20, 'border-color': '#1d2733' } },
        {
          selector: 'edge',
          style: {
            // The support: an edge stated by more articles is thicker (1 article 1.5 px, 4 or more 7.5 px).
            'width': e => 1.5 + 2 * Math.min(3, Math.max(0, e.data('articles') - 1)),
            'line-color': '#b7c3d0',
            'target-arrow-color': '#b7c3d0',
            'target-arrow-shape': 'triangle',
            'arrow-scale': 0.9,
            'curve-style': 'bezier',
            'label': '',
            'font-size': LABEL_PX - 2,
            'color': '#1f3b57',
            'text-rotation': 'autorotate',
            'text-background-color': '#ffffff',
            'text-background-opacity': 0.9,
            'text-background-padding': 2,
          },
        },
        { selector: 'edge.near, edge.hover', style: { 'label': 'data(text)', 'z-index': 10 } },
        { selector: 'node:selected', style: { 'border-color': '#1d2733', 'border-width': 4 } },
        { selector: '.faded', style: { 'opacity': 0.15 } },
        { selector: 'edge.near, edge.hover', style: { 'line-color': '#1f6fb2', 'target-arrow-color': '#1f6fb2' } },
        { selector: '.hidden', style: { 'display': 'none' } },
      ],
      layout: { name: 'preset' },
    });
    const cy = state.cy;
    cy.on('tap', 'node', evt => go(entityHash(evt.target.id())));
    cy.on('tap', evt => { if (evt.target === cy && state.selected) go(''); });
    cy.on('mouseover', 'node, edge', evt => evt.target.addClass('hover'));
    cy.on('mouseout', 'node, edge', evt => evt.target.removeClass('hover'));
    let pending = false;
    cy.on('zoom', () => {
      if (pending) return;
      pending = true;
      requestAnimationFrame(() => { pending = false; scaleLabels(); });
    });
    buildLegend(nodes);
    const isolated = nodes.filter(n => n.data.degree === 0).length;
    $('isolated-count').textContent = String(isolated);
    // A store whose entities have no relations at all shows them rather than an empty graph.
    if (isolated === nodes.length) $('show-isolated').checked = true;
    container.dataset.isolated = String(isolated);
    applyFilters();
    state.layoutHidden = $('panel-graph').hidden;
    if (state.selected) highlight(state.selected);
    state.graphReady = true;
  }

  /**
   * Names keep their size on screen when the view is zoomed out (they would shrink to nothing with a
   * graph of many nodes), and grow with it when zoomed in.
   */
  function scaleLabels() {
    const cy = state.cy;
    if (!cy) return;
    const k = 1 / Math.min(1, cy.zoom());
    cy.batch(() => {
      cy.nodes().style({ 'font-size': LABEL_PX * k, 'text-margin-y': 3 * k, 'text-background-padding': 2 * k,
        'text-max-width': 120 * k });
      cy.edges().style({ 'font-size': (LABEL_PX - 2) * k, 'text-background-padding': 2 * k });
    });
    const node = cy.nodes('.labelled').first();
    $('graph').dataset.labelPx = node.length ? (node.numericStyle('font-size') * cy.zoom()).toFixed(1) : '';
  }

  function layoutOptions(n) {
    return n > 400
      ? { name: 'concentric', concentric: node => node.degree(), levelWidth: () => 2, animate: false }
      : { name: 'cose', animate: false, randomize: false, nodeRepulsion: () => 40000, idealEdgeLength: () => 110,
          componentSpacing: 80, nodeOverlap: 40, nodeDimensionsIncludeLabels: true, padding: 30, gravity: 0.6, numIter: 2500 };
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

  /**
   * Shows the entities of the checked types, those without relations only when asked (and the selected
   * one), lays them out, fits them and writes the names of the most connected.
   */
  function applyFilters() {
    const cy = state.cy;
    if (!cy) return;
    const shown = new Set([...document.querySelectorAll('#legend input')].filter(b => b.checked).map(b => b.dataset.type));
    const showIsolated = $('show-isolated').checked;
    cy.batch(() => {
      cy.nodes().forEach(n => {
        const hide = !shown.has(n.data('type')) || (!showIsolated && n.data('degree') === 0 && n.id() !== state.selected);
        n.toggleClass('hidden', hide);
      });
    });
    const visible = cy.nodes().not('.hidden');
    const ranked = visible.sort((a, b) => (b.data('degree') - a.data('degree')) || (b.data('articles') - a.data('articles')));
    cy.batch(() => {
      cy.nodes().removeClass('labelled');
      ranked.slice(0, LABELLED_NODES).filter(n => n.data('degree') > 0 || visible.length <= LABELLED_NODES).addClass('labelled');
    });
    $('graph').dataset.shown = String(visible.length);
    cy.layout(layoutOptions(visible.length)).run();
    widen(visible);
    cy.fit(cy.elements().not('.hidden'), 30);
    scaleLabels();
  }

  /**
   * Spreads a layout narrower than its room (cose makes round ones; the room is wide) sideways, up to
   * 1.8 times, so that the names have more room at the same zoom.
   */
  function widen(nodes) {
    const cy = state.cy;
    const bb = nodes.boundingBox();
    if (nodes.length < 3 || bb.w <= 0 || bb.h <= 0 || cy.width() <= 0 || cy.height() <= 0) return;
    const k = Math.min(1.8, (cy.width() / cy.height()) / (bb.w / bb.h));
    if (k <= 1.1) return;
    const cx = (bb.x1 + bb.x2) / 2;
    cy.batch(() => nodes.positions(n => ({ x: cx + (n.position('x') - cx) * k, y: n.position('y') })));
  }

  /** The entities whose name or other name matches what is typed: names that start with it first. */
  function suggestionsFor(text) {
    const cy = state.cy;
    const t = text.trim().toLowerCase();
    if (!cy || !t) return [];
    const scored = [];
    cy.nodes().forEach(n => {
      const names = [n.data('label') || ''].concat(n.data('alts') || []);
      let best = null;
      names.forEach((name, i) => {
        const l = name.toLowerCase();
        const score = l.startsWith(t) ? 0 : l.split(/[\s\-’'.]+/).some(w => w.startsWith(t)) ? 1 : l.includes(t) ? 2 : null;
        if (score !== null && (best === null || score < best.score)) best = { score, via: i === 0 ? null : name };
      });
      if (best) scored.push({ node: n, score: best.score, via: best.via });
    });
    scored.sort((a, b) => (a.score - b.score) || (b.node.data('degree') - a.node.data('degree'))
      || a.node.data('label').localeCompare(b.node.data('label')));
    return scored.slice(0, 8);
  }

  function showSuggestions() {
    const list = $('suggestions');
    const found = suggestionsFor($('find').value);
    list.replaceChildren(...found.map((s, i) => el('li', {
      role: 'option', id: 'suggestion-' + i, 'data-entity': s.node.id(), 'aria-selected': i === 0 ? 'true' : 'false',
      onmousedown: ev => { ev.preventDefault(); pickSuggestion(s.node.id()); },
    }, el('span', { class: 'dot', style: `background:${TYPES[s.node.data('type')] || OTHER_COLOR}` }),
    el('span', { class: 'name' }, s.node.data('label')),
    s.via ? el('span', { class: 'via' }, 'also “' + s.via + '”') : null,
    el('span', { class: 'meta' }, s.node.data('degree') ? plural(s.node.data('degree'), 'relation') : 'no relations'))));
    list.hidden = found.length === 0;
    $('find').setAttribute('aria-expanded', found.length ? 'true' : 'false');
  }

  function moveSuggestion(step) {
    const items = [...$('suggestions').children];
    if (!items.length) return;
    let i = items.findIndex(li => li.getAttribute('aria-selected') === 'true');
    i = (i + step + items.length) % items.length;
    items.forEach((li, k) => li.setAttribute('aria-selected', k === i ? 'true' : 'false'));
  }

  function pickSuggestion(iri) {
    $('suggestions').hidden = true;
    $('find').setAttribute('aria-expanded', 'false');
    if (iri) go(entityHash(iri));
  }

  function highlight(id) {
    const cy = state.cy;
    if (!cy) return;
    const node = cy.getElementById(id);
    if (!node || node.empty()) return;
    if (node.hasClass('hidden')) { node.removeClass('hidden'); }
    cy.elements().unselect();
    node.select();
    const near = node.closedNeighborhood();
    cy.elements().not(near).addClass('faded');
    near.removeClass('faded');
    cy.elements().removeClass('near');
    near.not(node).addClass('near');
    node.connectedEdges().addClass('near');
    cy.animate({ center: { eles: node }, duration: 250 });
  }

  function clearSelection() {
    state.selected = null;
    const panel = $('details');
    delete panel.dataset.entity;
    panel.replaceChildren(...state.hint);
    if (!state.cy) return;
    state.cy.elements().removeClass('faded').removeClass('near').unselect();
  }

  // ---- details of one entity -------------------------------------------------------------------

  async function selectEntity(iri, options) {
    const opts = options || {};
    if (opts.url !== false) setHash(entityHash(iri));
    state.selected = iri;
    if (state.cy) {
      const node = state.cy.getElementById(iri);
      // An entity opened by a link or the URL shows even when a filter hid it.
      if (node.nonempty() && node.hasClass('hidden')) { node.removeClass('hidden'); }
      highlight(iri);
    }
    const panel = $('details');
    panel.dataset.entity = iri;
    panel.dataset.loaded = 'false';
    panel.replaceChildren(el('p', { class: 'none' }, 'Loading…'));
    const e = sparqlIri(iri);
    try {
      const [names, facts, articles, conflicts] = await Promise.all([
        select(`SELECT ?type ?pref ?alt WHERE {
            { ${e} a ?t . FILTER(STRSTARTS(STR(?t), STR(nkg:))) BIND(STRAFTER(STR(?t), STR(nkg:)) AS ?type) }
            UNION { ${e} skos:prefLabel ?pref } UNION { ${e} skos:altLabel ?alt } UNION { ${e} rdfs:label ?alt } }`),
        // Every statement of a fact about it, asserted or not, with its article and the dates that
        // place it in time: the article's, and an agreement's own (nkg:date) when the fact is about one.
        select(`SELECT ?ev ?s ?sl ?p ?o ?ol ?status ?sentence ?article ?headline ?date ?when WHERE {
            { ?ev rdf:subject ${e} } UNION { ?ev rdf:object ${e} }
            ?ev a nkg:Evidence ; rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o ;
                nkg:sentence ?sentence ; prov:wasDerivedFrom ?article .
            OPTIONAL { ?ev nkg:status ?st } BIND(COALESCE(STRAFTER(STR(?st), STR(nkg:)), "Asserted") AS ?status)
            OPTIONAL { ?s skos:prefLabel ?sl } OPTIONAL { ?o skos:prefLabel ?ol }
            OPTIONAL { ?article schema:headline ?headline } OPTIONAL { ?article schema:datePublished ?date }
            OPTIONAL { { ?s a nkg:Agreement ; nkg:date ?when } UNION { ?o a nkg:Agreement ; nkg:date ?when } FILTER(?p != nkg:date) }
          } ORDER BY ?p ?s ?o ?date ?headline`),
        select(`SELECT ?article ?headline ?date (COUNT(DISTINCT ?m) AS ?mentions) (SAMPLE(?anchor) AS ?as) WHERE {
            ${e} nkg:mentionedIn ?article .
            OPTIONAL { ?article schema:headline ?headline } OPTIONAL { ?article schema:datePublished ?date }
            OPTIONAL { ?m itsrdf:taIdentRef ${e} ; nif:referenceContext ?article ; nif:anchorOf ?anchor }
          } GROUP BY ?article ?headline ?date ORDER BY DESC(?date) ?headline`),
        // An agreement given another place or date by an article (one inside the other is no
        // contradiction), as the saved query "contradictions" finds them. (One pattern per GRAPH block
        // after the first: apache/jena#3751.)
        select(`SELECT DISTINCT ?a ?p ?v1 ?g1 ?v2 ?l2 ?g2 ?h2 WHERE {
            VALUES ?p { nkg:location nkg:date }
            GRAPH ?g1 { ?a ?p ?v1 } FILTER(?a = ${e} || ?v1 = ${e})
            GRAPH ?g2 { ?a ?p ?v2 } FILTER(?v1 != ?v2)
            FILTER(!isIRI(?v1) || !isIRI(?v2) || (NOT EXISTS { ?v1 nkg:locatedIn+ ?v2 } && NOT EXISTS { ?v2 nkg:locatedIn+ ?v1 }))
            OPTIONAL { ?v2 skos:prefLabel ?l2 } OPTIONAL { ?g2 schema:headline ?h2 }
          }`),
      ]);
      await state.curationLoaded;
      if (state.selected !== iri) return;    // another node was clicked meanwhile
      renderDetails(panel, iri, names, facts, articles, conflicts);
    } catch (err) {
      panel.replaceChildren(el('p', { class: 'status error' }, 'Could not load this entity: ' + err.message));
    }
    panel.dataset.loaded = 'true';
  }

  function factKey(b) { return [val(b, 's'), val(b, 'p'), b.o.type, val(b, 'o')].join('\u0000'); }

  /**
   * The statements of the facts grouped by fact (subject, relation, object): the articles that assert
   * it, those that deny it (or plan it, suppose it, allege it), and the other values an article gives.
   */
  function groupFacts(rows, conflicts) {
    const byFact = new Map();
    for (const b of rows) {
      const key = factKey(b);
      if (!byFact.has(key)) byFact.set(key, { b, sources: [], asserting: new Set(), other: new Map(), denying: new Map(), dates: [] });
      const f = byFact.get(key);
      const status = val(b, 'status');
      if (!f.sources.some(s => val(s, 'sentence') === val(b, 'sentence') && val(s, 'article') === val(b, 'article')
          && val(s, 'status') === status)) {
        f.sources.push(b);
      }
      if (status === 'Asserted') f.asserting.add(val(b, 'article'));
      else if (status === 'Negated') f.denying.set(val(b, 'article'), val(b, 'headline'));
      else f.other.set(val(b, 'article'), status);
      const when = val(b, 'when') || (status === 'Asserted' ? val(b, 'date') : null);
      if (when) f.dates.push(when);
    }
    // A fact is contradicted when an article denies it, or gives the agreement another place or date.
    for (const f of byFact.values()) {
      f.contradictions = [];
      if (f.asserting.size && f.denying.size) {
        for (const [article, headline] of f.denying) f.contradictions.push({ kind: 'denied', article, headline });
      }
      for (const c of conflicts) {
        if (val(c, 'a') === val(f.b, 's') && val(c, 'p') === val(f.b, 'p') && val(c, 'v1') === val(f.b, 'o') && f.asserting.has(val(c, 'g1'))
            && !f.contradictions.some(x => x.article === val(c, 'g2') && x.value === val(c, 'v2'))) {
          f.contradictions.push({ kind: 'other', article: val(c, 'g2'), headline: val(c, 'h2'), value: val(c, 'v2'),
            valueLabel: val(c, 'l2') || val(c, 'v2'), valueIsEntity: c.v2.type === 'uri' });
        }
      }
    }
    return byFact;
  }

  function renderDetails(panel, iri, names, facts, articles, conflicts) {
    const types = [...new Set(names.map(b => val(b, 'type')).filter(Boolean))];
    const pref = names.map(b => val(b, 'pref')).find(Boolean) || local(iri);
    const alts = [...new Set(names.map(b => val(b, 'alt')).filter(a => a && a !== pref))].sort();
    const out = [];
    out.push(el('h2', { id: 'details-title' }, pref));
    out.push(el('div', {}, ...types.map(t => el('span', { class: 'badge', style: `background:${TYPES[t] || OTHER_COLOR}` }, t))));
    out.push(el('div', { class: 'iri' }, iri));
    if (state.curation.allowed) out.push(curationBox(iri, pref, types, alts));

    out.push(el('h3', {}, 'Also called'));
    out.push(alts.length ? el('div', { class: 'names' }, ...alts.map(a => el('span', {}, a))) : el('p', { class: 'none' }, 'no other names'));

    // One entry per fact, with how many articles state it, whether another article contradicts it,
    // and every sentence that supports (or denies) it.
    const byFact = groupFacts(facts, conflicts);
    const nContradicted = [...byFact.values()].filter(f => f.contradictions.length).length;
    out.push(el('h3', {}, `Facts (${byFact.size})`, nContradicted ? el('span', { class: 'warn' }, ` · ${nContradicted} contradicted`) : null));
    if (byFact.size === 0) out.push(el('p', { class: 'none' }, 'no facts about it were extracted'));
    const list = el('div', { id: 'facts' });
    const ordered = [...byFact.values()].sort((x, y) => (y.contradictions.length > 0) - (x.contradictions.length > 0)
      || y.asserting.size - x.asserting.size);
    for (const f of ordered) list.append(factEntry(f, iri));
    out.push(list);

    out.push(el('h3', {}, 'Timeline'));
    out.push(timeline(byFact, iri));

    out.push(el('h3', {}, `Mentioned in (${articles.length})`));
    if (articles.length === 0) out.push(el('p', { class: 'none' }, 'no article mentions'));
    else out.push(el('ul', { class: 'articles' }, ...articles.map(a => el('li', {},
      articleLink(val(a, 'article'), val(a, 'headline') || local(val(a, 'article'))),
      el('div', { class: 'meta' }, [val(a, 'date'), plural(Number(val(a, 'mentions')), 'mention'),
        val(a, 'as') ? `as “${val(a, 'as')}”` : null].filter(Boolean).join(' · '))))));
    panel.replaceChildren(...out);
  }

  function factTriple(b, selected) {
    const p = local(val(b, 'p'));
    return el('span', { class: 'triple' }, term(b.s, val(b, 'sl'), selected), ' ', el('span', { class: 'rel' }, RELATION_WORDS[p] || p),
      ' ', term(b.o, val(b, 'ol'), selected));
  }

  function factEntry(f, selected) {
    const b = f.b;
    const n = f.asserting.size;
    const weight = n > 0
      ? el('span', { class: 'weight' + (n > 1 ? ' strong' : ''), title: `stated by ${plural(n, 'article')}` }, plural(n, 'article'))
      : el('span', { class: 'weight none' }, f.denying.size ? 'only denied' : 'not asserted');
    const entry = el('div', {
      class: 'fact' + (f.contradictions.length ? ' contradicted' : ''), 'data-relation': val(b, 'p'), 'data-subject': val(b, 's'),
      'data-object': val(b, 'o'), 'data-articles': String(n), 'data-contradicted': String(f.contradictions.length > 0),
    }, el('div', { class: 'head' }, factTriple(b, selected), ' ', weight, n > 0 && curating() ? rejectButton(b, selected) : null));
    for (const c of f.contradictions) {
      const from = articleLink(c.article, '“' + (c.headline || local(c.article)) + '”', { class: 'article other-side' });
      entry.append(el('div', { class: 'flag' }, el('span', { class: 'flag-word' }, 'Contradicted'), ' ',
        c.kind === 'denied'
          ? el('span', {}, 'denied by ', from)
          : el('span', {}, 'gives ', c.valueIsEntity ? entityLink(c.value, c.valueLabel) : '“' + c.valueLabel + '”', ' in ', from)));
    }
    // The first sentences, denials first; the others behind a "more" (a fact of many articles is long).
    const sources = f.sources.slice().sort((x, y) => (val(y, 'status') !== 'Asserted') - (val(x, 'status') !== 'Asserted'));
    const more = sources.length > 2 ? el('details', { class: 'more-sources' }, el('summary', {}, `${sources.length - 2} more sentences`)) : null;
    sources.forEach((s, i) => {
      const status = val(s, 'status');
      (i < 2 ? entry : more).append(el('blockquote', { class: 'source' + (status !== 'Asserted' ? ' status-' + status.toLowerCase() : '') },
        status !== 'Asserted' ? el('span', { class: 'status-tag' }, 'the article ' + (STATUS_WORDS[status] || status.toLowerCase()) + ' it') : null,
        el('q', {}, val(s, 'sentence')),
        el('span', { class: 'from' }, 'from ', articleLink(val(s, 'article'), '“' + (val(s, 'headline') || local(val(s, 'article'))) + '”'),
          val(s, 'date') ? ', ' + val(s, 'date') : '')));
    });
    if (more) entry.append(more);
    return entry;
  }

  /** The entity's facts in the order of the dates the articles give; undated ones last. */
  function timeline(byFact, selected) {
    const entries = [...byFact.values()].filter(f => f.asserting.size || f.other.size).map(f => ({ f, date: f.dates.sort()[0] || null }));
    if (!entries.length) return el('p', { class: 'none' }, 'no facts to place in time');
    entries.sort((x, y) => (x.date === null) - (y.date === null) || (x.date || '').localeCompare(y.date || '')
      || local(val(x.f.b, 'p')).localeCompare(local(val(y.f.b, 'p'))));
    return el('ol', { id: 'timeline', class: 'timeline' }, ...entries.map(({ f, date }) => {
      const status = f.asserting.size ? null : [...f.other.values()][0];
      return el('li', { 'data-date': date || '', 'data-relation': val(f.b, 'p'), 'data-object': val(f.b, 'o') },
        el('span', { class: 'when' }, date || 'no date'),
        el('span', { class: 'what' }, factTriple(f.b, selected),
          status ? el('span', { class: 'status-tag' }, STATUS_WORDS[status] || status.toLowerCase()) : null));
    }));
  }

  /** A fact's subject or object: the selected entity as plain text, another entity as a link, text as it is. */
  function term(t, label, selected) {
    if (t.type === 'uri') {
      const text = label || local(t.value);
      if (t.value === selected) return el('span', { class: 'self' }, text);
      return entityLink(t.value, text, { title: t.value });
    }
    return el('span', {}, '“' + t.value + '”');
  }


  // ---- curation (a server with --allow-update) -------------------------------------------------
  // Corrections that last, as 'newskg curate' makes them: each is kept in the store and the graph is
  // rebuilt with it. The server says whether it takes them (GET /newskg/curate); a user logs in in the
  // page, whose credentials go, as basic auth, on the curation requests only.

  const AUTH_KEY = 'newskg.curation.auth';

  async function loadCuration() {
    let saved = null;
    try { saved = sessionStorage.getItem(AUTH_KEY); } catch (err) { saved = null; }
    try {
      const headers = { 'Accept': 'application/json', 'X-NewsKG-Page': '1' };
      if (saved) headers.Authorization = saved;
      const r = await fetch(CURATE, { headers });
      const j = r.ok ? await r.json() : {};
      state.curation.allowed = j.allowed === true;
      state.curation.user = j.user || null;
      if (j.user) state.curation.auth = saved;
      else if (saved) logOut();    // the password changed, or the server is another one
    } catch (err) {
      state.curation.allowed = false;
    }
    document.body.classList.toggle('can-curate', state.curation.allowed);
    $('tab-curations').hidden = !state.curation.allowed;
  }

  function logOut() {
    state.curation.auth = null;
    state.curation.user = null;
    try { sessionStorage.removeItem(AUTH_KEY); } catch (err) { /* nothing kept */ }
  }

  function curating() { return state.curation.allowed && !!state.curation.user; }

  function curationHeaders() {
    const h = { 'Accept': 'application/json', 'X-NewsKG-Page': '1' };
    if (state.curation.auth) h.Authorization = state.curation.auth;
    return h;
  }

  /** The panel's curation box: the login form, or the actions on this entity and the open one's form. */
  function curationBox(iri, pref, types, alts) {
    const c = state.curation;
    const box = el('section', { id: 'curate', class: 'curate', 'data-user': c.user || '' });
    const status = el('p', { id: 'curate-status', class: 'curate-status', role: 'status' });
    if (c.message) {
      status.textContent = c.message.text;
      status.className = 'curate-status ' + c.message.kind;
      status.dataset.kind = c.message.kind;
      c.message = null;
    }
    if (!c.user) {
      box.append(loginForm(() => selectEntity(iri, { url: false })), status);
      return box;
    }
    const action = (name, text, title) => el('button', { type: 'button', class: 'small' + (c.form === name ? ' on' : ''), id: 'curate-' + name, title,
      onclick: () => { c.form = c.form === name ? null : name; rerenderCuration(iri, pref, types, alts); } }, text);
    box.append(el('div', { class: 'curate-actions' },
      el('span', { class: 'who' }, 'Curate as ' + c.user + ':'),
      action('merge', 'Merge…', 'merge another entity into this one (the same person, place…)'),
      alts.length ? action('split', 'Split…', 'the articles that call it only by one of its names mean another thing') : null,
      action('assert', 'Assert…', 'add a fact the articles missed'),
      action('rename', 'Rename…', 'give it another label'),
      action('retype', 'Retype…', 'give it another type'),
      action('link', 'Link…', 'link it to a Wikidata item')));
    if (c.form) box.append(curationForm(c.form, iri, pref, types, alts));
    box.append(status);
    return box;
  }

  function rerenderCuration(iri, pref, types, alts) {
    const old = $('curate');
    if (old) old.replaceWith(curationBox(iri, pref, types, alts));
    const first = document.querySelector('#curate form input');
    if (first) first.focus();
  }

  /** The login form; {@code then} runs after each try (the message says how it went). */
  function loginForm(then) {
    const user = el('input', { id: 'curate-user', type: 'text', placeholder: 'user name', autocomplete: 'username', 'aria-label': 'User name' });
    const password = el('input', { id: 'curate-password', type: 'password', placeholder: 'password', autocomplete: 'current-password', 'aria-label': 'Password' });
    const form = el('form', { id: 'curate-login', class: 'curate-form' }, el('span', { class: 'what' }, 'Log in to curate'), user, password,
      el('button', { type: 'submit', class: 'small' }, 'Log in'));
    form.addEventListener('submit', async ev => { ev.preventDefault(); await logIn(user.value, password.value); await then(); });
    return form;
  }

  function curationForm(kind, iri, pref, types, alts) {
    const why = el('input', { id: 'curate-why', type: 'text', placeholder: 'why (optional)', 'aria-label': 'Why' });
    const go = el('button', { type: 'submit', class: 'small primary-small', id: 'curate-go' });
    const form = el('form', { id: 'curate-form', class: 'curate-form', 'data-form': kind });
    let body;
    if (kind === 'merge') {
      // The other entity, found as in the search box; it becomes this one (its names, mentions, facts).
      const picker = entityPicker(iri, 'the entity to merge into ' + pref + '…', chosen => { go.disabled = !chosen; });
      go.textContent = 'Merge into ' + pref;
      go.disabled = true;
      form.append(picker.box);
      body = () => ({ action: 'merge', subject: iri, object: picker.chosen() });
    } else if (kind === 'split') {
      // One of its names that, in the articles that use only it, is another thing.
      const name = el('select', { id: 'curate-value', 'aria-label': 'The name that is another thing' },
        ...[pref, ...alts].map(n => el('option', { value: n }, n)));
      name.value = alts[0];
      go.textContent = 'Split off';
      form.append(el('span', { class: 'what' }, 'Articles that call it only'), name, el('span', { class: 'what' }, 'mean another entity'));
      body = () => ({ action: 'split', subject: iri, value: name.value });
    } else if (kind === 'assert') {
      // A fact the articles missed: this entity, a relation, another entity.
      const relation = el('select', { id: 'curate-relation', 'aria-label': 'Relation' },
        ...RELATIONS.map(r => el('option', { value: r }, RELATION_WORDS[r] || r)));
      const picker = entityPicker(iri, 'the other entity…', chosen => { go.disabled = !chosen; });
      go.textContent = 'Assert';
      go.disabled = true;
      form.append(el('span', { class: 'what' }, pref), relation, picker.box);
      body = () => ({ action: 'assert', subject: iri, relation: relation.value, object: picker.chosen() });
    } else if (kind === 'rename') {
      const label = el('input', { id: 'curate-value', type: 'text', 'aria-label': 'New label' });
      label.value = pref;
      go.textContent = 'Rename';
      form.append(label);
      body = () => ({ action: 'rename', subject: iri, value: label.value });
    } else if (kind === 'retype') {
      const type = el('select', { id: 'curate-value', 'aria-label': 'New type' }, ...Object.keys(TYPES).map(t => el('option', { value: t }, t)));
      type.value = types[0] || 'Person';
      go.textContent = 'Retype';
      form.append(type);
      body = () => ({ action: 'retype', subject: iri, value: type.value });
    } else {
      const qid = el('input', { id: 'curate-value', type: 'text', placeholder: 'Q42', size: '8', 'aria-label': 'Wikidata item' });
      const title = el('input', { id: 'curate-title', type: 'text', placeholder: 'Wikipedia title (optional)', 'aria-label': 'English Wikipedia title' });
      go.textContent = 'Link';
      form.append(qid, title);
      body = () => ({ action: 'link', subject: iri, value: (qid.value.trim() + ' ' + title.value.trim()).trim() });
    }
    form.append(why, go);
    form.addEventListener('submit', ev => {
      ev.preventDefault();
      if (go.disabled) return;
      curate(Object.assign(body(), { why: why.value }));
    });
    return form;
  }

  /** An entity other than {@code iri}, picked with the search's suggestions; {@code changed} hears of each choice (null: none). */
  function entityPicker(iri, placeholder, changed) {
    const find = el('input', { id: 'curate-find', type: 'search', autocomplete: 'off', placeholder, 'aria-label': placeholder });
    const list = el('ul', { id: 'curate-suggestions', class: 'suggestions', role: 'listbox', hidden: '' });
    let chosen = null;
    const show = () => {
      const found = suggestionsFor(find.value).filter(x => x.node.id() !== iri);
      list.replaceChildren(...found.map(x => el('li', { role: 'option', 'data-entity': x.node.id(),
        onmousedown: ev => { ev.preventDefault(); chosen = x.node.id(); find.value = x.node.data('label'); list.hidden = true; changed(chosen); } },
      el('span', { class: 'dot', style: `background:${TYPES[x.node.data('type')] || OTHER_COLOR}` }),
      el('span', { class: 'name' }, x.node.data('label')), el('span', { class: 'meta' }, x.node.data('type')))));
      list.hidden = found.length === 0;
    };
    find.addEventListener('input', () => { chosen = null; changed(null); show(); });
    find.addEventListener('blur', () => { list.hidden = true; });
    return { box: el('div', { class: 'find-box' }, find, list), chosen: () => chosen };
  }

  /** A fact's Reject button: a first click asks, a second one rejects. */
  function rejectButton(b, selected) {
    const button = el('button', { type: 'button', class: 'reject', title: 'reject this fact: it leaves the graph, whatever the articles say' }, 'Reject');
    button.addEventListener('click', () => {
      if (!button.classList.contains('armed')) {
        button.classList.add('armed');
        button.textContent = 'Reject it?';
        return;
      }
      curate({ action: 'reject', subject: val(b, 's'), relation: local(val(b, 'p')), object: val(b, 'o'), why: '' }, selected);
    });
    return button;
  }

  async function logIn(user, password) {
    const auth = 'Basic ' + btoa(String.fromCharCode(...new TextEncoder().encode(user + ':' + password)));
    let j = {};
    try {
      const r = await fetch(CURATE, { headers: { 'Accept': 'application/json', 'X-NewsKG-Page': '1', 'Authorization': auth } });
      j = r.ok ? await r.json() : {};
    } catch (err) {
      j = {};
    }
    if (j.user) {
      state.curation.auth = auth;
      state.curation.user = j.user;
      // For this tab's life (a reload keeps it; closing the tab ends it), as a browser keeps basic auth.
      try { sessionStorage.setItem(AUTH_KEY, auth); } catch (err) { /* storage refused: the login lasts until reload */ }
    } else {
      state.curation.message = { kind: 'error', text: 'wrong user name or password' };
    }
  }

  /** Sends a curation; on success the graph is loaded again and the entity shown with what was done. */
  async function curate(body, shown) {
    const status = $('curate-status');
    if (status) { status.textContent = 'Curating: the graph is being rebuilt…'; status.className = 'curate-status busy'; status.dataset.kind = 'busy'; }
    for (const b of document.querySelectorAll('#curate button, #details button.reject')) b.disabled = true;
    let r, j;
    try {
      r = await fetch(CURATE, { method: 'POST', headers: Object.assign({ 'Content-Type': 'application/json' }, curationHeaders()),
        body: JSON.stringify(body) });
      j = await r.json();
    } catch (err) {
      r = { ok: false, status: 0 };
      j = { error: 'the server did not answer: ' + err.message };
    }
    const iri = shown || state.selected;
    if (r.status === 401) logOut();
    if (!r.ok) {
      state.curation.message = { kind: 'error', text: j.error || ('HTTP ' + r.status) };
      await selectEntity(iri, { url: false });
      return;
    }
    state.curation.form = null;
    // Kept but idle (a split whose name every article also uses otherwise): said, not shown as done.
    const idle = (j.idle || []).find(i => i.startsWith('#' + j.curation.sequence + ' '));
    state.curation.message = idle ? { kind: 'warning', text: j.done + ' — kept, but it applies to nothing now: ' + idle.replace(/^[^:]*: /, '') }
      : { kind: 'done', text: j.done + ' — ' + j.changes };
    await reloadGraph();
    const next = body.action === 'reject' ? iri : j.entity;
    if (next === state.selected) await selectEntity(next, { url: false });
    else go(entityHash(next));
  }

  // ---- the curations tab: every correction kept in the store, and dropping one ----------------------

  async function loadCurations() {
    const box = $('curations');
    box.dataset.loaded = 'false';
    await state.curationLoaded;    // who is logged in (a reload keeps the login)
    const status = $('curations-status');
    let j;
    try {
      const r = await fetch(CURATE, { headers: curationHeaders() });
      j = await r.json();
      if (!r.ok) throw new Error(j.error || ('HTTP ' + r.status));
    } catch (err) {
      status.className = 'status error';
      status.textContent = 'Could not read the curations: ' + err.message;
      box.dataset.loaded = 'true';
      return;
    }
    const c = state.curation;
    if (c.message) {
      status.className = 'status ' + c.message.kind;
      status.dataset.kind = c.message.kind;
      status.textContent = c.message.text;
      c.message = null;
    } else {
      status.className = 'status';
      status.dataset.kind = '';
      status.textContent = '';
    }
    const list = j.curations || [];
    const items = list.map(x => {
      const item = el('li', { class: 'curation' + (x.idle ? ' idle' : ''), 'data-sequence': String(x.sequence) },
        el('span', { class: 'seq' }, '#' + x.sequence),
        el('span', { class: 'words' }, entityLink(x.subject, x.words)),
        el('span', { class: 'meta' }, (x.curator || 'someone') + ', ' + (x.when || '').substring(0, 10) + (x.why ? ' — ' + x.why : '')),
        x.idle ? el('span', { class: 'idle-note' }, 'applies to nothing now: ' + x.idle) : null);
      if (curating()) item.append(dropButton(x));
      return item;
    });
    box.replaceChildren(
      c.user ? el('p', { class: 'who' }, 'Logged in as ' + c.user + '. Dropping a curation undoes it and rebuilds the graph.')
        : loginForm(loadCurations),
      items.length ? el('ol', { class: 'curation-list' }, ...items)
        : el('p', { class: 'none' }, 'No curations yet: an entity’s panel merges, splits, renames, retypes and links it, and rejects its facts.'));
    box.dataset.items = String(items.length);
    box.dataset.loaded = 'true';
  }

  /** A curation's Drop button: a first click asks, a second one drops it. */
  function dropButton(x) {
    const button = el('button', { type: 'button', class: 'small drop', title: 'take this curation away: what it did is undone' }, 'Drop');
    button.addEventListener('click', async () => {
      if (!button.classList.contains('armed')) {
        button.classList.add('armed');
        button.textContent = 'Drop it?';
        return;
      }
      for (const b of document.querySelectorAll('#curations button')) b.disabled = true;
      const status = $('curations-status');
      status.className = 'status busy';
      status.dataset.kind = 'busy';
      status.textContent = 'Dropping #' + x.sequence + ': the graph is being rebuilt…';
      let r, j;
      try {
        r = await fetch(CURATE + '?n=' + x.sequence, { method: 'DELETE', headers: curationHeaders() });
        j = await r.json();
      } catch (err) {
        r = { ok: false, status: 0 };
        j = { error: 'the server did not answer: ' + err.message };
      }
      if (r.status === 401) logOut();
      state.curation.message = r.ok ? { kind: 'done', text: j.done + ' — ' + j.changes } : { kind: 'error', text: j.error || ('HTTP ' + r.status) };
      if (r.ok) await reloadGraph();
      await loadCurations();
    });
    return button;
  }

  async function reloadGraph() {
    state.graphReady = false;
    if (state.cy) { state.cy.destroy(); state.cy = null; }
    $('graph').replaceChildren();
    await loadGraph();
  }

  // ---- the article reader ----------------------------------------------------------------------
  // An article's text with each mention of an entity marked (the stored NIF offsets into its
  // nif:isString), each sentence numbered, and its facts beside it, each pointing at its sentence.

  async function openArticle(iri, options) {
    const opts = options || {};
    state.article = iri;
    $('tab-article').hidden = false;
    showTab('article', { url: opts.url });
    const reader = $('reader');
    reader.dataset.article = iri;
    reader.dataset.loaded = 'false';
    reader.replaceChildren(el('p', { class: 'none' }, 'Loading…'));
    const a = sparqlIri(iri);
    try {
      const [about, mentions, facts] = await Promise.all([
        select(`SELECT ?headline ?text ?date ?file WHERE {
            ${a} nif:isString ?text . OPTIONAL { ${a} schema:headline ?headline }
            OPTIONAL { ${a} schema:datePublished ?date } OPTIONAL { ${a} nkg:sourceFile ?file } } LIMIT 1`),
        select(`SELECT ?begin ?end ?e ?label ?type WHERE {
            ?m nif:referenceContext ${a} ; nif:beginIndex ?begin ; nif:endIndex ?end ; itsrdf:taIdentRef ?e .
            OPTIONAL { ?e skos:prefLabel ?label }
            OPTIONAL { ?e a ?t FILTER(STRSTARTS(STR(?t), STR(nkg:))) BIND(STRAFTER(STR(?t), STR(nkg:)) AS ?type) }
          } ORDER BY ?begin DESC(?end)`),
        select(`SELECT ?s ?sl ?p ?o ?ol ?status ?sentence ?begin ?end WHERE {
            ?ev prov:wasDerivedFrom ${a} ; a nkg:Evidence ; rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o ; nkg:sentence ?sentence .
            OPTIONAL { ?ev nif:beginIndex ?begin ; nif:endIndex ?end }
            OPTIONAL { ?ev nkg:status ?st } BIND(COALESCE(STRAFTER(STR(?st), STR(nkg:)), "Asserted") AS ?status)
            OPTIONAL { ?s skos:prefLabel ?sl } OPTIONAL { ?o skos:prefLabel ?ol }
          } ORDER BY ?begin ?p`),
      ]);
      if (state.article !== iri) return;
      if (!about.length) {
        reader.replaceChildren(el('div', { class: 'reader-empty' }, el('h2', {}, 'No such article'),
          el('p', {}, 'The store has no article ' + iri + '.')));
        reader.dataset.mentions = '0';
        reader.dataset.sentences = '0';
      } else {
        renderArticle(reader, iri, about[0], mentions, facts);
      }
    } catch (err) {
      reader.replaceChildren(el('p', { class: 'status error' }, 'Could not load this article: ' + err.message));
    }
    reader.dataset.loaded = 'true';
  }

  /**
   * The article's sentences as [begin, end) spans of its text: those that state a fact where the
   * evidence places them, the rest split at the end of a sentence or paragraph.
   */
  function sentenceSpans(text, facts) {
    const known = [];
    for (const b of facts) {
      const sentence = val(b, 'sentence');
      const at = Number(val(b, 'begin'));
      let start = isNaN(at) ? text.indexOf(sentence) : text.lastIndexOf(sentence, at);
      if (start < 0 || (!isNaN(at) && start + sentence.length < at)) start = text.indexOf(sentence);
      if (start >= 0 && !known.some(k => k[0] === start)) known.push([start, start + sentence.length]);
    }
    known.sort((x, y) => x[0] - y[0]);
    const spans = [];
    const split = (from, to) => {
      // A sentence ends at . ! or ? before a capital, except after an initial or a usual abbreviation.
      const re = /[^\n]+?(?:(?<!\b(?:[A-Z]|Mr|Mrs|Ms|Dr|St|Gen|Sen|Rep|Gov|Lt|Col|Sgt|Jr|Sr|No|Inc|Co|Corp|U\.S|U\.N|U\.K))[.!?]+["'”’)]*(?=\s+["'“‘(]?[A-Z0-9])|$|(?=\n))/g;
      const part = text.substring(from, to);
      let m;
      while ((m = re.exec(part)) !== null) {
        const lead = m[0].length - m[0].trimStart().length;
        const s = m[0].trim();
        if (s) spans.push([from + m.index + lead, from + m.index + lead + s.length]);
        if (m[0].length === 0) re.lastIndex++;
      }
    };
    let pos = 0;
    for (const [b, e] of known) {
      if (b < pos) continue;    // overlapping evidence: keep the first
      split(pos, b);
      spans.push([b, e]);
      pos = e;
    }
    split(pos, text.length);
    return spans;
  }

  function renderArticle(reader, iri, about, mentions, facts) {
    const text = val(about, 'text') || '';
    const headline = val(about, 'headline') || local(iri);
    const spans = sentenceSpans(text, facts);
    // The mentions, outermost first, without overlaps (an overlapped mention is left unmarked).
    const marks = [];
    for (const m of mentions) {
      const begin = Number(val(m, 'begin')), end = Number(val(m, 'end'));
      if (!(begin >= 0 && end > begin && end <= text.length)) continue;
      if (marks.some(x => begin < x.end && end > x.begin)) continue;
      marks.push({ begin, end, entity: val(m, 'e'), label: val(m, 'label') || local(val(m, 'e')), type: val(m, 'type') });
    }
    marks.sort((x, y) => x.begin - y.begin);
    const sentenceOf = at => spans.findIndex(([b, e]) => at >= b && at < e);
    const factsBySentence = new Map();
    for (const b of facts) {
      const start = text.indexOf(val(b, 'sentence'), 0);
      const at = Number(val(b, 'begin'));
      const k = sentenceOf(!isNaN(at) ? at : start);
      if (!factsBySentence.has(k)) factsBySentence.set(k, []);
      const list = factsBySentence.get(k);
      if (!list.some(x => factKey(x) === factKey(b) && val(x, 'status') === val(b, 'status'))) list.push(b);
    }

    const body = el('div', { class: 'article-text', id: 'article-text' });
    let para = el('p', {});
    body.append(para);
    let pos = 0;
    let mi = 0;
    // Writes text[from, to) into a parent, marking the mentions in it.
    const write = (parent, from, to) => {
      let at = from;
      while (mi < marks.length && marks[mi].begin < to) {
        const m = marks[mi];
        if (m.begin < at) { mi++; continue; }    // crosses a sentence border: left unmarked
        if (m.end > to) break;
        if (m.begin > at) parent.append(text.substring(at, m.begin));
        parent.append(el('a', {
          class: 'mention', href: entityHash(m.entity), 'data-entity': m.entity, title: m.label + (m.type ? ' · ' + m.type : ''),
          style: `--type:${TYPES[m.type] || OTHER_COLOR}`, onclick: ev => { ev.preventDefault(); go(entityHash(m.entity)); },
        }, text.substring(m.begin, m.end)));
        at = m.end;
        mi++;
      }
      if (at < to) parent.append(text.substring(at, to));
    };
    // Text between sentences: paragraph breaks start a new paragraph.
    const gap = (from, to) => {
      const parts = text.substring(from, to).split(/\n\s*\n|\n/);
      parts.forEach((p, i) => {
        if (i > 0) { para = el('p', {}); body.append(para); }
        if (p) para.append(p);
      });
      while (mi < marks.length && marks[mi].begin < to) mi++;
    };
    spans.forEach(([b, e], k) => {
      gap(pos, b);
      const stated = factsBySentence.get(k) || [];
      const s = el('span', { class: 'sentence' + (stated.length ? ' has-facts' : ''), id: 'sentence-' + (k + 1), 'data-sentence': String(k + 1) },
        el('sup', { class: 'sn' }, String(k + 1)));
      write(s, b, e);
      para.append(s, ' ');
      pos = e;
    });
    gap(pos, text.length);

    const side = el('aside', { class: 'article-facts' }, el('h3', {}, `Facts (${facts.length ? [...factsBySentence.values()].reduce((n, l) => n + l.length, 0) : 0})`));
    if (!facts.length) side.append(el('p', { class: 'none' }, 'no facts were extracted from this article'));
    const list = el('ol', { id: 'article-facts', class: 'article-fact-list' });
    [...factsBySentence.keys()].sort((x, y) => x - y).forEach(k => {
      for (const b of factsBySentence.get(k)) {
        const status = val(b, 'status');
        list.append(el('li', {
          'data-sentence': String(k + 1), 'data-relation': val(b, 'p'),
          onmouseenter: () => markSentence(k + 1, true), onmouseleave: () => markSentence(k + 1, false),
        }, el('a', { class: 'sentence-ref', href: '#', title: 'show the sentence',
          onclick: ev => { ev.preventDefault(); showSentence(k + 1); } }, k >= 0 ? 'S' + (k + 1) : '?'), ' ',
        factTriple(b, null), status !== 'Asserted' ? el('span', { class: 'status-tag' }, STATUS_WORDS[status] || status.toLowerCase()) : null));
      }
    });
    side.append(list);
    const entities = new Map(marks.map(m => [m.entity, m]));
    side.append(el('h3', {}, `Entities (${entities.size})`), el('div', { class: 'names article-entities' },
      ...[...entities.values()].sort((x, y) => x.label.localeCompare(y.label)).map(m =>
        entityLink(m.entity, m.label, { class: 'entity chip', style: `--type:${TYPES[m.type] || OTHER_COLOR}` }))));

    const meta = [val(about, 'date'), val(about, 'file'), plural(spans.length, 'sentence'), plural(marks.length, 'mention')].filter(Boolean);
    reader.replaceChildren(
      el('div', { class: 'reader-head' }, el('h2', { id: 'article-title' }, headline), el('div', { class: 'meta' }, meta.join(' · ')),
        el('div', { class: 'iri' }, iri)),
      el('div', { class: 'reader-layout' }, body, side));
    reader.dataset.mentions = String(marks.length);
    reader.dataset.sentences = String(spans.length);
  }

  function markSentence(n, on) {
    const s = $('sentence-' + n);
    if (s) s.classList.toggle('lit', on);
  }

  function showSentence(n) {
    const s = $('sentence-' + n);
    if (!s) return;
    for (const x of document.querySelectorAll('.sentence.lit')) x.classList.remove('lit');
    s.classList.add('lit');
    s.scrollIntoView({ block: 'center', behavior: 'smooth' });
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
    if (state.savedQueries.length && !getQuery()) {
      select.value = state.savedQueries[0].name;
      chooseSaved(null, { url: false });
    }
  }

  function chooseSaved(ev, options) {
    const q = state.savedQueries.find(s => s.name === $('saved').value);
    $('saved-desc').textContent = q ? (q.error ? 'This saved query cannot be run: ' + q.error : q.description)
      : 'Write a SPARQL query; the prefixes nkg:, ent:, skos:, schema:, prov:… need no PREFIX lines, and Ctrl+Space completes them and the ontology’s terms.';
    if (q) setQuery(q.sparql);
    updateDownloads();
    if ((!options || options.url !== false) && !$('panel-query').hidden) setHash(queryHash(), true);
  }

  function getQuery() { return state.editor ? state.editor.getValue() : $('sparql').value; }
  function setQuery(text) { if (state.editor) state.editor.setValue(text); else $('sparql').value = text; }

  /** The query as the URL gives it: its name when it is a saved query as saved, else its text. */
  function queryHash() {
    const name = $('saved').value;
    const saved = state.savedQueries.find(s => s.name === name);
    if (saved && saved.sparql === getQuery()) return '#query/' + encodeURIComponent(name);
    const text = getQuery().trim();
    return text ? '#query/' + encodeURIComponent(text) : '#query';
  }

  /** Opens the query a URL names (a saved query's name, or SPARQL text) and runs it. */
  async function queryOfUrl(what) {
    await state.savedLoaded;
    const saved = state.savedQueries.find(s => s.name === what);
    if (saved) {
      $('saved').value = saved.name;
      chooseSaved(null, { url: false });
    } else {
      $('saved').value = '';
      chooseSaved(null, { url: false });
      setQuery(what);
    }
    updateDownloads();
    if (what.trim()) runQuery({ url: false });
  }

  /**
   * The query with a PREFIX line for each of the project's prefixes it uses and does not declare, so
   * that a query written without them runs.
   */
  function withPrefixes(query) {
    const known = (state.vocabulary && state.vocabulary.prefixes) || PREFIXES;
    const declared = new Set([...query.matchAll(/PREFIX\s+([A-Za-z][\w.-]*)?:/gi)].map(m => m[1] || ''));
    const body = query.replace(/<[^>\s]*>|"(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*'|#[^\n]*/g, ' ');
    const missing = Object.keys(known).filter(p => !declared.has(p) && new RegExp('(^|[^\\w?$:])' + p + ':').test(body));
    return missing.length ? missing.map(p => `PREFIX ${p}: <${known[p]}>`).join('\n') + '\n' + query : query;
  }

  function updateDownloads() {
    const name = $('saved').value;
    const saved = state.savedQueries.find(s => s.name === name);
    const unchanged = saved && saved.sparql === getQuery();
    for (const f of ['csv', 'tsv', 'json', 'xml']) {
      $('dl-' + f).href = unchanged
        ? `/queries/${encodeURIComponent(name)}?format=${f}`
        : `${ENDPOINT}?format=${f}&query=${encodeURIComponent(withPrefixes(getQuery()))}`;
    }
  }

  async function runQuery(options) {
    const status = $('status');
    const results = $('results');
    const button = $('run');
    if (!(options && options.url === false)) setHash(queryHash());
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
          body: new URLSearchParams({ query: withPrefixes(getQuery()) }),
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

  /** A result cell: an entity links to it in the graph, an article to the reader, a value as plain text. */
  function cell(t) {
    if (!t) return '';
    if (t.type === 'uri') {
      if (t.value.startsWith(ENT) && !t.value.includes('#')) return entityLink(t.value, shorten(t.value), { class: 'entity cell-link' });
      if (t.value.startsWith(ART) && !t.value.includes('#')) return articleLink(t.value, shorten(t.value), { class: 'article cell-link' });
      return el('span', { title: t.value }, shorten(t.value));
    }
    if (t.type === 'bnode') return '_:' + t.value;
    return el('span', { title: t.datatype ? shorten(t.datatype) : t['xml:lang'] ? '@' + t['xml:lang'] : '' }, t.value);
  }

  // ---- SPARQL completion -------------------------------------------------------------------------
  // The editor completes the project's prefixes and the ontology's classes, properties and
  // individuals (and the few terms of other vocabularies the graphs use), as the server lists them at
  // /ui/vocabulary.json (read from ontology/newskg.ttl and CorpusGraphs.prefixes()). Choosing a term
  // whose prefix the query does not declare adds its PREFIX line.

  /** Terms of the other vocabularies that NewsKG's graphs use. */
  const OTHER_TERMS = [
    ['rdf:type', 'property'], ['rdf:subject', 'property'], ['rdf:predicate', 'property'], ['rdf:object', 'property'],
    ['rdfs:label', 'property'], ['rdfs:comment', 'property'], ['skos:prefLabel', 'property'], ['skos:altLabel', 'property'],
    ['owl:sameAs', 'property'], ['schema:headline', 'property'], ['schema:datePublished', 'property'], ['schema:sameAs', 'property'],
    ['prov:wasDerivedFrom', 'property'], ['prov:endedAtTime', 'property'], ['nif:isString', 'property'],
    ['nif:beginIndex', 'property'], ['nif:endIndex', 'property'], ['nif:anchorOf', 'property'], ['nif:referenceContext', 'property'],
    ['nif:Context', 'class'], ['nif:Phrase', 'class'], ['itsrdf:taIdentRef', 'property'],
  ].map(([name, kind]) => ({ name, kind, label: '' }));

  async function loadVocabulary() {
    const response = await fetch('/ui/vocabulary.json', { headers: { Accept: 'application/json' } });
    if (!response.ok) throw new Error('GET /ui/vocabulary.json: ' + response.status);
    const v = await response.json();
    state.vocabulary = { prefixes: v.prefixes, terms: v.terms.concat(OTHER_TERMS.filter(t => !v.terms.some(x => x.name === t.name))) };
  }

  function sparqlHint(cm) {
    const voc = state.vocabulary || { prefixes: PREFIXES, terms: OTHER_TERMS };
    const cur = cm.getCursor();
    const line = cm.getLine(cur.line);
    let start = cur.ch;
    while (start > 0 && /[\w:.-]/.test(line[start - 1])) start--;
    const word = line.substring(start, cur.ch);
    if (!word || /[?$<"'#]/.test(line[start - 1] || '') || /^\d/.test(word)) return null;
    const w = word.toLowerCase();
    let list;
    if (word.includes(':')) {
      list = voc.terms.filter(t => t.name.toLowerCase().startsWith(w) && t.name !== word);
    } else {
      // A prefix, or a term by its local name.
      list = Object.keys(voc.prefixes).filter(p => p.startsWith(w)).sort()
        .map(p => ({ name: p + ':', kind: 'prefix', label: voc.prefixes[p] }))
        .concat(w.length >= 2 ? voc.terms.filter(t => t.name.split(':')[1].toLowerCase().startsWith(w)) : []);
    }
    if (!list.length) return null;
    return {
      list: list.slice(0, 40).map(t => ({
        text: t.name, displayText: t.name + (t.kind ? '  · ' + t.kind : '') + (hintWords(t) ? ' — ' + hintWords(t) : ''),
        hint: (editor, data, completion) => insertTerm(editor, data, completion.text),
      })),
      from: CodeMirror.Pos(cur.line, start),
      to: CodeMirror.Pos(cur.line, cur.ch),
    };
  }

  /** A term's label when it says more than its name, else the start of its comment. */
  function hintWords(t) {
    const name = (t.name.split(':')[1] || t.name).toLowerCase();
    if (t.kind === 'prefix' || (t.label && t.label.toLowerCase().replace(/\s+/g, '') !== name)) return t.label || '';
    const c = t.comment || '';
    return c.length > 70 ? c.substring(0, 68).replace(/\s+\S*$/, '') + '…' : c;
  }

  function insertTerm(cm, data, text) {
    cm.replaceRange(text, data.from, data.to, 'complete');
    const prefix = text.split(':')[0];
    const voc = state.vocabulary || { prefixes: PREFIXES };
    const iri = voc.prefixes[prefix];
    if (iri && !new RegExp('PREFIX\\s+' + prefix + ':', 'i').test(cm.getValue())) {
      // After the PREFIX lines the query has, else at its top.
      let at = 0;
      for (let i = 0; i < cm.lineCount(); i++) { if (/^\s*PREFIX\s/i.test(cm.getLine(i))) at = i + 1; }
      cm.replaceRange(`PREFIX ${prefix}: <${iri}>\n`, CodeMirror.Pos(at, 0), CodeMirror.Pos(at, 0), 'complete');
    }
    if (text.endsWith(':')) setTimeout(() => cm.showHint({ hint: sparqlHint, completeSingle: false }), 0);
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
      // An article still in the store opens in the reader.
      parts.push(val(b, 'article') ? articleLink(val(b, 'resource'), what, { class: 'headline article' })
        : el('span', { class: 'headline gone', title: val(b, 'resource') }, what));
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
      return entityLink(t.value, labelNow);
    }
    return el('span', { class: 'gone', title: 'no longer in the graph' }, labelThen || (t ? local(t.value) : ''));
  }

  // ---- start -----------------------------------------------------------------------------------

  function setUpEditor() {
    const area = $('sparql');
    if (window.CodeMirror) {
      const complete = cm => cm.showHint({ hint: sparqlHint, completeSingle: false });
      state.editor = CodeMirror.fromTextArea(area, {
        mode: 'application/sparql-query', lineNumbers: true, matchBrackets: true, indentUnit: 2,
        extraKeys: { 'Ctrl-Enter': () => runQuery(), 'Cmd-Enter': () => runQuery(), 'Ctrl-Space': complete },
        hintOptions: { completeSingle: false },
      });
      state.editor.on('change', updateDownloads);
      // Suggests as one types a name (not inside a variable, an IRI or a string).
      state.editor.on('inputRead', (cm, change) => {
        if (change.origin === '+input' && /^[\w:]$/.test(change.text.join('')) && !cm.state.completionActive) complete(cm);
      });
    } else {
      area.addEventListener('keydown', ev => { if (ev.key === 'Enter' && (ev.ctrlKey || ev.metaKey)) runQuery(); });
      area.addEventListener('input', updateDownloads);
    }
  }

  function setUpFind() {
    const find = $('find');
    find.addEventListener('input', showSuggestions);
    find.addEventListener('focus', showSuggestions);
    find.addEventListener('blur', () => { $('suggestions').hidden = true; find.setAttribute('aria-expanded', 'false'); });
    find.addEventListener('keydown', ev => {
      if (ev.key === 'ArrowDown' || ev.key === 'ArrowUp') {
        ev.preventDefault();
        if ($('suggestions').hidden) showSuggestions();
        else moveSuggestion(ev.key === 'ArrowDown' ? 1 : -1);
      } else if (ev.key === 'Enter') {
        if ($('suggestions').hidden) showSuggestions();
        const chosen = $('suggestions').querySelector('[aria-selected="true"]');
        pickSuggestion(chosen ? chosen.dataset.entity : null);
      } else if (ev.key === 'Escape') {
        $('suggestions').hidden = true;
      }
    });
  }

  function start() {
    state.hint = [...$('details').childNodes];
    $('endpoint-url').textContent = location.origin + ENDPOINT;
    for (const t of document.querySelectorAll('.tab')) t.addEventListener('click', () => showTab(t.dataset.tab));
    $('since').addEventListener('change', () => {
      const seq = Number($('since').value);
      state.changesSince = seq === (state.changes[0] || {}).seq ? null : seq;
      setHash(hashOfChanges(state.changesSince), true);
      showChangesSince(state.changes.find(c => c.seq === seq), ++state.changesLoad, '');
    });
    window.addEventListener('popstate', showViewOfUrl);
    window.addEventListener('hashchange', showViewOfUrl);
    $('run').addEventListener('click', () => runQuery());
    $('saved').addEventListener('change', chooseSaved);
    $('fit').addEventListener('click', () => state.cy && state.cy.fit(state.cy.elements().not('.hidden'), 30));
    $('show-isolated').addEventListener('change', applyFilters);
    setUpFind();
    setUpEditor();
    state.curationLoaded = loadCuration();
    state.savedLoaded = loadSavedQueries().catch(err => { $('saved-desc').textContent = 'Saved queries unavailable: ' + err.message; });
    loadVocabulary().catch(err => console.warn('no vocabulary for completion: ' + err.message));
    loadGraph().catch(err => {
      $('summary').textContent = 'could not load the graph: ' + err.message;
      state.graphReady = true;
    });
    showViewOfUrl();
  }

  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
  else start();
})();
