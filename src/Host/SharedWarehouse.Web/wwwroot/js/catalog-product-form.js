// The product editor (Catalog/Areas/Merchant/Views/Products/Form.cshtml). Without script the form still posts and
// the server validates everything; this file only makes it quicker to fill in:
//  - one searchable category box (over the hidden <select> that posts) that swaps in the category's attribute fields;
//  - the spec matrix (颜色 × 尺码 …) generating the SKU rows, a batch fill row, tier rows with add/remove;
//  - images chosen or dropped before the first save, reordered by drag or by ← →, posted with the form;
//  - a Markdown toolbar and a live preview rendered by the server (the same sanitised HTML as the product page).
// The DOM is the state: every change reads the rows from the inputs, changes them, and renders them again with the
// names the server binds (Skus[i].TierRows[j].UnitPrice …), so indices always run 0..n-1.
(() => {
  'use strict';
  const form = document.querySelector('[data-testid="product-form"]');
  if (!form) return;
  const token = () => (form.querySelector('input[name="__RequestVerificationToken"]') || {}).value || '';
  const el = (tag, attrs, children) => {
    const node = document.createElement(tag);
    Object.entries(attrs || {}).forEach(([k, v]) => {
      if (v === null || v === undefined || v === false) return;
      if (k === 'text') node.textContent = v;
      else if (k === 'className') node.className = v;
      else node.setAttribute(k, v === true ? '' : v);
    });
    (children || []).forEach((c) => node.appendChild(c));
    return node;
  };
  const idOf = (name) => name.replace(/[^A-Za-z0-9\u3400-\u9fff]/g, '_');
  const errIdOf = (name) => 'err-' + name.replace(/[^A-Za-z0-9\u3400-\u9fff]/g, '-');

  // ---------- Category: one searchable box ----------
  (() => {
    const host = form.querySelector('[data-category-picker]');
    const select = host && host.querySelector('select');
    if (!select) return;
    const options = Array.from(select.options).filter((o) => o.value).map((o) => ({ value: o.value, text: o.textContent.trim() }));
    const listId = 'category-options';
    const input = el('input', {
      type: 'text', className: 'form-control' + (select.classList.contains('is-invalid') ? ' is-invalid' : ''), id: 'category-search',
      role: 'combobox', 'aria-autocomplete': 'list', 'aria-expanded': 'false', 'aria-controls': listId, autocomplete: 'off',
      placeholder: host.dataset.placeholder, 'aria-describedby': select.getAttribute('aria-describedby'), 'data-testid': 'category-search',
    });
    const list = el('ul', { className: 'category-options', id: listId, role: 'listbox', hidden: true });
    const label = host.querySelector('label');
    if (label) label.htmlFor = input.id;
    select.hidden = true;
    select.setAttribute('aria-hidden', 'true');
    select.tabIndex = -1;
    select.after(input, list);
    const current = () => options.find((o) => o.value === select.value);
    input.value = current() ? current().text : '';
    let shown = [];
    let active = -1;

    const close = () => { list.hidden = true; input.setAttribute('aria-expanded', 'false'); input.removeAttribute('aria-activedescendant'); };
    const highlight = (index) => {
      active = index;
      Array.from(list.children).forEach((li, i) => li.classList.toggle('active', i === index));
      const li = list.children[index];
      if (li && li.id) { input.setAttribute('aria-activedescendant', li.id); li.scrollIntoView({ block: 'nearest' }); }
    };
    const open = () => {
      const words = input.value.trim().toLowerCase().split(/[\s›>/]+/).filter(Boolean);
      shown = options.filter((o) => words.every((w) => o.text.toLowerCase().includes(w))).slice(0, 100);
      list.replaceChildren(...(shown.length ? shown.map((o, i) => el('li', { id: listId + '-' + i, role: 'option', 'aria-selected': o.value === select.value ? 'true' : 'false', text: o.text }))
        : [el('li', { className: 'empty', text: host.dataset.empty })]));
      list.hidden = false;
      input.setAttribute('aria-expanded', 'true');
      highlight(shown.length ? 0 : -1);
    };
    const choose = (option) => {
      input.value = option.text;
      close();
      if (select.value !== option.value) {
        select.value = option.value;
        select.dispatchEvent(new Event('change', { bubbles: true }));
      }
    };
    input.addEventListener('input', open);
    input.addEventListener('focus', () => input.select());
    input.addEventListener('keydown', (e) => {
      if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
        e.preventDefault(); // never moves the page nor submits: only the list
        if (list.hidden) { open(); return; }
        if (!shown.length) return;
        highlight((active + (e.key === 'ArrowDown' ? 1 : shown.length - 1)) % shown.length);
      } else if (e.key === 'Enter') {
        e.preventDefault(); // Enter picks a category; it never submits the half-filled form
        if (list.hidden) open();
        else if (shown[active]) choose(shown[active]);
      } else if (e.key === 'Escape') {
        if (!list.hidden) { e.preventDefault(); close(); input.value = current() ? current().text : ''; }
      }
    });
    list.addEventListener('mousedown', (e) => e.preventDefault()); // keep the focus in the box
    list.addEventListener('click', (e) => {
      const li = e.target.closest('li[role="option"]');
      if (li) choose(shown[Array.from(list.children).indexOf(li)]);
    });
    input.addEventListener('blur', () => { close(); input.value = current() ? current().text : ''; });

    // The category's attribute fields, carrying over what was typed into fields of the same name.
    const live = form.querySelector('[data-attributes-live]');
    select.addEventListener('change', () => {
      const template = form.querySelector('template[data-attributes-for="' + select.value + '"]');
      if (!live || !template) return;
      const typed = {};
      live.querySelectorAll('input[name]').forEach((i) => { typed[i.name] = i.value; });
      const fresh = template.content.cloneNode(true);
      fresh.querySelectorAll('input[name]').forEach((i) => { if (typed[i.name]) i.value = typed[i.name]; });
      live.replaceChildren(fresh);
    });
  })();

  // ---------- SKU rows: matrix, batch fill, tier rows ----------
  (() => {
    const table = form.querySelector('[data-testid="sku-rows"]');
    const body = table && table.querySelector('tbody');
    if (!body) return;
    const L = table.dataset;
    const matrix = form.querySelector('[data-spec-matrix]');
    const batch = form.querySelector('[data-batch-fill]');
    const addRow = form.querySelector('[data-add-sku-row]');
    const fields = ['SpecText', 'RetailPrice', 'Code', 'WeightGrams', 'Barcode'];
    const errorOf = (row, name) => { const s = row.querySelector('[data-valmsg-for="' + name + '"]'); return s ? s.textContent.trim() : ''; };

    // Rows as data (values and the server's messages), read from the inputs whatever their current index.
    const read = () => Array.from(body.querySelectorAll('tr[data-sku-row]')).map((tr) => {
      const value = (suffix) => { const i = tr.querySelector('input[name$="' + suffix + '"]'); return i ? i.value : ''; };
      const row = { Id: value('].Id'), errors: {}, tiers: [] };
      fields.forEach((f) => {
        const input = tr.querySelector('input[name$="].' + f + '"]');
        row[f] = input ? input.value : '';
        if (input) row.errors[f] = errorOf(tr, input.name);
      });
      const tiersError = tr.querySelector('[data-valmsg-for$="].TierRows"]');
      row.errors.TierRows = tiersError ? tiersError.textContent.trim() : '';
      tr.querySelectorAll('[data-tier-row]').forEach((t) => {
        const q = t.querySelector('input[name$=".MinQuantity"]');
        const p = t.querySelector('input[name$=".UnitPrice"]');
        row.tiers.push({ MinQuantity: q.value, UnitPrice: p.value, errors: { MinQuantity: errorOf(t, q.name), UnitPrice: errorOf(t, p.name) } });
      });
      return row;
    });

    const cell = (name, label, value, error, opts) => {
      const o = opts || {};
      const input = el('input', {
        className: 'form-control form-control-sm' + (o.cls ? ' ' + o.cls : '') + (error ? ' input-validation-error is-invalid' : ''),
        id: idOf(name), name, maxlength: o.max || 40, inputmode: o.mode, 'aria-describedby': error ? errIdOf(name) : null, readonly: !!o.readOnly,
      });
      input.value = value || '';
      return [el('label', { className: 'visually-hidden', for: input.id, text: label }), input,
        el('span', { className: 'field-validation-error', id: errIdOf(name), 'data-valmsg-for': name, text: error || '' })];
    };
    const tierEditor = (list, tiers, prefix, onChange) => {
      // prefix null: the batch row's editor, whose inputs post nothing.
      list.replaceChildren(...tiers.map((t, j) => {
        const q = prefix ? prefix + '[' + j + '].MinQuantity' : null;
        const p = prefix ? prefix + '[' + j + '].UnitPrice' : null;
        const remove = el('button', { type: 'button', className: 'btn btn-sm btn-outline-secondary', 'aria-label': L.labelRemoveTier, title: L.labelRemoveTier, text: '×' });
        remove.addEventListener('click', () => onChange((rows) => rows.splice(j, 1)));
        const inputs = prefix
          ? [...cell(q, L.labelQty, t.MinQuantity, t.errors && t.errors.MinQuantity, { cls: 'tier-qty', mode: 'numeric', max: 7 }),
            ...cell(p, L.labelUnit, t.UnitPrice, t.errors && t.errors.UnitPrice, { cls: 'tier-price', mode: 'decimal', max: 20 })]
          : [el('input', { className: 'form-control form-control-sm tier-qty', 'aria-label': L.labelQty, placeholder: L.labelQty, inputmode: 'numeric', 'data-batch-tier': 'MinQuantity' }),
            el('input', { className: 'form-control form-control-sm tier-price', 'aria-label': L.labelUnit, placeholder: L.labelUnit, inputmode: 'decimal', 'data-batch-tier': 'UnitPrice' })];
        if (!prefix) { inputs[0].value = t.MinQuantity || ''; inputs[1].value = t.UnitPrice || ''; }
        // Keep each message under its own input: the quantity's and the price's spans sit in the row below them.
        const spans = inputs.filter((n) => n.tagName === 'SPAN');
        const row = el('div', { className: 'tier-row', 'data-tier-row': true },
          [el('div', { className: 'tier-inputs' }, [...inputs.filter((n) => n.tagName !== 'SPAN'), remove]), ...spans]);
        return row;
      }));
    };

    let matrixOn = false;
    const render = (rows, focus) => {
      body.replaceChildren(...rows.map((r, i) => {
        const p = 'Skus[' + i + ']';
        const tr = el('tr', { 'data-sku-row': true });
        const id = el('input', { type: 'hidden', name: p + '.Id' });
        id.value = r.Id || '';
        tr.appendChild(el('td', { className: 'sku-spec' }, [id, ...cell(p + '.SpecText', L.labelSpec, r.SpecText, r.errors.SpecText, { max: 100, readOnly: matrixOn })]));
        tr.appendChild(el('td', { className: 'sku-price' }, cell(p + '.RetailPrice', L.labelPrice, r.RetailPrice, r.errors.RetailPrice, { mode: 'decimal', max: 20 })));
        tr.appendChild(el('td', { className: 'sku-code' }, cell(p + '.Code', L.labelCode, r.Code, r.errors.Code)));
        tr.appendChild(el('td', { className: 'sku-weight' }, cell(p + '.WeightGrams', L.labelWeight, r.WeightGrams, r.errors.WeightGrams, { mode: 'numeric', max: 10 })));
        tr.appendChild(el('td', { className: 'sku-barcode' }, cell(p + '.Barcode', L.labelBarcode, r.Barcode, r.errors.Barcode, { mode: 'numeric', max: 14 })));
        const list = el('div', { className: 'tier-list', 'data-tier-list': true });
        tierEditor(list, r.tiers, p + '.TierRows', (change) => { const all = read(); change(all[i].tiers); render(all); });
        const addTier = el('button', { type: 'button', className: 'btn btn-sm btn-link p-0', 'data-add-tier': true, text: L.labelAddTier });
        addTier.addEventListener('click', () => {
          const all = read();
          all[i].tiers.push({ MinQuantity: '', UnitPrice: '', errors: {} });
          render(all, 'Skus_' + i + '__TierRows_' + (all[i].tiers.length - 1) + '__MinQuantity');
        });
        tr.appendChild(el('td', { className: 'sku-tiers' }, [list, addTier,
          el('span', { className: 'field-validation-error', 'data-valmsg-for': p + '.TierRows', text: r.errors.TierRows || '' })]));
        const remove = el('button', { type: 'button', className: 'btn btn-sm btn-outline-danger', 'data-remove-row': true, text: L.labelRemoveRow });
        remove.addEventListener('click', () => { const all = read(); all.splice(i, 1); render(all); });
        tr.appendChild(el('td', { className: 'sku-actions' }, [remove]));
        return tr;
      }));
      if (focus) { const f = document.getElementById(focus); if (f) f.focus(); }
    };

    // Spec matrix: the combinations in the order typed; rows already there (same spec) keep their id and values.
    const dimensions = () => Array.from(matrix.querySelectorAll('[data-spec-dimension]')).map((d) => {
      const [name, values] = d.querySelectorAll('input');
      return { name: name.value.trim(), values: values.value.split(/[,，、]/).map((v) => v.trim()).filter(Boolean) };
    }).filter((d) => d.name || d.values.length);
    const normalise = (spec) => (spec || '').split('/').map((s) => s.trim()).join(' / ').toLowerCase();
    const generate = () => {
      const dims = dimensions().filter((d) => d.values.length);
      const status = matrix.querySelector('[data-matrix-status]');
      let combos = dims.length ? [''] : [];
      dims.forEach((d) => { combos = combos.flatMap((c) => d.values.map((v) => (c ? c + ' / ' + v : v))); });
      if (combos.length > 200) { status.textContent = '> 200'; return; }
      const before = new Map();
      read().forEach((r) => { if (r.SpecText) before.set(normalise(r.SpecText), r); });
      matrixOn = combos.length > 0;
      const rows = combos.map((c) => {
        const kept = before.get(normalise(c));
        return kept ? Object.assign(kept, { SpecText: c }) : { Id: '', SpecText: c, RetailPrice: '', Code: '', WeightGrams: '', Barcode: '', tiers: [], errors: {} };
      });
      render(rows.length ? rows : read());
      status.textContent = rows.length ? '✓ ' + rows.length : '';
    };

    // Batch fill: the price, weight and tiers typed above go to every row; codes become prefix-01, prefix-02 …
    const batchTiers = batch.querySelector('[data-batch-tiers]');
    const readBatchTiers = () => Array.from(batchTiers.querySelectorAll('[data-tier-row]')).map((t) => ({
      MinQuantity: t.querySelector('[data-batch-tier="MinQuantity"]').value, UnitPrice: t.querySelector('[data-batch-tier="UnitPrice"]').value,
    }));
    const renderBatchTiers = (tiers) => tierEditor(batchTiers, tiers, null, (change) => { const all = readBatchTiers(); change(all); renderBatchTiers(all); });
    batch.querySelector('[data-add-batch-tier]').addEventListener('click', () => {
      const all = readBatchTiers();
      all.push({ MinQuantity: '', UnitPrice: '' });
      renderBatchTiers(all);
      batchTiers.querySelectorAll('[data-batch-tier="MinQuantity"]')[all.length - 1].focus();
    });
    batch.querySelector('[data-apply-batch]').addEventListener('click', () => {
      const value = (name) => batch.querySelector('[data-batch="' + name + '"]').value.trim();
      const tiers = readBatchTiers().filter((t) => t.MinQuantity.trim() || t.UnitPrice.trim());
      const rows = read().filter((r) => r.Id || fields.some((f) => r[f]) || r.tiers.some((t) => t.MinQuantity || t.UnitPrice));
      rows.forEach((r, i) => {
        if (value('price')) r.RetailPrice = value('price');
        if (value('weight')) r.WeightGrams = value('weight');
        if (value('code')) r.Code = value('code') + '-' + String(i + 1).padStart(2, '0');
        if (tiers.length) r.tiers = tiers.map((t) => ({ MinQuantity: t.MinQuantity, UnitPrice: t.UnitPrice, errors: {} }));
      });
      render(rows);
    });

    // Start: spare blank tier rows go (the "+ 阶梯价" button adds one); the matrix is on when dimensions came back.
    matrix.hidden = false;
    batch.hidden = false;
    addRow.hidden = false;
    matrixOn = dimensions().length > 0;
    render(read().map((r) => Object.assign(r, { tiers: r.tiers.filter((t) => t.MinQuantity || t.UnitPrice || t.errors.MinQuantity || t.errors.UnitPrice) })));
    matrix.querySelector('[data-generate-skus]').addEventListener('click', generate);
    addRow.addEventListener('click', () => {
      const all = read();
      all.push({ Id: '', SpecText: '', RetailPrice: '', Code: '', WeightGrams: '', Barcode: '', tiers: [], errors: {} });
      render(all, 'Skus_' + (all.length - 1) + '__SpecText');
    });
  })();

  // ---------- Images: choose or drop, reorder, posted with the form ----------
  (() => {
    const input = form.querySelector('#NewImages');
    const list = form.querySelector('[data-image-list]');
    const drop = form.querySelector('[data-image-drop]');
    if (!input || !list || typeof DataTransfer === 'undefined') return;
    const L = list.dataset;
    // Stored images (token "e:{id}") and new files, in the order shown; a new file's token is its index in the post.
    let items = Array.from(list.querySelectorAll('[data-token]')).map((li) => ({ token: li.dataset.token, src: li.querySelector('img').src }));
    const accepted = ['image/jpeg', 'image/png', 'image/webp'];

    const render = (focusIndex, focusWhich) => {
      const files = new DataTransfer();
      items.filter((it) => it.file).forEach((it) => files.items.add(it.file));
      input.files = files.files; // what the form posts, in this order
      let n = 0;
      list.replaceChildren(...items.map((it, k) => {
        const token = it.file ? 'n:' + (n++) : it.token;
        const li = el('li', { className: 'image-item', draggable: 'true', 'data-index': k, 'data-token': token });
        const tools = el('div', { className: 'image-tools' });
        const button = (text, label, which, disabled, action) => {
          const b = el('button', { type: 'button', className: 'btn btn-sm btn-outline-secondary', 'aria-label': label, title: label, text, disabled, 'data-image-action': which });
          b.addEventListener('click', action);
          tools.appendChild(b);
        };
        button('←', L.left, 'left', k === 0, () => move(k, k - 1, 'left'));
        button('→', L.right, 'right', k === items.length - 1, () => move(k, k + 1, 'right'));
        if (it.file) button('×', L.remove, 'remove', false, () => { URL.revokeObjectURL(it.src); items.splice(k, 1); render(); });
        li.append(el('img', { className: 'img-thumbnail', src: it.src, alt: L.imageAlt.replace('{0}', k + 1) }),
          el('input', { type: 'hidden', name: 'ImageOrder', value: token }), tools);
        if (k === 0) li.appendChild(el('span', { className: 'badge text-bg-primary', text: L.main }));
        return li;
      }));
      if (focusIndex !== undefined) {
        const target = list.children[focusIndex] && list.children[focusIndex].querySelector('[data-image-action="' + focusWhich + '"]:not([disabled])');
        (target || (list.children[focusIndex] && list.children[focusIndex].querySelector('button:not([disabled])')) || input).focus();
      }
    };
    const move = (from, to, which) => {
      if (to < 0 || to >= items.length) return;
      const [it] = items.splice(from, 1);
      items.splice(to, 0, it);
      render(to, which);
    };
    const add = (fileList) => {
      Array.from(fileList).filter((f) => accepted.includes(f.type) || !f.type).forEach((file) => items.push({ file, src: URL.createObjectURL(file) }));
      render();
    };
    // The input's own selection replaces its files: take them into the list, which then sets the files again.
    input.addEventListener('change', () => {
      const chosen = Array.from(input.files).filter((f) => !items.some((it) => it.file === f));
      add(chosen);
    });
    let dragged = null;
    list.addEventListener('dragstart', (e) => {
      const li = e.target.closest('.image-item');
      if (!li) return;
      dragged = Number(li.dataset.index);
      e.dataTransfer.effectAllowed = 'move';
      e.dataTransfer.setData('text/plain', String(dragged));
    });
    list.addEventListener('dragover', (e) => {
      const li = e.target.closest('.image-item');
      if (dragged === null || !li) return;
      e.preventDefault();
      list.querySelectorAll('.drag-over').forEach((x) => x.classList.remove('drag-over'));
      li.classList.add('drag-over');
    });
    list.addEventListener('drop', (e) => {
      const li = e.target.closest('.image-item');
      if (dragged === null || !li) return;
      e.preventDefault();
      e.stopPropagation();
      const to = Number(li.dataset.index);
      const from = dragged;
      dragged = null;
      move(from, to);
    });
    list.addEventListener('dragend', () => { dragged = null; list.querySelectorAll('.drag-over').forEach((x) => x.classList.remove('drag-over')); });
    ['dragenter', 'dragover'].forEach((type) => drop.addEventListener(type, (e) => {
      if (dragged !== null || !e.dataTransfer || !Array.from(e.dataTransfer.types).includes('Files')) return;
      e.preventDefault();
      drop.classList.add('dragging');
    }));
    ['dragleave', 'drop'].forEach((type) => drop.addEventListener(type, () => drop.classList.remove('dragging')));
    drop.addEventListener('drop', (e) => {
      if (dragged !== null || !e.dataTransfer || !e.dataTransfer.files.length) return;
      e.preventDefault();
      add(e.dataTransfer.files);
    });
    render();
  })();

  // ---------- Description: toolbar and live preview ----------
  (() => {
    const editor = form.querySelector('[data-md-editor]');
    const area = editor && editor.querySelector('textarea');
    const preview = editor && editor.querySelector('[data-md-preview]');
    if (!area || !preview) return;
    editor.querySelector('[data-md-toolbar]').hidden = false;
    const tabs = editor.querySelector('[data-md-tabs]');
    tabs.hidden = false;
    editor.dataset.tab = 'write';
    tabs.querySelectorAll('[data-md-tab]').forEach((tab) => tab.addEventListener('click', () => {
      editor.dataset.tab = tab.dataset.mdTab;
      tabs.querySelectorAll('[data-md-tab]').forEach((t) => {
        t.classList.toggle('active', t === tab);
        t.setAttribute('aria-selected', t === tab ? 'true' : 'false');
      });
    }));

    let timer = null;
    let sent = 0;
    const refresh = () => {
      const mine = ++sent;
      const body = new FormData();
      body.append('markdown', area.value);
      body.append('__RequestVerificationToken', token());
      editor.dataset.previewState = 'loading';
      fetch(editor.dataset.previewUrl, { method: 'POST', body, credentials: 'same-origin' })
        .then((r) => (r.ok ? r.text() : Promise.reject(r.status)))
        .then((html) => {
          if (mine !== sent) return; // an older answer arriving late
          preview.innerHTML = html; // the server's sanitised rendering (raw HTML disabled, unsafe links neutralised)
          editor.dataset.previewState = 'ready';
        })
        .catch(() => { if (mine === sent) editor.dataset.previewState = 'failed'; });
    };
    area.addEventListener('input', () => { clearTimeout(timer); timer = setTimeout(refresh, 300); });

    const edit = (kind) => {
      const start = area.selectionStart;
      const end = area.selectionEnd;
      const text = area.value;
      const selected = text.slice(start, end);
      const lineStart = text.lastIndexOf('\n', start - 1) + 1;
      let result;
      if (kind === 'bold') result = [start, end, '**' + (selected || 'B') + '**', 2];
      else if (kind === 'link') {
        const label = selected || editor.querySelector('[data-md="link"]').dataset.linkText;
        result = [start, end, '[' + label + '](https://)', label.length + 11];
      } else {
        const block = text.slice(lineStart, end);
        const prefix = kind === 'heading' ? '## ' : '- ';
        const changed = block.split('\n').map((l) => (l.startsWith(prefix) ? l : prefix + l)).join('\n');
        result = [lineStart, end, changed, changed.length];
      }
      const [from, to, insert, caret] = result;
      area.setRangeText(insert, from, to, 'end');
      area.focus();
      if (kind === 'bold') area.setSelectionRange(from + 2, from + 2 + (selected || 'B').length);
      else area.setSelectionRange(from + caret, from + caret);
      area.dispatchEvent(new Event('input', { bubbles: true }));
    };
    editor.querySelectorAll('[data-md]').forEach((b) => b.addEventListener('click', () => edit(b.dataset.md)));
  })();
})();
