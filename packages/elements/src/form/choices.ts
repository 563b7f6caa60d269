import { noChange, nothing } from 'lit';
import { Directive, directive, PartType, type ChildPart, type PartInfo } from 'lit/directive.js';

/**
 * The options of a `<select>`, built in one piece: the "choose" option, one per choice (valued by
 * index) and, for a value the choices lack, that value as a last option (`bad`). One template per
 * list of labels is cloned for every select that shows it, where a Lit template per option
 * costs an instance, three bindings and a directive each: a 500-field form has 600 options.
 */
class ChoicesDirective extends Directive {
  private labels: readonly string[] | undefined;
  private choose: string | undefined;
  private bad: string | undefined;
  private options: HTMLOptionElement[] = [];

  constructor(part: PartInfo) {
    super(part);
    if (part.type !== PartType.CHILD) throw new Error('choices() goes inside a <select>');
  }

  render(_choose: string, _labels: readonly string[], _selected: number, _bad?: string): unknown {
    return nothing;
  }

  override update(part: ChildPart, [choose, labels, selected, bad]: Parameters<this['render']>): unknown {
    let out: unknown = noChange;
    if (labels !== this.labels || choose !== this.choose || bad !== this.bad) {
      this.labels = labels;
      this.choose = choose;
      this.bad = bad;
      const fragment = (part.parentNode as Node).ownerDocument!.importNode(optionsTemplate(choose, labels).content, true);
      if (bad !== undefined) {
        const option = document.createElement('option');
        option.value = 'bad';
        option.textContent = bad;
        fragment.append(option);
      }
      this.options = Array.from(fragment.children as HTMLCollectionOf<HTMLOptionElement>);
      out = fragment;
    }
    // Like `live()`: the selection follows the value even after the person chose another option.
    const index = bad !== undefined ? this.options.length - 1 : selected + 1;
    this.options.forEach((option, i) => {
      if (option.selected !== (i === index)) option.selected = i === index;
    });
    return out;
  }
}

/** Lit's `choices(chooseLabel, labels, selectedIndex, badValueText?)`: `selectedIndex` -1 selects "choose". */
export const choices = directive(ChoicesDirective);

const templates = new WeakMap<readonly string[], Map<string, HTMLTemplateElement>>();

function optionsTemplate(choose: string, labels: readonly string[]): HTMLTemplateElement {
  let byChoose = templates.get(labels);
  if (!byChoose) templates.set(labels, (byChoose = new Map()));
  let template = byChoose.get(choose);
  if (!template) {
    template = document.createElement('template');
    const all = [choose, ...labels];
    all.forEach((label, i) => {
      const option = document.createElement('option');
      option.value = i === 0 ? '' : String(i - 1);
      option.textContent = label;
      template!.content.append(option);
    });
    byChoose.set(choose, template);
  }
  return template;
}

const labelLists = new WeakMap<object, Map<string, string[]>>();

/** The labels of a field's options in a language: one array per field and language, so `choices` sees them unchanged. */
export function labelsOf(options: ReadonlyArray<{ label: Record<string, string> }>, locale: string): readonly string[] {
  let byLocale = labelLists.get(options);
  if (!byLocale) labelLists.set(options, (byLocale = new Map()));
  let labels = byLocale.get(locale);
  if (!labels) byLocale.set(locale, (labels = options.map((o) => o.label[locale] ?? '')));
  return labels;
}
