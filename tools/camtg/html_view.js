/* The script of `camtg html`: renders the dataset carried by the page's JSON
 * island. Every string from the data reaches the page through textContent or
 * a DOM property, never through markup, so a quote that contains a script
 * end tag or an image tag with an error handler shows as those characters. Mentions and follow-ups are
 * drawn when the dataset carries them, in either of the shapes the format
 * allows (a top-level list, or a list on the entity or commitment). */
(function () {
  'use strict';

  var island = document.getElementById('camtg-data');
  var view = JSON.parse(island.textContent);
  var ds = view.dataset;

  function byId(list) {
    var map = new Map();
    (list || []).forEach(function (r) { map.set(r.id, r); });
    return map;
  }
  var entities = byId(ds.entities);
  var sources = byId(ds.sources);
  var commitments = ds.commitments || [];

  /* Bidi controls and invisible characters in names, summaries and other
   * short fields are shown as visible codes so that they cannot reorder or
   * hide what is around them. The article keeps its exact characters (the
   * offsets point into them) and is isolated segment by segment instead. */
  var INVISIBLE = /[\u00AD\u061C\u180E\u200B-\u200F\u2028-\u202E\u2060-\u2069\uFEFF]/g;
  function visible(s) {
    return String(s == null ? '' : s).replace(INVISIBLE, function (ch) {
      return '\u2039U+' + ch.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0') + '\u203A';
    });
  }

  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text != null) e.textContent = visible(text);
    return e;
  }

  /* Only web links become live: a URL with another scheme (javascript:,
   * data:) is shown as text. */
  function link(url, label) {
    var ok = false;
    try {
      var u = new URL(url);
      ok = u.protocol === 'http:' || u.protocol === 'https:';
    } catch (e) { ok = false; }
    if (!ok) return el('span', 'url', label || url);
    var a = el('a', null, label || url);
    a.href = url;
    a.rel = 'noopener noreferrer';
    return a;
  }

  function entityName(id) {
    var e = entities.get(id);
    return e ? e.name : id;
  }
  function names(ids) {
    return (ids || []).map(entityName).join(', ');
  }

  /* Group membership, as the library's queries use it: an entity takes part
   * through every group that contains it, directly or through nested groups. */
  function groupsContaining(id) {
    var found = new Set([id]);
    var grew = true;
    while (grew) {
      grew = false;
      entities.forEach(function (e) {
        if (e.type !== 'group' || found.has(e.id)) return;
        if ((e.members || []).some(function (m) { return found.has(m); })) {
          found.add(e.id);
          grew = true;
        }
      });
    }
    return found;
  }
  function involves(c, id) {
    var set = groupsContaining(id);
    return c.actors.concat(c.targets).some(function (x) { return set.has(x); });
  }

  /* Mentions: on the entity (entity.mentions) or top level (ds.mentions). */
  var mentions = [];
  (ds.mentions || []).forEach(function (m) {
    mentions.push({ entity: m.entity, source: m.source, start: m.start, end: m.end });
  });
  (ds.entities || []).forEach(function (e) {
    (e.mentions || []).forEach(function (m) {
      mentions.push({ entity: e.id, source: m.source, start: m.start, end: m.end });
    });
  });

  /* Follow-ups: top level (ds.followups) or on the commitment; date order,
   * file order among equal dates. */
  var followups = new Map();
  commitments.forEach(function (c) { followups.set(c.id, (c.followups || []).slice()); });
  (ds.followups || []).forEach(function (f) {
    if (followups.has(f.commitment)) followups.get(f.commitment).push(f);
  });
  followups.forEach(function (list) {
    list.forEach(function (f, i) { f.__order = i; });
    list.sort(function (a, b) {
      return a.date < b.date ? -1 : a.date > b.date ? 1 : a.__order - b.__order;
    });
  });

  /* The library's rule: a pledge's status on date D is the status of its
   * latest follow-up dated on or before D, `pledged` when there is none;
   * positions and assessments are `stated`. */
  function statusOn(c, date) {
    if (c.kind !== 'pledge') return 'stated';
    var status = 'pledged';
    followups.get(c.id).forEach(function (f) {
      if (f.status && f.date <= date) status = f.status;
    });
    return status;
  }

  var shown = new Set((view.meetings || (ds.meetings || []).map(function (m) { return m.id; })));
  var meetings = (ds.meetings || []).filter(function (m) { return shown.has(m.id); });
  var visibleCommitments = commitments.filter(function (c) { return shown.has(c.meeting); });

  function markOf(sector) {
    var words = String(sector).split('_');
    if (words.length > 1) return words.map(function (w) { return w.charAt(0); }).join('').toUpperCase();
    return String(sector).slice(0, 4).toUpperCase();
  }

  /* ---- the article ---------------------------------------------------- */

  var segmentsOf = new Map();   /* commitment id -> its segment elements */
  commitments.forEach(function (c) { segmentsOf.set(c.id, []); });

  /* In the article, an embedding, override or isolate control keeps its
   * place (offsets count it) but sits alone in an isolated span, where it
   * can reorder nothing; the style shows its code. */
  var BIDI = /([\u202A-\u202E\u2066-\u2069])/;
  function fillText(seg, text) {
    text.split(BIDI).forEach(function (piece, i) {
      if (!piece) return;
      if (i % 2) {
        var ctl = document.createElement('span');
        ctl.className = 'ctl';
        ctl.textContent = piece;
        ctl.dataset.ch = 'U+' + piece.charCodeAt(0).toString(16).toUpperCase();
        seg.appendChild(ctl);
      } else {
        seg.appendChild(document.createTextNode(piece));
      }
    });
  }

  function renderSource(source, container) {
    var chars = Array.from(source.text);
    var spans = [];
    visibleCommitments.forEach(function (c) {
      if (c.evidence.source === source.id)
        spans.push({ kind: 'c', c: c, start: c.evidence.start, end: c.evidence.end });
    });
    mentions.forEach(function (m) {
      if (m.source === source.id) spans.push({ kind: 'm', m: m, start: m.start, end: m.end });
    });
    /* Overlapping spans (a quote inside a quote, a mention inside a quote)
     * are cut at every boundary; each segment knows all spans covering it. */
    var cuts = new Set([0, chars.length]);
    spans.forEach(function (s) { cuts.add(s.start); cuts.add(s.end); });
    var bounds = Array.from(cuts).filter(function (x) { return x >= 0 && x <= chars.length; })
      .sort(function (a, b) { return a - b; });
    var lastSegment = new Map();
    for (var i = 0; i + 1 < bounds.length; i++) {
      var a = bounds[i], b = bounds[i + 1];
      var covering = spans.filter(function (s) { return s.start <= a && s.end >= b; });
      var cs = covering.filter(function (s) { return s.kind === 'c'; })
        .sort(function (x, y) { return (x.end - x.start) - (y.end - y.start); });
      var ms = covering.filter(function (s) { return s.kind === 'm'; });
      var seg = document.createElement('span');
      seg.className = 'seg';
      fillText(seg, chars.slice(a, b).join(''));
      if (cs.length) {
        seg.classList.add('hl', 'k-' + cs[0].c.kind);
        if (cs.length > 1) seg.classList.add('nested');
        seg.dataset.c = cs.map(function (s) { return s.c.id; }).join(' ');
        cs.forEach(function (s) {
          segmentsOf.get(s.c.id).push(seg);
          lastSegment.set(s.c.id, seg);
        });
      }
      if (ms.length) {
        seg.classList.add('mention');
        seg.dataset.m = ms.map(function (s) { return s.m.entity; }).join(' ');
      }
      container.appendChild(seg);
    }
    /* One mark per sector after the end of each highlight. */
    lastSegment.forEach(function (seg, id) {
      var c = visibleCommitments.find(function (x) { return x.id === id; });
      var marks = el('sup', 'marks');
      marks.setAttribute('aria-hidden', 'true');
      marks.dataset.for = id;
      c.sectors.forEach(function (s) {
        var m = el('span', 'mark', markOf(s));
        m.title = s;
        marks.appendChild(m);
      });
      seg.after(marks);
    });
  }

  var article = document.getElementById('article');
  var rendered = new Set();
  meetings.forEach(function (m) {
    var ids = [m.source];
    visibleCommitments.forEach(function (c) {
      if (c.meeting === m.id && ids.indexOf(c.evidence.source) < 0) ids.push(c.evidence.source);
    });
    ids.forEach(function (sid) {
      if (rendered.has(sid) || !sources.has(sid)) return;
      rendered.add(sid);
      var s = sources.get(sid);
      var sec = el('section', 'source');
      sec.dataset.source = sid;
      sec.lang = s.language || '';
      var h = el('h2', null, s.title);
      sec.appendChild(h);
      var meta = el('p', 'byline', [s.publisher, s.published, s.dateline].filter(Boolean).join(' \u00b7 '));
      if (s.url) {
        meta.appendChild(document.createTextNode(' \u00b7 '));
        meta.appendChild(link(s.url, s.url));
      }
      sec.appendChild(meta);
      var body = el('div', 'text');
      body.setAttribute('dir', 'auto');
      renderSource(s, body);
      sec.appendChild(body);
      article.appendChild(sec);
    });
  });

  /* The first segment of each commitment is its keyboard stop. */
  var anchors = [];
  visibleCommitments.forEach(function (c) {
    var segs = segmentsOf.get(c.id);
    if (!segs.length) return;
    var first = segs[0];
    if (!first.hasAttribute('tabindex')) {
      first.tabIndex = 0;
      first.dataset.anchor = c.id;
      first.setAttribute('role', 'button');
      first.setAttribute('aria-describedby', 'card');
      first.setAttribute('aria-label', c.kind + ': ' + visible(c.summary));
      anchors.push(first);
    }
  });

  /* ---- the card shown on hover and focus -------------------------------- */

  var card = document.getElementById('card');
  var dateInput = document.getElementById('on');

  function row(dl, term, value) {
    if (value == null || value === '') return;
    dl.appendChild(el('dt', null, term));
    var dd = document.createElement('dd');
    if (value instanceof Node) dd.appendChild(value); else dd.textContent = visible(value);
    dl.appendChild(dd);
  }

  function citationList(f) {
    var ul = el('ul', 'citations');
    (f.citations || []).forEach(function (ci) {
      var li = document.createElement('li');
      var label = [ci.publisher, ci.published, ci.title].filter(Boolean).join(', ');
      li.appendChild(link(ci.url, label || ci.url));
      ul.appendChild(li);
    });
    return ul;
  }

  function describe(c) {
    var box = el('section', 'entry');
    box.dataset.id = c.id;
    var head = el('h3', null, null);
    head.appendChild(el('span', 'badge k-' + c.kind, c.kind));
    head.appendChild(document.createTextNode(' '));
    head.appendChild(el('span', 'cid', c.id));
    box.appendChild(head);
    var dl = document.createElement('dl');
    row(dl, 'Verb', c.verb);
    row(dl, 'Actors \u2192 targets', names(c.actors) + ' \u2192 ' + (c.targets.length ? names(c.targets) : '\u2014'));
    row(dl, 'Objects', names(c.objects));
    row(dl, 'Sectors', c.sectors.join(', '));
    row(dl, 'PLOVER type', c.type);
    row(dl, 'CAMEO code', c.cameo);
    row(dl, 'Summary', c.summary);
    row(dl, 'Status on ' + dateInput.value, statusOn(c, dateInput.value));
    box.appendChild(dl);
    var fus = followups.get(c.id);
    if (fus.length) {
      box.appendChild(el('h4', null, 'Follow-ups'));
      var ol = el('ol', 'followups');
      fus.forEach(function (f) {
        var li = document.createElement('li');
        li.dataset.followup = f.id || '';
        li.appendChild(el('span', 'fdate', f.date));
        var precision = f.date_precision || f.precision;
        if (precision) li.appendChild(el('span', 'fprec', ' (' + precision + ')'));
        if (f.status) {
          li.appendChild(document.createTextNode(' '));
          li.appendChild(el('span', 'badge s-' + f.status, f.status));
        }
        li.appendChild(el('span', 'fsum', ' ' + (f.summary || '')));
        li.appendChild(citationList(f));
        ol.appendChild(li);
      });
      box.appendChild(ol);
    }
    return box;
  }

  function showCard(seg, only) {
    var ids = only ? [only] : (seg.dataset.c ? seg.dataset.c.split(' ') : []);
    var ents = seg.dataset.m ? seg.dataset.m.split(' ') : [];
    if (!ids.length && !ents.length) return;
    card.replaceChildren();
    ids.forEach(function (id) {
      var c = visibleCommitments.find(function (x) { return x.id === id; });
      if (c) card.appendChild(describe(c));
    });
    if (ents.length && !only) {
      var p = el('p', 'mentioned', 'Mentions: ' + Array.from(new Set(ents)).map(function (id) {
        var e = entities.get(id);
        return e ? e.name + ' (' + e.type + ')' : id;
      }).join(', '));
      card.appendChild(p);
    }
    var r = seg.getBoundingClientRect();
    card.hidden = false;
    var top = window.scrollY + r.bottom + 6;
    var left = Math.max(8, Math.min(window.scrollX + r.left, window.scrollX + document.documentElement.clientWidth - card.offsetWidth - 8));
    card.style.top = top + 'px';
    card.style.left = left + 'px';
  }
  function hideCard() { card.hidden = true; }

  article.addEventListener('mouseover', function (ev) {
    var seg = ev.target.closest('.seg');
    if (seg && (seg.dataset.c || seg.dataset.m)) showCard(seg, null);
  });
  /* The card stays open while the pointer moves into it, so that its
   * citation links can be followed. */
  article.addEventListener('mouseleave', function (ev) {
    if (!card.contains(ev.relatedTarget)) hideCard();
  });
  card.addEventListener('mouseleave', function (ev) {
    if (!article.contains(ev.relatedTarget)) hideCard();
  });
  article.addEventListener('focusin', function (ev) {
    var seg = ev.target.closest('[data-anchor]');
    if (seg) showCard(seg, seg.dataset.anchor);
  });
  article.addEventListener('focusout', hideCard);

  /* j/k (or n/p) step through the highlights; Escape closes the card. */
  document.addEventListener('keydown', function (ev) {
    if (ev.target instanceof HTMLInputElement || ev.target instanceof HTMLSelectElement) return;
    if (ev.key === 'Escape') { hideCard(); return; }
    var step = { j: 1, n: 1, k: -1, p: -1 }[ev.key];
    if (!step || !anchors.length) return;
    var live = anchors.filter(function (a) { return !a.classList.contains('dim'); });
    if (!live.length) return;
    var at = live.indexOf(document.activeElement);
    var next = at < 0 ? (step > 0 ? 0 : live.length - 1) : (at + step + live.length) % live.length;
    live[next].focus();
    ev.preventDefault();
  });

  /* ---- the side panel --------------------------------------------------- */

  var meetingBox = document.getElementById('meeting');
  meetings.forEach(function (m) {
    var sec = el('section', 'meeting');
    sec.appendChild(el('h2', null, m.title));
    var dl = document.createElement('dl');
    row(dl, 'Date', m.date);
    row(dl, 'Place', entityName(m.place));
    row(dl, 'Host', entityName(m.host));
    row(dl, 'Format', m.format);
    if (m.context) row(dl, 'Held for', entityName(m.context));
    sec.appendChild(dl);
    sec.appendChild(el('h3', null, 'Participants'));
    var ul = el('ul', 'participants');
    m.participants.forEach(function (id) {
      var e = entities.get(id);
      var li = document.createElement('li');
      li.dataset.entity = id;
      li.appendChild(el('span', 'pname', entityName(id)));
      if (e && e.positions && e.positions.length)
        li.appendChild(el('span', 'office', ' \u2014 ' + e.positions.join('; ')));
      if (e && e.country) li.appendChild(el('span', 'pcountry', ' (' + entityName(e.country) + ')'));
      ul.appendChild(li);
    });
    sec.appendChild(ul);
    meetingBox.appendChild(sec);
  });
  document.title = meetings.length === 1 ? 'camtg: ' + visible(meetings[0].title) : 'camtg: commitments';

  function option(select, value, label) {
    var o = document.createElement('option');
    o.value = value;
    o.textContent = visible(label);
    select.appendChild(o);
  }
  var countrySelect = document.getElementById('country');
  var sectorSelect = document.getElementById('sector');
  option(countrySelect, '', 'All countries');
  (ds.entities || []).filter(function (e) { return e.type === 'country'; })
    .sort(function (a, b) { return a.name.localeCompare(b.name); })
    .forEach(function (e) { option(countrySelect, e.id, e.name); });
  option(sectorSelect, '', 'All sectors');
  var sectors = [];
  visibleCommitments.forEach(function (c) {
    c.sectors.forEach(function (s) { if (sectors.indexOf(s) < 0) sectors.push(s); });
  });
  sectors.sort().forEach(function (s) { option(sectorSelect, s, markOf(s) + ' \u2014 ' + s); });

  /* The default date is the latest date the data knows of. */
  var latest = '';
  meetings.forEach(function (m) { if (m.date > latest) latest = m.date; });
  followups.forEach(function (list) {
    list.forEach(function (f) { if (f.date > latest) latest = f.date; });
  });
  var researched = ds.followups_researched || ds.researched;
  if (researched && researched > latest) latest = researched;
  dateInput.value = latest;

  var list = document.getElementById('commitments');
  var items = new Map();
  visibleCommitments.forEach(function (c) {
    var li = document.createElement('li');
    li.dataset.id = c.id;
    var b = el('button', 'goto', null);
    b.type = 'button';
    b.appendChild(el('span', 'badge k-' + c.kind, c.kind));
    b.appendChild(document.createTextNode(' '));
    b.appendChild(el('span', 'summary', c.summary));
    b.addEventListener('click', function () {
      var segs = segmentsOf.get(c.id);
      if (segs.length) {
        segs[0].scrollIntoView({ block: 'center' });
        segs[0].focus();
      }
    });
    li.appendChild(b);
    li.appendChild(document.createTextNode(' '));
    li.appendChild(el('span', 'badge status', ''));
    list.appendChild(li);
    items.set(c.id, li);
  });

  var counter = document.getElementById('count');
  function refresh() {
    var country = countrySelect.value;
    var sector = sectorSelect.value;
    var match = new Set();
    visibleCommitments.forEach(function (c) {
      if ((!country || involves(c, country)) && (!sector || c.sectors.indexOf(sector) >= 0))
        match.add(c.id);
    });
    items.forEach(function (li, id) {
      var c = visibleCommitments.find(function (x) { return x.id === id; });
      li.hidden = !match.has(id);
      li.dataset.match = match.has(id) ? '1' : '0';
      var status = statusOn(c, dateInput.value);
      var badge = li.querySelector('.status');
      badge.textContent = status;
      badge.className = 'badge status s-' + status;
    });
    document.querySelectorAll('#article .seg.hl').forEach(function (seg) {
      var ids = seg.dataset.c.split(' ');
      seg.classList.toggle('dim', !ids.some(function (id) { return match.has(id); }));
    });
    document.querySelectorAll('#article .marks').forEach(function (m) {
      m.classList.toggle('dim', !match.has(m.dataset.for));
    });
    counter.textContent = match.size + ' of ' + visibleCommitments.length + ' commitments match';
  }
  countrySelect.addEventListener('change', refresh);
  sectorSelect.addEventListener('change', refresh);
  dateInput.addEventListener('change', refresh);
  dateInput.addEventListener('input', refresh);
  refresh();

  var legend = document.getElementById('legend');
  ['pledge', 'position', 'assessment'].forEach(function (k) {
    var li = document.createElement('li');
    li.appendChild(el('span', 'seg hl k-' + k, k));
    legend.appendChild(li);
  });
  sectors.forEach(function (s) {
    var li = document.createElement('li');
    li.appendChild(el('span', 'mark', markOf(s)));
    li.appendChild(document.createTextNode(' ' + s));
    legend.appendChild(li);
  });
  if (mentions.length) {
    var li = document.createElement('li');
    li.appendChild(el('span', 'seg mention', 'entity mention'));
    legend.appendChild(li);
  }
  document.body.dataset.ready = '1';
})();
