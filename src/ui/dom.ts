// The DOM helpers live in the shared UI kit (src/kit/dom.ts); this path stays for the title and saves screens.
export { clear, h, svg } from '../kit/dom.ts';
