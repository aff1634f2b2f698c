/*
 * The quote search page of solr-quotes: searches this core's /select with JSON facets and shows the
 * quotations and claims it finds. No library, no inline script (Solr's Content-Security-Policy
 * forbids it), and everything that comes from the index is put in the page as text, never as HTML.
 *
 * The view lives in the URL's fragment (#q=…&speaker=…), so a search can be bookmarked or shared and
 * Back steps through the searches made.
 */
'use strict';

(function () {
  const SELECT = 'select';
  const ROWS = 10;
  const SPEAKER_ROWS = 200;
  const SPEAKERS_SHOWN = 30;
  const SPEAKERS_MORE = 300;
  /** Separates the values of one filter inside a request parameter: no name or id holds it. */
  const SEP = '\u001f';
  /**
   * The prefix of the page's own request parameters, which filters dereference ($qs_speaker): Solr
   * gives some plain names a meaning of its own (ids restricts any search to those ids).
   */
  const P = 'qs_';
  const CHILDREN = 'doc_type:(quote OR claim)';
  const ARTICLES = 'doc_type:article';
  /** The filters the URL keeps, with the field each filters on. */
  const FILTERS = [
    { key: 'speaker', label: 'Speaker', field: 'speaker' },
    { key: 'kind', label: 'Kind', field: 'kind' },
    { key: 'type', label: 'Speaker type', field: 'speaker_type' },
    { key: 'publisher', label: 'Publisher', field: 'publisher', onArticle: true },
    { key: 'month', label: 'Month', field: 'date', onArticle: true, month: true }
  ];
  /** The speaker value of what nobody could be named for; listed last, under its own label. */
  const UNKNOWN = '(unknown)';
  const UNKNOWN_LABEL = 'no speaker found';
  const KIND_NAMES = { direct: 'quotation', partial: 'partial quotation', mixed: 'quotation', claim: 'claim' };

  const el = {
    body: document.body,
    form: document.getElementById('search'),
    q: document.getElementById('q'),
    notice: document.getElementById('notice'),
    facets: document.getElementById('facets'),
    results: document.getElementById('results')
  };
  let dateRange = null; // the months the articles span, asked once: {from, to} or false
  let generation = 0;

  // ---- the view, in the URL ----

  function readView() {
    return viewOf(location.hash);
  }

  /** The view a URL fragment describes; "" for the first view. */
  function viewOf(hash) {
    const p = new URLSearchParams(hash.replace(/^#/, ''));
    const view = { q: p.get('q') || '', start: Math.max(0, parseInt(p.get('start') || '0', 10) || 0),
      who: p.get('who') || '', key: p.get('key') || '', more: p.get('more') === '1' };
    for (const f of FILTERS) {
      view[f.key] = p.getAll(f.key);
    }
    return view;
  }

  function hashOf(view) {
    const p = new URLSearchParams();
    if (view.who) {
      p.set('who', view.who);
    }
    if (view.key) {
      p.set('key', view.key);
    }
    if (view.q) {
      p.set('q', view.q);
    }
    for (const f of FILTERS) {
      for (const v of view[f.key]) {
        p.append(f.key, v);
      }
    }
    if (view.start > 0) {
      p.set('start', String(view.start));
    }
    if (view.more) {
      p.set('more', '1');
    }
    return '#' + p.toString();
  }

  function go(view) {
    const hash = hashOf(view);
    if (hash === location.hash || (hash === '#' && location.hash === '')) {
      show();
    } else {
      location.hash = hash; // a new history entry; hashchange shows it
    }
  }

  // ---- talking to Solr ----

  class SolrError extends Error {
    constructor(kind, message) {
      super(message);
      this.kind = kind;
    }
  }

  async function solr(params) {
    let response;
    try {
      response = await fetch(SELECT, {
        method: 'POST',
        headers: { 'Content-Type': 'application/x-www-form-urlencoded; charset=UTF-8' },
        body: params.toString()
      });
    } catch (e) {
      throw new SolrError('unreachable', String(e));
    }
    let body = null;
    try {
      body = await response.json();
    } catch (e) {
      throw new SolrError(response.ok ? 'bad' : 'unreachable', 'HTTP ' + response.status);
    }
    if (!response.ok || body.error) {
      const message = body && body.error && body.error.msg ? body.error.msg : 'HTTP ' + response.status;
      throw new SolrError(/undefined field|can not use FieldCache|docValues/i.test(message) ? 'schema' : 'bad', message);
    }
    return body;
  }

  /** The filter queries of a view, each tagged so that its own facet still counts the other values. */
  function filterQueries(view, params) {
    params.append('fq', CHILDREN);
    params.set(P + 'sep', SEP);
    if (view.who) {
      params.set(P + 'who', view.who);
      params.append('fq', '{!term f=speaker v=$' + P + 'who}');
    }
    if (view.key) {
      params.set(P + 'key', view.key);
      params.append('fq', '{!term f=quote_key v=$' + P + 'key}');
    }
    for (const f of FILTERS) {
      const values = view[f.key];
      if (values.length === 0) {
        continue;
      }
      if (f.month) {
        params.set(P + 'months', values.map(monthRange).join(' OR '));
        params.append('fq', '{!child of="' + ARTICLES + '" tag=month v=$' + P + 'months}');
      } else if (f.onArticle) {
        params.set(P + f.key, values.join(SEP));
        params.set(P + f.key + 'q', '{!terms f=' + f.field + ' separator=$' + P + 'sep v=$' + P + f.key + '}');
        params.append('fq', '{!child of="' + ARTICLES + '" tag=' + f.key + ' v=$' + P + f.key + 'q}');
      } else {
        params.set(P + f.key, values.join(SEP));
        params.append('fq', '{!terms tag=' + f.key + ' f=' + f.field + ' separator=$' + P + 'sep v=$' + P + f.key + '}');
      }
    }
  }

  function monthRange(month) {
    const [y, m] = month.split('-').map(Number);
    const next = m === 12 ? (y + 1) + '-01' : y + '-' + String(m + 1).padStart(2, '0');
    return 'date:[' + month + '-01T00:00:00Z TO ' + next + '-01T00:00:00Z}';
  }

  function facets(view) {
    const json = {
      speaker: { type: 'terms', field: 'speaker', limit: view.more ? SPEAKERS_MORE + 1 : SPEAKERS_SHOWN + 2,
        domain: { excludeTags: 'speaker' } },
      kind: { type: 'terms', field: 'kind', limit: 10, domain: { excludeTags: 'kind' } },
      type: { type: 'terms', field: 'speaker_type', limit: 10, domain: { excludeTags: 'type' } },
      publisher: { type: 'terms', field: 'publisher', limit: 20,
        domain: { excludeTags: 'publisher', blockParent: ARTICLES } }
    };
    if (dateRange) {
      json.month = { type: 'range', field: 'date', start: dateRange.from, end: dateRange.to, gap: '+1MONTH',
        mincount: 1, domain: { excludeTags: 'month', blockParent: ARTICLES } };
    }
    return JSON.stringify(json);
  }

  /** The months the articles span, for the month facet; false when no article has a date. */
  async function loadDateRange() {
    const params = new URLSearchParams({ q: ARTICLES + ' AND date:*', rows: '0', wt: 'json',
      'json.facet': JSON.stringify({ from: 'min(date)', to: 'max(date)' }) });
    const body = await solr(params);
    const f = body.facets || {};
    if (!f.from || !f.to) {
      return false;
    }
    const from = new Date(f.from);
    const to = new Date(f.to);
    return {
      from: from.getUTCFullYear() + '-' + String(from.getUTCMonth() + 1).padStart(2, '0') + '-01T00:00:00Z',
      to: new Date(Date.UTC(to.getUTCFullYear(), to.getUTCMonth() + 1, 1)).toISOString()
    };
  }

  function searchParams(view) {
    const params = new URLSearchParams({ wt: 'json', defType: 'edismax', qf: 'quote speaker_t', 'q.op': 'AND',
      'q.alt': '*:*', fl: 'id,quote,kind,speaker,speaker_title,speaker_mention,speaker_type,cue,confidence,sentence,'
        + 'occurrences,_nest_parent_,quote_start,quote_key', 'json.facet': facets(view) });
    if (view.q) {
      params.set('q', view.q);
    }
    filterQueries(view, params);
    if (view.who || view.key) {
      params.set('rows', String(SPEAKER_ROWS));
      params.set('sort', 'id asc'); // a child's id begins with its article's
    } else {
      params.set('rows', String(ROWS));
      params.set('start', String(view.start));
      params.set('sort', view.q ? 'score desc, confidence desc' : 'confidence desc, id asc');
    }
    return params;
  }

  async function articlesOf(docs) {
    const ids = [...new Set(docs.map(d => d._nest_parent_).filter(Boolean))];
    if (ids.length === 0) {
      return new Map();
    }
    const params = new URLSearchParams({ wt: 'json', q: '{!terms f=id separator=$' + P + 'sep v=$' + P + 'ids}',
      [P + 'sep']: SEP, [P + 'ids']: ids.join(SEP), rows: String(ids.length), fl: 'id,title,url,date,publisher' });
    const body = await solr(params);
    return new Map(body.response.docs.map(a => [a.id, a]));
  }

  /** For each quotation key among {@code docs}, how many records across the index hold those words. */
  async function spreadOf(docs) {
    const keys = [...new Set(docs.map(d => d.quote_key).filter(Boolean))];
    if (keys.length === 0) {
      return new Map();
    }
    const params = new URLSearchParams({ wt: 'json', q: '{!terms f=quote_key separator=$' + P + 'sep v=$' + P + 'keys}',
      [P + 'sep']: SEP, [P + 'keys']: keys.join(SEP), rows: '0', fq: CHILDREN,
      'json.facet': JSON.stringify({ keys: { type: 'terms', field: 'quote_key', limit: keys.length } }) });
    let body;
    try {
      body = await solr(params);
    } catch (e) {
      if (e.kind === 'schema') {
        return new Map(); // a core whose schema predates quote_key: no counts to show
      }
      throw e;
    }
    const buckets = (body.facets && body.facets.keys && body.facets.keys.buckets) || [];
    return new Map(buckets.map(b => [b.val, b.count]));
  }

  // ---- showing it ----

  async function show() {
    const view = readView();
    const mine = ++generation;
    const started = performance.now();
    el.body.dataset.state = 'loading';
    el.q.value = view.q;
    try {
      if (dateRange === null) {
        dateRange = await loadDateRange();
      }
      const body = await solr(searchParams(view));
      // a quotation's view is all one key: no spread to count there
      const [articles, spread] = await Promise.all(
        [articlesOf(body.response.docs), view.key ? new Map() : spreadOf(body.response.docs)]);
      if (mine !== generation) {
        return; // a newer view is on its way
      }
      hideNotice();
      renderFacets(view, body.facets || {});
      if (view.key) {
        renderKey(view, body.response, articles);
      } else if (view.who) {
        renderSpeaker(view, body.response, articles, spread);
      } else {
        renderResults(view, body.response, articles, spread);
      }
      el.body.dataset.state = 'ready';
    } catch (e) {
      if (mine !== generation) {
        return;
      }
      renderError(e);
      el.body.dataset.state = 'error';
    }
    el.body.dataset.ms = (performance.now() - started).toFixed(1);
    el.body.dataset.generation = String(mine);
  }

  function node(tag, className, text) {
    const n = document.createElement(tag);
    if (className) {
      n.className = className;
    }
    if (text !== undefined && text !== null) {
      n.textContent = String(text);
    }
    return n;
  }

  function link(text, view, className) {
    const a = node('a', className, text);
    a.href = hashOf(view);
    return a;
  }

  /** The first view, with {@code change} made: a speaker's, a quotation's. */
  function blankView(change) {
    return Object.assign(viewOf(''), change);
  }

  function withView(view, change) {
    const next = Object.assign({}, view, change);
    for (const f of FILTERS) {
      next[f.key] = (change[f.key] || view[f.key]).slice();
    }
    if (!('start' in change)) {
      next.start = 0;
    }
    return next;
  }

  function renderFacets(view, f) {
    el.facets.replaceChildren();
    const buckets = (f.speaker && f.speaker.buckets) || [];
    const speakers = buckets.filter(b => b.val !== UNKNOWN);
    const unknown = buckets.filter(b => b.val === UNKNOWN);
    addFacet(view, FILTERS[0], speakers.slice(0, view.more ? SPEAKERS_MORE : SPEAKERS_SHOWN).concat(unknown));
    if (!view.more && speakers.length > SPEAKERS_SHOWN) {
      el.facets.lastChild.append(link('more speakers…', withView(view, { more: true }), 'more'));
    } else if (view.more) {
      el.facets.lastChild.append(link('fewer speakers', withView(view, { more: false }), 'more'));
    }
    addFacet(view, FILTERS[1], (f.kind && f.kind.buckets) || []);
    addFacet(view, FILTERS[2], (f.type && f.type.buckets) || []);
    addFacet(view, FILTERS[3], (f.publisher && f.publisher.buckets) || []);
    const months = ((f.month && f.month.buckets) || []).map(b => ({ val: String(b.val).slice(0, 7), count: b.count }));
    addFacet(view, FILTERS[4], months);
  }

  function addFacet(view, filter, buckets) {
    const chosen = view[filter.key];
    if (buckets.length === 0 && chosen.length === 0) {
      return;
    }
    const box = node('section', 'facet');
    box.dataset.facet = filter.key;
    box.append(node('h2', null, filter.label));
    const list = node('ul');
    const seen = new Set();
    for (const b of buckets) {
      seen.add(String(b.val));
      list.append(facetItem(view, filter, String(b.val), b.count));
    }
    for (const v of chosen) {
      if (!seen.has(v)) {
        list.append(facetItem(view, filter, v, null)); // chosen, though not among the top values: no count to show
      }
    }
    box.append(list);
    el.facets.append(box);
  }

  function facetItem(view, filter, value, count) {
    const chosen = view[filter.key].includes(value);
    const values = chosen ? view[filter.key].filter(v => v !== value) : view[filter.key].concat([value]);
    const item = node('li', chosen ? 'chosen' : null);
    const label = filter.key === 'kind' ? (KIND_NAMES[value] || value) : value === UNKNOWN ? UNKNOWN_LABEL : value;
    const a = link(label, withView(view, { [filter.key]: values }), 'facet-value' + (value === UNKNOWN ? ' unknown' : ''));
    a.dataset.value = value;
    a.setAttribute('aria-pressed', chosen ? 'true' : 'false');
    item.append(a, node('span', 'count', count === null ? '' : count.toLocaleString('en')));
    return item;
  }

  function renderResults(view, response, articles, spread) {
    el.results.replaceChildren();
    const total = response.numFound;
    el.results.append(summaryLine(view, total));
    if (total === 0) {
      el.results.append(emptyState(view));
      return;
    }
    const list = node('ol', 'cards');
    for (const d of response.docs) {
      list.append(card(d, articles.get(d._nest_parent_), spread));
    }
    el.results.append(list, pager(view, total));
  }

  function summaryLine(view, total) {
    const p = node('p', 'summary');
    const first = total === 0 ? 0 : view.start + 1;
    const last = Math.min(view.start + ROWS, total);
    p.append(node('strong', 'total', total.toLocaleString('en')),
      document.createTextNode(total === 1 ? ' quotation or claim' : ' quotations and claims'));
    if (total > ROWS) {
      p.append(document.createTextNode(' · showing ' + first + '–' + last));
    }
    const filtered = view.q || FILTERS.some(f => view[f.key].length > 0);
    if (filtered) {
      p.append(document.createTextNode(' · '), link('clear the search', blankView({}), 'clear'));
    }
    return p;
  }

  function emptyState(view) {
    const box = node('div', 'empty');
    box.append(node('h2', null, 'Nothing matches'));
    box.append(node('p', null, view.q
      ? 'No quotation or claim holds all of "' + view.q + '" with these filters. Try fewer words or clear a filter.'
      : 'No quotation or claim has these filters. Clear one, or index articles with quotations.'));
    return box;
  }

  function pager(view, total) {
    const nav = node('nav', 'pager');
    nav.setAttribute('aria-label', 'Pages');
    if (view.start > 0) {
      nav.append(link('← previous', withView(view, { start: Math.max(0, view.start - ROWS) }), 'prev'));
    }
    if (view.start + ROWS < total) {
      nav.append(link('next →', withView(view, { start: view.start + ROWS }), 'next'));
    }
    return nav;
  }

  /** One quotation or claim; its article's line when {@code article} is given. */
  function card(d, article, spread) {
    const li = node('li', 'card ' + (d.kind === 'claim' ? 'claim' : 'quotation'));
    li.dataset.id = d.id;
    const head = node('div', 'who');
    const speaker = d.speaker || UNKNOWN;
    head.append(link(speaker === UNKNOWN ? UNKNOWN_LABEL : speaker, blankView({ who: speaker }),
      'speaker' + (speaker === UNKNOWN ? ' unknown' : '')));
    if (d.speaker_title) {
      head.append(node('span', 'title', d.speaker_title));
    }
    if (d.cue) {
      head.append(node('span', 'cue', d.cue));
    }
    head.append(node('span', 'kind', KIND_NAMES[d.kind] || d.kind || ''));
    const confidence = typeof d.confidence === 'number' ? d.confidence : null;
    if (confidence !== null) {
      const mark = node('span', 'confidence ' + (confidence >= 0.6 ? 'high' : 'low'),
        confidence >= 0.6 ? 'sure' : 'unsure');
      mark.title = 'speaker confidence ' + confidence.toFixed(2);
      head.append(mark);
    }
    if (d.occurrences > 1) {
      head.append(node('span', 'occurrences', '×' + d.occurrences));
    }
    const others = spread && d.quote_key ? (spread.get(d.quote_key) || 1) - 1 : 0;
    if (others > 0) {
      head.append(link('also in ' + others + (others === 1 ? ' other article' : ' other articles'),
        blankView({ key: d.quote_key }), 'spread'));
    }
    li.append(head, quoteInSentence(d));
    if (article) {
      li.append(articleLine(article));
    }
    return li;
  }

  /** The sentence, the quotation marked inside it; or the quotation alone when the sentence lacks it. */
  function quoteInSentence(d) {
    const block = node('blockquote', 'text');
    const quote = d.quote || '';
    const sentence = d.sentence || '';
    const at = sentence && quote ? sentence.indexOf(quote) : -1;
    if (at < 0) {
      block.append(node('mark', null, quote));
      return block;
    }
    block.append(document.createTextNode(sentence.slice(0, at)), node('mark', null, quote),
      document.createTextNode(sentence.slice(at + quote.length)));
    return block;
  }

  function articleLine(a) {
    const p = node('p', 'article');
    const title = a.title || a.id;
    if (a.url && /^https?:\/\//i.test(a.url)) {
      const out = node('a', 'article-title', title);
      out.href = a.url;
      out.rel = 'noopener noreferrer';
      out.target = '_blank';
      p.append(out);
    } else {
      p.append(node('span', 'article-title', title));
    }
    const details = [a.publisher, a.date ? String(a.date).slice(0, 10) : null].filter(Boolean);
    if (details.length > 0) {
      p.append(node('span', 'article-details', details.join(' · ')));
    }
    return p;
  }

  /** The head of a speaker's or a quotation's view: the way back, its title and a summary line. */
  function viewHead(className, back, title, summary) {
    el.results.replaceChildren();
    const head = node('div', className);
    head.append(link('← all quotations', back, 'back'), node('h1', null, title), node('p', 'summary', summary));
    el.results.append(head);
  }

  function renderSpeaker(view, response, articles, spread) {
    const quotes = response.docs.filter(d => d.kind !== 'claim').length;
    const claims = response.docs.length - quotes;
    viewHead('speaker-view', withView(view, { who: '' }),
      view.who === UNKNOWN ? 'Quotations and claims with no speaker found' : view.who,
      response.numFound.toLocaleString('en') + ' in all: ' + quotes
        + (quotes === 1 ? ' quotation, ' : ' quotations, ') + claims + (claims === 1 ? ' claim' : ' claims')
        + (response.numFound > response.docs.length ? ' (the first ' + response.docs.length + ' shown)' : ''));
    if (response.numFound === 0) {
      el.results.append(emptyState(view));
      return;
    }
    const byArticle = new Map();
    for (const d of response.docs) {
      const key = d._nest_parent_ || '';
      if (!byArticle.has(key)) {
        byArticle.set(key, []);
      }
      byArticle.get(key).push(d);
    }
    for (const [id, docs] of byArticle) {
      const section = node('section', 'by-article');
      const article = articles.get(id);
      section.append(article ? articleLine(article) : node('p', 'article', id));
      const list = node('ol', 'cards');
      docs.sort((a, b) => (a.quote_start || 0) - (b.quote_start || 0));
      for (const d of docs) {
        list.append(card(d, null, spread));
      }
      section.append(list);
      el.results.append(section);
    }
  }

  /** Every article that carries one quotation's words, the earliest first (undated ones last). */
  function renderKey(view, response, articles) {
    const docs = response.docs.slice();
    const dateOf = d => {
      const a = articles.get(d._nest_parent_);
      return a && a.date ? String(a.date) : '\uffff';
    };
    docs.sort((a, b) => dateOf(a) < dateOf(b) ? -1 : dateOf(a) > dateOf(b) ? 1 : 0);
    const inArticles = new Set(docs.map(d => d._nest_parent_)).size;
    viewHead('key-view', withView(view, { key: '' }), '\u201c' + view.key + '\u201d',
      'These words, however they were typed, in ' + inArticles + (inArticles === 1 ? ' article' : ' articles')
        + ', the earliest first.');
    if (docs.length === 0) {
      el.results.append(emptyState(view));
      return;
    }
    const list = node('ol', 'cards');
    for (const d of docs) {
      list.append(card(d, articles.get(d._nest_parent_), null));
    }
    el.results.append(list);
  }

  function renderError(e) {
    el.facets.replaceChildren();
    el.results.replaceChildren();
    if (e.kind === 'unreachable') {
      notice('Solr is unreachable', 'The page cannot reach this core\'s /select (' + new URL(SELECT, location.href)
        + '). Is Solr running? The page retries when you search again. (' + e.message + ')');
    } else if (e.kind === 'schema') {
      notice('This core has no quotations', 'Its schema lacks the fields solr-quotes writes (speaker, kind, quote…):'
        + ' create the core with the solr-quotes configset. Solr said: ' + e.message);
    } else {
      notice('The search failed', 'Solr said: ' + e.message);
    }
  }

  function notice(title, text) {
    el.notice.replaceChildren(node('strong', null, title), node('p', null, text));
    el.notice.hidden = false;
  }

  function hideNotice() {
    el.notice.hidden = true;
    el.notice.replaceChildren();
  }

  el.form.addEventListener('submit', event => {
    event.preventDefault();
    const view = readView();
    go(withView(view, { q: el.q.value.trim(), who: '', key: '' }));
  });
  window.addEventListener('hashchange', show);
  show();
})();
