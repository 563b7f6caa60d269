import { StyleSheet } from '@react-pdf/renderer';
import { FAMILY } from '../fonts.js';

export const styles = StyleSheet.create({
  page: { fontFamily: FAMILY, fontSize: 9.5, paddingTop: 40, paddingBottom: 56, paddingHorizontal: 40, color: '#1d1d1b' },
  // No lineHeight: on the page it hides the page-number text (render prop); on texts it double-spaces.
  header: { borderBottomWidth: 1, borderBottomColor: '#2b4c7e', paddingBottom: 6, marginBottom: 12 },
  title: { fontSize: 16, fontWeight: 'bold', color: '#2b4c7e' },
  subtitle: { fontSize: 9, color: '#555' },
  section: { marginBottom: 10 },
  sectionTitle: { fontSize: 11.5, fontWeight: 'bold', color: '#2b4c7e', marginBottom: 4 },
  row: { flexDirection: 'row', marginBottom: 2 },
  label: { width: '38%', color: '#555', paddingRight: 6 },
  value: { width: '62%' },
  table: { borderWidth: 0.5, borderColor: '#999', marginTop: 4, marginBottom: 6 },
  tableTitle: { fontSize: 10, fontWeight: 'bold', marginTop: 4 },
  tr: { flexDirection: 'row', borderBottomWidth: 0.5, borderBottomColor: '#ccc' },
  th: { flex: 1, padding: 3, fontWeight: 'bold', backgroundColor: '#e8eef6' },
  td: { flex: 1, padding: 3 },
  footerLeft: { position: 'absolute', bottom: 24, left: 40, right: 120, fontSize: 7.5, color: '#555', borderTopWidth: 0.5, borderTopColor: '#999', paddingTop: 4 },
  footerRight: { position: 'absolute', bottom: 24, right: 40, width: 80, textAlign: 'right', fontSize: 7.5, color: '#555', borderTopWidth: 0.5, borderTopColor: '#999', paddingTop: 4 },
  paragraph: { marginBottom: 8 },
  card: { borderLeftWidth: 2, borderLeftColor: '#7a9cc6', paddingLeft: 6, marginTop: 4, marginBottom: 4 },
  cardTitle: { fontWeight: 'bold', marginBottom: 2 },
  signature: { marginTop: 24, width: '45%' },
});
