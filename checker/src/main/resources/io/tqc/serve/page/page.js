// The editors' page of tqc serve: sends the text to /v2/check on the same server, shows the
// findings in place, applies a suggestion and checks again, and downloads the reports. No
// markup is built from the text or the findings: everything is set as text content.
'use strict';

(function () {
  const token = new URLSearchParams(window.location.search).get('token');
  const $ = (id) => document.getElementById(id);
  let current = null; // { text, matches } of the last check

  function headers(extra) {
    const h = Object.assign({}, extra || {});
    if (token) {
      h.Authorization = 'Bearer ' + token;
    }
    return h;
  }

  function status(message, isError) {
    $('status').textContent = message;
    $('status').classList.toggle('error', Boolean(isError));
  }

  async function failure(response) {
    const body = await response.text();
    return body.replace(/^Error: /, '') || ('HTTP ' + response.status);
  }

  function checkParams(text) {
    const params = new URLSearchParams();
    params.set('text', text);
    params.set('language', $('language').value);
    const source = $('source').value;
    if (source.trim()) {
      params.set('sourceText', source);
      params.set('sourceLanguage', 'auto');
    }
    return params;
  }

  async function loadLanguages() {
    const response = await fetch('v2/languages', { headers: headers() });
    if (!response.ok) {
      status(await failure(response), true);
      return;
    }
    const seen = new Set();
    const languages = (await response.json()).filter((l) => {
      if (seen.has(l.longCode)) {
        return false;
      }
      seen.add(l.longCode);
      return true;
    }).sort((a, b) => a.name.localeCompare(b.name));
    for (const language of languages) {
      const option = document.createElement('option');
      option.value = language.longCode;
      option.textContent = language.name + ' (' + language.longCode + ')';
      $('language').appendChild(option);
    }
  }

  async function check() {
    const text = $('text').value;
    if (!text.trim()) {
      status('Paste a text or drop a file first.', true);
      return;
    }
    status('Checking…');
    $('check').disabled = true;
    try {
      const response = await fetch('v2/check', {
        method: 'POST',
        headers: headers({ 'Content-Type': 'application/x-www-form-urlencoded' }),
        body: checkParams(text),
      });
      if (!response.ok) {
        status(await failure(response), true);
        return;
      }
      const result = await response.json();
      current = { text: text, result: result };
      render();
      const n = result.matches.length;
      status(n + (n === 1 ? ' finding' : ' findings') + ' in ' + result.language.name + '.');
    } catch (e) {
      status('The server did not answer: ' + e.message, true);
    } finally {
      $('check').disabled = false;
    }
  }

  function render() {
    const { text, result } = current;
    const matches = result.matches.map((m, i) => Object.assign({ index: i }, m))
      .sort((a, b) => a.offset - b.offset || b.length - a.length);
    const view = $('view');
    view.replaceChildren();
    $('findings').replaceChildren();
    hideDetail();
    let at = 0;
    for (const match of matches) {
      if (match.offset < at) {
        continue; // overlaps the previous highlight: listed below, not highlighted
      }
      view.appendChild(document.createTextNode(text.slice(at, match.offset)));
      const mark = document.createElement('mark');
      mark.textContent = text.slice(match.offset, match.offset + match.length) || '\u2038';
      mark.className = severity(match);
      mark.dataset.index = match.index;
      mark.dataset.rule = match.rule.id;
      mark.dataset.category = category(match);
      mark.title = match.rule.id + ': ' + match.message;
      mark.addEventListener('click', (event) => showDetail(match, mark, event));
      view.appendChild(mark);
      at = match.offset + match.length;
    }
    view.appendChild(document.createTextNode(text.slice(at)));
    for (const match of matches) {
      const item = document.createElement('li');
      item.dataset.index = match.index;
      item.dataset.severity = severity(match);
      item.dataset.category = category(match);
      const rule = document.createElement('span');
      rule.className = 'rule';
      rule.textContent = match.rule.id;
      item.append(rule, ' (' + severity(match) + ', ' + category(match) + '): '
        + match.message + ' «' + text.slice(match.offset, match.offset + match.length) + '»');
      $('findings').appendChild(item);
    }
    const verdict = result.tqc ? result.tqc.verdict : '';
    $('verdict').textContent = verdict ? 'Verdict: ' + verdict : '';
    $('verdict').className = 'verdict ' + verdict;
    $('counts').textContent = result.tqc
      ? result.tqc.words + ' words, MQM penalty ' + result.tqc.penaltyPer1000Words + ' per 1000 words'
      : '';
    fillCategories(matches);
    $('results').hidden = false;
    applyFilters();
  }

  function severity(match) {
    return match.tqc ? match.tqc.severity : 'minor';
  }

  function category(match) {
    return match.tqc ? match.tqc.category : match.rule.category.name;
  }

  function fillCategories(matches) {
    const select = $('category');
    const chosen = select.value;
    const names = Array.from(new Set(matches.map(category))).sort();
    select.replaceChildren();
    const all = document.createElement('option');
    all.value = '';
    all.textContent = 'all';
    select.appendChild(all);
    for (const name of names) {
      const option = document.createElement('option');
      option.value = name;
      option.textContent = name;
      select.appendChild(option);
    }
    select.value = names.includes(chosen) ? chosen : '';
  }

  function shown(severityName, categoryName) {
    const severities = Array.from(document.querySelectorAll('input[name=severity]:checked'))
      .map((box) => box.value);
    const wanted = $('category').value;
    return severities.includes(severityName) && (!wanted || wanted === categoryName);
  }

  function applyFilters() {
    for (const mark of $('view').querySelectorAll('mark')) {
      const match = current.result.matches[Number(mark.dataset.index)];
      mark.classList.toggle('hidden', !shown(severity(match), category(match)));
    }
    for (const item of $('findings').children) {
      item.classList.toggle('hidden', !shown(item.dataset.severity, item.dataset.category));
    }
    hideDetail();
  }

  function showDetail(match, mark, event) {
    if (mark.classList.contains('hidden')) {
      return;
    }
    event.stopPropagation();
    const detail = $('detail');
    detail.replaceChildren();
    const message = document.createElement('p');
    message.className = 'message';
    message.textContent = match.message;
    const rule = document.createElement('p');
    rule.className = 'rule';
    rule.textContent = match.rule.id + ' · ' + severity(match) + ' · ' + category(match);
    detail.append(message, rule);
    for (const replacement of match.replacements.slice(0, 5)) {
      const button = document.createElement('button');
      button.type = 'button';
      button.className = 'suggestion';
      button.textContent = replacement.value === '' ? '(delete)' : replacement.value;
      button.addEventListener('click', () => apply(match, replacement.value));
      detail.appendChild(button);
    }
    for (const selected of document.querySelectorAll('mark.selected')) {
      selected.classList.remove('selected');
    }
    mark.classList.add('selected');
    const box = mark.getBoundingClientRect();
    detail.hidden = false;
    // Kept inside the window when the finding is near its right edge.
    const left = Math.max(0, Math.min(box.left, document.documentElement.clientWidth
      - detail.offsetWidth - 8));
    detail.style.left = (window.scrollX + left) + 'px';
    detail.style.top = (window.scrollY + box.bottom + 4) + 'px';
  }

  function hideDetail() {
    $('detail').hidden = true;
  }

  function apply(match, value) {
    const text = current.text;
    $('text').value = text.slice(0, match.offset) + value + text.slice(match.offset + match.length);
    check();
  }

  async function upload(file, target) {
    status('Reading ' + file.name + '…');
    const response = await fetch('tqc/upload?name=' + encodeURIComponent(file.name), {
      method: 'POST',
      headers: headers({ 'Content-Type': 'application/octet-stream' }),
      body: file,
    });
    if (!response.ok) {
      status(await failure(response), true);
      return false;
    }
    $(target).value = (await response.json()).text;
    status('');
    return true;
  }

  async function download(format) {
    const text = $('text').value;
    const response = await fetch('tqc/report?format=' + format + '&name=article', {
      method: 'POST',
      headers: headers({ 'Content-Type': 'application/x-www-form-urlencoded' }),
      body: checkParams(text),
    });
    if (!response.ok) {
      status(await failure(response), true);
      return;
    }
    const name = { csv: 'findings.csv', html: 'report.html', json: 'findings.json' }[format];
    const link = document.createElement('a');
    link.href = URL.createObjectURL(await response.blob());
    link.download = name;
    document.body.appendChild(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(link.href), 10000);
  }

  document.addEventListener('DOMContentLoaded', () => {
    loadLanguages();
    $('check').addEventListener('click', check);
    $('file').addEventListener('change', async () => {
      if ($('file').files.length && await upload($('file').files[0], 'text')) {
        check();
      }
    });
    $('source-file').addEventListener('change', async () => {
      if ($('source-file').files.length) {
        await upload($('source-file').files[0], 'source');
      }
    });
    const drop = $('drop');
    drop.addEventListener('dragover', (event) => {
      event.preventDefault();
      drop.classList.add('dragging');
    });
    drop.addEventListener('dragleave', () => drop.classList.remove('dragging'));
    drop.addEventListener('drop', async (event) => {
      event.preventDefault();
      drop.classList.remove('dragging');
      const files = event.dataTransfer.files;
      if (files.length && await upload(files[0], 'text')) {
        check();
      }
    });
    for (const box of document.querySelectorAll('input[name=severity]')) {
      box.addEventListener('change', applyFilters);
    }
    $('category').addEventListener('change', applyFilters);
    for (const button of document.querySelectorAll('.downloads button')) {
      button.addEventListener('click', () => download(button.dataset.format));
    }
    document.addEventListener('click', (event) => {
      if (!$('detail').contains(event.target)) {
        hideDetail();
      }
    });
  });
}());
