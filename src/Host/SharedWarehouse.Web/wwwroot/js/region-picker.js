// Cascading province → city → district selects. The server renders the current choice (also when a form
// comes back with errors), so nothing changes on load: only a change refills the levels below it and
// keeps the posted district code in step.
(() => {
  'use strict';

  const fill = (select, regions) => {
    select.length = 0;
    select.add(new Option(select.dataset.placeholder || '', ''));
    regions.forEach((region) => select.add(new Option(region.name, region.code)));
  };

  const childrenOf = async (parent) => {
    const response = await fetch('/regions/children?parent=' + encodeURIComponent(parent), {
      headers: { Accept: 'application/json' },
      credentials: 'same-origin',
    });
    if (!response.ok) throw new Error('GET /regions/children answered ' + response.status);
    const regions = await response.json();
    if (!Array.isArray(regions)) throw new Error('GET /regions/children did not answer a list');
    return regions;
  };

  const post = (input, code) => {
    if (input.value === code) return;
    input.value = code;
    // A hidden input fires no events of its own; validation or other scripts may want to see the change.
    input.dispatchEvent(new Event('change', { bubbles: true }));
  };

  const init = (picker) => {
    const selects = [1, 2, 3].map((level) => picker.querySelector(`select[data-level="${level}"]`));
    const value = picker.querySelector('input[data-region-value]');
    // The flag keeps a page that includes this script twice from fetching everything twice.
    if (selects.includes(null) || !value || picker.dataset.regionPickerReady) return;
    picker.dataset.regionPickerReady = 'true';
    // Only the answer to the latest change may fill a list: a slow one for an earlier choice is dropped.
    let latest = 0;

    selects.forEach((select, index) => {
      select.addEventListener('change', async () => {
        if (index === 2) {
          post(value, select.value);
          return;
        }
        const request = ++latest;
        selects.slice(index + 1).forEach((lower) => fill(lower, []));
        post(value, '');
        if (!select.value) return;

        let regions;
        try {
          regions = await childrenOf(select.value);
        } catch (error) {
          // The lower list stays empty; choosing again retries.
          console.warn('region-picker:', error);
          return;
        }
        if (request !== latest) return;
        fill(selects[index + 1], regions);
        // 东莞, 中山 and 儋州 have no districts: the city itself is where the address ends.
        if (index === 1 && regions.length === 0) post(value, select.value);
      });
    });
  };

  const start = () => document.querySelectorAll('[data-region-picker]').forEach(init);
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
  else start();
})();
