// The level an item reaches with what is typed so far, asked of the server (the domain's scorer) as the person types;
// the sum of the weights typed in an editor, so the 100 signing needs is seen before saving; and the small wiring
// the pages would otherwise write inline (the security policy allows no inline script): a round chooser that goes
// where it is set, a print button.
(function () {
  'use strict';
  function wire(card) {
    var url = card.getAttribute('data-level-url');
    var out = card.querySelector('output.level');
    var fields = card.querySelectorAll('[data-fact], [data-date]');
    if (!url || !out || fields.length === 0) { return; }
    var timer = null;
    function ask() {
      var query = [];
      fields.forEach(function (f) {
        var name = f.getAttribute('data-fact');
        var key = name ? 'f.' + name : 'd.' + f.getAttribute('data-date');
        if (f.value) { query.push(encodeURIComponent(key) + '=' + encodeURIComponent(f.value)); }
      });
      fetch(url + '?' + query.join('&'), { credentials: 'same-origin', headers: { 'Accept': 'application/json' } })
        .then(function (r) { return r.json(); })
        .then(function (j) {
          out.textContent = j.error ? '—' : j.level;
          out.title = j.error || ('คะแนน ' + j.score);
          out.classList.toggle('invalid', !!j.error);
        })
        .catch(function () { out.textContent = '—'; });
    }
    fields.forEach(function (f) {
      f.addEventListener('input', function () { clearTimeout(timer); timer = setTimeout(ask, 250); });
      f.addEventListener('change', function () { clearTimeout(timer); timer = setTimeout(ask, 50); });
    });
  }
  function sum() {
    var weights = document.querySelectorAll('input[data-weight]');
    var out = document.querySelector('output.weight-sum');
    if (!out || weights.length === 0) { return; }
    function add() {
      var cents = 0;
      var readable = true;
      weights.forEach(function (w) {
        var row = w.closest('tr');
        var removed = row && row.querySelector('input[type=checkbox][name^="x."]');
        if (removed && removed.checked) { return; }
        var text = w.value.replace(/[\u0E50-\u0E59]/g, function (d) { return String(d.charCodeAt(0) - 0x0E50); }).trim();
        if (text === '') { return; }
        if (!/^\d+(\.\d{1,2})?$/.test(text)) { readable = false; return; }
        cents += Math.round(parseFloat(text) * 100);
      });
      out.textContent = readable ? (cents / 100).toFixed(2) : '—';
      out.classList.toggle('off', !readable || cents !== 10000);
    }
    document.addEventListener('input', function (e) { if (e.target.matches('input[data-weight], input[name^="x."]')) { add(); } });
    document.addEventListener('change', function (e) { if (e.target.matches('input[name^="x."]')) { add(); } });
  }
  document.addEventListener('change', function (e) {
    if (e.target.matches('select[data-submit-on-change]') && e.target.form) { e.target.form.submit(); }
  });
  document.addEventListener('click', function (e) {
    if (e.target.closest('button[data-print]')) { window.print(); }
  });
  document.addEventListener('DOMContentLoaded', function () {
    document.querySelectorAll('article.item[data-level-url]').forEach(wire);
    sum();
  });
})();
