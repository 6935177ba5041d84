export const BUILD_INPUT_DIRS: readonly string[];
export const BUILD_INPUT_FILES: readonly string[];
/** The build's input files, relative to root, sorted, with forward slashes. */
export function buildInputs(root: string): string[];
/** sha256 over each input's path and content. */
export function buildInputsHash(root: string): string;
