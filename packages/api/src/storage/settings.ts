import type { Driver } from "./driver.ts";

export function settingsStore(db: Driver) {
  return {
    /** The stored value, or `make()` stored first; concurrent first calls on several nodes agree. */
    async getOrCreate(key: string, make: () => string): Promise<string> {
      await db.query("INSERT INTO settings (key, value) VALUES ($1, $2) ON CONFLICT (key) DO NOTHING", [
        key,
        make(),
      ]);
      const rows = await db.query<{ value: string }>("SELECT value FROM settings WHERE key = $1", [key]);
      return rows[0]!.value;
    },
  };
}
