// Staff roles. An admin can do everything an analyst can, so checks compare ranks
// instead of listing roles at every call site.
export type StaffRole = "admin" | "analyst";

export const STAFF_ROLES: readonly StaffRole[] = ["admin", "analyst"] as const;

const RANK: Record<StaffRole, number> = { analyst: 1, admin: 2 };

export function isStaffRole(value: unknown): value is StaffRole {
  return typeof value === "string" && (STAFF_ROLES as readonly string[]).includes(value);
}

/** Whether an account with `role` may do what `required` guards. */
export function roleSatisfies(role: StaffRole, required: StaffRole): boolean {
  return RANK[role] >= RANK[required];
}
