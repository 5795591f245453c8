// Product form helpers. Without script everything still works: the category picker has its own button and
// the form always carries spare blank SKU rows.
(() => {
  'use strict';

  // Choosing a category on the "new product" page does not reload the form by itself (a select that navigates on
  // change takes keyboard users away while they are still choosing): the picker's own button does.

  // "Add a SKU row" copies the last row with empty inputs and the next index in every name and id.
  const button = document.querySelector('[data-add-sku-row]');
  const body = document.querySelector('[data-testid="sku-rows"] tbody');
  if (!button || !body) return;
  button.hidden = false;
  button.addEventListener('click', () => {
    const rows = body.querySelectorAll('tr');
    const last = rows[rows.length - 1];
    if (!last) return;
    const index = rows.length;
    const row = last.cloneNode(true);
    const renumber = (value) => value.replace(/Skus\[\d+\]/, 'Skus[' + index + ']').replace(/Skus_\d+__/, 'Skus_' + index + '__');
    row.querySelectorAll('input').forEach((input) => {
      input.name = renumber(input.name);
      input.id = renumber(input.id);
      input.value = '';
      input.classList.remove('input-validation-error', 'is-invalid');
    });
    row.querySelectorAll('label').forEach((label) => { label.htmlFor = renumber(label.htmlFor); });
    row.querySelectorAll('[data-valmsg-for]').forEach((span) => {
      span.dataset.valmsgFor = renumber(span.dataset.valmsgFor);
      span.textContent = '';
    });
    body.appendChild(row);
  });
})();
