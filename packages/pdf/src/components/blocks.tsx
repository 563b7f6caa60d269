import { Text, View } from '@react-pdf/renderer';
import type { PrintSection, PrintTable } from '../model.js';
import { styles } from './styles.js';

export function Table({ table }: { table: PrintTable }) {
  return (
    <View>
      {table.title ? <Text style={styles.tableTitle}>{table.title}</Text> : null}
      <View style={styles.table}>
        <View style={styles.tr} wrap={false}>
          {table.columns.map((c, i) => <Text key={i} style={styles.th}>{c}</Text>)}
        </View>
        {table.rows.map((row, r) => (
          <View key={r} style={styles.tr} wrap={false}>
            {row.map((cell, i) => <Text key={i} style={styles.td}>{cell}</Text>)}
          </View>
        ))}
      </View>
    </View>
  );
}

function Rows({ rows }: { rows: PrintSection['rows'] }) {
  return (
    <>
      {rows.map((row, i) => (
        <View key={i} style={styles.row} wrap={false}>
          <Text style={styles.label}>{row.label}</Text>
          <Text style={styles.value}>{row.value}</Text>
        </View>
      ))}
    </>
  );
}

export function Section({ section }: { section: PrintSection }) {
  return (
    <View style={styles.section}>
      <Text style={styles.sectionTitle} minPresenceAhead={40}>{section.title}</Text>
      <Rows rows={section.rows} />
      {section.tables.map((t, i) => <Table key={i} table={t} />)}
      {section.cards.map((card, i) => (
        <View key={i} style={styles.card}>
          <Text style={styles.cardTitle} minPresenceAhead={30}>{card.title}</Text>
          <Rows rows={card.rows} />
        </View>
      ))}
    </View>
  );
}
