export function startStaticServer(options: {
  root: string;
  port?: number;
  host?: string;
}): Promise<{ url: string; close: () => Promise<void> }>;
