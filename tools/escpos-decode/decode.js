#!/usr/bin/env node
// Decodes ESC/POS bytes (stdin, or a file given as the first argument) into JSON:
//   { lines: [{ text, align, bold, size, font }], barcodes: [{ type, data }], qrCodes: [data], cuts, statusRequests, commands }
// The byte stream is split into commands by the npos parser (an ESC/POS parser we do not maintain); the meaning of
// each command comes from the Epson ESC/POS command reference, not from SharedWarehouse's encoder.
'use strict';
const fs = require('fs');
const npos = require('npos');
const iconv = require('iconv-lite');

// npos has no rule for GS ( k (2D codes); its payload is pL pH-prefixed like the other GS ( functions.
const rules = JSON.parse(JSON.stringify(npos.rules));
rules[0x1d]['(k'] = [0, 'd16'];

const input = process.argv[2] ? fs.readFileSync(process.argv[2]) : fs.readFileSync(0);

function code128(bytes) {
  // GS k m=73: the data starts with a code set selector; "{A" "{B" "{C" switch sets, "{{" is a literal "{",
  // "{1".."{4" are FNC1..FNC4 (dropped here). In set C every byte is one value 0-99 = two digits.
  let set = null, out = '';
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i];
    if (b === 0x7b && i + 1 < bytes.length) {
      const next = String.fromCharCode(bytes[i + 1]);
      i++;
      if (next === 'A' || next === 'B' || next === 'C') { set = next; continue; }
      if (next === '{') { out += '{'; continue; }
      if ('1234S'.includes(next)) continue;
      throw new Error('unknown CODE128 selector {' + next);
    }
    if (set === null) throw new Error('CODE128 data must start with a code set selector');
    out += set === 'C' ? String(b).padStart(2, '0') : String.fromCharCode(b);
  }
  return out;
}

npos.parser(rules).parse(input).then(ast => {
  const raw = ast.raw;
  const result = { lines: [], barcodes: [], qrCodes: [], cuts: 0, statusRequests: 0, commands: [] };
  const style = { align: 0, bold: false, size: 0, font: 'A' };
  let chinese = false, current = null;
  const flush = () => { if (current) { result.lines.push(current); current = null; } };

  for (const node of ast.tree) {
    const bytes = raw.slice(node.offset, node.offset + node.length);
    const name = node.ascii + (node.fn ? ' ' + node.fn : '');
    if (node.ascii !== 'STX') result.commands.push(name);
    switch (name) {
      case 'ESC @': Object.assign(style, { align: 0, bold: false, size: 0, font: 'A' }); chinese = false; break;
      case 'FS &': chinese = true; break;
      case 'FS .': chinese = false; break;
      case 'ESC a': style.align = bytes[2] % 48; break;               // 0/48 left, 1/49 centre, 2/50 right
      case 'ESC E': style.bold = (bytes[2] & 1) === 1; break;
      case 'GS !': style.size = bytes[2]; break;                        // high nibble width, low nibble height
      case 'ESC M': style.font = bytes[2] % 48 === 1 ? 'B' : 'A'; break; // 0/48 Font A 12×24, 1/49 Font B 9×17
      case 'GS k': {
        const m = bytes[2];
        if (m >= 65 && m <= 78) {                                      // function B: m, n, d1..dn
          const data = bytes.slice(4, 4 + bytes[3]);
          result.barcodes.push(m === 73 ? { type: 'CODE128', data: code128(data) } : { type: 'm' + m, data: data.toString('latin1') });
        }
        break;
      }
      case 'GS (k': {
        const cn = bytes[5], fn = bytes[6];
        if (cn === 49 && fn === 80) result.qrCodes.push(bytes.slice(8, 3 + 2 + bytes.readUInt16LE(3)).toString('latin1'));
        break;
      }
      case 'GS V': result.cuts++; break;
      case 'DLE \u0004': case 'DLE EOT': result.statusRequests++; break;
      case 'STX': {
        const text = chinese ? iconv.decode(bytes, 'gb18030') : bytes.toString('latin1');
        for (const ch of text) {
          if (ch === '\n') { if (!current) current = { text: '', ...style }; flush(); continue; }
          if (ch === '\r') continue;
          if (!current) current = { text: '', align: style.align, bold: style.bold, size: style.size, font: style.font };
          current.text += ch;
        }
        break;
      }
      default:
        if (node.code === 0x10 && bytes[1] === 0x04) result.statusRequests++;
    }
  }
  flush();
  process.stdout.write(JSON.stringify(result));
}, err => { process.stderr.write(String(err && err.stack || err)); process.exit(1); });
