// Builds DOM trees without a framework: h(tag, attributes, ...children). Attributes named on<Event> become
// listeners; every other attribute is set as written, so tests and screen readers see exactly what we wrote.
type Child = Node | string | number | null | undefined | false | Child[];
type AttrValue = string | number | boolean | null | undefined | ((event: Event) => void);
type Attrs = Record<string, AttrValue>;

export function h<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Attrs | null = null, ...children: Child[]): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs ?? {})) {
    if (typeof value === 'function') el.addEventListener(name.slice(2).toLowerCase(), value);
    else if (value === true) el.setAttribute(name, '');
    else if (value !== false && value !== null && value !== undefined) el.setAttribute(name, String(value));
  }
  append(el, children);
  return el;
}

/** Builds an SVG element as h() builds HTML: attributes set as written (null ones left out), children appended. */
export function svg(tag: string, attrs: Record<string, string | number | null>, ...children: (SVGElement | string)[]): SVGElement {
  const el = document.createElementNS('http://www.w3.org/2000/svg', tag);
  for (const [k, v] of Object.entries(attrs)) if (v !== null) el.setAttribute(k, String(v));
  el.append(...children);
  return el;
}

/** Appends children as h() does (arrays flattened, strings as text, null, undefined and false left out). */
export function append(parent: Node, children: Child[]): void {
  for (const c of children) {
    if (Array.isArray(c)) append(parent, c);
    else if (c instanceof Node) parent.appendChild(c);
    else if (c !== null && c !== undefined && c !== false) parent.appendChild(document.createTextNode(String(c)));
  }
}

/** A unique id for label/aria wiring within one render. */
let counter = 0;
export const uid = (prefix: string) => `${prefix}-${++counter}`;

/** Runs `steps` one per task, each after the page has painted, so a long screen is built without blocking input
 *  for long; stops once `anchor` is no longer in the document (the screen was replaced before it was finished). */
export function afterPaint(anchor: Node, steps: (() => void)[]): void {
  const run = (i: number) => requestAnimationFrame(() => setTimeout(() => {
    if (i >= steps.length || !anchor.isConnected) return;
    steps[i]!();
    run(i + 1);
  }, 0));
  run(0);
}
