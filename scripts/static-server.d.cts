export function startStaticServer(options: {
  root: string;
  port?: number;
  host?: string;
  /** Serve under this sub-path (`/silicon-statecraft/`, slashes on both sides); `/` by default. */
  basePath?: string;
}): Promise<{ url: string; close: () => Promise<void> }>;
