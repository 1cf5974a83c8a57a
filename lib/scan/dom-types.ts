/**
 * The few DOM shapes the scanner reads, as structural types: a browser Document, linkedom's or
 * happy-dom's all fit. The scanner never touches the global `document`; callers pass one in.
 */

/** Node.ELEMENT_NODE and Node.TEXT_NODE, as constants (the `Node` global is not available in lib/). */
export const ELEMENT_NODE = 1;
export const TEXT_NODE = 3;

export interface ScanNode {
  readonly nodeType: number;
  readonly childNodes: ArrayLike<ScanNode>;
  readonly parentNode: ScanNode | null;
  readonly firstChild: ScanNode | null;
  readonly nextSibling: ScanNode | null;
}

export interface ScanText extends ScanNode {
  readonly data: string;
}

export interface ScanElement extends ScanNode {
  readonly tagName: string;
  /** The tag in lower case for HTML elements (cheaper to read than tagName, which is upper-cased). */
  readonly localName: string;
  getAttribute(name: string): string | null;
  hasAttribute(name: string): boolean;
  querySelectorAll(selectors: string): ArrayLike<ScanElement>;
  /** Live and lazy in a browser: reading the first items doesn't walk the whole subtree. */
  getElementsByTagName(tag: string): ArrayLike<ScanElement>;
  contains(other: ScanNode | null): boolean;
  readonly textContent: string | null;
}

export interface ScanDocument {
  readonly body: ScanElement | null;
  readonly documentElement: ScanElement | null;
  querySelectorAll(selectors: string): ArrayLike<ScanElement>;
}

export const isElement = (n: ScanNode): n is ScanElement => n.nodeType === ELEMENT_NODE;
export const isText = (n: ScanNode): n is ScanText => n.nodeType === TEXT_NODE;
