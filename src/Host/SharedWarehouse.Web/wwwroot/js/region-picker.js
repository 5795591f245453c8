// Cascading province → city → district selects. The server renders the current choice, so this only
// refills the lower levels after a change and keeps the hidden district code in step.
(function () {
  'use strict';
  function fill(select, regions) {
    select.length = 0;
    select.add(new Option(select.dataset.placeholder || '', ''));
    regions.forEach(function (r) { select.add(new Option(r.name, r.code)); });
  }
  document.querySelectorAll('[data-region-picker]').forEach(function (picker) {
    var levels = [1, 2, 3].map(function (l) { return picker.querySelector('select[data-level="' + l + '"]'); });
    var value = picker.querySelector('[data-region-value]');
    levels.forEach(function (select, index) {
      select.addEventListener('change', function () {
        levels.slice(index + 1).forEach(function (lower) { fill(lower, []); });
        value.value = index === 2 ? select.value : '';
        var next = levels[index + 1];
        if (!next || !select.value) return;
        fetch('/regions/children?parent=' + encodeURIComponent(select.value), { headers: { Accept: 'application/json' } })
          .then(function (response) { return response.ok ? response.json() : []; })
          .then(function (regions) {
            fill(next, regions);
            // A city without districts (东莞, 中山) is itself the final choice.
            if (index === 1 && regions.length === 0) value.value = select.value;
          });
      });
    });
  });
})();
