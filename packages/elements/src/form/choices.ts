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
    const index = bad !== undefined ? labels.length + 1 : selected + 1;
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
      // New options select the first ("choose") once in their select: only another choice needs saying.
      if (index > 0) this.options[index]!.selected = true;
      return fragment;
    }
    // Like `live()`: the selection follows the value even after the person chose another option
    // (selecting one option of a single select unselects the others).
    const option = this.options[index];
    if (option && !option.selected) option.selected = true;
    return noChange;
  }
}

/** Lit's `choices(chooseLabel, labels, selectedIndex, badValueText?)`: `selectedIndex` -1 selects "choose". */
export const choices = directive(ChoicesDirective);

/** By the labels' text: fields with the same choices (yes/no/unknown, a shared list) share one template. */
const templates = new Map<string, HTMLTemplateElement>();

function optionsTemplate(choose: string, labels: readonly string[]): HTMLTemplateElement {
  const key = [choose, ...labels].join('\u0000');
  let template = templates.get(key);
  if (!template) {
    template = document.createElement('template');
    const all = [choose, ...labels];
    all.forEach((label, i) => {
      const option = document.createElement('option');
      option.value = i === 0 ? '' : String(i - 1);
      option.textContent = label;
      template!.content.append(option);
    });
    templates.set(key, template);
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
