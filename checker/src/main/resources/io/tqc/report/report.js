(function () {
  'use strict';
  // Worst first: these keys start descending, the others ascending; ties go by file name.
  var START_DESCENDING = { penalty: true, findings: true, verdict: true };
  var VERDICT_RANK = { pass: 0, review: 1, fail: 2, error: 3 };
  var SEVERITIES = ['critical', 'major', 'minor', 'neutral'];
  var filter = { sev: {}, verdict: {}, cat: '', rule: '', lang: '' };
  var sort = { key: 'penalty', descending: true };
  var tbody = document.querySelector('table.overview tbody');
  var docs = document.getElementById('docs');
  var rendered = [];

  var rows = Array.prototype.map.call(tbody.rows, function (tr) {
    var kinds = tr.getAttribute('data-kinds');
    return {
      tr: tr,
      section: document.getElementById(tr.getAttribute('data-doc')),
      name: tr.getAttribute('data-name'),
      language: tr.getAttribute('data-lang'),
      verdict: tr.getAttribute('data-verdict'),
      findings: Number(tr.getAttribute('data-findings')),
      penalty: Number(tr.getAttribute('data-penalty')),
      kinds: kinds ? kinds.split('\n').map(function (line) { return line.split('\t'); }) : []
    };
  });

  function sortValue(row, key) {
    if (key === 'verdict') { return VERDICT_RANK[row.verdict]; }
    return row[key];
  }

  function compareRows(a, b) {
    var x = sortValue(a, sort.key);
    var y = sortValue(b, sort.key);
    if (x !== y) { return (x < y) === sort.descending ? 1 : -1; }
    return a.name < b.name ? -1 : (a.name > b.name ? 1 : 0);
  }

  function applySort() {
    rows.sort(compareRows);
    var rowFragment = document.createDocumentFragment();
    var docFragment = document.createDocumentFragment();
    rows.forEach(function (row) {
      rowFragment.appendChild(row.tr);
      docFragment.appendChild(row.section);
    });
    tbody.appendChild(rowFragment);
    docs.appendChild(docFragment);
    document.querySelectorAll('button[data-sort]').forEach(function (button) {
      var key = button.getAttribute('data-sort');
      button.parentNode.setAttribute('aria-sort', key !== sort.key ? 'none'
        : (sort.descending ? 'descending' : 'ascending'));
    });
  }

  function findingShown(severity, category, rule) {
    return filter.sev[severity] !== false
      && (!filter.cat || category === filter.cat || category.indexOf(filter.cat + '/') === 0)
      && (!filter.rule || rule === filter.rule);
  }

  // A category or rule filter asks "which documents have this?": it hides the documents
  // without such a finding. Severity boxes only hide findings, so clean documents stay listed.
  function documentShown(row) {
    if (filter.verdict[row.verdict] === false) { return false; }
    if (filter.lang && row.language !== filter.lang) { return false; }
    if (!filter.cat && !filter.rule) { return true; }
    return row.kinds.some(function (kind) { return findingShown(kind[0], kind[1], kind[2]); });
  }

  function applyFindingFilters(scope) {
    var visible = {};
    scope.querySelectorAll('tr[data-sev]').forEach(function (tr) {
      var on = findingShown(tr.getAttribute('data-sev'), tr.getAttribute('data-cat'),
        tr.getAttribute('data-rule'));
      tr.classList.toggle('hidden', !on);
      visible[tr.id] = on;
    });
    scope.querySelectorAll('mark.f, td.outlined').forEach(function (mark) {
      var on = mark.getAttribute('data-f').split(' ').some(function (id) { return visible[id]; });
      mark.classList.toggle('off', !on);
    });
  }

  function applyFilters() {
    var shown = 0;
    rows.forEach(function (row) {
      var on = documentShown(row);
      row.tr.classList.toggle('hidden', !on);
      row.section.classList.toggle('hidden', !on);
      if (on) { shown++; }
    });
    rendered.forEach(applyFindingFilters);
    document.getElementById('shown').textContent = shown + ' of ' + rows.length + ' documents shown';
  }

  function readFilters() {
    document.querySelectorAll('[data-filter]').forEach(function (input) {
      var name = input.getAttribute('data-filter');
      if (input.type === 'checkbox') {
        filter[name][input.value] = input.checked;
      } else {
        filter[name] = input.value;
      }
    });
  }

  function render(details) {
    if (details.getAttribute('data-rendered')) { return; }
    var template = details.querySelector('template');
    if (!template) { return; }
    details.appendChild(template.content.cloneNode(true));
    details.setAttribute('data-rendered', '1');
    rendered.push(details);
    applyFindingFilters(details);
  }

  function hidePopup() {
    var popup = document.getElementById('popup');
    popup.style.display = 'none';
    document.querySelectorAll('.active').forEach(function (el) { el.classList.remove('active'); });
  }

  function showPopup(mark) {
    hidePopup();
    var popup = document.getElementById('popup');
    while (popup.firstChild) { popup.removeChild(popup.firstChild); }
    mark.classList.add('active');
    mark.getAttribute('data-f').split(' ').forEach(function (id) {
      var row = document.getElementById(id);
      if (!row || row.classList.contains('hidden')) { return; }
      row.classList.add('active');
      var cells = row.querySelectorAll('td');
      var item = document.createElement('div');
      item.className = 'item';
      var head = document.createElement('div');
      var sev = document.createElement('span');
      sev.className = 'sev ' + row.getAttribute('data-sev');
      sev.textContent = cells[1].textContent;
      head.appendChild(sev);
      head.appendChild(document.createTextNode(' \u00b7 ' + cells[2].textContent));
      var message = document.createElement('div');
      message.textContent = cells[4].textContent;
      var rule = document.createElement('div');
      rule.className = 'rule';
      rule.textContent = cells[3].textContent;
      item.appendChild(head);
      item.appendChild(message);
      if (cells[5].textContent) {
        var sugg = document.createElement('div');
        sugg.className = 'sugg';
        sugg.textContent = 'Suggestions: ' + cells[5].textContent;
        item.appendChild(sugg);
      }
      item.appendChild(rule);
      popup.appendChild(item);
    });
    if (!popup.firstChild) { return; }
    var box = mark.getBoundingClientRect();
    popup.style.left = Math.max(8, Math.min(window.scrollX + box.left,
      window.scrollX + document.documentElement.clientWidth - 440)) + 'px';
    popup.style.top = (window.scrollY + box.bottom + 6) + 'px';
    popup.style.display = 'block';
  }

  document.addEventListener('click', function (event) {
    var target = event.target.closest ? event.target : event.target.parentNode;
    var mark = target.closest('mark.f');
    if (mark && !mark.classList.contains('off')) {
      event.stopPropagation();
      showPopup(mark);
      return;
    }
    var button = target.closest('button[data-sort]');
    if (button) {
      var key = button.getAttribute('data-sort');
      sort.descending = key === sort.key ? !sort.descending : START_DESCENDING[key] === true;
      sort.key = key;
      applySort();
    }
    var link = target.closest('a[data-open]');
    if (link) {
      var details = document.getElementById(link.getAttribute('data-open'));
      details.open = true;
      render(details);
    }
    if (!target.closest('#popup')) { hidePopup(); }
  });

  document.querySelectorAll('[data-filter]').forEach(function (input) {
    input.addEventListener('change', function () {
      readFilters();
      applyFilters();
    });
  });

  rows.forEach(function (row) {
    var details = row.section;
    details.addEventListener('toggle', function () { if (details.open) { render(details); } });
  });
  SEVERITIES.forEach(function (severity) { filter.sev[severity] = true; });
  readFilters();
  // The page arrives in worst-first order; open the worst readable document.
  var worst = docs.querySelector('details.doc[data-readable]');
  if (worst) {
    worst.open = true;
    render(worst);
  }
  // A reloaded page may come back with the boxes as the reader left them.
  applyFilters();
}());
