import type { Localised } from '@tremplin/schemas/base';
import type { GroupNode, SchemaNode, TreeNode, Widget } from './schema-tree.js';

/** A button on each item of a list that sets values on it: "mark as done" on an action. */
export interface ItemAction {
  label: Localised;
  set: Record<string, unknown>;
  /** A date field of the item set to today when the button is pressed. */
  stampDate?: string;
}

/** A wizard step: its title and the record's top-level fields it shows. */
export interface Step {
  title: Localised;
  fields: string[];
}

/**
 * How a schema is laid out as a form, beyond what the schema says. Keys are data path patterns
 * (`/stoppage/expectedEndDate`, `/actions/*\/status`); values typed in hidden fields are kept.
 *
 * @example
 * form.hints = { widgets: { '/comments': 'textarea' }, steps: [{ title: { fr: 'Salarié', en: 'Worker' }, fields: ['worker'] }] };
 */
export interface UiHints {
  /** Children of a group (by its pattern, '' for the record) in this order; the others follow in schema order. */
  order?: Record<string, string[]>;
  /** Not rendered; their values stay in the record. */
  hidden?: string[];
  widgets?: Record<string, Widget>;
  /** `autocomplete` tokens for fields that hold the details of the person filling the form (WCAG 1.3.5); others get `off`. */
  autocomplete?: Record<string, string>;
  /** Shown only while the parent object matches this JSON Schema (in addition to the schema's own if/then). */
  visibleWhen?: Record<string, SchemaNode>;
  /** Show the form one step at a time; `Next` checks the step before moving on. */
  steps?: Step[];
  itemActions?: Record<string, ItemAction[]>;
}

/** The tree with the hints applied: order, hidden fields, widgets and show-conditions. */
export function applyHints(tree: GroupNode, hints: UiHints = {}): GroupNode {
  // Steps and item actions do not change the tree: without the others it is the schema's own (not copied).
  if (!hints.hidden?.length && !hints.visibleWhen && !hints.widgets && !hints.autocomplete && !hints.order) return tree;
  const hidden = new Set(hints.hidden ?? []);
  const visit = (node: TreeNode): TreeNode | undefined => {
    if (hidden.has(node.pattern)) return undefined;
    const when = hints.visibleWhen?.[node.pattern];
    const out = { ...node, ...(when ? { visibleWhen: when } : {}) } as TreeNode;
    if (out.kind === 'field') {
      const widget = hints.widgets?.[node.pattern];
      if (widget) out.widget = widget;
      const token = hints.autocomplete?.[node.pattern];
      if (token) out.autocomplete = token;
    } else if (out.kind === 'list') {
      const item = visit(out.item);
      if (!item) return undefined;
      out.item = item;
    } else {
      const order = hints.order?.[node.pattern] ?? [];
      const rank = (key: string) => (order.includes(key) ? order.indexOf(key) : order.length);
      out.children = out.children
        .map(visit)
        .filter((c): c is TreeNode => !!c)
        .map((c, i) => ({ c, i }))
        .sort((a, b) => rank(a.c.key) - rank(b.c.key) || a.i - b.i)
        .map(({ c }) => c);
    }
    return out;
  };
  return visit(tree) as GroupNode;
}

const inProgress: SchemaNode = { properties: { inProgress: { const: true } }, required: ['inProgress'] };

/** Layout of the referral (fiche de signalement): three steps, in the order the médecin du travail fills it. */
export const REFERRAL_HINTS: UiHints = {
  steps: [
    { title: { fr: 'Salarié et emploi', en: 'Worker and job' }, fields: ['referralDate', 'firstContactDeadline', 'worker', 'employer', 'job'] },
    { title: { fr: 'Situation de santé', en: 'Health situation' }, fields: ['stoppage', 'visit', 'healthSituation', 'restrictions', 'rqth'] },
    { title: { fr: 'Prescripteur et accord', en: 'Referrer and consent' }, fields: ['referrer', 'partners', 'consent', 'comments'] },
  ],
  visibleWhen: { '/stoppage/expectedEndDate': inProgress },
  // The referrer (médecin du travail…) fills the form: the referrer block is their own details.
  autocomplete: { '/referrer/name': 'name', '/referrer/organisation': 'organization', '/referrer/phone': 'tel', '/referrer/email': 'email' },
};

/** Layout of the CHANCE request, in the order of the Sofaxis form. */
export const CHANCE_REQUEST_HINTS: UiHints = {
  steps: [
    { title: { fr: 'Agent et collectivité', en: 'Employee and employer' }, fields: ['requestDate', 'agent', 'collectivite', 'status', 'grade', 'post', 'weeklyHours'] },
    { title: { fr: 'Arrêt et avis médical', en: 'Sick leave and medical opinion' }, fields: ['stoppage', 'medicalOpinion', 'expectations'] },
    { title: { fr: 'Accords et signatures', en: 'Agreements and signatures' }, fields: ['occupationalHealthAgreement', 'providerAgreement', 'signatures'] },
  ],
};

/** Layout of the action plan: actions first-class, each completed with one button. */
export const ACTION_PLAN_HINTS: UiHints = {
  order: { '': ['beneficiary', 'context', 'objective', 'startDate', 'status', 'actions', 'meetings', 'revisions', 'followUps', 'exit'] },
  itemActions: {
    '/actions/*': [
      { label: { fr: 'Marquer comme faite', en: 'Mark as done' }, set: { status: 'faite' } },
      { label: { fr: 'Abandonner', en: 'Abandon' }, set: { status: 'abandonnee' } },
    ],
  },
};
