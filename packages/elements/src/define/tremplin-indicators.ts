/**
 * Side-effect entry: `import '@tremplin/elements/define/tremplin-indicators'` registers `<tremplin-
 * indicators>` (the indicators panel) and nothing else: a page with only this element carries only its
 * code.
 */
import { TremplinIndicators } from '../components/indicators.js';

if (!customElements.get('tremplin-indicators')) customElements.define('tremplin-indicators', TremplinIndicators);

export { TremplinIndicators };
