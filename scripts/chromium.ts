// Debian's Chromium as the e2e tests and the viewer benchmark launch it. The flags keep it
// off this machine's closed network (background networking, updates, sync, QUIC).
export const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

export const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];
