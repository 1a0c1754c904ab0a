// The level an item reaches with what is typed so far, asked of the server (the domain's scorer) as the person types.
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
  document.addEventListener('DOMContentLoaded', function () {
    document.querySelectorAll('article.item[data-level-url]').forEach(wire);
  });
})();
