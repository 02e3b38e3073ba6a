(function () {
  'use strict';
  var state = { sev: {}, cat: {} };

  function readFilters() {
    document.querySelectorAll('input[data-filter]').forEach(function (box) {
      state[box.getAttribute('data-filter')][box.value] = box.checked;
    });
  }

  function rowVisible(row) {
    return state.sev[row.getAttribute('data-sev')] !== false
      && state.cat[row.getAttribute('data-cat')] !== false;
  }

  function applyFilters(scope) {
    var visible = {};
    scope.querySelectorAll('tr[data-sev]').forEach(function (row) {
      var on = rowVisible(row);
      row.classList.toggle('hidden', !on);
      visible[row.id] = on;
    });
    scope.querySelectorAll('mark.f').forEach(function (mark) {
      var ids = mark.getAttribute('data-f').split(' ');
      var on = ids.some(function (id) { return visible[id]; });
      mark.classList.toggle('off', !on);
    });
  }

  function render(details) {
    if (details.getAttribute('data-rendered')) { return; }
    var template = details.querySelector('template');
    if (!template) { return; }
    details.appendChild(template.content.cloneNode(true));
    details.setAttribute('data-rendered', '1');
    applyFilters(details);
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
    var mark = event.target.closest ? event.target.closest('mark.f') : null;
    if (mark && !mark.classList.contains('off')) {
      event.stopPropagation();
      showPopup(mark);
      return;
    }
    var link = event.target.closest ? event.target.closest('a[data-open]') : null;
    if (link) {
      var details = document.getElementById(link.getAttribute('data-open'));
      details.open = true;
      render(details);
    }
    if (!(event.target.closest && event.target.closest('#popup'))) { hidePopup(); }
  });

  document.querySelectorAll('input[data-filter]').forEach(function (box) {
    box.addEventListener('change', function () {
      readFilters();
      applyFilters(document);
    });
  });

  document.querySelectorAll('details.doc').forEach(function (details) {
    details.addEventListener('toggle', function () { if (details.open) { render(details); } });
    if (details.open) { render(details); }
  });
  readFilters();
}());
