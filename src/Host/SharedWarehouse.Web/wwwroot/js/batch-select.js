// A list's batch bar ([data-batch] form): "select all" ticks every row of the page, the bar counts the ticked
// rows. The server checks everything again (nothing ticked, ids of other shops, states).
(() => {
  document.querySelectorAll('form[data-batch]').forEach(form => {
    const all = form.querySelector('[data-select-all]');
    const rows = () => [...form.querySelectorAll('[data-select-one]')];
    const count = form.querySelector('[data-batch-count]');
    const update = () => {
      const ticked = rows().filter(r => r.checked).length;
      if (count) count.textContent = count.dataset.template.replace('{0}', String(ticked));
      if (all) { all.checked = ticked > 0 && ticked === rows().length; all.indeterminate = ticked > 0 && ticked < rows().length; }
    };
    all?.addEventListener('change', () => { rows().forEach(r => { r.checked = all.checked; }); update(); });
    form.addEventListener('change', e => { if (e.target.matches('[data-select-one]')) update(); });
    update();
  });
})();
