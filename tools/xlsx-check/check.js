#!/usr/bin/env node
// Independent XLSX reader and writer for SharedWarehouse's tabular tests (libraries we do not maintain).
//   node check.js read <file.xlsx>
//     prints { exceljs: { sheets: [...] }, sheetjs: { sheets: [...] } }; each sheet is
//     { name, rows: [{ row, cells: [{ ref, type, value, format }] }] } where type is what the library says the
//     stored cell is: "number", "string", "boolean", "date", "formula", "error" or "empty".
//   node check.js write <out.xlsx>   (a JSON description on stdin)
//     { sheets: [{ name, rows: [[cell, ...], ...], merges: ["A1:L1"], hidden: false }] }
//     cell: null | "text" | 12.5 | { formula: "B2*2", result: 37.4 } | { date: "2026-11-20T08:30:00Z" } | { text: "000123" }
//     A workbook written by exceljs, as a merchant's own tool would write it.
'use strict';
const fs = require('fs');
const ExcelJS = require('exceljs');
const XLSX = require('xlsx');

async function readWithExcelJs(file) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  const sheets = [];
  workbook.eachSheet(sheet => {
    const rows = [];
    sheet.eachRow({ includeEmpty: false }, (row, number) => {
      const cells = [];
      row.eachCell({ includeEmpty: false }, cell => {
        const kind = {
          [ExcelJS.ValueType.Number]: 'number', [ExcelJS.ValueType.String]: 'string', [ExcelJS.ValueType.SharedString]: 'string',
          [ExcelJS.ValueType.RichText]: 'string', [ExcelJS.ValueType.Boolean]: 'boolean', [ExcelJS.ValueType.Date]: 'date',
          [ExcelJS.ValueType.Formula]: 'formula', [ExcelJS.ValueType.Error]: 'error', [ExcelJS.ValueType.Null]: 'empty',
        }[cell.type] || 'other';
        let value = cell.value;
        if (value && value.richText) value = value.richText.map(r => r.text).join('');
        if (value instanceof Date) value = value.toISOString();
        cells.push({ ref: cell.address, type: kind, value, format: cell.numFmt || null });
      });
      rows.push({ row: number, cells });
    });
    sheets.push({ name: sheet.name, rows });
  });
  return { sheets };
}

function readWithSheetJs(file) {
  const workbook = XLSX.read(fs.readFileSync(file), { type: 'buffer', cellNF: true, cellDates: false });
  const types = { n: 'number', s: 'string', b: 'boolean', d: 'date', e: 'error', z: 'empty' };
  return {
    sheets: workbook.SheetNames.map(name => {
      const sheet = workbook.Sheets[name];
      const byRow = new Map();
      for (const ref of Object.keys(sheet)) {
        if (ref[0] === '!') continue;
        const { r } = XLSX.utils.decode_cell(ref);
        const c = sheet[ref];
        if (!byRow.has(r + 1)) byRow.set(r + 1, []);
        byRow.get(r + 1).push({ ref, type: types[c.t] || c.t, value: c.v, format: c.z || null, text: c.w ?? null });
      }
      const rows = [...byRow.entries()].sort((a, b) => a[0] - b[0]).map(([row, cells]) => ({
        row, cells: cells.sort((a, b) => XLSX.utils.decode_cell(a.ref).c - XLSX.utils.decode_cell(b.ref).c),
      }));
      return { name, rows };
    }),
  };
}

async function write(out, description) {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'exceljs';
  for (const spec of description.sheets) {
    const sheet = workbook.addWorksheet(spec.name, { state: spec.hidden ? 'hidden' : 'visible' });
    spec.rows.forEach((values, r) => {
      values.forEach((value, c) => {
        if (value === null || value === undefined) return;
        const cell = sheet.getCell(r + 1, c + 1);
        if (typeof value === 'object' && 'formula' in value) cell.value = { formula: value.formula, result: value.result };
        else if (typeof value === 'object' && 'date' in value) { cell.value = new Date(value.date); cell.numFmt = 'yyyy-mm-dd hh:mm:ss'; }
        else if (typeof value === 'object' && 'text' in value) { cell.value = value.text; cell.numFmt = '@'; }
        else cell.value = value;
        if (typeof value === 'object' && value.format) cell.numFmt = value.format;
      });
    });
    for (const range of spec.merges || []) sheet.mergeCells(range);
  }
  await workbook.xlsx.writeFile(out);
}

async function main() {
  const [mode, file] = process.argv.slice(2);
  if (mode === 'read' && file) {
    const result = { exceljs: await readWithExcelJs(file), sheetjs: readWithSheetJs(file) };
    process.stdout.write(JSON.stringify(result));
  } else if (mode === 'write' && file) {
    await write(file, JSON.parse(fs.readFileSync(0, 'utf8')));
  } else {
    process.stderr.write('usage: node check.js read <file.xlsx> | node check.js write <out.xlsx> < description.json\n');
    process.exit(2);
  }
}

main().catch(error => { process.stderr.write(String(error && error.stack || error) + '\n'); process.exit(1); });
