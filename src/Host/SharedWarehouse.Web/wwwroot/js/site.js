// Conveniences only: every page works without them.
(function () {
  'use strict';
  // A form shown again with errors puts the focus on the first refused field, whose message it names
  // (aria-describedby, set by the server); without such a field, on the summary of errors.
  function focusFirstError() {
    var fields = document.querySelectorAll('main [aria-invalid="true"]:not([type="hidden"]), main .input-validation-error:not([type="hidden"])');
    for (var i = 0; i < fields.length; i++) {
      fields[i].focus();
      if (document.activeElement === fields[i]) return;
    }
    var summary = document.querySelector('main .validation-summary-errors');
    if (summary) { summary.tabIndex = -1; summary.focus(); }
  }
  focusFirstError();

  // A table wider than a phone scrolls inside the page (site.css); a keyboard can scroll only what it can focus, so
  // such a table joins the Tab order while it overflows (and leaves it when the window grows).
  function scrollableTablesFocusable() {
    document.querySelectorAll('main table.table').forEach(function (table) {
      var overflows = table.scrollWidth > table.clientWidth + 1;
      if (overflows && !table.hasAttribute('tabindex')) { table.tabIndex = 0; table.setAttribute('data-scroll-focus', ''); }
      if (!overflows && table.hasAttribute('data-scroll-focus')) { table.removeAttribute('tabindex'); table.removeAttribute('data-scroll-focus'); }
    });
  }
  scrollableTablesFocusable();
  window.addEventListener('resize', scrollableTablesFocusable);

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

  // The confirmation comes first: the busy state below starts only once the user has said yes.
  document.querySelectorAll('form[data-confirm]').forEach(function (form) {
    form.addEventListener('submit', function (event) {
      if (form.dataset.confirmed === 'true') return;
      event.preventDefault();
      confirmThen(form, event.submitter || undefined);
    });
  });

  // A posting form blocks a second submit and its buttons say it is working (spinner + "处理中…" from the body's
  // data-busy). Listened to on window, after every form and document handler, so a form that a page script
  // handles itself (it prevents the default, e.g. the picker's taps) is left alone. GET forms (search, filters)
  // and forms marked data-no-busy need no guard.
  function busyButtons(form) {
    return Array.prototype.filter.call(form.elements, function (el) { return el.type === 'submit'; });
  }
  function setBusy(form, submitter) {
    form.dataset.busy = 'true';
    form.setAttribute('aria-busy', 'true');
    // A disabled button is not posted: its name/value travel in a hidden copy.
    if (submitter && submitter.name) {
      var copy = document.createElement('input');
      copy.type = 'hidden'; copy.name = submitter.name; copy.value = submitter.value; copy.setAttribute('data-busy-copy', '');
      form.appendChild(copy);
    }
    busyButtons(form).forEach(function (button) {
      button.disabled = true;
      if (button !== submitter) return;
      button.setAttribute('aria-busy', 'true');
      var text = document.body.dataset.busy || '…';
      if (button.tagName === 'INPUT') { button.dataset.busyLabel = button.value; button.value = text; return; }
      button.dataset.busyLabel = button.innerHTML;
      button.innerHTML = '<span class="spinner-border spinner-border-sm me-1" aria-hidden="true"></span>';
      button.appendChild(document.createTextNode(text));
    });
  }
  function clearBusy(form) {
    if (form.dataset.busy !== 'true') return;
    delete form.dataset.busy;
    delete form.dataset.confirmed;
    form.removeAttribute('aria-busy');
    form.querySelectorAll('[data-busy-copy]').forEach(function (copy) { copy.remove(); });
    busyButtons(form).forEach(function (button) {
      button.disabled = false;
      button.removeAttribute('aria-busy');
      if (button.dataset.busyLabel === undefined) return;
      if (button.tagName === 'INPUT') button.value = button.dataset.busyLabel; else button.innerHTML = button.dataset.busyLabel;
      delete button.dataset.busyLabel;
    });
  }
  window.addEventListener('submit', function (event) {
    var form = event.target;
    if (!(form instanceof HTMLFormElement) || event.defaultPrevented) return;
    if (form.method.toLowerCase() !== 'post' || form.hasAttribute('data-no-busy')) return;
    if (form.dataset.busy === 'true') { event.preventDefault(); return; }
    setBusy(form, event.submitter);
    // A post that answers with a download leaves the page here: give the buttons back after a while.
    setTimeout(function () { clearBusy(form); }, 15000);
  });
  // Back to this page from the browser's cache: the buttons work again.
  window.addEventListener('pageshow', function (event) {
    if (event.persisted) document.querySelectorAll('form[data-busy]').forEach(clearBusy);
  });
})();
