// The Attune mark, drawn inline so it needs no request.

export function brandMark(): SVGSVGElement {
  const wrap = document.createElement('div');
  wrap.innerHTML =
    '<svg class="brand-mark" viewBox="0 0 64 64" aria-hidden="true"><rect width="64" height="64" rx="14" fill="#f2efe8"/><path d="M14 44c6-14 12-22 18-22s12 8 18 22" fill="none" stroke="#c8733a" stroke-width="6" stroke-linecap="round"/><circle cx="32" cy="17" r="5.5" fill="#1d6f66"/></svg>';
  return wrap.firstElementChild as SVGSVGElement;
}
