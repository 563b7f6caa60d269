import type { ReactNode } from 'react';
import { Document, Page, Text, View } from '@react-pdf/renderer';
import type { Locale } from '@tremplin/schemas';
import { AUDIENCE_LABELS, type Audience } from '../audience.js';
import { formatDate } from '../format.js';
import { styles } from './styles.js';

export interface LayoutProps {
  title: string;
  subtitle?: string;
  audience: Audience;
  locale: Locale;
  /** Printed in the footer: the day the document was produced (ISO). */
  printedOn: string;
  children: ReactNode;
}

/** Every Tremplin document: metadata, a header, and a footer with the audience profile and "page X / Y". */
export function Layout({ title, subtitle, audience, locale, printedOn, children }: LayoutProps) {
  return (
    <Document title={title} author="Tremplin" subject={AUDIENCE_LABELS[audience][locale]} creator="Tremplin" producer="Tremplin" language={locale === 'fr' ? 'fr-FR' : 'en-GB'}>
      <Page size="A4" style={styles.page} wrap>
        <View style={styles.header} fixed>
          <Text style={styles.title}>{title}</Text>
          {subtitle ? <Text style={styles.subtitle}>{subtitle}</Text> : null}
        </View>
        {children}
        <Text style={styles.footerLeft} fixed>
          {`${AUDIENCE_LABELS[audience][locale]} · ${locale === 'fr' ? 'édité le' : 'printed on'} ${formatDate(printedOn, locale)}`}
        </Text>
        <Text style={styles.footerRight} fixed render={({ pageNumber, totalPages }) => `page ${pageNumber} / ${totalPages}`} />
      </Page>
    </Document>
  );
}
