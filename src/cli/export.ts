import type { Register } from "../cli.js";

// Placeholder until the export subcommand lands; registers nothing yet.
export const registerExport: Register = () => {};
