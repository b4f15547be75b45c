/**
 * A stable key per element for as long as the element lives: the caption stream knows a
 * block by the element it was read from, and a new element (the page drew it again) is a
 * new block. Held weakly, so elements the page removes are not kept alive.
 */
export function elementKeys(prefix = 'el'): (element: Element) => string {
  const keys = new WeakMap<Element, string>();
  let next = 0;
  return (element) => {
    let key = keys.get(element);
    if (key === undefined) {
      key = `${prefix}-${(next += 1)}`;
      keys.set(element, key);
    }
    return key;
  };
}
