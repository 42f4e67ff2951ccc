/**
 * Whether start-up loads the demo data set (and its demo accounts). DEMO_DATA=on|off decides;
 * unset, it is on except under NODE_ENV=production, so a production start never creates the
 * demo accounts unless asked to.
 */
export function demoDataWanted(environment: Record<string, string | undefined> = process.env): boolean {
  const setting = (environment.DEMO_DATA ?? "").trim().toLowerCase();
  if (["on", "true", "1", "yes"].includes(setting)) return true;
  if (["off", "false", "0", "no"].includes(setting)) return false;
  if (setting) throw new Error(`DEMO_DATA must be "on" or "off", not "${environment.DEMO_DATA}".`);
  return environment.NODE_ENV !== "production";
}
