import { pointerParts, type Locale, type ValidationIssue } from '@tremplin/schemas/base';
import { join } from '../model/pointer.js';
import type { Step } from '../model/hints.js';
import type { GroupNode, TreeNode } from '../model/schema-tree.js';

/** The tree node a data path leads to (list indices go to the list's item). */
export function nodeAt(tree: GroupNode, path: string): TreeNode | undefined {
  let node: TreeNode | undefined = tree;
  for (const part of pointerParts(path)) {
    if (node?.kind === 'group') node = node.children.find((c) => c.key === part);
    else if (node?.kind === 'list') node = node.item;
    else return undefined;
  }
  return node;
}

function requiredFields(group: GroupNode, path: string): Array<{ path: string; node: TreeNode }> {
  const out: Array<{ path: string; node: TreeNode }> = [];
  for (const child of group.children) {
    if (!child.required || child.visibleWhen) continue;
    const at = join(path, child.key);
    if (child.kind === 'group' && child.children.length) out.push(...requiredFields(child, at));
    else out.push({ path: at, node: child });
  }
  return out;
}

/**
 * A required group missing whole (no worker at all) is reported on each field the person must
 * type, as they will meet them, rather than once on a fieldset: the count is then what is to do.
 */
export function expandMissingGroups(tree: GroupNode, issues: readonly ValidationIssue[], locale: Locale): ValidationIssue[] {
  const sep = locale === 'fr' ? ' : ' : ': '; // as @tremplin/schemas writes its messages
  return issues.flatMap((issue) => {
    const node = issue.code === 'required' ? nodeAt(tree, issue.path) : undefined;
    const fields = node?.kind === 'group' ? requiredFields(node, issue.path) : [];
    if (!fields.length) return [issue];
    // The validator's own words after its label (« Salarié : ce champ est obligatoire »), said of each
    // field: our validators and compiled ones write `label : text`. Not the message table itself, which
    // a record form would otherwise load before its validator.
    const labelled = issue.label !== undefined && issue.message.startsWith(`${issue.label}${sep}`);
    const at = issue.message.indexOf(sep);
    const text = labelled ? issue.message.slice(issue.label!.length + sep.length) : at >= 0 ? issue.message.slice(at + sep.length) : issue.message;
    return fields.map(({ path, node: field }) => {
      const label = field.title[locale];
      return { path, code: 'required' as const, message: `${label}${sep}${text}`, label, params: { missingProperty: field.key } };
    });
  });
}

/** Issues in the order their fields come in the form: wizard step, then schema / hint order, then list index. */
export function inFormOrder(tree: GroupNode, issues: readonly ValidationIssue[], steps?: readonly Step[]): ValidationIssue[] {
  const rank = (path: string): number[] => {
    const key: number[] = [];
    let node: TreeNode | undefined = tree;
    pointerParts(path).forEach((part, i) => {
      if (i === 0 && steps) {
        const s = steps.findIndex((step) => step.fields.includes(part));
        key.push(s < 0 ? steps.length : s);
      }
      if (node?.kind === 'group') {
        const index: number = node.children.findIndex((c) => c.key === part);
        key.push(index < 0 ? Number.MAX_SAFE_INTEGER : index);
        node = node.children[index];
      } else if (node?.kind === 'list') {
        key.push(Number(part));
        node = node.item;
      } else {
        key.push(Number.MAX_SAFE_INTEGER);
      }
    });
    return key;
  };
  const ranked = issues.map((issue) => ({ issue, key: rank(issue.path) }));
  ranked.sort((a, b) => {
    for (let i = 0; i < Math.min(a.key.length, b.key.length); i++) if (a.key[i] !== b.key[i]) return a.key[i]! - b.key[i]!;
    return a.key.length - b.key.length;
  });
  return ranked.map((r) => r.issue);
}
