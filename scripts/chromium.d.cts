export const SYSTEM_CHROMIUM: string;
export const CHROMIUM_ARGS: string[];
export function resolveChromium(): Promise<{ executablePath: string; origin: string }>;
