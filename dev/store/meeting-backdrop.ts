// The page the store's first picture shows the side panel beside: a generic video call drawn
// in HTML (no real meeting app's look or marks), with the panel's real screenshot on the right
// under a header like the browser's own side-panel header.
import { escapeHtml } from './html';

export interface Backdrop {
  width: number;
  height: number;
  panelWidth: number;
  panelHeaderHeight: number;
  title: string;
  partner: string;
  /** The panel's screenshot, a PNG of panelWidth × (height - panelHeaderHeight). */
  panelPng: Buffer;
  iconSvg: string;
}

const PEOPLE: ReadonlyArray<[name: string, colour: string, side: 'them' | 'us']> = [
  ['Dana Whitfield', '#f59e0b', 'them'],
  ['Sam Ortiz', '#10b981', 'them'],
  ['Priya Nair', '#ec4899', 'us'],
  ['You', '#6366f1', 'us'],
];

const initials = (name: string): string =>
  name
    .split(' ')
    .map((word) => word[0])
    .join('');

function tile([name, colour, side]: (typeof PEOPLE)[number], partner: string, i: number) {
  const label = side === 'them' ? `${name} · ${partner}` : name;
  return `<div class="tile${i === 0 ? ' speaking' : ''}">
    <div class="avatar" style="background:${colour}">${escapeHtml(initials(name))}</div>
    <span class="name">${escapeHtml(label)}</span></div>`;
}

const CONTROLS = ['mic', 'cam', 'share', 'leave']
  .map((name) => `<span class="control ${name}" aria-hidden="true"></span>`)
  .join('');

export function meetingBackdropHtml(b: Backdrop): string {
  const panelSrc = `data:image/png;base64,${b.panelPng.toString('base64')}`;
  return `<style>
  html, body { margin: 0; }
  body { width: ${b.width}px; height: ${b.height}px; display: flex; overflow: hidden;
    font-family: 'Liberation Sans', 'DejaVu Sans', Arial, sans-serif; }
  .meeting { flex: 1; background: #1f2229; color: #e8eaed; display: flex; flex-direction: column;
    padding: 20px 24px; box-sizing: border-box; gap: 16px; }
  .top { font-size: 16px; }
  .grid { flex: 1; display: grid; grid-template-columns: 1fr 1fr; grid-template-rows: 1fr 1fr;
    gap: 12px; }
  .tile { background: #353a45; border-radius: 12px; position: relative; display: flex;
    align-items: center; justify-content: center; }
  .tile.speaking { box-shadow: inset 0 0 0 3px #8ab4f8; }
  .avatar { width: 88px; height: 88px; border-radius: 50%; display: flex; align-items: center;
    justify-content: center; font-size: 34px; font-weight: bold; color: #1f2229; }
  .name { position: absolute; left: 14px; bottom: 12px; font-size: 14px; }
  .controls { display: flex; justify-content: center; gap: 14px; }
  .control { width: 48px; height: 48px; border-radius: 50%; background: #3c4043; position: relative; }
  .control::after { content: ''; position: absolute; inset: 15px; border-radius: 4px;
    background: #e8eaed; }
  .control.mic::after { inset: 13px 19px; border-radius: 6px; }
  .control.share::after { inset: 16px 13px; border-radius: 2px; }
  .control.leave { width: 64px; border-radius: 24px; background: #ea4335; }
  .control.leave::after { inset: 20px 18px; border-radius: 4px; background: #fff; }
  .side { width: ${b.panelWidth}px; flex: none; display: flex; flex-direction: column;
    background: #fff; border-left: 1px solid #c4c7c5; }
  .side header { height: ${b.panelHeaderHeight}px; box-sizing: border-box; display: flex;
    align-items: center; gap: 8px; padding: 0 12px; font-size: 14px; color: #1f1f1f;
    border-bottom: 1px solid #e3e3e3; }
  .side header svg { width: 18px; height: 18px; }
  .side img { display: block; }
  </style>
  <body>
    <main class="meeting">
      <div class="top">${escapeHtml(b.title)}</div>
      <div class="grid">${PEOPLE.map((p, i) => tile(p, b.partner, i)).join('')}</div>
      <div class="controls">${CONTROLS}</div>
    </main>
    <aside class="side">
      <header>${b.iconSvg}<span>Reciprocity Coach</span></header>
      <img src="${panelSrc}" alt="" width="${b.panelWidth}"
        height="${b.height - b.panelHeaderHeight}">
    </aside>
  </body>`;
}
