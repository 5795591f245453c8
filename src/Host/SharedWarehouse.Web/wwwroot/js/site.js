// Conveniences only: every page works without them.
(function () {
  'use strict';
  // Language switch posts on change (no inline handlers: the CSP forbids them).
  document.querySelectorAll('select[data-autosubmit]').forEach(function (select) {
    select.addEventListener('change', function () { select.form.submit(); });
  });
  // A double click submits once; the server is idempotent anyway.
  document.querySelectorAll('form').forEach(function (form) {
    form.addEventListener('submit', function (event) {
      if (form.dataset.submitted === 'true') { event.preventDefault(); return; }
      form.dataset.submitted = 'true';
      setTimeout(function () { form.dataset.submitted = 'false'; }, 5000);
    });
  });
})();
