// Conveniences only: every page works without them.
(function () {
  'use strict';
  // Language switch posts on change (no inline handlers: the CSP forbids them).
  document.querySelectorAll('select[data-autosubmit]').forEach(function (select) {
    select.addEventListener('change', function () { select.form.submit(); });
  });

  // A destructive form (data-confirm="what will happen") asks first, in a dialog stating the effect; the answer
  // buttons' texts come from the body (data-confirm-ok / data-confirm-cancel, in the page's language).
  var dialog = null;
  function confirmThen(form, submitter) {
    if (!window.bootstrap) { if (window.confirm(form.dataset.confirm)) { form.dataset.confirmed = 'true'; form.requestSubmit(submitter); } return; }
    if (!dialog) {
      dialog = document.createElement('div');
      dialog.className = 'modal fade'; dialog.tabIndex = -1; dialog.setAttribute('role', 'dialog'); dialog.setAttribute('aria-modal', 'true');
      dialog.setAttribute('data-testid', 'confirm-dialog');
      dialog.innerHTML = '<div class="modal-dialog modal-dialog-centered"><div class="modal-content"><div class="modal-body"></div>' +
        '<div class="modal-footer"><button type="button" class="btn btn-outline-secondary" data-bs-dismiss="modal"></button>' +
        '<button type="button" class="btn btn-danger" data-testid="confirm-ok"></button></div></div></div>';
      dialog.querySelector('[data-bs-dismiss]').textContent = document.body.dataset.confirmCancel || 'Cancel';
      dialog.querySelector('[data-testid="confirm-ok"]').textContent = document.body.dataset.confirmOk || 'OK';
      document.body.appendChild(dialog);
    }
    dialog.querySelector('.modal-body').textContent = form.dataset.confirm;
    var ok = dialog.querySelector('[data-testid="confirm-ok"]');
    var modal = window.bootstrap.Modal.getOrCreateInstance(dialog);
    ok.onclick = function () { modal.hide(); form.dataset.confirmed = 'true'; form.requestSubmit(submitter); };
    modal.show();
  }

  document.querySelectorAll('form').forEach(function (form) {
    form.addEventListener('submit', function (event) {
      if (form.dataset.confirm && form.dataset.confirmed !== 'true') {
        event.preventDefault();
        confirmThen(form, event.submitter || undefined);
        return;
      }
      // A double click submits once; the server is idempotent anyway. The button says it is working.
      if (form.dataset.submitted === 'true') { event.preventDefault(); return; }
      form.dataset.submitted = 'true';
      form.setAttribute('aria-busy', 'true');
      setTimeout(function () { form.dataset.submitted = 'false'; form.dataset.confirmed = ''; form.removeAttribute('aria-busy'); }, 5000);
    });
  });
})();
