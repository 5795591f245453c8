// Product page: choosing a SKU shows its price, tiers and stock and caps the quantity at what can be sold;
// the stepper's − and + move the quantity within 1..max. Without this script the radios and the number box
// still post the same form.
(() => {
  const form = document.querySelector('[data-buy-form]');
  if (!form) return;
  const qty = form.querySelector('#buy-qty');

  const clamp = () => {
    const max = Number(qty.max) || 1;
    const value = Math.round(Number(qty.value));
    qty.value = String(Math.min(max, Math.max(1, Number.isFinite(value) ? value : 1)));
    form.querySelector('[data-step="-1"]').disabled = Number(qty.value) <= 1;
    form.querySelector('[data-step="1"]').disabled = Number(qty.value) >= max;
  };

  const choose = (radio) => {
    form.querySelectorAll('[data-sku-detail]').forEach(d => { d.hidden = d.dataset.skuDetail !== radio.value; });
    qty.max = radio.dataset.available;
    clamp();
  };

  form.addEventListener('change', e => {
    if (e.target.matches('[data-sku-choice]')) choose(e.target);
    if (e.target === qty) clamp();
  });
  form.querySelectorAll('[data-step]').forEach(b => b.addEventListener('click', () => {
    qty.value = String(Number(qty.value) + Number(b.dataset.step));
    clamp();
  }));
  const checked = form.querySelector('[data-sku-choice]:checked');
  if (checked) choose(checked); else clamp();
})();
