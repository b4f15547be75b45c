// The npm mirror this project is built from serves only the Linux builds of rollup's and
// unrs-resolver's platform packages, so `npm install` leaves the others out of the lock and
// `npm ci` then refuses it. This adds them back as optional, platform-bound entries, which
// npm ci skips on a machine of another platform without fetching them.
// Run after `npm install` changes the lock: node scripts/complete-lockfile.mjs
import { readFileSync, writeFileSync } from 'node:fs';

const LOCK = new URL('../package-lock.json', import.meta.url);
const lock = JSON.parse(readFileSync(LOCK, 'utf8'));
const packages = lock.packages;

function platform(name) {
  const tail = name.split('/')[1].replace(/^(rollup|resolver-binding)-/, '');
  const [os, cpu, abi] = tail.split('-');
  const entry = { os: [os], cpu: [cpu === 'arm' ? 'arm' : cpu] };
  if (abi?.startsWith('musl')) entry.libc = ['musl'];
  else if (abi?.startsWith('gnu') && os === 'linux') entry.libc = ['glibc'];
  return entry;
}

let added = 0;
for (const [path, meta] of Object.entries(packages)) {
  for (const [dep, version] of Object.entries(meta.optionalDependencies ?? {})) {
    if (!/^@(rollup\/rollup|unrs\/resolver-binding)-/.test(dep)) continue;
    const key = `node_modules/${dep}`;
    if (packages[key] || (path && packages[`${path}/node_modules/${dep}`])) continue;
    packages[key] = { version, ...platform(dep), dev: true, optional: true };
    added += 1;
  }
}
writeFileSync(LOCK, `${JSON.stringify(lock, null, 2)}\n`);
console.log(`complete-lockfile: added ${added} platform entries`);
