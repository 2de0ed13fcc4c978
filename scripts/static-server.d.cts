export function startStaticServer(options: {
  root: string;
  port?: number;
  host?: string;
  /** Serve under this sub-path (`/silicon-statecraft/`, slashes on both sides); `/` by default. */
  basePath?: string;
  /** Also send Brotli, compressed ahead at the highest quality, to browsers that accept it (a CDN). */
  brotli?: boolean;
}): Promise<{ url: string; close: () => Promise<void> }>;
