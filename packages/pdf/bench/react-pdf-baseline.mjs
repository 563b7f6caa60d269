// The baseline of the bench: the same referral content laid out with plain @react-pdf/renderer (the
// engine this package left), fonts registered once. Dev-only: nothing in src/ uses react-pdf.
import { createRequire } from 'node:module';
import { createElement as h } from 'react';
import { Document, Font, Page, StyleSheet, Text, View, renderToBuffer } from '@react-pdf/renderer';

const require = createRequire(import.meta.url);
Font.register({ family: 'DejaVu', fonts: [
  { src: require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans.ttf') },
  { src: require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf'), fontWeight: 'bold' },
] });

const s = StyleSheet.create({
  page: { fontFamily: 'DejaVu', fontSize: 9.5, padding: 40, paddingBottom: 64 },
  h1: { fontSize: 16, fontWeight: 'bold', marginBottom: 8 },
  h: { fontSize: 11.5, fontWeight: 'bold', marginTop: 8, marginBottom: 4 },
  row: { flexDirection: 'row' },
  label: { width: '38%', color: '#555' },
  value: { width: '62%' },
  footer: { position: 'absolute', bottom: 24, left: 40, right: 40, fontSize: 7.5 },
});

/** A PDF of the blocks prepareDocument() builds, with react-pdf's own primitives. */
export function renderWithReactPdf(prepared) {
  const { meta, body } = prepared.data;
  const children = [h(Text, { key: 't', style: s.h1 }, meta.title)];
  body.forEach((b, i) => {
    if (b.t === 'h') children.push(h(Text, { key: i, style: s.h }, b.text));
    else if (b.t === 'fields') for (const [j, f] of b.items.entries()) children.push(h(View, { key: `${i}-${j}`, style: s.row }, h(Text, { style: s.label }, f.label), h(Text, { style: s.value }, Array.isArray(f.value) ? f.value.join('\n') : f.value)));
    else if (b.t === 'table') for (const [j, r] of b.rows.entries()) children.push(h(View, { key: `${i}-${j}`, style: s.row }, ...r.map((c, k) => h(Text, { key: k, style: { flex: 1 } }, c.join('\n')))));
    else if (b.t === 'p') children.push(h(Text, { key: i }, b.text));
  });
  children.push(h(Text, { key: 'f', style: s.footer, fixed: true, render: ({ pageNumber, totalPages }) => `${meta.footer.left} · page ${pageNumber} / ${totalPages}` }));
  return renderToBuffer(h(Document, { title: meta.title, language: 'fr-FR' }, h(Page, { size: 'A4', style: s.page, wrap: true }, ...children)));
}
