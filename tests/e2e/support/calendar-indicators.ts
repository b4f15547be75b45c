import type { Page } from 'playwright-core';

interface CdpNode {
  nodeId: number;
  attributes?: string[];
  children?: CdpNode[];
  shadowRoots?: CdpNode[];
}

/** The computed `background-image` of every date field's calendar button (in its UA shadow). */
export async function calendarIndicatorImages(page: Page): Promise<string[]> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('DOM.enable');
  await cdp.send('CSS.enable');
  const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as {
    root: CdpNode;
  };
  const indicators: number[] = [];
  const visit = (node: CdpNode): void => {
    const attributes = node.attributes ?? [];
    const pseudo = attributes.indexOf('pseudo');
    if (pseudo >= 0 && attributes[pseudo + 1] === '-webkit-calendar-picker-indicator')
      indicators.push(node.nodeId);
    for (const child of [...(node.children ?? []), ...(node.shadowRoots ?? [])]) visit(child);
  };
  visit(root);
  const images: string[] = [];
  for (const nodeId of indicators) {
    const { computedStyle } = (await cdp.send('CSS.getComputedStyleForNode', { nodeId })) as {
      computedStyle: Array<{ name: string; value: string }>;
    };
    images.push(computedStyle.find((p) => p.name === 'background-image')?.value ?? '');
  }
  await cdp.detach();
  return images;
}
