import { firstMatch, textOf, type CaptionAdapter } from './caption-adapter';

const REGION = ['.live-transcription-subtitle__box'];
// The speaker: a name where the box shows one, else the avatar's alternative text.
const SPEAKER = ['.live-transcription-subtitle__name', 'img[alt]'];
// The user's own name, which Zoom's captions show for their words: the self view's name tag.
const LOCAL_NAME = [
  '.self-video-container .video-avatar__avatar-name',
  '.speaker-self-video .video-avatar__avatar-name',
];

function speakerOf(box: Element): string {
  const found = firstMatch(box, SPEAKER);
  if (!found) return '';
  const { element } = found;
  return (element.matches('img') ? element.getAttribute('alt') : element.textContent)?.trim() ?? '';
}

/** The box's words without its speaker's name. */
function wordsOf(box: Element): string {
  const items = box.querySelectorAll('.live-transcription-subtitle__item');
  if (items.length > 0) return [...items].map((item) => item.textContent ?? '').join(' ');
  return box.textContent ?? '';
}

export const zoomAdapter: CaptionAdapter = {
  platform: 'zoom',
  matches: (url) => /(^|\.)zoom\.us$/.test(url.hostname) && url.pathname.startsWith('/wc/'),
  // The web client draws the meeting in a same-origin frame, or in the page itself.
  root: (document) =>
    document.querySelector<HTMLIFrameElement>('iframe#webclient')?.contentDocument ?? document,
  inCall: (root) => root.querySelector('#audioOptionMenu, .footer__leave-btn') !== null,
  captionsOff: () => null,
  findRegion(root) {
    const found = firstMatch(root, REGION);
    return found ? { region: found.element, link: found.link } : null;
  },
  // One rolling box: its words are joined over time by the reader (rolling-text).
  readBlocks: (box, keyOf) => [{ key: keyOf(box), speaker: speakerOf(box), text: wordsOf(box) }],
  rolling: true,
  speaking: () => null,
  localName: (root) => textOf(root, LOCAL_NAME) || null,
};
