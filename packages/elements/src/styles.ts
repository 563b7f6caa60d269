import { css } from 'lit';

/**
 * Theming: every colour, size and font comes from a `--tremplin-*` custom property (inherited
 * through the shadow root), and the parts (`field`, `label`, `input`, `error`, `legend`,
 * `button`, `summary`…) can be styled from outside with `::part()`. Nothing leaks either way.
 * Block layout with margins, not grids: a 500-field form lays out twice as fast. The build minifies
 * each css literal (scripts/minify-css-literals.mjs): write it for reading.
 */
export const baseStyles = css`
  :host {
    display: block;
    font-family: var(--tremplin-font, system-ui, sans-serif);
    font-size: var(--tremplin-font-size, 1rem);
    color: var(--tremplin-text, #1e1e1e);
    --_accent: var(--tremplin-accent, #000091);
    --_error: var(--tremplin-error, #ce0500);
    --_muted: var(--tremplin-muted, #595959);
    --_border: var(--tremplin-border, #7a7a7a);
    --_radius: var(--tremplin-radius, 4px);
    --_gap: var(--tremplin-gap, 0.75rem);
    --_surface: var(--tremplin-surface, #ffffff);
  }
  :host([hidden]) { display: none; }
  * { box-sizing: border-box; }
  form > * + *, fieldset > * + *, .item > * + * { margin-top: var(--_gap); }
  fieldset { border: 1px solid var(--_border); border-radius: var(--_radius); padding: var(--_gap); margin: 0; min-width: 0; }
  legend { font-weight: 600; padding: 0 0.25rem; }
  .field > * + * { margin-top: 0.25rem; }
  .field > label, .field > .label { display: block; }
  label, .label { font-weight: 500; }
  .hint { color: var(--_muted); font-size: 0.875em; margin: 0; }
  input, select, textarea {
    font: inherit; color: inherit; background: var(--_surface);
    border: 1px solid var(--_border); border-radius: var(--_radius); padding: 0.4rem 0.5rem; width: 100%;
  }
  input[type='radio'], input[type='checkbox'] { width: auto; margin: 0 0.4rem 0 0; }
  textarea { min-height: 6rem; resize: vertical; }
  :focus-visible { outline: 3px solid var(--tremplin-focus, var(--_accent)); outline-offset: 2px; }
  [aria-invalid='true'] { border-color: var(--_error); border-width: 2px; }
  .error { color: var(--_error); font-weight: 500; margin: 0; }
  .choice { display: flex; align-items: center; }
  .choices { display: flex; flex-wrap: wrap; gap: 0.25rem 1rem; }
  .bad { margin: 0; font-size: 0.875em; }
  .bad code { background: #fdecea; padding: 0 0.25rem; overflow-wrap: anywhere; }
  button {
    font: inherit; cursor: pointer; border-radius: var(--_radius);
    border: 1px solid var(--_accent); background: var(--_surface); color: var(--_accent); padding: 0.35rem 0.75rem;
  }
  button.primary { background: var(--_accent); color: #fff; }
  button:disabled { opacity: 0.5; cursor: not-allowed; }
  .buttons { display: flex; flex-wrap: wrap; gap: 0.5rem; }
  .summary { border: 2px solid var(--_error); border-radius: var(--_radius); padding: var(--_gap); }
  .summary > :first-child { font-size: 1.1em; margin: 0 0 0.5rem; }
  .summary ul { margin: 0; padding-left: 1.25rem; }
  .summary button { border: none; padding: 0; color: var(--_error); text-decoration: underline; background: none; text-align: left; }
  .step-title { font-size: 1.15em; margin: 0; }
  .undo { margin: 0; display: flex; flex-wrap: wrap; align-items: center; gap: 0.5rem; }
  .restored { margin: 0; padding: 0.5rem; border-left: 4px solid var(--_accent); background: var(--_surface); }
  .sr-only { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
  dl { margin: 0; display: grid; grid-template-columns: minmax(8rem, 1fr) 2fr; gap: 0.25rem 1rem; }
  dt { font-weight: 500; }
  dd { margin: 0; overflow-wrap: anywhere; }
`;
