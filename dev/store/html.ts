/** Text made safe to put between tags or in a quoted attribute of the pages drawn here. */
export const escapeHtml = (text: string): string =>
  text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
