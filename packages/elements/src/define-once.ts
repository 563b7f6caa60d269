/**
 * Registers an element unless its tag is taken (by a second copy of the package, or the host's own
 * registration): what every way of registering ours does.
 */
export function defineOnce(tag: string, element: CustomElementConstructor, registry: CustomElementRegistry = customElements): void {
  if (!registry.get(tag)) registry.define(tag, element);
}
