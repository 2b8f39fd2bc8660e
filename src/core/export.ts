/** CSV text with a header row. Cells are quoted where needed; cells a spreadsheet would run as a
 * formula (starting with = + - @ or a tab/CR) get a leading apostrophe, so hostile data stays text. */
export function toCsv(rows: readonly (readonly (string | number | undefined)[])[]): string {
  const cell = (v: string | number | undefined) => {
    if (v === undefined) return '';
    if (typeof v === 'number') return String(v);
    const s = /^[=+\-@\t\r]/.test(v) ? `'${v}` : v;
    return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  };
  return rows.map((r) => r.map(cell).join(',')).join('\r\n') + '\r\n';
}

/** Offers text as a file download (a Blob URL, released right after). */
export function download(filename: string, text: string, type = 'text/csv;charset=utf-8'): void {
  const url = URL.createObjectURL(new Blob(['\ufeff', text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  a.rel = 'noopener';
  a.style.display = 'none';
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
