// Stall code form: typing in the filter hides the stalls (options) that do not match in every stall select,
// so a merchant finds a stall among hundreds. The chosen stall of each select always stays visible.
(() => {
  'use strict';
  const filter = document.querySelector('[data-stall-filter]');
  if (!filter) return;
  const selects = Array.from(document.querySelectorAll('select[data-stall-select]'));

  const apply = () => {
    const words = filter.value.trim().toLowerCase().split(/\s+/).filter((w) => w.length > 0);
    selects.forEach((select) => {
      select.querySelectorAll('optgroup').forEach((group) => {
        let visible = 0;
        group.querySelectorAll('option').forEach((option) => {
          const text = (option.dataset.search || '').toLowerCase();
          const show = option.selected || words.every((w) => text.includes(w));
          option.hidden = !show;
          if (show) visible += 1;
        });
        group.hidden = visible === 0;
      });
    });
  };

  filter.addEventListener('input', apply);
})();
