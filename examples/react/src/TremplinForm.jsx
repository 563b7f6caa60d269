import { createElement, useEffect, useRef } from 'react';
import '@tremplin/elements/define';

/**
 * A Tremplin element in React: attributes as props, the element's custom events through a ref
 * (works with any React version; React 19 can also pass `value` as a property directly).
 */
export function TremplinForm({ tag, onSubmit, onInvalid, ...attributes }) {
  const ref = useRef(null);
  useEffect(() => {
    const element = ref.current;
    const submit = (event) => onSubmit?.(event.detail.value, element);
    const invalid = (event) => onInvalid?.(event.detail.issues, element);
    element.addEventListener('tremplin-submit', submit);
    element.addEventListener('tremplin-invalid', invalid);
    return () => {
      element.removeEventListener('tremplin-submit', submit);
      element.removeEventListener('tremplin-invalid', invalid);
    };
  }, [onSubmit, onInvalid]);
  return createElement(tag, { ref, ...attributes });
}
